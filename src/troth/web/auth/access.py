"""Who is signed in, and the one dependency factory that lets staff routes in by role
(the access checks of the console and the staff API; "guard" is the intake guard alone)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from troth.config import Settings, load_settings
from troth.errors import TrothError
from troth.promises import keeps
from troth.staff.accounts import StaffAccounts, StaffMember
from troth.web.auth.roles import Role, parse_role
from troth.web.auth.sessions import SESSION_COOKIE, SessionStore


class NotSignedIn(HTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=401, detail="sign in as staff first")


class NotAllowed(HTTPException):
    def __init__(self, needed: Role) -> None:
        super().__init__(status_code=403, detail=f"this needs the {needed.value} role or higher")
        self.needed = needed


SERVICE_TOKEN_ENV = "TROTH_STAFF_TOKEN"
SERVICE_TOKEN_ROLE_ENV = "TROTH_STAFF_TOKEN_ROLE"
SERVICE_TOKEN_MIN_LENGTH = 32


class ServiceTokenError(TrothError):
    """The service token is configured wrongly (too short, or an unknown role)."""


@dataclass(frozen=True)
class ServiceToken:
    """The operator's token for other services calling the staff API, and the role it acts as."""

    digest: bytes  # SHA-256 of the token: compared in constant time, never kept in clear
    role: Role

    def member(self) -> StaffMember:
        return StaffMember(
            id=0,
            email="service-token",
            role=self.role,
            totp_enabled=False,
            failed_attempts=0,
            locked_until=None,
            disabled=False,
            created_at=datetime(1970, 1, 1, tzinfo=UTC),
        )


def service_token_from(env: Mapping[str, str]) -> ServiceToken | None:
    """The service token of the environment ``env``: :func:`service_token_of` its settings."""
    return service_token_of(load_settings(dict(env)))


def service_token_of(settings: Settings) -> ServiceToken | None:
    """The service token the settings configure (None when unset); one-line error when wrong.

    ``TROTH_STAFF_TOKEN`` (at least 32 characters) lets another service call the staff API
    with ``Authorization: Bearer <token>``; it acts with the role ``TROTH_STAFF_TOKEN_ROLE``
    (default ``analyst``: enough to ask the consent decision, not to approve or administer).
    """
    token = settings.staff_token
    if not token:
        return None
    if len(token) < SERVICE_TOKEN_MIN_LENGTH:
        raise ServiceTokenError(
            f"{SERVICE_TOKEN_ENV} must be at least {SERVICE_TOKEN_MIN_LENGTH} characters long"
        )
    role_text = settings.staff_token_role or Role.ANALYST.value
    try:
        role = parse_role(role_text)
    except TrothError:
        raise ServiceTokenError(
            f"{SERVICE_TOKEN_ROLE_ENV}: unknown role {role_text[:20]!r}: use one of "
            + ", ".join(r.value for r in Role)
        ) from None
    return ServiceToken(hashlib.sha256(token.encode()).digest(), role)


def service_token_member(request: Request) -> StaffMember | None:
    """An API client holding the service token (``Authorization: Bearer``), else None."""
    configured: ServiceToken | None = getattr(request.app.state, "service_token", None)
    if configured is None:
        return None
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        return None
    # Both sides hashed first: equal lengths, so the comparison time says nothing of the token.
    if not hmac.compare_digest(hashlib.sha256(given.encode()).digest(), configured.digest):
        return None
    return configured.member()


def signed_in_member(request: Request) -> StaffMember | None:
    """The staff member of this request's verified session, or None."""
    cached: StaffMember | None | bool = getattr(request.state, "staff_member", False)
    if cached is not False:
        return cached if isinstance(cached, StaffMember) else None
    # The service token is for other services calling the JSON API, never for the pages.
    member = service_token_member(request) if request.url.path.startswith("/api/") else None
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
def admit(member: StaffMember | None, needed: Role) -> StaffMember:
    """The decision of every role check, for every request: ``member`` if signed in with
    ``needed`` or a higher role; else 401 (signed out) or 403 (a lower role)."""
    if member is None:
        raise NotSignedIn()
    if not member.role.allows(needed):
        raise NotAllowed(needed)
    return member


@keeps("Sec1")
def require_role(role: Role | str) -> Callable[[Request], Awaitable[StaffMember]]:
    """A FastAPI dependency that admits only staff holding ``role`` or a higher one.

    Signed out: 401 (pages redirect to the sign-in form). Signed in with a lower role: 403.
    Use it as ``Depends(require_role("approver"))`` on a route or a router.
    """
    needed = Role(role)

    async def guard(request: Request) -> StaffMember:
        # Decided on the event loop when no I/O is needed (a cached answer, the service
        # token); a session cookie is looked up in the store off the loop.
        member = getattr(request.state, "staff_member", None)
        if member is None and request.url.path.startswith("/api/"):
            member = service_token_member(request)
        if member is None and request.cookies.get(SESSION_COOKIE):
            member = await run_in_threadpool(signed_in_member, request)
        return admit(member, needed)

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
