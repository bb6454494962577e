"""The role guard's decision, on a small app of its own: who is let in, with which answer (Sec1).

The whole app's routes and their roles are checked in test_web_route_roles.py; here the guard
itself: signed out is 401, a lower role is 403, the service token works on the JSON API only,
with its exact scheme and value, and the highest of several guards on a route is the one
that counts.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from troth.staff.accounts import StaffAccounts, StaffMember
from troth.store import Store, open_store
from troth.web.auth import Role
from troth.web.auth.access import (
    NotAllowed,
    NotSignedIn,
    ServiceTokenError,
    admit,
    require_role,
    role_required_by,
    service_token_from,
)
from troth.web.auth.sessions import SESSION_COOKIE, SessionStore

TOKEN = "t" * 31 + "k"  # 32 characters: the shortest token accepted
OTHER = "t" * 31 + "j"  # as long, one character different


def member(role: str) -> StaffMember:
    return StaffMember(
        id=7,
        email="staff@example.org",
        role=Role(role),
        totp_enabled=True,
        failed_attempts=0,
        locked_until=None,
        disabled=False,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


def app_with_token(env: dict[str, str] | None) -> FastAPI:
    app = FastAPI()
    app.state.service_token = service_token_from(env) if env is not None else None
    approvers = APIRouter(dependencies=[Depends(require_role("viewer"))])

    @approvers.post("/api/approve", dependencies=[Depends(require_role(Role.APPROVER))])
    def approve() -> dict[str, str]:
        return {"done": "yes"}

    app.include_router(approvers)

    @app.get("/api/whoami")
    def whoami(staff: StaffMember = Depends(require_role("viewer"))) -> dict[str, object]:  # noqa: B008
        return {"email": staff.email, "role": staff.role.value, "id": staff.id}

    @app.get("/console/page", dependencies=[Depends(require_role("viewer"))])
    def page() -> dict[str, str]:
        return {"page": "yes"}

    @app.get("/api/open")
    def open_route() -> dict[str, str]:
        return {"open": "yes"}

    return app


def test_signed_out_is_401_and_a_lower_role_403() -> None:
    with pytest.raises(NotSignedIn) as signed_out:
        admit(None, Role.VIEWER)
    assert signed_out.value.status_code == 401
    with pytest.raises(NotAllowed) as lower:
        admit(member("analyst"), Role.APPROVER)
    assert lower.value.status_code == 403 and lower.value.needed is Role.APPROVER
    assert lower.value.detail == "this needs the approver role or higher"
    staff = member("approver")
    assert admit(staff, Role.APPROVER) is staff
    assert admit(staff, Role.VIEWER) is staff


def test_the_token_acts_with_its_role_on_the_api() -> None:
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app_with_token({"TROTH_STAFF_TOKEN": TOKEN})) as client:
        who = client.get("/api/whoami", headers=bearer)
        assert who.status_code == 200
        assert who.json() == {"email": "service-token", "role": "analyst", "id": 0}
        refused = client.post("/api/approve", headers=bearer)
        assert refused.status_code == 403
        assert refused.json() == {"detail": "this needs the approver role or higher"}
        lower_case = client.get("/api/whoami", headers={"Authorization": f"bearer {TOKEN}"})
        assert lower_case.status_code == 200
    env = {"TROTH_STAFF_TOKEN": TOKEN, "TROTH_STAFF_TOKEN_ROLE": "approver"}
    with TestClient(app_with_token(env)) as client:
        assert client.post("/api/approve", headers=bearer).status_code == 200


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        f"Basic {TOKEN}",
        f"Token {TOKEN}",
        "Bearer ",
        f"Bearer {OTHER}",
        f"Bearer {TOKEN}x",
        TOKEN,
    ],
    ids=["none", "basic", "token", "empty", "other", "longer", "no-scheme"],
)
def test_anything_but_the_token_is_signed_out(authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    with TestClient(app_with_token({"TROTH_STAFF_TOKEN": TOKEN})) as client:
        answer = client.get("/api/whoami", headers=headers)
        assert answer.status_code == 401
        assert answer.json() == {"detail": "sign in as staff first"}
        assert client.get("/api/open", headers=headers).status_code == 200


def test_the_token_is_not_for_pages_nor_accepted_when_none_is_configured() -> None:
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app_with_token({"TROTH_STAFF_TOKEN": TOKEN})) as client:
        assert client.get("/console/page", headers=bearer).status_code == 401
    with TestClient(app_with_token(None)) as client:
        assert client.get("/api/whoami", headers=bearer).status_code == 401


def test_the_token_setting_is_checked() -> None:
    with pytest.raises(ServiceTokenError, match="^TROTH_STAFF_TOKEN must be at least 32 char"):
        service_token_from({"TROTH_STAFF_TOKEN": TOKEN[:31]})
    assert service_token_from({"TROTH_STAFF_TOKEN": ""}) is None
    found = service_token_from({"TROTH_STAFF_TOKEN": TOKEN, "TROTH_STAFF_TOKEN_ROLE": " Admin"})
    assert found is not None and found.role is Role.ADMIN
    assert found.digest == hashlib.sha256(TOKEN.encode()).digest()
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.role = Role.VIEWER  # type: ignore[misc]
    staff = found.member()
    assert (staff.id, staff.email, staff.role, staff.disabled) == (
        0,
        "service-token",
        Role.ADMIN,
        False,
    )
    assert (staff.totp_enabled, staff.failed_attempts, staff.locked_until) == (False, 0, None)
    assert staff.created_at == datetime(1970, 1, 1, tzinfo=UTC)
    long_role = "r" * 30
    with pytest.raises(ServiceTokenError) as unknown:
        service_token_from({"TROTH_STAFF_TOKEN": TOKEN, "TROTH_STAFF_TOKEN_ROLE": long_role})
    assert str(unknown.value) == (
        f"TROTH_STAFF_TOKEN_ROLE: unknown role '{'r' * 20}': use one of "
        "viewer, analyst, approver, admin"
    )


def test_the_highest_guard_of_a_route_is_its_role() -> None:
    app = app_with_token(None)
    roles = {c.path: role_required_by(c) for c in iter_route_contexts(app.routes)}
    assert roles["/api/approve"] is Role.APPROVER
    assert roles["/api/whoami"] is Role.VIEWER
    assert roles["/console/page"] is Role.VIEWER
    assert roles["/api/open"] is None
    guard = require_role("approver")
    assert guard.troth_role is Role.APPROVER  # type: ignore[attr-defined]
    assert guard.__name__ == "require_role_approver"
    with pytest.raises(ValueError):
        require_role("owner")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'troth.sqlite3'}")
    try:
        yield opened
    finally:
        opened.close()


def test_a_staff_session_is_let_in_by_its_role(store: Store) -> None:
    accounts = StaffAccounts(store.engine)
    sessions = SessionStore(store.engine)
    ada = accounts.create("ada@example.com", "quiet-lantern-orbit-17", "approver")
    bob = accounts.create("bob@example.com", "amber-falcon-river-42", "viewer")
    app = app_with_token({"TROTH_STAFF_TOKEN": TOKEN})
    app.state.context = SimpleNamespace(store=store)  # what the guard reads: the store

    def client_of(token: str) -> TestClient:
        client = TestClient(app)
        client.cookies.set(SESSION_COOKIE, token)
        return client

    with client_of(sessions.start(ada.id, verified=True)) as client:
        assert client.post("/api/approve").status_code == 200
        assert client.get("/console/page").status_code == 200
        assert client.get("/api/whoami").json() == {
            "email": "ada@example.com",
            "role": "approver",
            "id": ada.id,
        }
    with client_of(sessions.start(bob.id, verified=True)) as client:
        assert client.post("/api/approve").status_code == 403
        assert client.get("/console/page").status_code == 200
    # a session still waiting for its second factor, an unknown one, a disabled member
    for token in (sessions.start(ada.id, verified=False), "no-such-session"):
        with client_of(token) as client:
            assert client.get("/console/page").status_code == 401
    accounts.set_disabled("bob@example.com", True)
    with client_of(sessions.start(bob.id, verified=True)) as client:
        assert client.get("/console/page").status_code == 401
