"""The REST API of data subject requests, under ``/api/v1/requests``.

Subject endpoints (submit, new code, verify, status, download) never tell whether a person is
known: a submission always answers 202 and sends a code to the identity searched for (the
e-mail address, or by SMS a phone number given alone), never to another address; a request
naming other identities waits for staff to verify it by hand. The request id reaches the
requester only in that message, and a download needs the signed link sent after
verification. Staff endpoints (list, details, approve, deny, extend, run) need a signed-in
staff member with the role named on each route (:func:`troth.web.auth.require_role`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, Depends
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from troth.errors import TrothError
from troth.requests.proof import Channel
from troth.requests.service import (
    MAX_CHANGE_CHARS,
    MAX_CHANGES,
    RequestNotFound,
    RequestService,
    Starter,
)
from troth.web.auth import StaffMember, require_role
from troth.web.context import Context
from troth.web.responses import error_response

# Errors are answered by the app's one handler: each TrothError with its status code.
router = APIRouter(
    prefix="/api/v1/requests",
    tags=["requests"],
    responses={
        404: error_response("No request with that id, or the link is not valid"),
        409: error_response("The request is not in a state that allows this"),
        429: error_response("Too many verification messages to this identity for now"),
    },
)

require_viewer = require_role("viewer")
require_approver = require_role("approver")


Text320 = Annotated[str, Field(max_length=320)]
NewValue = Annotated[str, Field(max_length=MAX_CHANGE_CHARS)]


class Submit(BaseModel):
    kind: Literal["access", "erasure", "correction", "withdrawal"]
    identities: dict[Text320, Text320] = Field(
        description="Identity type -> value, e.g. {'email': 'person@example.com'}", max_length=10
    )
    contact: str | None = Field(
        default=None,
        max_length=320,
        description=(
            "Leave out: the code goes to the email identity (or by SMS to a phone number given "
            "alone). Any other address is refused."
        ),
    )
    jurisdiction: Literal["GDPR", "CCPA"] = "GDPR"
    changes: dict[Text320, NewValue] | None = Field(
        default=None,
        description="For a correction: field or identity type -> new value",
        max_length=MAX_CHANGES,
    )


class Code(BaseModel):
    code: str = Field(min_length=1, max_length=20)


class Reason(BaseModel):
    reason: str = Field(min_length=1, max_length=500)


def _run_quietly(service: RequestService, request_id: str) -> None:
    """Run after the response; a failure is recorded on the request, never raised here."""
    try:
        service.run(request_id, actor="worker")
    except TrothError:
        pass


def after_response(service: RequestService, tasks: BackgroundTasks) -> Starter:
    """What a route hands the service to start a request that is ready: it runs after the
    answer is sent."""
    return lambda request_id: tasks.add_task(_run_quietly, service, request_id)


ACCEPTED = {
    "status": "received",
    "message": "A verification code and the request number were sent to the address given.",
}
AWAITING_STAFF = {
    "status": "received",
    "message": (
        "Our privacy team will check by hand that the identities given are yours; the request "
        "number was sent to the e-mail address given, if any."
    ),
}


@router.post("", status_code=202, summary="Submit a request (a code is mailed to the requester)")
def submit(body: Submit, ctx: Context) -> Any:
    service = ctx.requests
    details = {"changes": body.changes} if body.changes else None
    submission = service.submit(
        body.kind,
        body.identities,
        contact=body.contact,
        jurisdiction=body.jurisdiction,
        details=details,
    )
    return AWAITING_STAFF if submission.request.verification is Channel.STAFF else ACCEPTED


@router.post("/{request_id}/code", status_code=202, summary="Send a new verification code")
def new_code(request_id: str, ctx: Context) -> Any:
    service = ctx.requests
    try:
        service.send_code(request_id)
    except RequestNotFound:
        pass  # the same answer either way
    return {"status": "sent if the request waits for verification"}


@router.post("/{request_id}/verify", summary="Confirm a request with the mailed code")
def verify(request_id: str, body: Code, ctx: Context, tasks: BackgroundTasks) -> Any:
    service = ctx.requests
    record = service.verify(request_id, body.code, start=after_response(service, tasks))
    return record.subject_view()


@router.get("/{request_id}", summary="A request's state, as the requester may see it")
def status(request_id: str, ctx: Context) -> Any:
    return ctx.requests.get(request_id).subject_view()


@router.get(
    "/archive/{token}",
    summary="Download an access archive through its signed, expiring link",
    response_class=Response,
)
def archive(token: str, ctx: Context) -> Response:
    request_id, data = ctx.requests.archive(token)
    return Response(
        data,
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="{request_id}.zip"',
            "Cache-Control": "no-store",
        },
    )


# staff


@router.get("", summary="Requests for staff, newest first (overdue flagged)")
def staff_list(
    ctx: Context,
    state: str | None = None,
    overdue: bool | None = None,
    member: StaffMember = Depends(require_viewer),  # noqa: B008
) -> Any:
    service = ctx.requests
    try:
        return [r.staff_view() for r in service.list(state=state, overdue=overdue)]
    except ValueError:
        return JSONResponse({"error": f"unknown state {state!r}"}, status_code=422)


@router.get("/{request_id}/details", summary="A request for staff: dates, deadlines, evidence")
def staff_details(
    request_id: str,
    ctx: Context,
    member: StaffMember = Depends(require_viewer),  # noqa: B008
) -> Any:
    return ctx.requests.get(request_id).staff_view()


@router.post("/{request_id}/approve", summary="Approve a verified request")
def approve(
    request_id: str,
    ctx: Context,
    tasks: BackgroundTasks,
    member: StaffMember = Depends(require_approver),  # noqa: B008
) -> Any:
    service = ctx.requests
    return service.approve(
        request_id, f"staff:{member.id}", after_response(service, tasks)
    ).staff_view()


@router.post("/{request_id}/deny", summary="Deny a request, with the reason told to the subject")
def deny(
    request_id: str,
    body: Reason,
    ctx: Context,
    member: StaffMember = Depends(require_approver),  # noqa: B008
) -> Any:
    return ctx.requests.deny(request_id, f"staff:{member.id}", body.reason).staff_view()


@router.post("/{request_id}/extend", summary="Extend the deadline once, telling the subject why")
def extend(
    request_id: str,
    body: Reason,
    ctx: Context,
    member: StaffMember = Depends(require_approver),  # noqa: B008
) -> Any:
    return ctx.requests.extend(request_id, f"staff:{member.id}", body.reason).staff_view()


@router.post(
    "/{request_id}/verify-by-staff",
    summary="Verify a request by hand (identities no code can prove), with why; audited",
)
def verify_by_staff(
    request_id: str,
    body: Reason,
    ctx: Context,
    tasks: BackgroundTasks,
    member: StaffMember = Depends(require_approver),  # noqa: B008
) -> Any:
    service = ctx.requests
    start = after_response(service, tasks)
    return service.verify_by_staff(
        request_id, f"staff:{member.id}", body.reason, start
    ).staff_view()


@router.post("/{request_id}/run", summary="Run, resume or retry a request now")
def run(
    request_id: str,
    ctx: Context,
    member: StaffMember = Depends(require_approver),  # noqa: B008
) -> Any:
    return ctx.requests.run(request_id, f"staff:{member.id}").staff_view()
