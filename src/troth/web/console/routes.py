"""The privacy console (staff only): sign-in, requests, data map, audit log, charts, staff."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from troth.audit import AuditLog
from troth.datamap import build_graph, stored_datasets
from troth.errors import TrothError
from troth.web.auth import (
    ROLES,
    Role,
    SignInFailed,
    StaffAccounts,
    StaffError,
    StaffMember,
    require_role,
    verify_csrf,
)
from troth.web.auth.sessions import PENDING_COOKIE, SESSION_COOKIE, SessionStore
from troth.web.console import charts
from troth.web.console.datamap_view import datamap_view
from troth.web.console.svg import graphviz_available, reference_graph_svg
from troth.web.context import Context
from troth.web.templating import templates

router = APIRouter(prefix="/console", include_in_schema=False)

Viewer = Annotated[StaffMember, Depends(require_role(Role.VIEWER))]
Analyst = Annotated[StaffMember, Depends(require_role(Role.ANALYST))]
Admin = Annotated[StaffMember, Depends(require_role(Role.ADMIN))]
CsrfChecked = Depends(verify_csrf)


def _set_cookie(request: Request, response: Response, name: str, token: str) -> None:
    settings = request.app.state.context.settings
    response.set_cookie(
        name,
        token,
        httponly=True,
        samesite="strict",
        secure=settings.secure_cookies or request.url.scheme == "https",
        path="/",
    )


def _source(request: Request) -> str:
    """The client's address: sign-in failures are counted per account and source."""
    return request.client.host if request.client else ""


