"""Every staff route of the app refuses anyone without a session of the right role (Sec1).

The routes are enumerated from the running app, so a staff route added later is covered
without touching this test; a console page added without a role guard fails it.
"""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi.routing import iter_route_contexts

from troth.testing.live import LiveServer
from troth.web.auth import ROLES, Role, role_required_by, verify_csrf

PUBLIC_CONSOLE = {"/console/login", "/console/login/code", "/console/logout"}


def _has_csrf(dependant: object) -> bool:
    if getattr(dependant, "call", None) is verify_csrf:
        return True
    return any(_has_csrf(d) for d in getattr(dependant, "dependencies", []))


def staff_routes(app) -> list[tuple[str, str, Role, bool]]:  # noqa: ANN001
    """(method, path, role needed, takes a form) of every guarded route."""
    found = []
    for context in iter_route_contexts(app.routes):
        dependant = getattr(context, "dependant", None)
        if dependant is None:
            continue
        role = role_required_by(context)
        path = context.path
        if path.startswith("/console") and path not in PUBLIC_CONSOLE:
            assert role is not None, f"{path} is a console page without a role guard"
        if role is None:
            continue
        for method in sorted(context.methods or ()):
            if method != "HEAD":
                found.append((method, path, role, _has_csrf(dependant)))
    return found


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def _csrf(client: httpx.Client) -> str:
    page = client.get("/console/login")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def _call(client: httpx.Client, method: str, path: str, form: bool) -> httpx.Response:
    if form:
        return client.request(method, _concrete(path), data={"csrf_token": _csrf(client)})
    return client.request(method, _concrete(path))


@pytest.mark.proves("Sec1", via="troth.web.auth.access.admit")
def test_no_staff_route_answers_without_a_session_of_the_right_role(
    live_server: LiveServer, staff_login
) -> None:
    routes = staff_routes(live_server.app)
    paths = {p for _, p, _, _ in routes}
    # The console's own pages are among them, each with the role it needs.
    assert {"/console", "/console/datamap", "/console/audit", "/console/staff"} <= paths
    clients = {role: staff_login(role.value)[0] for role in ROLES}
    with httpx.Client(base_url=live_server.url, follow_redirects=False) as anonymous:
        for method, path, needed, form in routes:
            r = _call(anonymous, method, path, form)
            if path.startswith("/api/"):
                assert r.status_code == 401, (method, path, r.status_code)
            else:
                assert r.status_code == 303, (method, path, r.status_code)
                assert r.headers["location"] == "/console/login"
            for role in ROLES:
                r = _call(clients[role], method, path, form)
                if role.allows(needed):
                    assert r.status_code not in (401, 403), (method, path, role, r.text[:200])
                else:
                    assert r.status_code == 403, (method, path, role, r.status_code)
                    assert f"{needed.value}" in r.text and "role" in r.text


def test_a_forged_or_ended_session_is_signed_out(live_server: LiveServer, staff_login) -> None:
    client, _, _ = staff_login("admin")
    assert client.get("/console/staff").status_code == 200
    with httpx.Client(base_url=live_server.url, cookies={"troth_session": "forged"}) as forged:
        assert forged.get("/console/staff", follow_redirects=False).status_code == 303
    token = client.cookies["troth_session"]
    r = client.post("/console/logout", data={"csrf_token": _csrf(client)})
    assert r.status_code == 303
    with httpx.Client(base_url=live_server.url, cookies={"troth_session": token}) as old:
        assert old.get("/console/staff", follow_redirects=False).status_code == 303
