"""The console's request pages: the queue by deadline, one request's plan, progress and
evidence, and approve or deny with a reason. Every change goes through the request service."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from troth.errors import TrothError
from troth.requests.lifecycle import is_open
from troth.requests.service import RequestNotFound
from troth.web.api.requests import after_response
from troth.web.auth import Role, StaffMember, require_role, verify_csrf
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/console/requests", include_in_schema=False)
Viewer = Annotated[StaffMember, Depends(require_role(Role.VIEWER))]
Approver = Annotated[StaffMember, Depends(require_role(Role.APPROVER))]
CsrfChecked = Depends(verify_csrf)


@router.get("", response_class=HTMLResponse)
def queue(request: Request, ctx: Context, member: Viewer, show: str = "open") -> HTMLResponse:
    """Requests sorted by deadline, soonest first; overdue ones marked."""
    now = datetime.now(UTC)
    records = ctx.requests.list(limit=1000)
    if show == "open":
        records = [r for r in records if is_open(r.state)]
    records.sort(key=lambda r: r.due_at)
    return templates.TemplateResponse(
        request,
        "console/requests.html",
        {"member": member, "records": records, "now": now, "show": show},
    )


@router.get("/{request_id}", response_class=HTMLResponse)
def request_page(
    request: Request, ctx: Context, member: Viewer, request_id: str, error: str = ""
) -> HTMLResponse:
    service = ctx.requests
    try:
        record = service.get(request_id)
    except RequestNotFound:
        return templates.TemplateResponse(
            request, "console/forbidden.html", {"needed": None, "missing": True}, status_code=404
        )
    return templates.TemplateResponse(
        request,
        "console/request.html",
        {
            "member": member,
            "record": record,
            "view": record.staff_view(),
            "plan": service.plan_text(record),
            "steps": service.steps(record.id),
            "can_decide": member.role.allows(Role.APPROVER),
            "error": error,
        },
    )


@router.post("/{request_id}/decision", dependencies=[CsrfChecked])
def decide(
    request: Request,
    ctx: Context,
    tasks: BackgroundTasks,
    member: Approver,
    request_id: str,
    decision: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
) -> Response:
    service = ctx.requests
    actor = f"staff:{member.id}"
    try:
        if decision == "approve":
            service.approve(request_id, actor, start=after_response(service, tasks))
        elif decision == "deny":
            service.deny(request_id, actor, reason)
        elif decision == "verify":
            if not reason.strip():
                raise TrothError("say how the identities were checked")
            service.verify_by_staff(request_id, actor, reason, after_response(service, tasks))
        else:
            raise TrothError(f"unknown decision {decision[:20]!r}")
    except RequestNotFound:
        return RedirectResponse("/console/requests", status_code=303)
    except TrothError as exc:
        page = request_page(request, ctx, member, request_id, error=str(exc))
        page.status_code = 422
        return page
    return RedirectResponse(f"/console/requests/{request_id}", status_code=303)
