"""The privacy center's request pages over real HTTP, with real mail (R2, R3)."""

from __future__ import annotations

import re

import httpx
import pytest

from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer


def csrf(client: httpx.Client, path: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


def mailed(smtp: SmtpServer, to: str) -> tuple[str, str]:
    """The request number and code of the last verification mail sent to ``to``."""
    mail = [m for m in smtp.messages if m["To"] == to and "verification code" in m["Subject"]][-1]
    text = mail.get_body(("plain",)).get_content()
    return re.search(r"\((req_[0-9a-f]+)\)", text).group(1), re.search(r"code: (\S+)", text).group(
        1
    )


def submit(client: httpx.Client, kind: str, email: str) -> httpx.Response:
    token = csrf(client, "/privacy/requests/new")
    return client.post(
        "/privacy/requests", data={"csrf_token": token, "kind": kind, "email": email}
    )


@pytest.fixture
def people(demo_company: list[str], live_server: LiveServer) -> list[str]:
    return demo_company


@pytest.mark.proves("R2", via="troth.requests.dispatch.execute")
def test_access_request_submit_verify_and_download(
    people: list[str], live_server: LiveServer, smtp_server: SmtpServer
) -> None:
    ada = people[0]
    with httpx.Client(base_url=live_server.url) as client:
        r = submit(client, "access", ada)
        assert r.status_code == 200 and "Confirm your request" in r.text
        assert ada not in str(r.url)
        number, code = mailed(smtp_server, ada)
        r = client.post(
            "/privacy/requests/verify",
            data={
                "csrf_token": csrf(client, "/privacy/requests/verify"),
                "number": number,
                "code": code,
            },
        )
        assert r.status_code == 200 and "the request is confirmed" in r.text
        # The run happens after the answer; the status page shows it complete with a link.
        for _ in range(100):
            r = client.post(
                "/privacy/requests/status",
                data={
                    "csrf_token": csrf(client, "/privacy/requests/status"),
                    "number": number,
                    "email": ada,
                },
            )
            if 'data-state="complete"' in r.text:
                break
        assert 'data-state="complete"' in r.text
        link = re.search(r'href="(/api/v1/requests/archive/[^"]+)"', r.text).group(1)
        archive = client.get(link)
        assert archive.status_code == 200 and archive.content[:2] == b"PK"


def test_bad_input_is_one_clear_line(people: list[str], live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url) as client:
        r = submit(client, "teleport", people[0])
        assert r.status_code == 422 and "unknown request kind" in r.text
        r = client.post("/privacy/requests", data={"kind": "access", "email": people[0]})
        assert r.status_code == 403
        r = client.post(
            "/privacy/requests/verify",
            data={
                "csrf_token": csrf(client, "/privacy/requests/verify"),
                "number": "req_nope",
                "code": "1",
            },
        )
        assert r.status_code == 400 and "no request has that number and code" in r.text


@pytest.mark.proves("R2", "R3", via="troth.requests.service.RequestService.submit")
def test_one_person_never_sees_another_persons_request(
    people: list[str], live_server: LiveServer, smtp_server: SmtpServer
) -> None:
    ada, bob = people[0], people[1]
    with httpx.Client(base_url=live_server.url) as client:
        submit(client, "erasure", ada)
        number, _ = mailed(smtp_server, ada)
    with httpx.Client(base_url=live_server.url) as intruder:
        token = csrf(intruder, "/privacy/requests/status")
        for email in (bob, "someone@example.com", ""):
            r = intruder.post(
                "/privacy/requests/status",
                data={"csrf_token": token, "number": number, "email": email},
            )
            assert r.status_code in (404, 422)
            assert number not in r.text and 'id="request-status"' not in r.text
        r = intruder.post(
            "/privacy/requests/status",
            data={"csrf_token": token, "number": number, "email": ada.upper()},
        )
        assert r.status_code == 200 and number in r.text


@pytest.mark.proves("R2", via="troth.requests.service.RequestService.submit")
def test_the_form_sends_the_code_only_to_the_address_searched(
    people: list[str], live_server: LiveServer, smtp_server: SmtpServer
) -> None:
    """The attack through the form: the victim's address with the attacker's beside it (as a
    second recipient, or as an extra field) never brings the attacker a code."""
    victim, attacker = people[0], "attacker@evil.example"
    with httpx.Client(base_url=live_server.url) as client:
        for typed in (f"{victim},{attacker}", f"{victim}, {attacker}", f"{attacker} <{victim}>"):
            r = submit(client, "access", typed)
            assert r.status_code == 422
            assert "is not valid: give one address like name@example.com" in r.text
            assert attacker not in r.text
        token = csrf(client, "/privacy/requests/new")
        r = client.post(
            "/privacy/requests",
            data={"csrf_token": token, "kind": "erasure", "email": victim, "contact": attacker},
        )
        assert r.status_code == 200
    assert [str(m["To"]) for m in smtp_server.messages] == [victim]
