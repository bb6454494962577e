"""Who may call each route, written out by hand (Sec1; docs/security.md, "Who may do what").

``test_web_route_guard.py`` reads each route's role from the code, so it cannot tell when a
route's role is lowered by mistake. Here the lowest role allowed on every route of the app is
written by hand, and checked against the running app both ways: a route missing from the
table fails, and so does an entry naming no route. Then, over real HTTP, the role just below
a route's role is refused (403 naming the route's role; 401 or the sign-in form when that is
being signed out), so is anyone signed out, and the route's role is let through the role
check (any other answer will do: the bodies are empty, the point is the gate). The API routes
are also called with the service token acting as each role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
import pytest
from fastapi.routing import iter_route_contexts

from troth.testing.live import LiveServer

PUBLIC = "public"
VIEWER, ANALYST, APPROVER, ADMIN = "viewer", "analyst", "approver", "admin"
LADDER = [PUBLIC, VIEWER, ANALYST, APPROVER, ADMIN]  # each may do what those before it may

# (method, path) -> the lowest role allowed. Written by hand from docs/security.md and each
# route's purpose; never read from the app.
EXPECTED: dict[tuple[str, str], str] = {
    # the API documentation
    ("GET", "/api/v1/openapi.json"): PUBLIC,
    ("GET", "/docs"): PUBLIC,
    ("GET", "/redoc"): PUBLIC,  # leads to /docs
    ("GET", "/favicon.ico"): PUBLIC,
    # the confirmation link of double opt-in: a page, then the button that confirms
    ("GET", "/consent/confirm/{token}"): PUBLIC,
    ("POST", "/consent/confirm/{token}"): PUBLIC,
    # the statement, the data map and the checks: public
    ("GET", "/"): PUBLIC,
    ("GET", "/api/v1/health"): PUBLIC,
    ("GET", "/api/v1/policy"): PUBLIC,
    ("GET", "/api/v1/datamap"): PUBLIC,
    ("GET", "/api/v1/checks"): PUBLIC,
    ("GET", "/api/v1/promises"): PUBLIC,
    ("GET", "/.well-known/gpc.json"): PUBLIC,
    # consent: what a person or their browser does for themselves
    ("GET", "/api/v1/consent/banner"): PUBLIC,
    ("POST", "/api/v1/consent/banner"): PUBLIC,
    ("GET", "/api/v1/consent/signals"): PUBLIC,
    ("POST", "/api/v1/consent/signup"): PUBLIC,
    ("POST", "/api/v1/consent/children/reports"): PUBLIC,
    ("GET", "/api/v1/consent/notices"): PUBLIC,
    ("GET", "/consent/unsubscribe/{token}"): PUBLIC,
    ("POST", "/consent/unsubscribe/{token}"): PUBLIC,
    ("GET", "/consent/pixel/{token}.gif"): PUBLIC,
    ("GET", "/consent/banner-demo"): PUBLIC,
    ("GET", "/consent/banner-demo/analytics.js"): PUBLIC,
    # consent for staff: records, the decision, events, campaigns (analyst); a child (approver)
    ("GET", "/api/v1/consent/may"): ANALYST,
    ("POST", "/api/v1/consent/events"): ANALYST,
    ("GET", "/api/v1/consent/subjects/{subject}"): ANALYST,
    ("POST", "/api/v1/consent/subjects/{subject}/withdraw-all"): ANALYST,
    ("PUT", "/api/v1/consent/preferences"): ANALYST,
    ("POST", "/api/v1/consent/campaigns"): ANALYST,
    ("GET", "/api/v1/consent/children"): ANALYST,
    ("POST", "/api/v1/consent/children/{subject}/delete"): APPROVER,
    # the intake guard: services call it
    ("POST", "/api/v1/collect/{system}"): PUBLIC,
    # requests: the person makes, confirms and follows their own
    ("POST", "/api/v1/requests"): PUBLIC,
    ("POST", "/api/v1/requests/{request_id}/code"): PUBLIC,
    ("POST", "/api/v1/requests/{request_id}/verify"): PUBLIC,
    ("GET", "/api/v1/requests/{request_id}"): PUBLIC,
    ("GET", "/api/v1/requests/archive/{token}"): PUBLIC,
    # requests for staff: reading (viewer), deciding and running (approver)
    ("GET", "/api/v1/requests"): VIEWER,
    ("GET", "/api/v1/requests/{request_id}/details"): VIEWER,
    ("POST", "/api/v1/requests/{request_id}/approve"): APPROVER,
    ("POST", "/api/v1/requests/{request_id}/deny"): APPROVER,
    ("POST", "/api/v1/requests/{request_id}/extend"): APPROVER,
    ("POST", "/api/v1/requests/{request_id}/verify-by-staff"): APPROVER,
    ("POST", "/api/v1/requests/{request_id}/run"): APPROVER,
    # the privacy center
    ("GET", "/privacy"): PUBLIC,
    ("GET", "/privacy/requests/new"): PUBLIC,
    ("POST", "/privacy/requests"): PUBLIC,
    ("GET", "/privacy/requests/verify"): PUBLIC,
    ("POST", "/privacy/requests/verify"): PUBLIC,
    ("GET", "/privacy/requests/status"): PUBLIC,
    ("POST", "/privacy/requests/status"): PUBLIC,
    ("GET", "/privacy/preferences"): PUBLIC,
    ("POST", "/privacy/preferences"): PUBLIC,
    ("GET", "/privacy/preferences/manage/{token}"): PUBLIC,
    ("POST", "/privacy/preferences/manage/{token}"): PUBLIC,
    ("GET", "/privacy/cookies"): PUBLIC,
    ("POST", "/privacy/cookies"): PUBLIC,
    ("GET", "/privacy/changes"): PUBLIC,
    # signing in and out
    ("GET", "/console/login"): PUBLIC,
    ("POST", "/console/login"): PUBLIC,
    ("GET", "/console/login/code"): PUBLIC,
    ("POST", "/console/login/code"): PUBLIC,
    ("POST", "/console/logout"): PUBLIC,
    # the console
    ("GET", "/console"): VIEWER,
    ("GET", "/console/datamap"): VIEWER,
    ("GET", "/console/datamap/graph.svg"): VIEWER,
    ("GET", "/console/audit"): ANALYST,
    ("GET", "/console/staff"): ADMIN,
    ("POST", "/console/staff"): ADMIN,
    ("POST", "/console/staff/{staff_id}"): ADMIN,
    ("GET", "/console/requests"): VIEWER,
    ("GET", "/console/requests/{request_id}"): VIEWER,
    ("POST", "/console/requests/{request_id}/decision"): APPROVER,
    ("GET", "/console/children"): APPROVER,
    ("POST", "/console/children/delete"): APPROVER,
    ("GET", "/console/consent"): ANALYST,
    ("POST", "/console/consent"): ANALYST,
    ("GET", "/console/account"): VIEWER,
    ("POST", "/console/account/totp"): VIEWER,
    ("POST", "/console/account/totp/confirm"): VIEWER,
}
# Static files, mounted whole: public.
MOUNTS = {"/static", "/static/swagger-ui"}  # public files: styles, icons, Swagger UI
# The sign-out form sends everyone to the sign-in form, signed in or not.
SENDS_TO_SIGN_IN = {("POST", "/console/logout")}
SERVICE_TOKEN = "service-token-for-route-roles-0123456789"


def app_routes(app) -> tuple[set[tuple[str, str]], set[str]]:  # noqa: ANN001 - a FastAPI app
    """(method, path) of every route of the app (HEAD aside), and the mounted paths."""
    routes: set[tuple[str, str]] = set()
    mounts: set[str] = set()
    for context in iter_route_contexts(app.routes):
        methods = set(getattr(context, "methods", None) or ()) - {"HEAD"}
        if not methods:
            mounts.add(context.path)
        routes.update((method, context.path) for method in methods)
    return routes, mounts


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def _csrf(client: httpx.Client) -> str:
    page = client.get("/console/login")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


class Caller:
    """Calls routes as one identity, with an empty body: JSON for the API, a form carrying
    its CSRF token for pages (so the CSRF check never stands in for the role check)."""

    def __init__(self, client: httpx.Client, headers: dict[str, str] | None = None) -> None:
        self.client = client
        self.headers = headers or {}
        self.csrf = _csrf(client)

    def __call__(self, method: str, path: str) -> httpx.Response:
        url = _concrete(path)
        if method == "GET":
            return self.client.get(url, headers=self.headers)
        if path.startswith("/api/"):
            return self.client.request(method, url, json={}, headers=self.headers)
        return self.client.request(method, url, data={"csrf_token": self.csrf})


def role_asked(response: httpx.Response) -> str | None:
    """The role a 403 of the role check names ("this needs the approver role or higher")."""
    if response.status_code != 403:
        return None
    found = re.search(r"needs the (\w+) role or higher", re.sub(r"<[^>]+>", "", response.text))
    return found.group(1) if found else None


def refused(response: httpx.Response, method: str, path: str) -> bool:
    """The role check said no: 401, a 403 naming a role, or the sign-in form for a page."""
    if response.status_code == 401 or role_asked(response) is not None:
        return True
    sent_to_sign_in = response.headers.get("location") == "/console/login"
    return sent_to_sign_in and (method, path) not in SENDS_TO_SIGN_IN


def test_every_route_of_the_app_has_a_hand_written_role_and_every_entry_a_route(
    live_server: LiveServer,
) -> None:
    routes, mounts = app_routes(live_server.app)
    missing = sorted(routes - set(EXPECTED))
    stale = sorted(set(EXPECTED) - routes)
    assert (missing, stale) == ([], []), (
        f"routes with no entry in EXPECTED (add each with its role): {missing}; "
        f"entries of EXPECTED that are no route of the app: {stale}"
    )
    assert mounts == MOUNTS
    assert set(EXPECTED.values()) <= set(LADDER)


@pytest.mark.proves("Sec1", via="troth.web.auth.access.admit")
def test_each_route_refuses_everyone_below_its_role_and_admits_its_role(
    live_server: LiveServer, staff_login: Callable[..., tuple[httpx.Client, str, str]]
) -> None:
    anonymous = httpx.Client(base_url=live_server.url, follow_redirects=False)
    callers = {PUBLIC: Caller(anonymous)}
    for role in LADDER[1:]:
        callers[role] = Caller(staff_login(role)[0])
    try:
        wrong: list[str] = []
        for (method, path), needed in EXPECTED.items():
            rank = LADDER.index(needed)
            if needed != PUBLIC:
                below = LADDER[rank - 1]
                r = callers[below](method, path)
                if not refused(r, method, path):
                    wrong.append(f"{method} {path}: {below} let in ({r.status_code})")
                elif below != PUBLIC and role_asked(r) != needed:
                    wrong.append(f"{method} {path}: {below} refused, {role_asked(r)} named")
                if below != PUBLIC:  # signed out is refused everywhere a role is needed
                    r = callers[PUBLIC](method, path)
                    if not refused(r, method, path):
                        wrong.append(f"{method} {path}: signed out let in ({r.status_code})")
            r = callers[needed](method, path)
            if refused(r, method, path):
                wrong.append(f"{method} {path}: {needed} refused ({r.status_code} {r.text[:80]})")
        assert not wrong, "\n".join(wrong)
    finally:
        anonymous.close()


@pytest.fixture(params=LADDER[1:])
def token_server(
    request: pytest.FixtureRequest, troth_home, monkeypatch: pytest.MonkeyPatch
) -> tuple[LiveServer, str]:  # noqa: ANN001 - troth_home first: it clears the TROTH_* variables
    monkeypatch.setenv("TROTH_STAFF_TOKEN", SERVICE_TOKEN)
    monkeypatch.setenv("TROTH_STAFF_TOKEN_ROLE", request.param)
    return request.getfixturevalue("live_server"), request.param


@pytest.mark.proves("Sec1", via="troth.web.auth.access.admit")
def test_the_service_token_meets_the_same_roles_on_the_api(
    token_server: tuple[LiveServer, str],
) -> None:
    server, role = token_server
    rank = LADDER.index(role)
    with httpx.Client(base_url=server.url, follow_redirects=False) as client:
        call = Caller(client, {"Authorization": f"Bearer {SERVICE_TOKEN}"})
        wrong: list[str] = []
        for (method, path), needed in EXPECTED.items():
            if not path.startswith("/api/") or needed == PUBLIC:
                continue
            r = call(method, path)
            if LADDER.index(needed) > rank and role_asked(r) != needed:
                wrong.append(f"{method} {path}: the {role} token let in ({r.status_code})")
            if LADDER.index(needed) <= rank and refused(r, method, path):
                wrong.append(f"{method} {path}: the {role} token refused ({r.status_code})")
        assert not wrong, "\n".join(wrong)
