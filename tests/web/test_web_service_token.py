"""The service token: other services call the staff API with it, acting with a configured
role (analyst by default), compared in constant time, never accepted by the pages."""

from __future__ import annotations

import os

import httpx
import pytest

from troth.config import load_settings
from troth.testing.live import LiveServer
from troth.web import create_app
from troth.web.auth.access import ServiceTokenError, service_token_from

TOKEN = "service-token-for-tests-0123456789abcdef"


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_configuration_is_checked_and_the_token_is_kept_only_as_a_digest() -> None:
    assert service_token_from({}) is None
    with pytest.raises(ServiceTokenError, match="TROTH_STAFF_TOKEN must be at least 32"):
        service_token_from({"TROTH_STAFF_TOKEN": "short-token"})
    with pytest.raises(ServiceTokenError, match="TROTH_STAFF_TOKEN_ROLE: unknown role 'root'"):
        service_token_from({"TROTH_STAFF_TOKEN": TOKEN, "TROTH_STAFF_TOKEN_ROLE": "root"})
    found = service_token_from({"TROTH_STAFF_TOKEN": TOKEN})
    assert found is not None and found.role.value == "analyst"
    assert TOKEN.encode() not in repr(found).encode() and len(found.digest) == 32
    admin = service_token_from({"TROTH_STAFF_TOKEN": TOKEN, "TROTH_STAFF_TOKEN_ROLE": "Admin"})
    assert admin is not None and admin.role.value == "admin"


def test_a_misconfigured_token_stops_the_service_at_start(
    troth_home, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv("TROTH_STAFF_TOKEN", "too-short")
    with pytest.raises(ServiceTokenError):
        create_app(load_settings())


@pytest.fixture
def token_server(
    request: pytest.FixtureRequest, troth_home, monkeypatch: pytest.MonkeyPatch
) -> LiveServer:  # noqa: ANN001 - troth_home first: it clears the TROTH_* variables
    monkeypatch.setenv("TROTH_STAFF_TOKEN", TOKEN)
    role = getattr(request, "param", None)
    if role:
        monkeypatch.setenv("TROTH_STAFF_TOKEN_ROLE", role)
    return request.getfixturevalue("live_server")


@pytest.mark.proves("Sec1", via="troth.web.auth.access.admit")
def test_the_token_acts_as_an_analyst_by_default(token_server: LiveServer) -> None:
    with httpx.Client(base_url=token_server.url) as client:
        assert client.get("/api/v1/consent/children", headers=bearer()).status_code == 200
        assert client.get("/api/v1/requests", headers=bearer()).status_code == 200
        r = client.post("/api/v1/requests/req_0/approve", headers=bearer())
        assert r.status_code == 403 and "approver" in r.json()["error"]
        for wrong in (TOKEN[:-1] + "x", TOKEN + "x", TOKEN[:16], "-"):
            r = client.get("/api/v1/consent/children", headers=bearer(wrong))
            assert r.status_code == 401
        r = client.get("/api/v1/consent/children", headers={"Authorization": f"Basic {TOKEN}"})
        assert r.status_code == 401
        # Pages never take the token: it is for services calling the API.
        r = client.get("/console/requests", headers=bearer(), follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/console/login"


@pytest.mark.parametrize("token_server", ["approver"], indirect=True)
def test_the_role_is_configurable(token_server: LiveServer) -> None:
    with httpx.Client(base_url=token_server.url) as client:
        r = client.post("/api/v1/requests/req_0/approve", headers=bearer())
        assert r.status_code not in (401, 403)  # let in; the request does not exist


def test_without_a_token_configured_no_bearer_is_accepted(
    live_server: LiveServer,
) -> None:
    assert "TROTH_STAFF_TOKEN" not in os.environ
    r = httpx.get(f"{live_server.url}/api/v1/consent/children", headers=bearer())
    assert r.status_code == 401
