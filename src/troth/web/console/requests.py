"""The console's request pages: the queue by deadline, one request's plan, progress and
evidence, and approve or deny with a reason. Every change goes through the request service."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from troth.datamap import stored_datasets
from troth.errors import TrothError
from troth.requests.http import _run_quietly, service_of
from troth.requests.journal import StoreJournal
from troth.requests.lifecycle import is_open, ready_to_run
from troth.requests.planner import plan_request
from troth.requests.service import RequestNotFound
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
    records = service_of(ctx, request).list(limit=1000)
    if show == "open":
        records = [r for r in records if is_open(r.state)]
    records.sort(key=lambda r: r.due_at)
    return templates.TemplateResponse(
        request,
        "console/requests.html",
        {"member": member, "records": records, "now": now, "show": show},
    )


def _plan_text(ctx: Context, record) -> str:  # noqa: ANN001 - a RequestRecord
    try:
        datasets, systems = stored_datasets(ctx.store)
        changes = (record.details or {}).get("changes") or {}
        plan = plan_request(
            record.kind,
            {k: [v] for k, v in record.identities.items()},
            datasets,
            ctx.policy,
            correction_target=next(iter(changes), None),
            systems=systems,
        )
        return plan.describe()
    except TrothError as exc:
        return f"no plan: {exc}"


@router.get("/{request_id}", response_class=HTMLResponse)
def request_page(
    request: Request, ctx: Context, member: Viewer, request_id: str, error: str = ""
) -> HTMLResponse:
    service = service_of(ctx, request)
    try:
        record = service.get(request_id)
    except RequestNotFound:
        return templates.TemplateResponse(
            request, "console/forbidden.html", {"needed": None, "missing": True}, status_code=404
        )
    steps = StoreJournal(service.engine, record.id).steps()
    return templates.TemplateResponse(
        request,
        "console/request.html",
        {
            "member": member,
            "record": record,
            "view": record.staff_view(),
            "plan": _plan_text(ctx, record),
            "steps": steps,
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
    service = service_of(ctx, request)
    actor = f"staff:{member.id}"
    try:
        if decision == "approve":
            record = service.approve(request_id, actor)
            if ready_to_run(record.state, approval_required=record.approval_required):
                tasks.add_task(_run_quietly, service, record.id)
        elif decision == "deny":
            service.deny(request_id, actor, reason)
        elif decision == "verify":
            if not reason.strip():
                raise TrothError("say how the identities were checked")
            record = service.verify_by_staff(request_id, actor, reason)
            if ready_to_run(record.state, approval_required=record.approval_required):
                tasks.add_task(_run_quietly, service, record.id)
        else:
            raise TrothError(f"unknown decision {decision[:20]!r}")
    except RequestNotFound:
        return RedirectResponse("/console/requests", status_code=303)
    except TrothError as exc:
        page = request_page(request, ctx, member, request_id, error=str(exc))
        page.status_code = 422
        return page
    return RedirectResponse(f"/console/requests/{request_id}", status_code=303)
