"""The console's consent pages: subjects flagged as possibly under age, deleted in one step
through the request engine (approvers), and the consent records of one subject (analysts)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from troth.consent.children import CHILD_DELETION_ROLE, flagged_subjects
from troth.consent.errors import ConsentError
from troth.consent.keys import is_key, subject_key
from troth.consent.service import ConsentService
from troth.errors import TrothError
from troth.requests.children import erase_flagged_child
from troth.web.api.consent import consent_service
from troth.web.auth import Role, StaffMember, require_role, verify_csrf
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/console", include_in_schema=False)
Analyst = Annotated[StaffMember, Depends(require_role(Role.ANALYST))]
Approver = Annotated[StaffMember, Depends(require_role(Role.APPROVER))]
ChildDeleter = Annotated[StaffMember, Depends(require_role(CHILD_DELETION_ROLE))]
Service = Annotated[ConsentService, Depends(consent_service)]
CsrfChecked = Depends(verify_csrf)


# --- children ---------------------------------------------------------------------------------


def _children_page(
    request: Request,
    service: ConsentService,
    member: StaffMember,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    return templates.TemplateResponse(
        request,
        "console/children.html",
        {
            "member": member,
            "flagged": flagged_subjects(service.ledger),
            "child_age": service.policy.settings.child_age,
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/children", response_class=HTMLResponse)
def children_page(request: Request, service: Service, member: Approver) -> HTMLResponse:
    """Subjects flagged as possibly under the child age, by the guard or a parent's report."""
    return _children_page(request, service, member)


@router.post("/children/delete", response_class=HTMLResponse, dependencies=[CsrfChecked])
def delete_child(
    request: Request,
    ctx: Context,
    service: Service,
    member: ChildDeleter,
    subject: Annotated[str, Form(max_length=40)],
    email: Annotated[str, Form(max_length=320)] = "",
) -> Response:
    """One step: an erasure request made, verified and run by this staff member."""
    try:
        if not is_key(subject):
            raise ConsentError("that is not a subject key")
        done = erase_flagged_child(
            service.ledger,
            ctx.requests,
            subject,
            f"staff:{member.id}",
            member.role,
            email or None,
        )
    except TrothError as exc:
        return _children_page(request, service, member, str(exc), status_code=422)
    return RedirectResponse(f"/console/requests/{done.request_id}", status_code=303)


# --- consent records --------------------------------------------------------------------------


def _records_page(
    request: Request, service: ConsentService, member: StaffMember, key: str, error: str = ""
) -> HTMLResponse:
    found = None
    if key:
        ledger = service.ledger
        found = {
            "key": key,
            "events": list(reversed(ledger.history(key))),
            "state": ledger.state(key),
            "signals": ledger.signals_of(key),
            "acceptances": ledger.acceptances(key),
            "registered": ledger.email_of(key) is not None,
        }
    return templates.TemplateResponse(
        request,
        "console/consent.html",
        {"member": member, "subject": key, "found": found, "error": error},
        status_code=422 if error else 200,
    )


@router.get("/consent", response_class=HTMLResponse)
def consent_records(
    request: Request, service: Service, member: Analyst, subject: str = ""
) -> HTMLResponse:
    """A subject's consent records, searched by subject key (never by address in the URL)."""
    subject = subject.strip()
    if subject and not is_key(subject):
        return _records_page(
            request, service, member, "", "a subject key is s_ or b_ and 32 hex digits"
        )
    return _records_page(request, service, member, subject)


@router.post("/consent", response_class=HTMLResponse, dependencies=[CsrfChecked])
def consent_records_by_address(
    request: Request, service: Service, member: Analyst, email: Annotated[str, Form()]
) -> HTMLResponse:
    """The same records found by an address typed by staff (posted, so it stays out of URLs)."""
    if "@" not in email:
        return _records_page(request, service, member, "", "the address is not valid")
    return _records_page(request, service, member, subject_key(email))
