"""Links in mail come only from the configured public URL, never from a request's Host header,
and a request naming an unexpected Host is refused."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from troth.config import ConfigError, load_settings
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

PUBLIC = "https://privacy.example.com"


def _archive_link_for(mail: str) -> str:
    """The request the mail's archive link opens (its signed claims are readable), once the
    link is checked to start with the public URL."""
    token = re.search(re.escape(PUBLIC) + r"/api/v1/requests/archive/(\S+)", mail).group(1)
    payload = token.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["c"]["r"]


def _body(msg) -> str:  # noqa: ANN001 - an EmailMessage
    return msg.get_body(("plain",)).get_content()


def _wait_for(smtp: SmtpServer, words: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [_body(m) for m in smtp.messages if words in str(m["Subject"])]
        if found:
            return found[-1]
        time.sleep(0.2)
    raise AssertionError(f"no mail about {words!r}")


@pytest.fixture
def public_server(
    demo_company: list[str], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> LiveServer:
    monkeypatch.setenv("TROTH_PUBLIC_URL", PUBLIC)
    return request.getfixturevalue("live_server")


def test_an_unexpected_host_is_refused_and_loopback_and_the_public_host_are_served(
    public_server: LiveServer,
) -> None:
    url = public_server.url + "/api/v1/health"
    assert httpx.get(url, headers={"Host": "evil.example"}).status_code == 400
    assert httpx.get(url, headers={"Host": f"evil.example:{public_server.port}"}).status_code == 400
    for host in ("privacy.example.com", f"localhost:{public_server.port}", "127.0.0.1"):
        assert httpx.get(url, headers={"Host": host}).status_code == 200, host
    poisoned = httpx.post(
        public_server.url + "/api/v1/requests",
        json={"kind": "access", "identities": {"email": "ada@example.com"}},
        headers={"Host": "evil.example"},
    )
    assert poisoned.status_code == 400


def test_the_archive_link_comes_from_the_public_url_whatever_host_asked_first(
    public_server: LiveServer, demo_company: list[str], smtp_server: SmtpServer
) -> None:
    person = demo_company[0]
    api = public_server.url + "/api/v1/requests"
    other_host = {"Host": f"localhost:{public_server.port}"}  # allowed, but not the public one
    assert (
        httpx.post(
            api, json={"kind": "access", "identities": {"email": person}}, headers=other_host
        ).status_code
        == 202
    )
    text = _body(smtp_server.messages[-1])
    request_id = re.search(r"\((req_[0-9a-f]{32})\)", text).group(1)
    code = re.search(r"enter this code: (\d+)", text).group(1)
    verified = httpx.post(f"{api}/{request_id}/verify", json={"code": code}, headers=other_host)
    assert verified.status_code == 200
    ready = _wait_for(smtp_server, "copy of your data")
    assert _archive_link_for(ready) == request_id
    assert "localhost" not in ready and "127.0.0.1" not in ready


def test_the_preferences_link_comes_from_the_public_url(
    public_server: LiveServer, smtp_server: SmtpServer
) -> None:
    signed = httpx.post(
        public_server.url + "/api/v1/consent/signup",
        json={"email": "grace@example.com", "age": 30},
    )
    assert signed.status_code == 201, signed.text
    with httpx.Client(
        base_url=public_server.url, headers={"Host": f"localhost:{public_server.port}"}
    ) as client:
        page = client.get("/privacy/preferences")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        sent = client.post(
            "/privacy/preferences", data={"csrf_token": token, "email": "grace@example.com"}
        )
        assert sent.status_code == 200
    link = _wait_for(smtp_server, "Your privacy choices")
    assert f"{PUBLIC}/privacy/preferences/manage/" in link and "localhost" not in link


def test_the_command_line_mails_the_same_link_as_the_server(
    demo_company: list[str], smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from troth.requests.service import open_service

    monkeypatch.setenv("TROTH_PUBLIC_URL", PUBLIC + "/")
    service = open_service()
    request = service.submit("access", {"email": demo_company[1]}).request
    code = re.search(r"enter this code: (\d+)", _body(smtp_server.messages[-1])).group(1)
    service.verify(request.id, code)
    ran = subprocess.run(
        [sys.executable, "-m", "troth", "request", "run", request.id],
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    ready = _wait_for(smtp_server, "copy of your data")
    assert _archive_link_for(ready) == request.id


def test_the_public_url_setting(tmp_path: Path) -> None:
    home = {"TROTH_HOME": str(tmp_path)}
    assert load_settings(home).effective_public_url == "http://127.0.0.1:8000"
    served = load_settings({**home, "TROTH_PORT": "9000", "TROTH_HTTPS": "true"})
    assert served.effective_public_url == "https://127.0.0.1:9000"
    given = load_settings({**home, "TROTH_PUBLIC_URL": "https://privacy.example.com/"})
    assert given.effective_public_url == PUBLIC and given.public_host == "privacy.example.com"
    for bad in ("privacy.example.com", "ftp://x.example", "https://u:p@x.example", "https://x/?a"):
        with pytest.raises(ConfigError, match="TROTH_PUBLIC_URL must be an http"):
            load_settings({**home, "TROTH_PUBLIC_URL": bad})
