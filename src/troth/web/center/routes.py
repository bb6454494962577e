"""The privacy center (public): the statement as Troth knows it, and the rights of the person."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from troth.web.api.consent import Signals
from troth.web.center.statement import service_statements, version_info
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/privacy", include_in_schema=False)


@router.get("", response_class=HTMLResponse)
def center_home(request: Request, ctx: Context, signals: Signals) -> HTMLResponse:
    """The statement, layered; the privacy signals the browser sent are recorded by the
    consent ledger (:func:`troth.web.api.consent.observe_signals`) and shown as honoured or not."""
    policy = ctx.policy
    gpc = next((s for s in signals["signals"] if s["signal"] == "gpc"), None)
    return templates.TemplateResponse(
        request,
        "center/home.html",
        {
            "policy": policy,
            "services": service_statements(policy),
            "version": version_info(policy),
            "gpc": gpc is not None,
            "gpc_honoured": bool(gpc and gpc["honoured"]),
        },
    )
