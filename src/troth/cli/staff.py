"""``troth staff``: staff accounts from the command line (the first admin starts here)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from troth.cli.terminal import output
from troth.config import load_settings
from troth.words import counted

# The store and the accounts load inside each command, so that the CLI starts fast.

app = typer.Typer(no_args_is_help=True, add_completion=False)
console = output()


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
    from troth.roles import parse_role
    from troth.staff.accounts import StaffAccounts, normalise_email
    from troth.store import open_store

    normalise_email(email)  # the address and the role are checked before the password is asked
    parse_role(role)
    with open_store() as store:
        accounts = StaffAccounts(store.engine)
        member = accounts.create(email, _password(password), role)
        console.print(f"created {member.email} with the role {member.role.value}")
        if totp:
            secret = accounts.enable_totp(member.email)
            console.print(f"TOTP secret (enter it in an authenticator app): {secret}")


@app.command("set-role")
def set_role_command(
    email: Annotated[str, typer.Argument(help="The staff member's e-mail address.")],
    role: Annotated[str, typer.Argument(help="viewer, analyst, approver or admin.")],
) -> None:
    """Change a staff member's role."""
    from troth.staff.accounts import StaffAccounts
    from troth.store import open_store

    with open_store() as store:
        member = StaffAccounts(store.engine).set_role(email, role)
        console.print(f"{member.email} now has the role {member.role.value}")


@app.command("unlock")
def unlock_command(
    email: Annotated[str, typer.Argument(help="The staff member's address.")],
) -> None:
    """Lift a lockout after too many failed sign-ins."""
    from troth.staff.accounts import StaffAccounts
    from troth.store import open_store

    with open_store() as store:
        member = StaffAccounts(store.engine).unlock(email)
        console.print(f"{member.email} is unlocked")


@app.command("list")
def list_command() -> None:
    """List the staff members, their roles and whether they use a second factor."""
    from troth.staff.accounts import StaffAccounts
    from troth.store import open_store

    with open_store() as store:
        staff = StaffAccounts(store.engine).all()
    now = datetime.now(UTC)
    table = Table(show_header=True)
    for column in ("address", "role", "second factor", "state"):
        table.add_column(column)
    for m in staff:
        state = "disabled" if m.disabled else ("locked" if m.locked(now) else "active")
        table.add_row(m.email, m.role.value, "TOTP" if m.totp_enabled else "-", state)
    console.print(table)
    console.print(counted(len(staff), "staff member"))
