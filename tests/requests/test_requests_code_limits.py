"""Verification messages are limited per address: at most five an hour to one address,
whoever asks and however many requests or re-sends, parallel ones included."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from requests_helpers import body, with_small_datamap

from troth.config import load_settings
from troth.store import open_store
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

ADDRESS = "jane@example.com"
LIMIT_ERROR = "at most 5 verification messages go to one address an hour: try again later"


@pytest.fixture
def api(troth_home: Path, smtp_server: SmtpServer, request: pytest.FixtureRequest) -> str:
    with open_store(load_settings().database_url) as store:
        with_small_datamap(store)
    server: LiveServer = request.getfixturevalue("live_server")
    return server.url + "/api/v1/requests"


def _to(smtp: SmtpServer, address: str) -> int:
    return sum(1 for m in smtp.messages if str(m["To"]) == address)


def test_the_sixth_code_in_an_hour_to_one_address_is_refused(
    api: str, smtp_server: SmtpServer
) -> None:
    assert httpx.post(api, json={"kind": "access", "identities": {"email": ADDRESS}}).is_success
    request_id = body(smtp_server.messages[-1]).split("request (")[1].split(")")[0]
    for _ in range(2):  # asking for the code again
        assert httpx.post(f"{api}/{request_id}/code").status_code == 202
    for kind in ("erasure", "withdrawal"):  # other requests for the same address
        assert httpx.post(api, json={"kind": kind, "identities": {"email": ADDRESS}}).is_success
    assert _to(smtp_server, ADDRESS) == 5
    again = httpx.post(f"{api}/{request_id}/code")
    assert again.status_code == 429 and again.json() == {"error": LIMIT_ERROR}
    more = httpx.post(api, json={"kind": "access", "identities": {"email": ADDRESS.upper()}})
    assert more.status_code == 429 and more.json() == {"error": LIMIT_ERROR}
    assert _to(smtp_server, ADDRESS) + _to(smtp_server, ADDRESS.upper()) == 5
    other = httpx.post(api, json={"kind": "access", "identities": {"email": "bo@example.com"}})
    assert other.status_code == 202  # the limit is per address


def test_parallel_re_sends_cannot_slip_past_the_limit(api: str, smtp_server: SmtpServer) -> None:
    assert httpx.post(api, json={"kind": "access", "identities": {"email": ADDRESS}}).is_success
    request_id = body(smtp_server.messages[-1]).split("request (")[1].split(")")[0]
    start = threading.Barrier(12)

    def resend(_: int) -> int:
        start.wait()
        return httpx.post(f"{api}/{request_id}/code", timeout=60).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        codes = list(pool.map(resend, range(12)))
    assert sorted(codes) == [202] * 4 + [429] * 8
    assert _to(smtp_server, ADDRESS) == 5


def test_an_address_list_is_no_identity_and_no_consent_subject(api: str) -> None:
    for listed in ("jane@example.com,eve@example.net", "jane@example.com, eve@example.net"):
        r = httpx.post(api, json={"kind": "access", "identities": {"email": listed}})
        assert r.status_code == 422 and "is not valid" in r.json()["error"]
        base = api.removesuffix("/api/v1/requests")
        signed = httpx.post(f"{base}/api/v1/consent/signup", json={"email": listed, "age": 30})
        assert signed.status_code == 422
        report = httpx.post(f"{base}/api/v1/consent/children/reports", json={"email": listed})
        assert report.status_code == 422
