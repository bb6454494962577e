"""The privacy center (public): the statement as Troth knows it, and the rights of the person."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from troth.web.center.statement import service_statements, version_info
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/privacy", include_in_schema=False)


def gpc_sent(request: Request) -> bool:
    """True when the browser sends the Global Privacy Control signal (``Sec-GPC: 1``)."""
    return request.headers.get("sec-gpc", "").strip() == "1"


@router.get("", response_class=HTMLResponse)
def center_home(request: Request, ctx: Context) -> HTMLResponse:
    policy = ctx.policy
    return templates.TemplateResponse(
        request,
        "center/home.html",
        {
            "policy": policy,
            "services": service_statements(policy),
            "version": version_info(policy),
            "gpc": gpc_sent(request),
            "gpc_setting": policy.settings.global_privacy_control,
        },
    )
