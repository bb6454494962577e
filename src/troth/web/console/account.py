"""The signed-in staff member's own account: enrol a TOTP authenticator.

The secret is shown once, as text and as an ``otpauth://`` URI, and is enrolled only when the
member types a code their authenticator made from it. Until then it travels in the form,
sealed by :func:`troth.keys.sign` (bound to the member, expiring), so nothing is stored for an
enrolment that is never finished.
"""

from __future__ import annotations

from typing import Annotated

import pyotp
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from troth.audit import AuditLog
from troth.keys import TokenError, sign, unsign
from troth.web.auth import Role, StaffAccounts, StaffMember, require_role, verify_csrf
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/console/account", include_in_schema=False)
Viewer = Annotated[StaffMember, Depends(require_role(Role.VIEWER))]
CsrfChecked = Depends(verify_csrf)
ENROL_SECONDS = 600
ISSUER = "Troth"


SEAL_PURPOSE = "totp-enrol"


def enrolment_seal(master: bytes, staff_id: int, secret: str) -> str:
    """The token binding a pending secret to one member for :data:`ENROL_SECONDS`."""
    return sign(SEAL_PURPOSE, {"m": staff_id, "s": secret}, ENROL_SECONDS, master=master)


def sealed_for(master: bytes, staff_id: int, secret: str, seal: str) -> bool:
    """True when ``seal`` is an unexpired seal of ``secret`` for this member."""
    try:
        claims = unsign(SEAL_PURPOSE, seal, master=master)
    except TokenError:
        return False
    return claims.get("m") == staff_id and claims.get("s") == secret


def _page(
    request: Request, member: StaffMember, pending: dict | None = None, **extra: object
) -> HTMLResponse:
    status = int(extra.pop("status_code", 200))  # type: ignore[call-overload]
    return templates.TemplateResponse(
        request,
        "console/account.html",
        {"member": member, "pending": pending, **extra},
        status_code=status,
    )


def _pending(ctx: Context, member: StaffMember, secret: str, seal: str | None = None) -> dict:
    return {
        "secret": secret,
        "uri": pyotp.TOTP(secret).provisioning_uri(name=member.email, issuer_name=ISSUER),
        "seal": seal or enrolment_seal(ctx.master, member.id, secret),
    }


@router.get("", response_class=HTMLResponse)
def account_page(request: Request, member: Viewer) -> HTMLResponse:
    return _page(request, member)


@router.post("/totp", response_class=HTMLResponse, dependencies=[CsrfChecked])
def start_enrolment(request: Request, ctx: Context, member: Viewer) -> HTMLResponse:
    """A new secret, shown once, with the form to confirm it."""
    return _page(request, member, _pending(ctx, member, pyotp.random_base32()))


@router.post("/totp/confirm", response_class=HTMLResponse, dependencies=[CsrfChecked])
def confirm_enrolment(
    request: Request,
    ctx: Context,
    member: Viewer,
    secret: Annotated[str, Form(max_length=64)],
    seal: Annotated[str, Form(max_length=1000)],
    code: Annotated[str, Form(max_length=12)],
) -> Response:
    if not sealed_for(ctx.master, member.id, secret, seal):
        return _page(
            request,
            member,
            error="the set-up has expired or was altered; start again",
            status_code=400,
        )
    if not StaffAccounts(ctx.store.engine).confirm_totp(member.id, secret, code):
        AuditLog(ctx.store.engine).append(
            f"staff:{member.id}", "staff.totp_enrol_refused", f"staff:{member.id}", {}
        )
        return _page(
            request,
            member,
            _pending(ctx, member, secret, seal),
            error="that code does not match; type the code your authenticator shows now",
            status_code=422,
        )
    return RedirectResponse("/console/account?enrolled=1", status_code=303)
