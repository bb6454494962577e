"""The request service: receive, verify by emailed code, approve or deny, extend, audit."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from requests_helpers import Clock, body, code_in, with_small_datamap

from troth.audit import AuditLog
from troth.config import load_settings
from troth.policy import load_policy
from troth.requests.lifecycle import State, TransitionError
from troth.requests.service import RequestError, RequestService, VerificationFailed
from troth.store import open_store
from troth.testing.smtp import SmtpServer

EMAIL = "Jane.Doe@Example.com"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(store_url: str, smtp_server: SmtpServer, clock: Clock) -> Iterator[RequestService]:
    store = with_small_datamap(open_store(store_url))
    try:
        yield RequestService(store, load_policy(), load_settings(), clock=clock)
    finally:
        store.close()


def test_a_request_is_received_a_code_is_mailed_and_the_right_code_verifies_it(
    service: RequestService, smtp_server: SmtpServer
) -> None:
    submission = service.submit("access", {"email": EMAIL}, jurisdiction="gdpr")
    request = submission.request
    assert submission.created and request.state is State.RECEIVED
    assert request.acknowledged_at is not None
    [mail] = smtp_server.messages
    assert mail["To"] == EMAIL and request.id in body(mail)
    code = code_in(mail)
    assert len(code) >= 6
    verified = service.verify(request.id, code)
    assert verified.state is State.VERIFIED and verified.verified_at is not None
    with pytest.raises(VerificationFailed, match="needs no verification"):
        service.verify(request.id, code)


def test_the_audit_log_holds_every_change_of_state_and_no_personal_data(
    service: RequestService, smtp_server: SmtpServer
) -> None:
    request = service.submit("erase", {"email": EMAIL, "loyalty_id": "L-77"}).request
    service.verify_by_staff(request.id, "staff:ana", "loyalty card seen at the counter")
    service.deny(request.id, "staff:ana", "identity documents did not match")
    log = AuditLog(service.engine)
    events = list(log.events(target=f"request:{request.id}"))
    assert [e.action for e in events] == [
        "request.received",
        "request.awaiting_staff_verification",
        "request.verified",
        "request.denied",
    ]
    assert events[1].details["unproven"] == ["loyalty_id"]
    assert [(e.details["from"], e.details["to"]) for e in events[2:]] == [
        ("received", "verified"),
        ("verified", "denied"),
    ]
    assert events[2].details["by"] == "staff"
    assert events[-1].actor == "staff:ana"
    dumped = json.dumps([e.details for e in log.events()]).lower()
    assert "jane" not in dumped and "example.com" not in dumped and "l-77" not in dumped
    assert events[0].details["subject"].startswith("subject:")
    assert log.verify() == []


def test_the_same_subject_and_kind_while_open_is_the_same_request(
    service: RequestService,
) -> None:
    first = service.submit("access", {"email": EMAIL}).request
    again = service.submit("access", {"email": " jane.doe@example.com "})
    assert not again.created and again.request.id == first.id
    other_kind = service.submit("erasure", {"email": EMAIL})
    assert other_kind.created and other_kind.request.id != first.id
    service.deny(first.id, "staff:ana", "duplicate")
    after_close = service.submit("access", {"email": EMAIL})
    assert after_close.created and after_close.request.id != first.id


def _wrong(right: str) -> str:
    return "0" * len(right) if right != "0" * len(right) else "1" * len(right)


def test_five_wrong_codes_close_the_request_and_a_new_request_works(
    service: RequestService, smtp_server: SmtpServer
) -> None:
    request = service.submit("access", {"email": EMAIL}).request
    right = code_in(smtp_server.messages[-1])
    messages = []
    for _ in range(5):
        with pytest.raises(VerificationFailed) as err:
            service.verify(request.id, _wrong(right))
        messages.append(str(err.value))
    assert messages[0] == "wrong code: 4 tries left"
    assert messages[-1] == (
        "wrong code, and no tries are left: the request is closed; "
        "make it again for a new one (5 tries in all)"
    )
    closed = service.get(request.id)
    assert closed.state is State.DENIED and closed.reason == "the code was typed wrong 5 times"
    with pytest.raises(VerificationFailed, match="needs no verification now"):
        service.verify(request.id, right)
    again = service.submit("access", {"email": EMAIL})
    assert again.created and again.request.id != request.id
    fresh = code_in(smtp_server.messages[-1])
    assert service.verify(again.request.id, fresh).state is State.VERIFIED


@pytest.mark.parametrize("ask_again", ["send_code", "submit"])
def test_a_new_code_keeps_the_count_of_wrong_tries(
    service: RequestService, smtp_server: SmtpServer, ask_again: str
) -> None:
    """Re-sending the code, or submitting the same request again, never resets the tries."""
    request = service.submit("access", {"email": EMAIL}).request
    right = code_in(smtp_server.messages[-1])
    for _ in range(4):
        with pytest.raises(VerificationFailed):
            service.verify(request.id, _wrong(right))
    if ask_again == "send_code":
        service.send_code(request.id)
    else:
        assert service.submit("access", {"email": EMAIL}).request.id == request.id
    fresh = code_in(smtp_server.messages[-1])
    with pytest.raises(VerificationFailed, match="no tries are left"):
        service.verify(request.id, _wrong(fresh))
    with pytest.raises(VerificationFailed, match="needs no verification now"):
        service.verify(request.id, fresh)


def test_parallel_wrong_codes_are_counted_one_by_one(
    service: RequestService, smtp_server: SmtpServer
) -> None:
    request = service.submit("access", {"email": EMAIL}).request
    right = code_in(smtp_server.messages[-1])
    start = threading.Barrier(20)

    def attempt(n: int) -> str:
        guess = f"{(int(right) + 1 + n) % 10**8:08d}"  # twenty different wrong codes
        start.wait()
        try:
            service.verify(request.id, guess)
        except VerificationFailed as exc:
            return str(exc).split(":")[0]
        return "verified"

    with ThreadPoolExecutor(max_workers=20) as pool:
        outcomes = list(pool.map(attempt, range(20)))
    compared = [o for o in outcomes if o.startswith("wrong code")]
    assert len(compared) == 5  # only five codes were ever compared
    assert "verified" not in outcomes
    with pytest.raises(VerificationFailed):
        service.verify(request.id, right)
    assert service.get(request.id).state is State.DENIED


def test_a_code_expires_after_15_minutes(
    service: RequestService, smtp_server: SmtpServer, clock: Clock
) -> None:
    request = service.submit("access", {"email": EMAIL}).request
    clock.now += timedelta(minutes=15)
    with pytest.raises(VerificationFailed, match="expired: ask for a new code"):
        service.verify(request.id, code_in(smtp_server.messages[-1]))


def test_unknown_identity_type_and_bad_input_are_clear_one_line_errors(
    service: RequestService,
) -> None:
    with pytest.raises(RequestError) as err:
        service.submit("access", {"passport": "X123"})
    assert str(err.value) == (
        "unknown identity type 'passport': the data map declares email, loyalty_id"
    )
    with pytest.raises(RequestError, match="unknown request kind 'forget'"):
        service.submit("forget", {"email": EMAIL})
    with pytest.raises(RequestError, match="identity 'email' is not valid"):
        service.submit("access", {"email": "jane.doe@example.com, bob@example.org"})
    with pytest.raises(RequestError, match="go only to the e-mail address"):
        service.submit("access", {"email": EMAIL}, contact="someone.else@example.org")
    with pytest.raises(RequestError, match="correction needs the new values"):
        service.submit("correct", {"email": EMAIL})
    assert service.list() == []  # nothing half-written


def test_approval_when_the_configuration_asks_for_it(
    store_url: str, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TROTH_REQUEST_APPROVAL", "erasure")
    store = with_small_datamap(open_store(store_url))
    try:
        service = RequestService(store, load_policy(), load_settings())
        request = service.submit("erasure", {"email": EMAIL}).request
        assert request.approval_required
        verified = service.verify(request.id, code_in(smtp_server.messages[-1]))
        assert verified.state is State.VERIFIED
        assert [r.id for r in service.runnable()] == []
        with pytest.raises(TransitionError, match="needs a staff approval"):
            service.run(request.id)
        approved = service.approve(request.id, "staff:ana")
        assert approved.state is State.APPROVED and approved.approved_at is not None
        assert [r.id for r in service.runnable()] == [request.id]
        access = service.submit("access", {"email": EMAIL}).request
        assert not access.approval_required
    finally:
        store.close()


def test_deadline_extension_tells_the_subject_and_overdue_requests_are_flagged(
    service: RequestService, smtp_server: SmtpServer, clock: Clock
) -> None:
    gdpr = service.submit("access", {"email": EMAIL}).request
    ccpa = service.submit("erasure", {"email": EMAIL}, jurisdiction="CCPA").request
    assert ccpa.due_at == ccpa.received_at + timedelta(days=45)
    assert ccpa.staff_view()["acknowledge_by"] is not None
    extended = service.extend(gdpr.id, "staff:ana", "many systems to search")
    assert extended.due_at > gdpr.due_at + timedelta(days=55)
    notice = smtp_server.messages[-1]
    assert "more time" in notice["Subject"] and "many systems to search" in body(notice)
    with pytest.raises(RequestError, match="already extended once"):
        service.extend(gdpr.id, "staff:ana", "again")
    clock.now += timedelta(days=46)
    assert [r.id for r in service.list(overdue=True)] == [ccpa.id]
    assert service.get(ccpa.id).staff_view(clock.now)["overdue"] is True
    with pytest.raises(RequestError, match="before the first deadline"):
        service.extend(ccpa.id, "staff:ana", "too late")
