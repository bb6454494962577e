"""``troth staff``: staff accounts from the command line (the first admin starts here)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from troth.config import load_settings
from troth.errors import TrothError
from troth.store import open_store
from troth.terminal import fail as _fail
from troth.web.auth.accounts import StaffAccounts

app = typer.Typer(no_args_is_help=True, add_completion=False)
console = Console()


def _password(given: str | None) -> str:
    given = given or load_settings().staff_password
    if given:
        return given
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@app.command("create")
def create_command(
    email: Annotated[str, typer.Argument(help="The staff member's e-mail address.")],
    role: Annotated[str, typer.Option(help="viewer, analyst, approver or admin.")] = "viewer",
    password: Annotated[
        str | None,
        typer.Option(
            help="The password (default: asked for; or TROTH_STAFF_PASSWORD).",
            show_default=False,
        ),
    ] = None,
    totp: Annotated[bool, typer.Option(help="Turn on a TOTP second factor.")] = False,
) -> None:
    """Add a staff member (the password must have 12+ characters and be hard to guess)."""
    try:
        with open_store() as store:
            accounts = StaffAccounts(store.engine)
            member = accounts.create(email, _password(password), role)
            console.print(f"created {member.email} with the role {member.role.value}")
            if totp:
                secret = accounts.enable_totp(member.email)
                console.print(f"TOTP secret (enter it in an authenticator app): {secret}")
    except TrothError as exc:
        raise _fail(exc) from None


@app.command("set-role")
def set_role_command(
    email: Annotated[str, typer.Argument(help="The staff member's e-mail address.")],
    role: Annotated[str, typer.Argument(help="viewer, analyst, approver or admin.")],
) -> None:
    """Change a staff member's role."""
    try:
        with open_store() as store:
            member = StaffAccounts(store.engine).set_role(email, role)
            console.print(f"{member.email} now has the role {member.role.value}")
    except TrothError as exc:
        raise _fail(exc) from None


@app.command("unlock")
def unlock_command(
    email: Annotated[str, typer.Argument(help="The staff member's address.")],
) -> None:
    """Lift a lockout after too many failed sign-ins."""
    try:
        with open_store() as store:
            member = StaffAccounts(store.engine).unlock(email)
            console.print(f"{member.email} is unlocked")
    except TrothError as exc:
        raise _fail(exc) from None


@app.command("list")
def list_command() -> None:
    """List the staff members, their roles and whether they use a second factor."""
    try:
        with open_store() as store:
            staff = StaffAccounts(store.engine).all()
    except TrothError as exc:
        raise _fail(exc) from None
    now = datetime.now(UTC)
    table = Table(show_header=True)
    for column in ("address", "role", "second factor", "state"):
        table.add_column(column)
    for m in staff:
        state = "disabled" if m.disabled else ("locked" if m.locked(now) else "active")
        table.add_row(m.email, m.role.value, "TOTP" if m.totp_enabled else "-", state)
    console.print(table)
    console.print(f"{len(staff)} staff members")
