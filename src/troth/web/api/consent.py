"""HTTP endpoints of the consent module (the banner's rules: :mod:`troth.consent.banner`).

Public, no login: ``/.well-known/gpc.json``, the cookie banner's endpoint, privacy
signals, demo sign-up, a parent's report, the change notices, and the signed
unsubscribe link (GET) and one-click POST (RFC 8058). Everything else — recording
consent for an app, the decision, campaigns, the list of possible children — needs
staff authentication: a console session of the analyst role or higher, or the service
token (``TROTH_STAFF_TOKEN``), through :func:`troth.web.auth.require_role`.
"""

from __future__ import annotations

import base64
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from troth.consent.banner import banner_state_of, record_cookie_choices
from troth.consent.children import (
    CHILD_DELETION_ROLE,
    flag_possible_child,
    flagged_subjects,
    sign_up,
)
from troth.consent.decision import UseIndex, decide
from troth.consent.errors import ConsentError
from troth.consent.keys import BROWSER_PREFIX, is_key, new_browser_key
from troth.consent.ledger import ConsentLedger
from troth.consent.links import sign_link, verify_link
from troth.consent.marketing import Campaign, send_campaign, unsubscribe
from troth.consent.notices import stored_notices
from troth.consent.optin import REQUESTED, claims_of
from troth.consent.service import ConsentService
from troth.consent.signals import gpc_document, read_signals
from troth.notify.addresses import is_address
from troth.promises import keeps
from troth.requests.children import erase_flagged_child
from troth.web.auth import require_role, verify_csrf
from troth.web.context import Context, context_of
from troth.web.responses import error_response
from troth.web.templating import templates

BROWSER_COOKIE = "troth_bid"
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


# Staff endpoints take a console session of the analyst role or higher, or the service token.
staff_access = require_role("analyst")
Staff = Annotated[object, Depends(staff_access)]


async def consent_service(request: Request) -> ConsentService:
    """The app's consent service (a FastAPI dependency)."""
    return context_of(request).consent


Service = Annotated[ConsentService, Depends(consent_service)]


def _browser_key(request: Request) -> str | None:
    value = request.cookies.get(BROWSER_COOKIE)
    return value if value and value.startswith(BROWSER_PREFIX) and is_key(value) else None


def set_browser_cookie(response: Response, key: str, secure: bool) -> None:
    response.set_cookie(
        BROWSER_COOKIE,
        key,
        max_age=60 * 60 * 24 * 365,
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )


@keeps("C10")
def observe_signals(request: Request, service: Service, ctx: Context) -> dict[str, Any]:
    """Record the Sec-GPC and DNT signals of a request for its browser (and known subject)."""
    signals = read_signals(request.headers, service.policy)
    browser = _browser_key(request) or new_browser_key()
    request.state.browser_key = browser
    holders = [browser]
    link = request.query_params.get("link")
    if link:  # a signed link from one of our mails names the subject without personal data
        holders.append(verify_link(link, "unsubscribe").subject_key)
    recorded = []
    for signal in signals:
        for holder in holders:
            known = {(s["signal"], s["value"]) for s in service.ledger.signals_of(holder)}
            if (signal.name, signal.value) not in known:
                service.ledger.record_signal(holder, signal.name, signal.value, signal.honoured)
        recorded.append({"signal": signal.name, "value": signal.value, "honoured": signal.honoured})
    return {
        "browser_key": browser,
        "holders": holders,
        "signals": recorded,
        "secure": ctx.settings.secure_cookies,
    }


Signals = Annotated[dict[str, Any], Depends(observe_signals)]

# What a ConsentError can answer on any route (troth.consent.errors), besides 422; the app's
# one handler answers each with its status code.
CONSENT_ERRORS: dict[int | str, dict[str, Any]] = {
    400: error_response("The request cannot be read as asked"),
    403: error_response("Refused: a link not valid, or an age below the line"),
    409: error_response("The change conflicts with what the ledger holds"),
}
public = APIRouter(tags=["consent"], responses=CONSENT_ERRORS)
staff = APIRouter(
    prefix="/api/v1/consent",
    tags=["consent (staff)"],
    responses=CONSENT_ERRORS,
)


# --- public ---------------------------------------------------------------------------


