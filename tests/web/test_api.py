"""The JSON API and the promise page, through the ASGI app in process."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from troth.config import load_settings
from troth.policy import load_policy
from troth.web import create_app


@pytest.fixture
def client(troth_home: Path) -> TestClient:
    # The service answers only its public host and loopback (not TestClient's "testserver").
    return TestClient(create_app(load_settings()), base_url="http://localhost")


def test_health(client: TestClient) -> None:
    r = client.get("/api/v1/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


def test_policy_endpoint_returns_the_example_policy(client: TestClient) -> None:
    body = client.get("/api/v1/policy").json()
    example = load_policy()
    assert body["organisation"]["name"] == example.organisation.name
    assert [s["key"] for s in body["systems"]] == [s.key for s in example.systems]


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/health", "/api/v1/policy", "/api/v1/datamap", "/api/v1/checks"):
        assert path in paths
    assert client.get("/docs").status_code == 200


def test_checks_are_clean_on_the_example_policy(client: TestClient) -> None:
    body = client.get("/api/v1/checks").json()
    assert body["policy"] == []
    assert isinstance(body["datamap"], list)


@pytest.mark.proves("Sec8", via="troth.web.security.security_headers")
def test_security_headers_and_no_hsts_over_plain_http(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "strict-transport-security" not in r.headers


@pytest.mark.proves("Sec8", via="troth.web.security.security_headers")
def test_hsts_when_served_over_https(troth_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TROTH_HTTPS", "true")
    monkeypatch.setenv("TROTH_SECRET_KEY", "k" * 40)
    client = TestClient(create_app(load_settings()), base_url="https://testserver")
    r = client.get("/api/v1/health")
    assert r.headers["strict-transport-security"].startswith("max-age=")


def test_promise_page_lists_every_clause_with_its_status(client: TestClient) -> None:
    html = client.get("/").text
    promises = client.get("/api/v1/promises").json()
    clause_ids = {c.id for c in load_policy().clauses}
    assert {p["clause"] for p in promises} == clause_ids
    for p in promises:
        assert f'id="clause-{p["clause"]}"' in html
        assert p["status"] in ("enforced", "policy-only", "not-kept")
    # grouped by section; each clause leads with its promise, then its status, then its proof
    sec8 = next(c for c in load_policy().clauses if c.id == "Sec8")
    item = html.split('id="clause-Sec8"')[1].split("</tr>")[0]
    assert item.index(escape(sec8.promise)) < item.index("status-enforced")
    keeper = "troth.<wbr>web.<wbr>security.<wbr>security_<wbr>headers"  # breaks at dots only
    assert item.index("status-enforced") < item.index(keeper)
    assert html.count(">Security of Your Information</h2>") == 1
    # Sec8 is kept by the header code and proven by the tests in this file.
    sec8 = next(p for p in promises if p["clause"] == "Sec8")
    assert sec8["status"] == "enforced"
    assert "troth.web.security.security_headers" in sec8["kept_by"]
    assert any(t.startswith("tests/web/test_api.py::") for t in sec8["proven_by"])


def test_https_without_a_secret_key_refuses_to_start(
    troth_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from troth.keys import SecretKeyError

    monkeypatch.setenv("TROTH_HTTPS", "true")
    with pytest.raises(SecretKeyError, match="TROTH_SECRET_KEY is not set"):
        create_app(load_settings())
