"""The requests REST API over real HTTP: subjects learn nothing about who exists; staff
endpoints need a signed-in staff member with the right role."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from requests_helpers import body, code_in, with_small_datamap

from troth.config import load_settings
from troth.staff.accounts import StaffAccounts
from troth.store import open_store
from troth.testing.smtp import SmtpServer
from troth.web.auth.sessions import SESSION_COOKIE, SessionStore


@pytest.fixture
def api(troth_home: Path, smtp_server: SmtpServer, request: pytest.FixtureRequest) -> str:
    with open_store(load_settings().database_url) as store:
        with_small_datamap(store)
    server = request.getfixturevalue("live_server")
    return server.url.rstrip("/") + "/api/v1/requests"


def _staff_cookie(role: str) -> dict[str, str]:
    with open_store(load_settings().database_url) as store:
        member = StaffAccounts(store.engine).create(
            f"{role}@staff.example", "long enough passphrase 4 staff", role
        )
        token = SessionStore(store.engine).start(member.id, verified=True)
    return {SESSION_COOKIE: token}


def test_submission_answers_the_same_whoever_asks_and_the_id_travels_only_by_mail(
    api: str, smtp_server: SmtpServer
) -> None:
    known = httpx.post(api, json={"kind": "access", "identities": {"email": "a@example.com"}})
    unknown = httpx.post(
        api, json={"kind": "access", "identities": {"email": "nobody@example.org"}}
    )
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json() and "req_" not in known.text
    mails = smtp_server.messages
    assert [m["To"] for m in mails] == ["a@example.com", "nobody@example.org"]
    request_id = body(mails[0]).split("request (")[1].split(")")[0]
    wrong = httpx.post(f"{api}/{request_id}/verify", json={"code": "00000000"})
    assert wrong.status_code == 400 and wrong.json()["error"].startswith("wrong code")
    ok = httpx.post(f"{api}/{request_id}/verify", json={"code": code_in(mails[0])})
    assert ok.status_code == 200 and ok.json()["state"] == "verified"
    assert "identities" not in ok.text and "example.com" not in ok.text
    status = httpx.get(f"{api}/{request_id}")
    assert status.status_code == 200 and status.json()["id"] == request_id
    missing = httpx.get(f"{api}/req_{'0' * 32}")
    assert missing.status_code == 404 and missing.json() == {"error": "no request with that id"}
    assert httpx.post(f"{api}/req_{'0' * 32}/code").status_code == 202
    forged = httpx.get(f"{api}/archive/{request_id}.9999999999.forged")
    assert forged.status_code == 404


def test_bad_input_is_a_one_line_4xx(api: str) -> None:
    unknown_type = httpx.post(api, json={"kind": "access", "identities": {"passport": "X1"}})
    assert unknown_type.status_code == 422
    assert unknown_type.json()["error"].startswith("unknown identity type 'passport'")
    bad_kind = httpx.post(api, json={"kind": "forget", "identities": {"email": "a@example.com"}})
    assert bad_kind.status_code == 422


def test_staff_endpoints_refuse_without_a_session_and_check_the_role(
    api: str, smtp_server: SmtpServer
) -> None:
    httpx.post(api, json={"kind": "erasure", "identities": {"email": "a@example.com"}})
    request_id = body(smtp_server.messages[-1]).split("request (")[1].split(")")[0]
    for method, path in [
        ("GET", ""),
        ("GET", f"/{request_id}/details"),
        ("POST", f"/{request_id}/approve"),
        ("POST", f"/{request_id}/run"),
    ]:
        assert httpx.request(method, api + path).status_code == 401
    viewer = _staff_cookie("viewer")
    listed = httpx.get(api, cookies=viewer)
    assert listed.status_code == 200
    assert [r["id"] for r in listed.json()] == [request_id]
    assert "a@example.com" not in listed.text  # staff see a pseudonym, not the identity
    refused = httpx.post(f"{api}/{request_id}/deny", json={"reason": "x"}, cookies=viewer)
    assert refused.status_code == 403
    approver = _staff_cookie("approver")
    denied = httpx.post(
        f"{api}/{request_id}/deny", json={"reason": "could not confirm"}, cookies=approver
    )
    assert denied.status_code == 200 and denied.json()["state"] == "denied"
    again = httpx.post(f"{api}/{request_id}/approve", cookies=approver)
    assert again.status_code == 409


def test_the_endpoints_are_in_the_openapi_document(api: str) -> None:
    doc = httpx.get(api.replace("/requests", "/openapi.json")).json()
    paths = set(doc["paths"])
    assert {
        "/api/v1/requests",
        "/api/v1/requests/{request_id}/verify",
        "/api/v1/requests/{request_id}",
        "/api/v1/requests/archive/{token}",
        "/api/v1/requests/{request_id}/approve",
    } <= paths
