"""Characters outside ASCII in a token, a link or a form field get a 4xx with one line of
reason, never a 500 (``hmac.compare_digest`` on such a str, ``int("²")``, a ``\\x85`` that
would end a mail header)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
import pytest

from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

TOKEN = "staff-token-for-tests-0123456789"
ODD = ["²", "١٢٣", "é\x85", "１２３", "\u2028"]


def _one_line_json_error(r: httpx.Response, status: int) -> None:
    assert r.status_code == status, (r.status_code, r.text[:200])
    error = r.json()["error"]
    assert error and "\n" not in error


def _csrf(client: httpx.Client, path: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


@pytest.fixture
def server(
    troth_home: Path,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> LiveServer:
    monkeypatch.setenv("TROTH_STAFF_TOKEN", TOKEN)
    return request.getfixturevalue("live_server")


def test_odd_characters_in_signed_links_are_a_4xx(server: LiveServer) -> None:
    for odd in ODD:
        for token in (f"req_1.{odd}.{odd}", f"req_1.1700000000.{odd}", f"req_1.17{odd}.x"):
            r = httpx.get(f"{server.url}/api/v1/requests/archive/{token}")
            _one_line_json_error(r, 404)
        r = httpx.post(f"{server.url}/consent/unsubscribe/e30.{odd}")
        _one_line_json_error(r, 403)
        assert httpx.get(f"{server.url}/consent/unsubscribe/e30.{odd}").status_code == 403
        assert httpx.get(f"{server.url}/privacy/preferences/manage/e30.{odd}").status_code == 400
        assert httpx.get(f"{server.url}/consent/pixel/e30.{odd}.gif").status_code == 403
        bearer = f"Bearer {odd}".encode()  # as a client sends it: bytes on the wire
        r = httpx.get(f"{server.url}/api/v1/requests", headers={"Authorization": bearer})
        _one_line_json_error(r, 401)


def test_odd_characters_in_a_form_token_or_field_are_a_4xx(
    server: LiveServer, staff_login, demo_company: list[str]
) -> None:  # noqa: ANN001 - staff_login is a factory
    with httpx.Client(base_url=server.url) as client:
        _csrf(client, "/privacy/requests/new")  # the CSRF cookie
        for odd in ODD:
            r = client.post(
                "/privacy/requests",
                data={"csrf_token": odd * 8, "kind": "access", "email": "a@example.com"},
            )
            assert r.status_code == 403
            r = client.post(
                "/privacy/requests",
                data={
                    "csrf_token": _csrf(client, "/privacy/requests/new"),
                    "kind": "access",
                    "email": f"a{odd}@example.com",
                },
            )
            assert r.status_code == 422 and "is not valid" in r.text
    member, _, _ = staff_login("viewer")
    for odd in ODD:
        r = member.post(
            "/console/account/totp/confirm",
            data={
                "csrf_token": _csrf(member, "/console/account"),
                "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
                "expires": str(int(time.time()) + 600),
                "seal": (odd * 30)[:60],
                "code": (odd * 6)[:12],
            },
        )
        assert r.status_code == 400 and "start again" in r.text


def test_a_code_in_other_digits_is_a_wrong_code(server: LiveServer, demo_company) -> None:  # noqa: ANN001
    api = server.url + "/api/v1/requests"
    assert httpx.post(api, json={"kind": "access", "identities": {"email": demo_company[0]}})
    listed = httpx.get(api, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    for odd in ("１２３４５６７８", "١٢٣٤٥٦٧٨", "²" * 8):
        r = httpx.post(f"{api}/{listed[0]['id']}/verify", json={"code": odd})
        _one_line_json_error(r, 400)
        assert r.json()["error"].startswith("wrong code")


def test_a_line_break_of_any_kind_never_reaches_a_mail_header(server: LiveServer) -> None:
    signed = httpx.post(
        f"{server.url}/api/v1/consent/signup",
        json={"email": "grace@example.com", "age": 30, "marketing_email": True},
    )
    assert signed.status_code == 201
    for brk in ("\x85", "\u2028", "\x0b", "\x1c"):
        r = httpx.post(
            f"{server.url}/api/v1/consent/campaigns",
            headers={"Authorization": f"Bearer {TOKEN}"},
            json={"subject": f"Offers{brk}Bcc: all@example.org", "text": "Hello"},
        )
        _one_line_json_error(r, 422)
        assert r.json()["error"] == "the campaign subject must be one non-empty line"
