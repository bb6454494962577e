"""A request proves its identity on a channel that *is* the identity searched for.

The attack these tests replay: ``POST /api/v1/requests`` with the victim's address as the
identity and the attacker's as ``contact`` sent the code, then the archive link, to the
attacker. Now the code goes only to the address searched for (or by SMS to a phone number
given alone), a different contact is refused with one line, and a request naming an identity
no code can prove waits for staff to verify it by hand (audited).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from requests_helpers import body, insert_request_row, with_small_datamap

from troth.audit import AuditLog
from troth.config import load_settings
from troth.notify.sms import Sms, SmsOutbox
from troth.policy import load_policy
from troth.requests.service import RequestService
from troth.store import open_store
from troth.store.tables import subject_requests
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

VICTIM = "victim@example.com"
ATTACKER = "attacker@evil.example"
ONE_LINE_REFUSAL = (
    "messages about a request go only to the e-mail address (or phone number) it is about: "
    "leave contact out or give that same address"
)


@pytest.fixture
def api(troth_home: Path, smtp_server: SmtpServer, request: pytest.FixtureRequest) -> str:
    with open_store(load_settings().database_url) as store:
        with_small_datamap(store)
    server: LiveServer = request.getfixturevalue("live_server")
    return server.url + "/api/v1/requests"


def _to(smtp: SmtpServer, address: str) -> list[str]:
    return [body(m) for m in smtp.messages if address in str(m["To"]) + str(m.get("Cc", ""))]


@pytest.mark.parametrize("kind", ["access", "erasure", "withdrawal"])
def test_a_contact_other_than_the_address_searched_is_refused_and_gets_nothing(
    api: str, smtp_server: SmtpServer, kind: str
) -> None:
    attack = {"kind": kind, "identities": {"email": VICTIM}, "contact": ATTACKER}
    refused = httpx.post(api, json=attack)
    assert refused.status_code == 422
    assert refused.json() == {"error": ONE_LINE_REFUSAL}
    assert VICTIM not in refused.text and ATTACKER not in refused.text
    assert smtp_server.messages == []  # no code to anyone, and no request made
    with open_store(load_settings().database_url) as store, store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(subject_requests)).scalar() == 0


def test_the_same_address_as_contact_is_accepted_and_the_code_goes_to_it(
    api: str, smtp_server: SmtpServer
) -> None:
    same = {"kind": "access", "identities": {"email": VICTIM}, "contact": " Victim@Example.com "}
    assert httpx.post(api, json=same).status_code == 202
    [mail] = smtp_server.messages
    assert mail["To"] == VICTIM and re.search(r"enter this code: \d{8}", body(mail))


def test_an_identity_no_code_can_prove_waits_for_staff_and_no_code_is_sent(
    api: str, smtp_server: SmtpServer
) -> None:
    # The attacker's own address beside the victim's loyalty number: a code to the address
    # would prove only the address, and the search would reach the victim's rows.
    attack = {"kind": "access", "identities": {"email": ATTACKER, "loyalty_id": "L-1"}}
    answer = httpx.post(api, json=attack)
    assert answer.status_code == 202
    assert "privacy team will check by hand" in answer.json()["message"]
    [notice] = smtp_server.messages
    assert notice["To"] == ATTACKER and "enter this code" not in body(notice)
    request_id = re.search(r"\((req_[0-9a-f]{32})\)", body(notice)).group(1)
    guess = httpx.post(f"{api}/{request_id}/verify", json={"code": "12345678"})
    assert guess.status_code == 400
    assert guess.json() == {"error": "this request is verified by our privacy team, not by a code"}
    assert httpx.post(f"{api}/{request_id}/code").status_code == 202
    assert len(smtp_server.messages) == 1  # asking again sends no code either
    with open_store(load_settings().database_url) as store:
        events = [e.action for e in AuditLog(store.engine).events(target=f"request:{request_id}")]
    assert events == ["request.received", "request.awaiting_staff_verification"]


def test_a_request_without_any_reachable_identity_is_verified_by_staff_through_the_api(
    api: str, smtp_server: SmtpServer, staff_login
) -> None:  # noqa: ANN001 - the factory fixture
    answer = httpx.post(api, json={"kind": "erasure", "identities": {"loyalty_id": "L-9"}})
    assert answer.status_code == 202 and smtp_server.messages == []
    viewer, _, _ = staff_login("viewer")
    [listed] = viewer.get("/api/v1/requests").json()
    assert listed["verification"] == "staff" and listed["state"] == "received"
    refused = viewer.post(
        f"/api/v1/requests/{listed['id']}/verify-by-staff", json={"reason": "card seen"}
    )
    assert refused.status_code == 403
    approver, _, _ = staff_login("approver")
    done = approver.post(
        f"/api/v1/requests/{listed['id']}/verify-by-staff", json={"reason": "card seen"}
    )
    assert done.status_code == 200 and done.json()["verified_at"] is not None
    with open_store(load_settings().database_url) as store:
        [verified] = AuditLog(store.engine).events(action="request.verified")
    assert verified.actor.startswith("staff:") and verified.details["by"] == "staff"
    assert verified.details["why"] == "card seen"


def test_a_row_stored_with_a_foreign_contact_is_never_sent_anything(
    troth_home: Path, smtp_server: SmtpServer
) -> None:
    """A request written before this rule, with the attacker as contact, gets no mail."""
    with open_store(load_settings().database_url) as store:
        with_small_datamap(store)
        insert_request_row(store.engine, "req_old", kind="access", state="received")
        with store.engine.begin() as conn:
            conn.execute(
                subject_requests.update()
                .where(subject_requests.c.id == "req_old")
                .values(identities={"email": VICTIM}, contact=ATTACKER)
            )
        service = RequestService(store, load_policy(), load_settings())
        service.send_code("req_old")
        service.deny("req_old", "staff:ana", "not confirmed")
    assert smtp_server.messages == []


# --- a phone number alone: the code goes by SMS --------------------------------------------


def _a_phone(troth_home: Path) -> str:
    engine = sa.create_engine(f"sqlite:///{troth_home / 'demo.sqlite3'}")
    with engine.connect() as conn:
        phone = conn.execute(
            sa.text(
                "SELECT phone_number FROM support_tickets WHERE phone_number IS NOT NULL "
                "ORDER BY id LIMIT 1"
            )
        ).scalar()
    engine.dispose()
    assert phone, "the demo company has no ticket with a phone number"
    return str(phone)


def _sms_code(outbox: SmsOutbox, phone: str) -> tuple[str, str]:
    [sms] = [m for m in outbox.messages() if m.to == phone]
    request_id = re.search(r"\((req_[0-9a-f]{32})\)", sms.text).group(1)
    return request_id, code_in_text(sms)


def code_in_text(sms: Sms) -> str:
    return re.search(r"enter this code: (\d{8})", sms.text).group(1)


def test_a_phone_number_alone_is_proven_by_sms_and_the_archive_link_goes_there_too(
    demo_company: list[str], live_server: LiveServer, smtp_server: SmtpServer, troth_home: Path
) -> None:
    phone = _a_phone(troth_home)
    api = live_server.url + "/api/v1/requests"
    outbox = SmsOutbox(troth_home / "sms-outbox")
    refused = httpx.post(
        api,
        json={"kind": "access", "identities": {"phone_number": phone}, "contact": ATTACKER},
    )
    assert refused.status_code == 422 and refused.json() == {"error": ONE_LINE_REFUSAL}
    answer = httpx.post(api, json={"kind": "access", "identities": {"phone_number": phone}})
    assert answer.status_code == 202
    assert smtp_server.messages == []  # nothing by mail: the phone is the only identity
    request_id, code = _sms_code(outbox, phone)
    verified = httpx.post(f"{api}/{request_id}/verify", json={"code": code})
    assert verified.status_code == 200, verified.text
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        links = [m for m in outbox.messages() if "/api/v1/requests/archive/" in m.text]
        if links:
            break
        time.sleep(0.2)
    [ready] = links
    assert ready.to == phone and smtp_server.messages == []
    link = re.search(r"(http://\S+/api/v1/requests/archive/\S+)", ready.text).group(1)
    archive = httpx.get(link)
    assert archive.status_code == 200 and archive.content[:2] == b"PK"


def test_without_an_sms_sender_a_phone_number_alone_waits_for_staff(
    demo_company: list[str],
    troth_home: Path,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setenv("TROTH_SMS_SENDER", "none")
    phone = _a_phone(troth_home)
    server: LiveServer = request.getfixturevalue("live_server")
    answer = httpx.post(
        server.url + "/api/v1/requests",
        json={"kind": "erasure", "identities": {"phone_number": phone}},
    )
    assert answer.status_code == 202 and "check by hand" in answer.json()["message"]
    assert smtp_server.messages == [] and not (troth_home / "sms-outbox").exists()
    with open_store(load_settings().database_url) as store:
        [waiting] = AuditLog(store.engine).events(action="request.awaiting_staff_verification")
    assert waiting.details["unproven"] == ["phone_number"]
    assert phone not in str(waiting.details)


def test_an_approver_verifies_by_hand_in_the_console_saying_how(
    api: str, smtp_server: SmtpServer, staff_login
) -> None:  # noqa: ANN001 - the factory fixture
    httpx.post(api, json={"kind": "access", "identities": {"loyalty_id": "L-3"}})
    approver, _, _ = staff_login("approver")
    [listed] = approver.get("/api/v1/requests").json()
    page = approver.get(f"/console/requests/{listed['id']}")
    assert "Verify by hand" in page.text and "staff, by hand" in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    path = f"/console/requests/{listed['id']}/decision"
    empty = approver.post(path, data={"csrf_token": token, "decision": "verify", "reason": " "})
    assert empty.status_code == 422 and "say how the identities were checked" in empty.text
    done = approver.post(
        path, data={"csrf_token": token, "decision": "verify", "reason": "account page seen"}
    )
    assert done.status_code == 303
    state = approver.get(f"/api/v1/requests/{listed['id']}/details").json()
    assert state["verified_at"] is not None
