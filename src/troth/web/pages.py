"""Server-rendered pages: the promise page at ``/``, the privacy center, the privacy console."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from troth.promises import STATUSES, by_section
from troth.web import center, console
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def promise_page(request: Request, ctx: Context) -> HTMLResponse:
    """The statement's promises by section: each promise, its status, then its proof."""
    promises = ctx.promises
    return templates.TemplateResponse(
        request,
        "promises.html",
        {
            "policy": ctx.policy,
            "sections": by_section(promises),
            "statuses": STATUSES,
            "counts": Counter(p.status for p in promises),
        },
    )


router.include_router(center.router)
router.include_router(center.requests_router)
router.include_router(center.preferences_router)
router.include_router(center.choices_router)
router.include_router(console.router)
router.include_router(console.requests_router)
router.include_router(console.consent_router)
router.include_router(console.account_router)
