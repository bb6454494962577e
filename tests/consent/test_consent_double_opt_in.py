"""Double opt-in: marketing e-mail consent recorded for an address counts only once a link
mailed to that address is followed; the ledger keeps both steps. Real HTTP and SMTP."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from troth.audit import AuditLog
from troth.consent.keys import subject_key
from troth.consent.ledger import ConsentLedger
from troth.policy import load_policy
from troth.store import open_store
from troth.testing import optin
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

TOKEN = "staff-token-for-opt-in-tests-0123456789"
STAFF = {"Authorization": f"Bearer {TOKEN}"}
MARKETING = "marketing.communications.email"
CAMPAIGN = {"subject": "Spring news", "text": "New phones."}


@pytest.fixture
def server(
    smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> LiveServer:
    monkeypatch.setenv("TROTH_STAFF_TOKEN", TOKEN)
    return request.getfixturevalue("live_server")


def _steps(home: Path, key: str) -> list[tuple[str, bool, str]]:
    with open_store(f"sqlite:///{home / 'troth.sqlite3'}") as store:
        events = ConsentLedger(store, load_policy()).events(key)
    return [(e.source, e.granted, e.step) for e in events if e.purpose == MARKETING]


def _campaign(server: LiveServer) -> dict:
    r = httpx.post(f"{server.url}/api/v1/consent/campaigns", headers=STAFF, json=CAMPAIGN)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.proves("U5", via="troth.consent.marketing.recipient_check")
def test_marketing_mail_waits_for_the_owner_to_follow_the_mailed_link(
    server: LiveServer, smtp_server: SmtpServer, troth_home: Path
) -> None:
    signed = httpx.post(
        f"{server.url}/api/v1/consent/signup",
        json={"email": "ada@example.org", "age": 30, "marketing_email": True},
        headers={"Host": f"localhost:{server.port}"},  # links never follow the Host header
    )
    assert signed.status_code == 201
    key = signed.json()["subject_key"]
    link = optin.confirmation_link(smtp_server, "ada@example.org")
    assert link.startswith(f"{server.url}/consent/confirm/")  # the configured public URL
    assert _steps(troth_home, key) == [("sign_up", True, "requested")]
    assert _campaign(server) == {"sent": 0, "skipped": 1, "skipped_by_reason": {"no_consent": 1}}

    page = httpx.get(link)  # opening the link (a mail scanner would too) changes nothing
    assert page.status_code == 200 and 'id="confirm"' in page.text
    assert _steps(troth_home, key) == [("sign_up", True, "requested")]

    confirmed = optin.follow(link)
    assert confirmed.status_code == 200 and 'id="confirmed"' in confirmed.text
    assert _steps(troth_home, key) == [
        ("sign_up", True, "requested"),
        ("email_confirmation", True, "confirmed"),
    ]
    again = optin.follow(link)
    assert again.status_code == 409 and "nothing to confirm" in again.text
    smtp_server.clear()
    assert _campaign(server) == {"sent": 1, "skipped": 0, "skipped_by_reason": {}}
    assert [m["To"] for m in smtp_server.messages] == ["ada@example.org"]
    log = AuditLog(server.app.state.context.store.engine)
    actions = [e.action for e in log.events(target=key) if e.action.startswith("consent.")]
    assert actions == ["consent.requested", "consent.granted"]
    assert all("ada@example.org" not in str(e.details) for e in log.events())


def test_the_staff_api_cannot_opt_an_address_in_without_its_owner(
    server: LiveServer, smtp_server: SmtpServer, troth_home: Path
) -> None:
    r = httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": "bo@example.org", "purpose": MARKETING, "granted": True},
    )
    assert (r.status_code, r.json()["step"]) == (202, "requested")
    key = subject_key("bo@example.org")
    link = optin.confirmation_link(smtp_server, "bo@example.org")
    state = httpx.get(f"{server.url}/api/v1/consent/subjects/{key}", headers=STAFF).json()
    assert [c for c in state["consents"] if c["granted"]] == []
    # Bo says no before following the link: the link then has nothing to confirm.
    httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": key, "purpose": MARKETING, "granted": False},
    ).raise_for_status()
    assert optin.follow(link).status_code == 409
    assert _steps(troth_home, key) == [("api", True, "requested"), ("api", False, "")]
    # A key with no address on record cannot be opted in: there is no one to ask.
    nobody = subject_key("nobody@example.org")
    r = httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": nobody, "purpose": MARKETING, "granted": True},
    )
    assert r.status_code == 422 and "address on record" in r.json()["error"]
    assert _steps(troth_home, nobody) == []


def test_a_forged_or_altered_confirmation_link_is_refused(
    server: LiveServer, smtp_server: SmtpServer, troth_home: Path
) -> None:
    httpx.post(
        f"{server.url}/api/v1/consent/signup",
        json={"email": "cy@example.org", "age": 30, "marketing_email": True},
    ).raise_for_status()
    link = optin.confirmation_link(smtp_server, "cy@example.org")
    altered = link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB")
    for bad in (altered, f"{server.url}/consent/confirm/not-a-token"):
        r = optin.follow(bad)
        assert r.status_code == 403 and "This link cannot be used" in r.text
    assert _steps(troth_home, subject_key("cy@example.org")) == [("sign_up", True, "requested")]
