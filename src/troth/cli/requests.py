"""``troth request``: submit, verify, approve, run and follow data subject requests.

Every command wraps a method of :class:`troth.requests.service.RequestService`. Identities are
given as ``--email`` or ``--identity TYPE=VALUE`` (any identity type the data map declares).
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from troth.cli.terminal import fail as _fail
from troth.cli.terminal import output
from troth.errors import TrothError
from troth.words import counted

app = typer.Typer(no_args_is_help=True, add_completion=False)
console = output(soft_wrap=True)
err_console = output(stderr=True, soft_wrap=True)

Email = Annotated[str | None, typer.Option("--email", help="The subject's email address.")]
Identity = Annotated[
    list[str] | None,
    typer.Option("--identity", help="Another identity as TYPE=VALUE (repeatable)."),
]
Jurisdiction = Annotated[
    str, typer.Option("--jurisdiction", help="GDPR (one month) or CCPA (45 days).")
]
Contact = Annotated[
    str | None,
    typer.Option(
        "--contact", help="Must be the --email identity if given: codes go only to an identity."
    ),
]


class CommandError(TrothError):
    """A command-line argument is malformed."""


def _pairs(values: list[str] | None, what: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in values or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CommandError(f"{what} must be written TYPE=VALUE, e.g. phone_number=+4412345")
        found[name.strip()] = value
    return found


def _identities(email: str | None, identity: list[str] | None) -> dict[str, str]:
    found = _pairs(identity, "--identity")
    if email:
        found["email"] = email
    return found


def _service():  # noqa: ANN202 - RequestService, imported late to keep the CLI start fast
    from troth.requests.service import open_service

    return open_service()


def _submit(
    kind: str,
    email: str | None,
    identity: list[str] | None,
    jurisdiction: str,
    contact: str | None,
    details: dict[str, Any] | None = None,
) -> None:
    service = _service()
    submission = service.submit(
        kind,
        _identities(email, identity),
        contact=contact,
        jurisdiction=jurisdiction,
        details=details,
        actor="cli",
    )
    request = submission.request
    state = "received" if submission.created else f"already open ({request.state.value})"
    console.print(f"{request.id} {request.kind} {state}; due {request.due_at:%Y-%m-%d}")
    if request.state.value == "received" and request.verification.value == "staff":
        console.print(
            "no code can prove these identities; once checked: troth request verify-by-hand ID"
        )
    elif request.state.value == "received":
        console.print("a verification code was sent; confirm it with: troth request verify ID CODE")


@app.command("access")
def access_command(
    email: Email = None,
    identity: Identity = None,
    jurisdiction: Jurisdiction = "GDPR",
    contact: Contact = None,
) -> None:
    """Ask for a copy of a subject's data."""
    _submit("access", email, identity, jurisdiction, contact)


@app.command("erase")
def erase_command(
    email: Email = None,
    identity: Identity = None,
    jurisdiction: Jurisdiction = "GDPR",
    contact: Contact = None,
) -> None:
    """Ask for a subject's records to be erased."""
    _submit("erasure", email, identity, jurisdiction, contact)


@app.command("correct")
def correct_command(
    set_: Annotated[
        list[str], typer.Option("--set", help="The corrected value as FIELD=VALUE (repeatable).")
    ],
    email: Email = None,
    identity: Identity = None,
    jurisdiction: Jurisdiction = "GDPR",
    contact: Contact = None,
) -> None:
    """Ask for a subject's data to be corrected everywhere it is stored."""
    changes = _pairs(set_, "--set")
    _submit("correction", email, identity, jurisdiction, contact, {"changes": changes})


@app.command("withdraw")
def withdraw_command(
    email: Email = None,
    identity: Identity = None,
    jurisdiction: Jurisdiction = "GDPR",
    contact: Contact = None,
) -> None:
    """Withdraw every consent, stop marketing, erase what rested on consent alone."""
    _submit("withdrawal", email, identity, jurisdiction, contact)


@app.command("verify")
def verify_command(request_id: str, code: str) -> None:
    """Confirm a request with the code that was mailed."""
    request = _service().verify(request_id, code, actor="cli")
    console.print(f"{request.id} {request.state.value}")


@app.command("verify-by-hand")
def verify_by_hand_command(
    request_id: str,
    why: Annotated[str, typer.Option("--why", help="How the identities were checked.")],
    by: Annotated[str, typer.Option("--by", help="Who verifies (recorded in the audit log).")],
) -> None:
    """Verify by hand a request whose identities no code can prove (audited)."""
    request = _service().verify_by_staff(request_id, f"staff:{by}", why)
    console.print(f"{request.id} {request.state.value}")