@public.get("/.well-known/gpc.json", summary="Global Privacy Control support resource")
def gpc_json(ctx: Context) -> dict[str, object]:
    return gpc_document(ctx.policy)


@public.get(
    "/api/v1/consent/banner", summary="The cookie banner: categories and this browser's choice"
)
def banner_state(response: Response, service: Service, signals: Signals) -> dict[str, Any]:
    browser = signals["browser_key"]
    set_browser_cookie(response, browser, signals["secure"])
    return banner_state_of(service, browser)


class BannerChoice(BaseModel):
    categories: dict[str, bool]


@public.post("/api/v1/consent/banner", summary="Record this browser's cookie choices")
def banner_choice(
    choice: BannerChoice, request: Request, response: Response, service: Service, signals: Signals
) -> dict[str, Any]:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise ConsentError("send the choice as application/json")
    browser = signals["browser_key"]
    found = record_cookie_choices(service, browser, choice.categories)
    set_browser_cookie(response, browser, signals["secure"])
    return found


@public.get("/api/v1/consent/signals", summary="Record and show this browser's privacy signals")
def signals_view(response: Response, service: Service, signals: Signals) -> dict[str, Any]:
    browser = signals["browser_key"]
    set_browser_cookie(response, browser, signals["secure"])
    state = service.ledger.state(browser)
    return {
        "this_request": signals["signals"],
        "recorded": service.ledger.signals_of(browser),
        "opted_out_of_sale_and_sharing": state.gpc and service.index.gpc_opts_out,
        "do_not_track_honoured": service.index.dnt_honoured,
    }


class SignUp(BaseModel):
    email: str = Field(max_length=320, json_schema_extra={"format": "email"})
    # The bounds are documented here and checked by sign_up, with its own one-line error.
    age: int = Field(json_schema_extra={"minimum": 0, "maximum": 150})
    marketing_email: bool = False
    systems: list[str] = Field(default_factory=lambda: ["accounts"])


def _subject_link(operation_id: str) -> dict[str, Any]:
    return {"operationId": operation_id, "parameters": {"subject": "$response.body#/subject_key"}}


# OpenAPI links: what a client (and a stateful test) can do next with the new subject's key.
SIGNED_UP = {
    "description": "Signed up: the subject's key and the statement version accepted",
    "links": {
        "SubjectState": _subject_link("subject_state_api_v1_consent_subjects__subject__get"),
        "MayUse": _subject_link("may_endpoint_api_v1_consent_may_get"),
        "WithdrawAll": _subject_link(
            "withdraw_all_api_v1_consent_subjects__subject__withdraw_all_post"
        ),
    },
}


@public.post(
    "/api/v1/consent/signup",
    status_code=201,
    summary="Demo sign-up with the age line",
    responses={201: SIGNED_UP},
)
def demo_sign_up(body: SignUp, request: Request, service: Service) -> dict[str, Any]:
    key = sign_up(
        service.ledger,
        body.email,
        body.age,
        body.systems,
        body.marketing_email,
        channel="web",
        place=request.client.host if request.client else "unknown",
    )
    return {"subject_key": key, "accepted_version": service.ledger.acceptances(key)[-1]}


class ParentReport(BaseModel):
    email: str = Field(max_length=320)


@public.post(
    "/api/v1/consent/children/reports",
    status_code=202,
    summary="A parent reports a child",
    responses={429: error_response("Too many reports of possible children from here lately")},
)
def parent_report(body: ParentReport, request: Request, service: Service) -> dict[str, str]:
    if not is_address(body.email):
        raise ConsentError("the email address is not valid")
    client = request.client.host if request.client else "unknown"
    flag_possible_child(service.ledger, body.email, "parent_report", client=client)
    return {"status": "received"}


@public.get("/api/v1/consent/notices", summary="Announced changes of the privacy statement")
def notices(ctx: Context) -> list[dict[str, object]]:
    return stored_notices(ctx.store)


def _unsubscribe(service: ConsentService, token: str, source: str) -> bool:
    claims = verify_link(token, "unsubscribe")
    return unsubscribe(service.ledger, claims.subject_key, claims.target, source)


@public.post("/consent/unsubscribe/{token}", summary="RFC 8058 one-click unsubscribe")
def one_click(token: str, service: Service) -> dict[str, Any]:
    changed = _unsubscribe(service, token, "one_click")
    return {"unsubscribed": True, "changed": changed}


