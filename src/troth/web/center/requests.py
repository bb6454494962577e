"""Rights requests in the privacy center: submit, verify by the mailed code, follow the status.

Every step calls the request service (:mod:`troth.requests.service`); this module only turns
forms into calls and answers into pages. A request's number travels in form bodies, never in
URLs, and the status is shown only to someone who gives both the number and the address the
request was made with, so one person can never see another's request. The address typed is
both the identity searched for and the only place the code and every later message go.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Form, Request
from fastapi.responses import HTMLResponse

from troth.errors import TrothError
from troth.requests.service import RequestNotFound
from troth.requests.verification import CODE_DIGITS
from troth.web.api.requests import after_response
from troth.web.auth import verify_csrf
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/privacy/requests", include_in_schema=False)
CsrfChecked = Depends(verify_csrf)

KINDS = [
    ("access", "Get a copy of my information"),
    ("correction", "Correct my information"),
    ("erasure", "Delete my information"),
    ("withdrawal", "Withdraw every consent I gave"),
]
STATE_WORDS = {
    "received": "waiting for you to confirm it with the code we e-mailed",
    "verified": "confirmed; it will be carried out soon (some requests are reviewed first)",
    "awaiting_approval": "confirmed; our privacy team is reviewing it",
    "approved": "approved; it is being carried out",
    "running": "being carried out now",
    "complete": "complete",
    "partial": "carried out in part: some data was kept, for the reasons below",
    "denied": "declined",
    "failed": "delayed: our privacy team has been told and will finish it",
}


def _page(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    extra = {"kinds": KINDS, "code_digits": CODE_DIGITS}
    return templates.TemplateResponse(request, name, {**extra, **context}, status_code=status_code)


@router.get("/new", response_class=HTMLResponse)
def new_request_form(request: Request) -> HTMLResponse:
    return _page(request, "center/request_new.html", {"error": None, "form": {}})


@router.post("", response_class=HTMLResponse, dependencies=[CsrfChecked])
def submit_request(
    request: Request,
    ctx: Context,
    kind: Annotated[str, Form()],
    email: Annotated[str, Form()],
    jurisdiction: Annotated[str, Form()] = "GDPR",
    field: Annotated[str, Form()] = "",
    new_value: Annotated[str, Form()] = "",
) -> HTMLResponse:
    service = ctx.requests
    details = None
    if kind == "correction":
        details = {"changes": {field.strip(): new_value.strip()}} if field.strip() else {}
    try:
        service.submit(kind, {"email": email}, jurisdiction=jurisdiction, details=details)
    except TrothError as exc:
        form = {"kind": kind, "jurisdiction": jurisdiction, "field": field}
        status = getattr(exc, "status_code", 422)
        return _page(request, "center/request_new.html", {"error": str(exc), "form": form}, status)
    return _page(request, "center/request_verify.html", {"error": None})


@router.get("/verify", response_class=HTMLResponse)
def verify_form(request: Request) -> HTMLResponse:
    return _page(request, "center/request_verify.html", {"error": None})


@router.post("/verify", response_class=HTMLResponse, dependencies=[CsrfChecked])
def verify_request(
    request: Request,
    ctx: Context,
    tasks: BackgroundTasks,
    number: Annotated[str, Form()],
    code: Annotated[str, Form()],
) -> HTMLResponse:
    service = ctx.requests
    try:
        record = service.verify(number.strip(), code.strip(), start=after_response(service, tasks))
    except RequestNotFound:
        return _page(
            request,
            "center/request_verify.html",
            {"error": "no request has that number and code"},
            400,
        )
    except TrothError as exc:
        return _page(request, "center/request_verify.html", {"error": str(exc)}, 400)
    return _page(
        request,
        "center/request_status.html",
        {"record": record.subject_view(), "words": STATE_WORDS, "error": None, "verified": True},
    )


@router.get("/status", response_class=HTMLResponse)
def status_form(request: Request) -> HTMLResponse:
    return _page(
        request, "center/request_status.html", {"record": None, "words": STATE_WORDS, "error": None}
    )


@router.post("/status", response_class=HTMLResponse, dependencies=[CsrfChecked])
def status(
    request: Request,
    ctx: Context,
    number: Annotated[str, Form()],
    email: Annotated[str, Form()],
) -> HTMLResponse:
    service = ctx.requests
    record = None
    try:
        found = service.get(number.strip())
        record = found if service.is_contact(found, email) else None
    except RequestNotFound:
        record = None
    if record is None:
        return _page(
            request,
            "center/request_status.html",
            {
                "record": None,
                "words": STATE_WORDS,
                "error": "no request has that number and address",
            },
            404,
        )
    link = None
    if record.kind == "access" and record.state.value == "complete":
        link = "/api/v1/requests/archive/" + service.download_link(record.id)
    return _page(
        request,
        "center/request_status.html",
        {"record": record.subject_view(), "words": STATE_WORDS, "error": None, "link": link},
    )
