"""How every CLI command reports a user error: one line on stderr, then exit code 2."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

from troth.errors import TrothError

err_console = Console(stderr=True, soft_wrap=True, highlight=False)


def fail(exc: Exception) -> typer.Exit:
    """Print ``exc`` as one ``error:`` line and return the Exit to raise (``raise fail(e)``).

    The root of the CLI does this for every :class:`TrothError` a command lets through;
    a command calls it itself only for an error it makes up on the spot."""
    err_console.print(f"[red]error:[/red] {escape(str(exc))}", markup=True, soft_wrap=True)
    return typer.Exit(getattr(exc, "exit_code", TrothError.exit_code))
