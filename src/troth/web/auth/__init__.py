"""Staff authentication and authorisation, and CSRF protection for every form.

Other modules guard their staff routes with one dependency factory::

    from troth.web.auth import require_role, require_staff
    @router.post("/x", dependencies=[Depends(require_role("approver"))])
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from troth.config import Settings
from troth.keys import derive_key, secret_key_for
from troth.staff.accounts import SignInFailed, StaffAccounts, StaffError, StaffMember
from troth.staff.passwords import WeakPassword, check_strength
from troth.web.auth.access import (
    NotAllowed,
    NotSignedIn,
    StaffMemberDep,
    require_role,
    require_staff,
    role_required_by,
    service_token_of,
    signed_in_member,
)
from troth.web.auth.csrf import CsrfCookieMiddleware, csrf_token, verify_csrf
from troth.web.auth.roles import ROLES, Role, parse_role
from troth.web.templating import templates

__all__ = [
    "ROLES",
    "NotAllowed",
    "NotSignedIn",
    "Role",
    "SignInFailed",
    "StaffAccounts",
    "StaffError",
    "StaffMember",
    "StaffMemberDep",
    "WeakPassword",
    "check_strength",
    "csrf_token",
    "install",
    "parse_role",
    "require_role",
    "require_staff",
    "role_required_by",
    "signed_in_member",
    "verify_csrf",
]


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def install(app: FastAPI, settings: Settings) -> None:
    """Wire authentication into ``app``: the signing key, the CSRF cookie, the refusal answers."""
    app.state.troth_secret = derive_key(secret_key_for(settings), "web.signing")
    app.state.service_token = service_token_of(settings)
    app.add_middleware(CsrfCookieMiddleware, secure=settings.https)
    templates.env.globals["csrf_token"] = csrf_token
    templates.env.globals["signed_in_member"] = signed_in_member
    templates.env.globals["roles_by_name"] = {r.value: r for r in ROLES}

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, exc: NotSignedIn) -> Response:
        if _wants_page(request):
            return RedirectResponse("/console/login", status_code=303)
        return JSONResponse({"error": exc.detail}, status_code=401)

    @app.exception_handler(NotAllowed)
    async def not_allowed(request: Request, exc: NotAllowed) -> Response:
        if _wants_page(request):
            return templates.TemplateResponse(
                request, "console/forbidden.html", {"needed": exc.needed}, status_code=403
            )
        return JSONResponse({"error": exc.detail}, status_code=403)