@public.get("/consent/unsubscribe/{token}", response_class=HTMLResponse)
def unsubscribe_page(token: str, request: Request, service: Service) -> HTMLResponse:
    """The link in the mail's body: unsubscribes at once, then says so in the privacy
    center's layout with a way to the person's other choices."""

    page = {"policy": service.policy, "section": "preferences"}
    try:
        claims = verify_link(token, "unsubscribe")
        unsubscribe(service.ledger, claims.subject_key, claims.target, "email_link")
    except ConsentError as exc:  # forged, altered, expired, or not an unsubscribe link
        return templates.TemplateResponse(
            request,
            "consent/unsubscribed.html",
            {**page, "error": str(exc)},
            status_code=exc.status_code,
        )
    manage = sign_link("preferences", claims.subject_key, "all", lifetime=60 * 60 * 24)
    return templates.TemplateResponse(
        request,
        "consent/unsubscribed.html",
        {**page, "error": None, "channel": claims.target, "manage": manage},
    )


def _confirm_page(
    request: Request, service: ConsentService, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:

    page = {"policy": service.policy, "section": "preferences", "error": None, "done": False}
    return templates.TemplateResponse(
        request, "consent/confirm.html", {**page, **context}, status_code=status_code
    )


@public.get("/consent/confirm/{token}", response_class=HTMLResponse, include_in_schema=False)
def confirm_page(token: str, request: Request, service: Service) -> HTMLResponse:
    """The double opt-in link: a page with one button, so a mail scanner fetching the link
    confirms nothing."""
    try:
        claims_of(token)
    except ConsentError as exc:
        return _confirm_page(request, service, {"error": str(exc)}, exc.status_code)
    return _confirm_page(request, service, {"token": token})


@public.post(
    "/consent/confirm/{token}",
    response_class=HTMLResponse,
    include_in_schema=False,
    dependencies=[Depends(verify_csrf)],
)
def confirm(token: str, request: Request, service: Service) -> HTMLResponse:
    """Put the requested marketing e-mail consent in force: the ledger's second step."""
    try:
        key, purpose = claims_of(token)
        service.ledger.confirm(key, purpose)
    except ConsentError as exc:
        return _confirm_page(request, service, {"error": str(exc)}, exc.status_code)
    return _confirm_page(request, service, {"done": True})


@public.get("/consent/pixel/{token}.gif", include_in_schema=False)
def pixel(token: str) -> Response:
    verify_link(token, "unsubscribe")
    return Response(PIXEL, media_type="image/gif", headers={"Cache-Control": "no-store"})


# --- staff ----------------------------------------------------------------------------


def _subject_key(text: str) -> str:
    if not is_key(text):
        raise ConsentError("subject must be a subject key (s_ or b_ and 32 hex digits)")
    return text


@staff.get("/may", summary="May this subject's data serve this use? allow or deny, with why")
async def may_endpoint(
    _: Staff,
    service: Service,
    subject: str,
    use: str,
    system: str | None = None,
    category: str | None = None,
) -> Response:

    state = service.states.state(_subject_key(subject))
    decision = decide(service.index, state, use, system, category)
    return JSONResponse(decision.as_dict())


class ConsentChange(BaseModel):
    subject: str = Field(max_length=320)
    purpose: str
    granted: bool
    source: str = "api"
    scope: str = ""
    notice_text: str = ""


@staff.post(
    "/events",
    status_code=201,
    summary="Record a grant or withdrawal",
    description="Marketing e-mail consent is double opt-in: the answer is 202 with step "
    '"requested" and a confirmation link is mailed to the address; it counts once followed.',
    responses={202: {"description": "Recorded as requested; a confirmation link was mailed"}},
)
def record_event(
    body: ConsentChange, _: Staff, service: Service, response: Response
) -> dict[str, Any]:
    event = service.ledger.record(
        body.subject, body.purpose, body.granted, body.source, body.scope, body.notice_text
    )
    if event.step == REQUESTED:
        response.status_code = 202
    return {
        "step": event.step or "recorded",
        "subject_key": event.subject_key,
        "purpose": event.purpose,
        "scope": event.scope,
        "granted": event.granted,
        "policy_version": event.policy_version,
        "at": event.at.isoformat(),
    }


@staff.get("/subjects/{subject}", summary="A subject's current consents and preferences")
def subject_state(subject: str, _: Staff, service: Service) -> dict[str, Any]:
    state = service.ledger.state(_subject_key(subject))
    return {
        "subject_key": state.key,
        "consents": [
            {
                "purpose": p,
                "scope": s,
                "granted": g.granted,
                "policy_version": g.policy_version,
                "source": g.source,
                "at": g.at.isoformat(),
            }
            for (p, s), g in sorted(state.consents.items())
        ],
        "preferences": state.preferences,
        "gpc": state.gpc,
        "possibly_under_age": state.possibly_under_age,
        "acceptances": service.ledger.acceptances(state.key),
    }


@staff.post("/subjects/{subject}/withdraw-all", summary="Withdraw every consent of a subject")
def withdraw_all(subject: str, _: Staff, service: Service) -> dict[str, int]:
    return {"withdrawn": service.ledger.withdraw_everything(_subject_key(subject), "staff")}


class Preference(BaseModel):
    subject: str = Field(max_length=320)
    channel: str
    frequency: str
    source: str = "api"


@staff.put("/preferences", summary="Set a marketing channel's frequency, or off")
def set_preference(body: Preference, _: Staff, service: Service) -> dict[str, Any]:
    service.ledger.set_preference(body.subject, body.channel, body.frequency, body.source)
    return {"channel": body.channel, "frequency": body.frequency}


class CampaignBody(BaseModel):
    subject: str = Field(max_length=200)
    text: str = Field(max_length=100_000)
    frequency: str = "weekly"
    channel: str = "email"
    dry_run: bool = False


@staff.post("/campaigns", summary="Send a marketing campaign to those who consented")
def campaign(body: CampaignBody, ctx: Context, _: Staff, service: Service) -> dict[str, Any]:
    base = ctx.settings.effective_public_url  # the unsubscribe links: never the Host header
    report = send_campaign(
        service,
        Campaign(body.subject, body.text, body.frequency, body.channel, base),
        dry_run=body.dry_run,
    )
    return report.as_dict()


@staff.get("/children", summary="Subjects flagged as possibly under the child age")
def children(_: Staff, service: Service) -> list[dict[str, Any]]:
    return [
        {
            "subject_key": f.subject_key,
            "sources": f.sources,
            "first_flagged_at": f.first_flagged_at.isoformat(),
            "has_address": f.has_address,
        }
        for f in flagged_subjects(service.ledger)
    ]


class ChildDeletion(BaseModel):
    email: str | None = Field(
        default=None,
        max_length=320,
        description="The subject's address, when none is on record (it must match the key)",
    )


@staff.post(
    "/children/{subject}/delete",
    summary="Delete a flagged subject in one step, through an erasure request (approvers)",
)
def delete_child(
    subject: str,
    member: Annotated[object, Depends(require_role(CHILD_DELETION_ROLE))],
    service: Service,
    ctx: Context,
    request: Request,
    body: ChildDeletion | None = None,
) -> dict[str, Any]:
    done = erase_flagged_child(
        service.ledger,
        ctx.requests,
        _subject_key(subject),
        f"staff:{member.id}",  # type: ignore[attr-defined]
        member.role,  # type: ignore[attr-defined]  # the service checks the role again
        email=body.email if body else None,
    )
    return done.as_dict()


router = APIRouter()
router.include_router(public)
router.include_router(staff)

__all__ = ["ConsentLedger", "UseIndex", "router"]


# --- the banner in a page -----------------------------------------------------------------

ANALYTICS_PROBE = 'document.documentElement.setAttribute("data-analytics-ran", "yes");\n'


@public.get("/consent/banner-demo", response_class=HTMLResponse, include_in_schema=False)
def banner_demo(request: Request) -> HTMLResponse:
    """A page with the banner and one analytics script held back until consent."""
    return templates.TemplateResponse(request, "consent/banner_demo.html", {})


@public.get("/consent/banner-demo/analytics.js", include_in_schema=False)
def banner_demo_analytics() -> Response:
    """Stands for a non-essential script: it marks the page when it runs."""
    return Response(ANALYTICS_PROBE, media_type="text/javascript")
