"""The privacy center's cookie settings and the notice of an announced change.

Cookie settings work without JavaScript: a form per category, posted with a CSRF token and
recorded through the consent module's banner ledger
(:func:`troth.consent.banner.record_cookie_choices`) for this browser. The notice of change
shows each announced version: when it takes effect and what it changes in how personal data
is used, from the policy diff the consent module keeps (:mod:`troth.consent.notices`), and
the policy's own announcement when no notice was sent yet.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from troth.consent.banner import banner_state_of, cookie_categories, record_cookie_choices
from troth.consent.errors import ConsentError
from troth.consent.notices import stored_notices
from troth.web.api.consent import Service, Signals, set_browser_cookie
from troth.web.auth import verify_csrf
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/privacy", include_in_schema=False)
CsrfChecked = Depends(verify_csrf)
ASPECT_WORDS = {
    "system": "The service",
    "categories": "What is collected",
    "uses": "Why it is used",
    "recipients": "Who receives it",
    "retention": "How long it is kept",
    "locations": "Where it is stored",
}


def _use_name(ctx: Context, key: str) -> str:
    term = ctx.policy.taxonomy.get("use", key)
    return term.name if term is not None else key


def _cookies_page(
    request: Request,
    ctx: Context,
    service: Any,
    browser: str,
    saved: bool = False,
    error: str = "",
    status_code: int = 200,
) -> HTMLResponse:
    state = banner_state_of(service, browser)
    categories = [
        {
            "key": c["key"],
            "required": c["required"],
            "allowed": c["key"] in state["allowed"],
            "uses": [_use_name(ctx, u) for u in c.get("uses", [])],
        }
        for c in state["categories"]
    ]
    response = templates.TemplateResponse(
        request,
        "center/cookies.html",
        {
            "policy": ctx.policy,
            "categories": categories,
            "decided": state["decided"],
            "saved": saved,
            "error": error,
            "tracking": [t for t in ctx.policy.tracking if t.kind in ("cookie", "pixel")],
        },
        status_code=status_code,
    )
    set_browser_cookie(response, browser, ctx.settings.secure_cookies)
    return response


@router.get("/cookies", response_class=HTMLResponse)
def cookies_page(
    request: Request, ctx: Context, service: Service, signals: Signals, saved: int = 0
) -> HTMLResponse:
    """This browser's cookie choices, one category at a time."""
    return _cookies_page(request, ctx, service, signals["browser_key"], saved=bool(saved))


@router.post("/cookies", dependencies=[CsrfChecked])
async def save_cookies(
    request: Request, ctx: Context, service: Service, signals: Signals
) -> Response:
    form = await request.form()
    browser = signals["browser_key"]
    choices: dict[str, bool] = {}
    for name in cookie_categories(service):
        value = form.get(f"category-{name}")
        if value not in ("allow", "refuse"):
            return _cookies_page(
                request,
                ctx,
                service,
                browser,
                error=f"choose allow or refuse for {name}",
                status_code=422,
            )
        choices[name] = value == "allow"
    try:  # the ledger writes to the store: off the event loop
        await run_in_threadpool(record_cookie_choices, service, browser, choices)
    except ConsentError as exc:
        return _cookies_page(request, ctx, service, browser, error=str(exc), status_code=422)
    response = RedirectResponse("/privacy/cookies?saved=1", status_code=303)
    set_browser_cookie(response, browser, ctx.settings.secure_cookies)
    return response


def announced_changes(ctx: Context, today: date | None = None) -> list[dict[str, Any]]:
    """Each announced version, latest first: its date and summary from the policy, and what
    it changes by service from the notice the consent module computed and mailed."""
    policy = ctx.policy
    today = today or date.today()
    notices = {str(n["new_version"]): n for n in stored_notices(ctx.store)}
    found: list[dict[str, Any]] = []
    for version in policy.upcoming_versions(today):
        notice = notices.pop(version.version, None)
        found.append(_entry(policy, version.version, version.effective, version.summary, notice))
    for label, notice in notices.items():
        effective = date.fromisoformat(str(notice["effective"]))
        found.append(_entry(policy, label, effective, None, notice))
    found.sort(key=lambda e: e["effective"], reverse=True)
    return found


def _entry(
    policy: Any, version: str, effective: date, summary: str | None, notice: dict | None
) -> dict[str, Any]:
    by_service: dict[str, list[dict[str, str]]] = defaultdict(list)
    for change in (notice or {}).get("changes", []):
        system = policy.system(change["system"])
        name = system.name if system is not None else change["system"]
        by_service[name].append(
            {
                "aspect": ASPECT_WORDS.get(change["aspect"], change["aspect"]),
                "kind": change["kind"],
                "detail": change["detail"],
            }
        )
    return {
        "version": version,
        "effective": effective,
        "summary": summary,
        "previous": (notice or {}).get("old_version"),
        "by_service": dict(by_service),
        "fresh_consent": list((notice or {}).get("fresh_consent", [])),
        "in_force": effective <= date.today(),
        "known": notice is not None,
    }


@router.get("/changes", response_class=HTMLResponse)
def changes_page(request: Request, ctx: Context) -> HTMLResponse:
    """The notice of change: what an announced version changes, before it takes effect."""
    return templates.TemplateResponse(
        request,
        "center/changes.html",
        {"policy": ctx.policy, "section": "changes", "entries": announced_changes(ctx)},
    )