@app.command("approve")
def approve_command(
    request_id: str,
    by: Annotated[str, typer.Option("--by", help="Who approves (recorded in the audit log).")],
) -> None:
    """Approve a verified request that needs approval."""
    request = _service().approve(request_id, f"staff:{by}")
    console.print(f"{request.id} {request.state.value}")


@app.command("deny")
def deny_command(
    request_id: str,
    reason: Annotated[str, typer.Option("--reason", help="Told to the subject.")],
    by: Annotated[str, typer.Option("--by", help="Who denies (recorded in the audit log).")],
) -> None:
    """Deny a request, with the reason."""
    request = _service().deny(request_id, f"staff:{by}", reason)
    console.print(f"{request.id} {request.state.value}")


@app.command("extend")
def extend_command(
    request_id: str,
    reason: Annotated[str, typer.Option("--reason", help="Told to the subject.")],
    by: Annotated[str, typer.Option("--by", help="Who extends (recorded in the audit log).")],
) -> None:
    """Extend the deadline once (GDPR +2 months, CCPA +45 days); the subject is told why."""
    request = _service().extend(request_id, f"staff:{by}", reason)
    console.print(f"{request.id} due {request.due_at:%Y-%m-%d}")


@app.command("run")
def run_command(request_id: str) -> None:
    """Run a verified (or approved) request now; resume or retry one that stopped."""
    request = _service().run(request_id, actor="cli")
    console.print(
        f"{request.id} {request.state.value}" + (f": {request.reason}" if request.reason else "")
    )
    if request.state.value == "failed":
        raise typer.Exit(1)


@app.command("purge-archives")
def purge_archives_command() -> None:
    """Delete the access archives past their time (the server also does it every hour)."""
    try:
        removed = _service().purge_archives(actor="cli")
    except TrothError as exc:
        raise _fail(exc) from None
    console.print(f"{removed} expired archive{'' if removed == 1 else 's'} deleted")


@app.command("resume")
def resume_command() -> None:
    """Run every request that is due to run, and resume any cut short."""
    done = _service().resume(actor="cli")
    for request in done:
        console.print(f"{request.id} {request.state.value}")
    console.print(f"{counted(len(done), 'request')} run")


@app.command("status")
def status_command(request_id: str) -> None:
    """A request's state, deadlines and evidence (JSON; no identities)."""
    request = _service().get(request_id)
    console.print(json.dumps(request.staff_view(), indent=2, default=str), markup=False)


@app.command("list")
def list_command(
    state: Annotated[
        str | None, typer.Option("--state", help="Only requests in this state.")
    ] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue requests.")] = False,
) -> None:
    """Requests, newest first; overdue ones are flagged."""
    try:
        found = _service().list(state=state, overdue=True if overdue else None)
    except (TrothError, ValueError) as exc:
        raise _fail(TrothError(str(exc).splitlines()[0])) from None
    for request in found:
        flag = " OVERDUE" if request.overdue() else ""
        console.print(
            f"{request.id} {request.kind:<10} {request.state.value:<9} "
            f"due {request.due_at:%Y-%m-%d}{flag}",
            markup=False,
        )


@app.command("plan")
def plan_command(
    kind: Annotated[str, typer.Argument(help="access, erase, correct or withdraw.")],
    email: Email = None,
    identity: Identity = None,
    target: Annotated[
        str | None, typer.Option("--target", help="For a correction: the field to correct.")
    ] = None,
) -> None:
    """Print what a request would read and change, before anything runs."""
    from troth.datamap import stored_datasets
    from troth.requests.planner import plan_request
    from troth.requests.service import normalise_kind

    service = _service()
    identities = service.check_identities(_identities(email, identity))
    datasets, systems = stored_datasets(service.store)
    plan = plan_request(
        normalise_kind(kind),
        {k: [v] for k, v in identities.items()},
        datasets,
        service.policy,
        correction_target=target,
        systems=systems,
    )
    plan = _as_it_runs(plan, service)
    console.print(plan.describe(), markup=False)


def _as_it_runs(plan, service):  # noqa: ANN001, ANN202 - a Plan and a RequestService
    """The plan with the strategies its columns allow (what the erasure will apply); the plan
    as written, with a note on stderr, when a database cannot be reached."""
    from troth.connectors import connections_for
    from troth.requests.executor import resolve_strategies

    if plan.kind not in ("erasure", "withdrawal"):
        return plan
    try:
        with connections_for(list(plan.datasets), service.settings) as connections:
            return resolve_strategies(plan, connections)
    except TrothError as exc:
        err_console.print(f"note: strategies as planned; a database could not be read ({exc})")
        return plan
