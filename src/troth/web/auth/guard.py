"""Who is signed in, and the one dependency factory that guards staff routes by role."""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from troth.promises import keeps
from troth.web.auth.accounts import StaffAccounts, StaffMember
from troth.web.auth.roles import Role
from troth.web.auth.sessions import SESSION_COOKIE, SessionStore


class NotSignedIn(HTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=401, detail="sign in as staff first")


class NotAllowed(HTTPException):
    def __init__(self, needed: Role) -> None:
        super().__init__(status_code=403, detail=f"this needs the {needed.value} role or higher")
        self.needed = needed


SERVICE_TOKEN_ENV = "TROTH_STAFF_TOKEN"


def service_token_member(request: Request) -> StaffMember | None:
    """An API client holding the service token (``Authorization: Bearer``), else None.

    The token is set by the operator in ``TROTH_STAFF_TOKEN`` (at least 16 characters) for
    scripts that call the staff API; it acts with the admin role. Unset, no token works.
    """
    expected = os.environ.get(SERVICE_TOKEN_ENV, "")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if len(expected) < 16 or scheme.lower() != "bearer" or not given:
        return None
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return None
    return StaffMember(
        id=0,
        email="service-token",
        role=Role.ADMIN,
        totp_enabled=False,
        failed_attempts=0,
        locked_until=None,
        disabled=False,
        created_at=datetime(1970, 1, 1, tzinfo=UTC),
    )


def signed_in_member(request: Request) -> StaffMember | None:
    """The staff member of this request's verified session, or None."""
    cached = getattr(request.state, "staff_member", False)
    if cached is not False:
        return cached
    member = service_token_member(request)
    token = request.cookies.get(SESSION_COOKIE)
    if member is None and token:
        engine = request.app.state.context.store.engine
        session = SessionStore(engine).get(token)
        if session is not None and session.verified:
            found = StaffAccounts(engine).get(session.staff_id)
            if found is not None and not found.disabled:
                member = found
    request.state.staff_member = member
    return member


@keeps("Sec1")
def require_role(role: Role | str) -> Callable[[Request], StaffMember]:
    """A FastAPI dependency that admits only staff holding ``role`` or a higher one.

    Signed out: 401 (pages redirect to the sign-in form). Signed in with a lower role: 403.
    Use it as ``Depends(require_role("approver"))`` on a route or a router.
    """
    needed = Role(role)

    def guard(request: Request) -> StaffMember:
        member = signed_in_member(request)
        if member is None:
            raise NotSignedIn()
        if not member.role.allows(needed):
            raise NotAllowed(needed)
        return member

    guard.troth_role = needed  # type: ignore[attr-defined]  # read by the route-enumeration test
    guard.__name__ = f"require_role_{needed.value}"
    return guard


require_staff = require_role(Role.VIEWER)
"""Any signed-in staff member (the viewer role or higher)."""

StaffMemberDep = Annotated[StaffMember, Depends(require_staff)]


def role_required_by(route: object) -> Role | None:
    """The role a route's dependencies demand (the highest one), or None when unguarded."""
    found: list[Role] = []

    def walk(dependant: object) -> None:
        call = getattr(dependant, "call", None)
        role = getattr(call, "troth_role", None)
        if role is not None:
            found.append(role)
        for sub in getattr(dependant, "dependencies", []):
            walk(sub)

    walk(getattr(route, "dependant", None))
    return max(found, key=lambda r: r.rank) if found else None
