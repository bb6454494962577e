"""The signed-in staff member's own account: enrol a TOTP authenticator.

The secret is shown once, as text and as an ``otpauth://`` URI, and is enrolled only when the
member types a code their authenticator made from it. Until then it travels in the form,
signed (HMAC under the service key, bound to the member and an expiry), so nothing is stored
for an enrolment that is never finished.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Annotated

import pyotp
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from troth.audit import AuditLog
from troth.keys import same_secret
from troth.web.auth import Role, StaffAccounts, StaffMember, require_role, verify_csrf
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/console/account", include_in_schema=False)
Viewer = Annotated[StaffMember, Depends(require_role(Role.VIEWER))]
CsrfChecked = Depends(verify_csrf)
ENROL_SECONDS = 600
ISSUER = "Troth"


def enrolment_seal(key: bytes, staff_id: int, secret: str, expires: int) -> str:
    """The signature binding a pending secret to one member until ``expires`` (pure)."""
    message = f"totp-enrol:{staff_id}:{secret}:{expires}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


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


def _pending(request: Request, member: StaffMember, secret: str, expires: int) -> dict:
    return {
        "secret": secret,
        "uri": pyotp.TOTP(secret).provisioning_uri(name=member.email, issuer_name=ISSUER),
        "expires": expires,
        "seal": enrolment_seal(request.app.state.troth_secret, member.id, secret, expires),
    }


@router.get("", response_class=HTMLResponse)
def account_page(request: Request, member: Viewer) -> HTMLResponse:
    return _page(request, member)


@router.post("/totp", response_class=HTMLResponse, dependencies=[CsrfChecked])
def start_enrolment(request: Request, member: Viewer) -> HTMLResponse:
    """A new secret, shown once, with the form to confirm it."""
    secret = pyotp.random_base32()
    expires = int(time.time()) + ENROL_SECONDS
    return _page(request, member, _pending(request, member, secret, expires))


@router.post("/totp/confirm", response_class=HTMLResponse, dependencies=[CsrfChecked])
def confirm_enrolment(
    request: Request,
    ctx: Context,
    member: Viewer,
    secret: Annotated[str, Form(max_length=64)],
    expires: Annotated[int, Form()],
    seal: Annotated[str, Form(max_length=64)],
    code: Annotated[str, Form(max_length=12)],
) -> Response:
    expected = enrolment_seal(request.app.state.troth_secret, member.id, secret, expires)
    if not same_secret(expected, seal) or expires < time.time():
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
            _pending(request, member, secret, expires),
            error="that code does not match; type the code your authenticator shows now",
            status_code=422,
        )
    return RedirectResponse("/console/account?enrolled=1", status_code=303)