def _page(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


# --- signing in and out ---------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return _page(request, "console/login.html", {"error": None})


@router.post("/login", response_class=HTMLResponse, dependencies=[CsrfChecked])
def login(
    request: Request,
    ctx: Context,
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> Response:
    accounts = StaffAccounts(ctx.store.engine)
    try:
        result = accounts.check_password(email, password, source=_source(request))
    except SignInFailed as exc:
        return _page(request, "console/login.html", {"error": str(exc)}, status_code=401)
    sessions = SessionStore(ctx.store.engine)
    if result.needs_totp:
        token = sessions.start(result.member.id, verified=False)
        response = RedirectResponse("/console/login/code", status_code=303)
        _set_cookie(request, response, PENDING_COOKIE, token)
        return response
    token = sessions.start(result.member.id, verified=True)
    AuditLog(ctx.store.engine).append(f"staff:{result.member.id}", "staff.sign_in", "console", {})
    response = RedirectResponse("/console", status_code=303)
    _set_cookie(request, response, SESSION_COOKIE, token)
    return response


@router.get("/login/code", response_class=HTMLResponse)
def code_form(request: Request) -> HTMLResponse:
    return _page(request, "console/code.html", {"error": None})


@router.post("/login/code", response_class=HTMLResponse, dependencies=[CsrfChecked])
def code(request: Request, ctx: Context, code: Annotated[str, Form()]) -> Response:
    sessions = SessionStore(ctx.store.engine)
    pending_token = request.cookies.get(PENDING_COOKIE)
    pending = sessions.get(pending_token)
    if pending is None or pending.verified:
        return RedirectResponse("/console/login", status_code=303)
    accounts = StaffAccounts(ctx.store.engine)
    if not accounts.check_totp(pending.staff_id, code, source=_source(request)):
        sessions.end(pending_token)
        request.state.csrf_session = ""  # the sign-in form below is posted without it
        response: Response = _page(
            request,
            "console/login.html",
            {"error": "the code was wrong or has expired; sign in again"},
            status_code=401,
        )
        response.delete_cookie(PENDING_COOKIE, path="/")
        return response
    sessions.end(pending_token)
    token = sessions.start(pending.staff_id, verified=True)
    AuditLog(ctx.store.engine).append(f"staff:{pending.staff_id}", "staff.sign_in", "console", {})
    response = RedirectResponse("/console", status_code=303)
    response.delete_cookie(PENDING_COOKIE, path="/")
    _set_cookie(request, response, SESSION_COOKIE, token)
    return response


@router.post("/logout", dependencies=[CsrfChecked])
def logout(request: Request, ctx: Context) -> Response:
    SessionStore(ctx.store.engine).end(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# --- overview and charts ---------------------------------------------------------------------


@router.get("", response_class=HTMLResponse)
def overview(request: Request, ctx: Context, member: Viewer) -> HTMLResponse:
    rows = ctx.requests.history()
    return _page(
        request,
        "console/overview.html",
        {
            "member": member,
            "per_week_svg": charts.per_week_chart(rows),
            "durations_svg": charts.duration_chart(rows),
            "by_state": Counter(r.state for r in rows),
            "total": len(rows),
        },
    )


# --- data map --------------------------------------------------------------------------------


@router.get("/datamap", response_class=HTMLResponse)
def datamap_page(request: Request, ctx: Context, member: Viewer) -> HTMLResponse:
    datasets, system_of = stored_datasets(ctx.store)
    systems, unclaimed = datamap_view(ctx.policy, datasets, system_of)
    graph = build_graph(datasets)
    return _page(
        request,
        "console/datamap.html",
        {
            "member": member,
            "systems": systems,
            "unclaimed": unclaimed,
            "graph": graph,
            "graphviz": graphviz_available(),
            "edges": sorted({(str(e.source), str(e.target)) for e in graph.edges}),
        },
    )


@router.get("/datamap/graph.svg")
def datamap_graph(ctx: Context, member: Viewer) -> Response:
    datasets, _ = stored_datasets(ctx.store)
    return Response(reference_graph_svg(build_graph(datasets)), media_type="image/svg+xml")


# --- audit log -------------------------------------------------------------------------------


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    ctx: Context,
    member: Analyst,
    q: str = "",
    action: str = "",
    page: int = 1,
) -> HTMLResponse:
    log = AuditLog(ctx.store.engine)
    events = list(log.events(action=action or None, text=q.strip() or None))
    events.reverse()
    per_page = 50
    page = max(1, page)
    shown = events[(page - 1) * per_page : page * per_page]
    breaks = log.verify()
    return _page(
        request,
        "console/audit.html",
        {
            "member": member,
            "events": shown,
            "total": len(events),
            "q": q,
            "action": action,
            "page": page,
            "pages": max(1, -(-len(events) // per_page)),
            "breaks": breaks,
        },
    )


# --- staff management (admins) ---------------------------------------------------------------


def _staff_page(
    request: Request, ctx: Context, member: StaffMember, error: str | None, status_code: int = 200
) -> HTMLResponse:
    return _page(
        request,
        "console/staff.html",
        {
            "member": member,
            "staff": StaffAccounts(ctx.store.engine).all(),
            "roles": ROLES,
            "error": error,
            "now": datetime.now(UTC),
        },
        status_code=status_code,
    )


@router.get("/staff", response_class=HTMLResponse)
def staff_page(request: Request, ctx: Context, member: Admin) -> HTMLResponse:
    return _staff_page(request, ctx, member, None)


@router.post("/staff", response_class=HTMLResponse, dependencies=[CsrfChecked])
def staff_create(
    request: Request,
    ctx: Context,
    member: Admin,
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[str, Form()],
) -> Response:
    try:
        StaffAccounts(ctx.store.engine).create(email, password, role, actor=f"staff:{member.id}")
    except TrothError as exc:  # a weak password, a taken address, an unknown role
        return _staff_page(request, ctx, member, str(exc), status_code=422)
    return RedirectResponse("/console/staff", status_code=303)


@router.post("/staff/{staff_id}", response_class=HTMLResponse, dependencies=[CsrfChecked])
def staff_change(
    request: Request,
    ctx: Context,
    member: Admin,
    staff_id: int,
    change: Annotated[str, Form()],
    role: Annotated[str, Form()] = "",
) -> Response:
    accounts = StaffAccounts(ctx.store.engine)
    target = accounts.get(staff_id)
    if target is None:
        return _staff_page(request, ctx, member, "no such staff member", status_code=404)
    actor = f"staff:{member.id}"
    try:
        if target.id == member.id and change in {"role", "disable"}:
            raise StaffError("you cannot change your own role or disable yourself")
        if change == "role":
            accounts.set_role(target.email, role, actor=actor)
        elif change == "unlock":
            accounts.unlock(target.email, actor=actor)
        elif change == "disable":
            accounts.set_disabled(target.email, True, actor=actor)
        elif change == "enable":
            accounts.set_disabled(target.email, False, actor=actor)
        else:
            raise StaffError(f"unknown change {change!r}")
    except TrothError as exc:
        return _staff_page(request, ctx, member, str(exc), status_code=422)
    return RedirectResponse("/console/staff", status_code=303)
