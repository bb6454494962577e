"""One use per secret: a TOTP code is accepted once, and archive links live as long as the
setting says, each download audited with its number. Over real HTTP."""

from __future__ import annotations

import base64
import json
import re
import time
from datetime import UTC, datetime, timedelta

import httpx
import pyotp
import pytest

from troth.audit import AuditLog
from troth.config import ConfigError, load_settings
from troth.staff.accounts import StaffAccounts
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

PASSWORD = "violet-anvil-harbour-92"


def _csrf(client: httpx.Client, path: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


def _sign_in_with_code(url: str, code: str) -> httpx.Response:
    with httpx.Client(base_url=url) as client:
        form = {"csrf_token": _csrf(client, "/console/login"), "email": "ada@example.com"}
        r = client.post("/console/login", data={**form, "password": PASSWORD})
        assert r.headers["location"] == "/console/login/code"
        token = _csrf(client, "/console/login/code")
        return client.post("/console/login/code", data={"csrf_token": token, "code": code})


@pytest.mark.proves("Sec1", via="troth.staff.accounts.StaffAccounts.check_totp")
def test_a_totp_code_signs_in_once(live_server: LiveServer) -> None:
    accounts = StaffAccounts(live_server.app.state.context.store.engine)
    accounts.create("ada@example.com", PASSWORD, "admin")
    totp = pyotp.TOTP(accounts.enable_totp("ada@example.com"))
    if totp.interval - time.time() % totp.interval < 3:  # not across a step's edge
        time.sleep(3)
    code = totp.now()
    first = _sign_in_with_code(live_server.url, code)
    assert (first.status_code, first.headers["location"]) == (303, "/console")
    again = _sign_in_with_code(live_server.url, code)  # the same code, overheard
    assert again.status_code == 401 and "the code was wrong or has expired" in again.text
    # An older code (the step before), still inside the window, is refused as well.
    older = totp.at(datetime.now(UTC) - timedelta(seconds=totp.interval))
    assert _sign_in_with_code(live_server.url, older).status_code == 401


def test_the_archive_link_lifetime_is_a_checked_setting(
    troth_home, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    assert load_settings().archive_link_hours == 48
    monkeypatch.setenv("TROTH_ARCHIVE_LINK_HOURS", "6")
    assert load_settings().archive_link_hours == 6
    for wrong in ("0", "721", "two", "1.5"):
        monkeypatch.setenv("TROTH_ARCHIVE_LINK_HOURS", wrong)
        with pytest.raises(ConfigError, match="TROTH_ARCHIVE_LINK_HOURS must be a number"):
            load_settings()


def _mail(smtp: SmtpServer, words: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for m in smtp.messages:
            if words in str(m["Subject"]):
                return m.get_body(("plain",)).get_content()
        time.sleep(0.2)
    raise AssertionError(f"no mail about {words!r}")


@pytest.fixture
def short_links(
    demo_company: list[str], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> LiveServer:
    monkeypatch.setenv("TROTH_ARCHIVE_LINK_HOURS", "2")
    return request.getfixturevalue("live_server")


def test_the_archive_link_expires_as_configured_and_each_download_is_audited(
    short_links: LiveServer, demo_company: list[str], smtp_server: SmtpServer
) -> None:
    api = short_links.url + "/api/v1/requests"
    asked = datetime.now(UTC)
    r = httpx.post(api, json={"kind": "access", "identities": {"email": demo_company[0]}})
    assert r.status_code == 202
    text = _mail(smtp_server, "verification")
    request_id = re.search(r"\((req_[0-9a-f]{32})\)", text).group(1)
    code = re.search(r"enter this code: (\d+)", text).group(1)
    assert httpx.post(f"{api}/{request_id}/verify", json={"code": code}).status_code == 200
    ready = _mail(smtp_server, "copy of your data")
    link = re.search(r"(http://\S+/api/v1/requests/archive/\S+)", ready).group(1)
    payload = link.rsplit("/", 1)[1].split(".")[0]  # the token's claims are signed, not hidden
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    expires = datetime.fromtimestamp(body["e"], UTC)
    assert (
        timedelta(hours=2) - timedelta(minutes=1) < expires - asked < timedelta(hours=2, minutes=2)
    )
    for _ in range(2):
        got = httpx.get(link)
        assert got.status_code == 200 and got.headers["content-type"] == "application/zip"
    log = AuditLog(short_links.app.state.context.store.engine)
    downloads = list(log.events("request.archive_downloaded", f"request:{request_id}"))
    assert [(e.actor, e.details) for e in downloads] == [
        ("subject", {"download": 1}),
        ("subject", {"download": 2}),
    ]
