"""Cross-site requests: a state-changing request carrying a staff session must come from the
service's own pages (Origin, Sec-Fetch-Site); JSON routes take JSON only; form tokens are
tied to the session. Over real HTTP against the live server."""

from __future__ import annotations

import re

import httpx
import pytest

from troth.consent.keys import subject_key
from troth.testing.live import LiveServer

TOKEN = "service-token-for-cross-site-tests-0123456789"
EVIL = "https://evil.example"


@pytest.fixture
def server(troth_home, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest):  # noqa: ANN001, ANN201
    monkeypatch.setenv("TROTH_STAFF_TOKEN", TOKEN)
    return request.getfixturevalue("live_server")


def _withdraw_path() -> str:
    return f"/api/v1/consent/subjects/{subject_key('someone@example.org')}/withdraw-all"


def _csrf(client: httpx.Client, path: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


def test_a_cross_site_request_with_a_session_is_refused(server: LiveServer, staff_login) -> None:  # noqa: ANN001
    client, _, _ = staff_login("analyst")
    path = _withdraw_path()
    for headers, reason in [
        ({"Origin": EVIL}, "cross-site request refused: the Origin is not this service"),
        ({"Origin": "null"}, "cross-site request refused: the Origin is not this service"),
        (
            {"Sec-Fetch-Site": "cross-site"},
            "cross-site request refused: Sec-Fetch-Site is cross-site",
        ),
        (
            {"Origin": server.url, "Sec-Fetch-Site": "same-site"},
            "cross-site request refused: Sec-Fetch-Site is same-site",
        ),
    ]:
        r = client.post(path, headers=headers)
        assert (r.status_code, r.json()) == (403, {"error": reason}), headers
        assert "\n" not in r.json()["error"]
    # The service's own pages, and clients that send neither header, are served.
    own = {"Origin": server.url, "Sec-Fetch-Site": "same-origin"}
    assert client.post(path, headers=own).json() == {"withdrawn": 0}
    assert client.post(path).status_code == 200
    # What Chromium sends on the service's own forms under "Referrer-Policy: no-referrer".
    null_but_same = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}
    assert client.post(path, headers=null_but_same).status_code == 200
    # A console form with the right token is refused too when it comes from another site.
    token = _csrf(client, "/console/account")
    r = client.post("/console/logout", data={"csrf_token": token}, headers={"Origin": EVIL})
    assert r.status_code == 403
    assert client.get("/console").status_code == 200  # still signed in


def test_a_bearer_token_without_a_cookie_is_not_subject_to_the_origin_check(
    server: LiveServer,
) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "Origin": EVIL, "Sec-Fetch-Site": "cross-site"}
    r = httpx.post(server.url + _withdraw_path(), headers=headers)
    assert (r.status_code, r.json()) == (200, {"withdrawn": 0})


def test_json_routes_take_json_only(server: LiveServer, staff_login) -> None:  # noqa: ANN001
    client, _, _ = staff_login("analyst")
    body = '{"subject": "someone@example.org", "purpose": "x", "granted": false}'
    for kind in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {"Content-Type": kind} if kind else {}
        for caller in (client, httpx.Client(base_url=server.url)):
            r = caller.post(
                "/api/v1/consent/events",
                content=body,
                headers={**headers, "Authorization": f"Bearer {TOKEN}"},
            )
            expected = {"error": "this route takes JSON: send Content-Type: application/json"}
            assert (r.status_code, r.json()) == (415, expected), kind
    r = httpx.post(
        f"{server.url}/api/v1/consent/signup",
        content='{"email": "a@example.org", "age": 30}',
        headers={"Content-Type": "text/plain"},
    )
    assert r.status_code == 415
    r = httpx.post(
        f"{server.url}/api/v1/consent/signup",
        content='{"email": "a@example.org", "age": 30}',
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert r.status_code == 201


def test_a_form_token_from_another_session_is_refused(server: LiveServer, staff_login) -> None:  # noqa: ANN001
    victim, _, _ = staff_login("viewer")
    attacker, _, _ = staff_login("viewer")
    planted_cookie = attacker.cookies["troth_csrf"]
    planted_token = _csrf(attacker, "/console/account")
    # The attacker's CSRF cookie planted in the victim's browser, with the attacker's token.
    victim.cookies.set("troth_csrf", planted_cookie)
    r = victim.post("/console/logout", data={"csrf_token": planted_token})
    assert r.status_code == 403
    assert "security token is missing or stale" in r.text
    assert victim.get("/console").status_code == 200  # still signed in
    # The victim's own token for the same cookie, from its own session, works.
    r = victim.post("/console/logout", data={"csrf_token": _csrf(victim, "/console/account")})
    assert (r.status_code, r.headers["location"]) == (303, "/console/login")
