"""Consents and marketing preferences in the privacy center.

A person asks for a link by e-mail address; the link (signed by :mod:`troth.consent.links`)
opens their preferences, so no one can change another person's choices. Every change is a
call to the consent ledger (:mod:`troth.consent.ledger`) with the source ``privacy_center``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from troth.consent.errors import BadLink, ConsentError
from troth.consent.keys import subject_key
from troth.consent.ledger import consent_purposes
from troth.consent.links import sign_link, verify_link
from troth.consent.service import ConsentService
from troth.consent.state import CHANNELS, FREQUENCIES, OFF
from troth.notify import Mail, send_mail
from troth.notify.addresses import is_address
from troth.promises import keeps
from troth.web.api.consent import consent_service
from troth.web.auth import verify_csrf
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/privacy/preferences", include_in_schema=False)
CsrfChecked = Depends(verify_csrf)
Service = Annotated[ConsentService, Depends(consent_service)]
SOURCE = "privacy_center"
LINK_LIFETIME = 60 * 60 * 24  # a day
CHANNEL_NAMES = {"email": "Marketing e-mail", "push": "Push notifications in our apps"}


def _term(ctx: Context, key: str) -> str:
    term = ctx.policy.taxonomy.get("use", key)
    return term.name if term else key


@router.get("", response_class=HTMLResponse)
def ask_for_link(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "center/preferences_ask.html", {"sent": False})


@router.post("", response_class=HTMLResponse, dependencies=[CsrfChecked])
def send_link(
    request: Request, ctx: Context, service: Service, email: Annotated[str, Form()]
) -> HTMLResponse:
    """Mail a link to the address if the ledger knows it; answer the same either way."""
    key = subject_key(email) if is_address(email) else None
    if key and service.ledger.email_of(key):
        token = sign_link("preferences", key, "all", lifetime=LINK_LIFETIME)
        base = ctx.settings.effective_public_url  # never the request's Host header
        send_mail(
            Mail(
                to=service.ledger.email_of(key) or email,
                subject="Your privacy choices",
                text=(
                    "Open this link to see and change your consents and e-mail preferences "
                    f"(it works for a day):\n{base}/privacy/preferences/manage/{token}\n"
                ),
            )
        )
    return templates.TemplateResponse(request, "center/preferences_ask.html", {"sent": True})


def _claims_key(token: str) -> str | None:
    try:
        return verify_link(token, "preferences").subject_key
    except BadLink:
        return None


@router.get("/manage/{token}", response_class=HTMLResponse)
def manage(
    request: Request, ctx: Context, service: Service, token: str, error: str = ""
) -> HTMLResponse:
    key = _claims_key(token)
    if key is None:
        return templates.TemplateResponse(
            request, "center/preferences_ask.html", {"sent": False, "bad_link": True}, 400
        )
    state = service.ledger.state(key)
    consents = [
        {
            "purpose": purpose,
            "scope": scope,
            "name": _term(ctx, purpose) + (f" ({scope.split(':', 1)[1]})" if scope else ""),
            "granted": bool((grant := state.grant(purpose, scope)) and grant.granted),
        }
        for (purpose, scope) in sorted(consent_purposes(ctx.policy))
    ]
    return templates.TemplateResponse(
        request,
        "center/preferences.html",
        {
            "token": token,
            "consents": consents,
            "email_frequency": state.frequency("email") or "not chosen",
            "channels": [
                {
                    "key": channel,
                    "name": CHANNEL_NAMES.get(channel, channel),
                    "now": state.frequency(channel) or "not chosen",
                }
                for channel in CHANNELS
            ],
            "frequencies": [*FREQUENCIES, OFF],
            "error": error,
        },
    )


@router.post("/manage/{token}", dependencies=[CsrfChecked])
@keeps("R4", "U5")
def change(
    request: Request,
    ctx: Context,
    service: Service,
    token: str,
    change: Annotated[str, Form()],
    purpose: Annotated[str, Form()] = "",
    scope: Annotated[str, Form()] = "",
    frequency: Annotated[str, Form()] = "",
    channel: Annotated[str, Form()] = "email",
) -> Response:
    key = _claims_key(token)
    if key is None:
        return RedirectResponse("/privacy/preferences", status_code=303)
    ledger = service.ledger
    try:
        if change == "grant":
            # The page is reached through a signed link mailed to the address: proven.
            ledger.record(key, purpose, True, SOURCE, scope=scope, proven=True)
        elif change == "withdraw":
            ledger.record(key, purpose, False, SOURCE, scope=scope)
        elif change in ("email", "channel"):  # a channel's frequency, or off
            ledger.set_preference(key, channel, frequency, SOURCE)
        elif change == "withdraw_all":
            ledger.withdraw_everything(key, SOURCE)
        else:
            raise ConsentError(f"unknown change {change[:20]!r}")
    except ConsentError as exc:
        page = manage(request, ctx, service, token, error=str(exc))
        page.status_code = 422
        return page
    return RedirectResponse(f"/privacy/preferences/manage/{token}", status_code=303)
