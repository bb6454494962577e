"""How every CLI command reports a user error: one line on stderr, then exit code 2."""

from __future__ import annotations

import typer
from rich.console import Console

from troth.errors import TrothError

err_console = Console(stderr=True, soft_wrap=True, highlight=False)


def fail(exc: TrothError) -> typer.Exit:
    """Print ``exc`` as one ``error:`` line and return the Exit to raise (``raise fail(e)``)."""
    err_console.print(f"[red]error:[/red] {exc}", markup=True, soft_wrap=True)
    return typer.Exit(exc.exit_code)
