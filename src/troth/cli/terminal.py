"""How every CLI command reports a user error: one line on stderr, then exit code 2."""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console, ConsoleDimensions
from rich.markup import escape

from troth.errors import TrothError

# Output that is not a terminal (a pipe, a file) is not cut to 80 columns: tables take
# the width they need and prose is one line a paragraph, for grep and for the next program.
UNBOUNDED = 1000


class Output(Console):
    """A console as wide as the terminal (or COLUMNS, read when printing), or as its
    content when not writing to a terminal."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        if options.get("width") is None:
            self._width = None  # COLUMNS is read when printing, not when this is made

    @property
    def size(self) -> ConsoleDimensions:
        dims = Console.size.fget(self)  # type: ignore[attr-defined]
        if self._width is None and not self.is_terminal and "COLUMNS" not in self._environ:
            return ConsoleDimensions(UNBOUNDED, dims.height)
        return dims

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        Console.size.fset(self, new_size)  # type: ignore[attr-defined]


def output(**options: Any) -> Output:
    """The console a command prints its results on (stdout, no highlighting)."""
    return Output(highlight=False, **options)


err_console = Output(stderr=True, soft_wrap=True, highlight=False)


def fail(exc: Exception) -> typer.Exit:
    """Print ``exc`` as one ``error:`` line and return the Exit to raise (``raise fail(e)``).

    The root of the CLI does this for every :class:`TrothError` a command lets through;
    a command calls it itself only for an error it makes up on the spot."""
    err_console.print(f"[red]error:[/red] {escape(str(exc))}", markup=True, soft_wrap=True)
    return typer.Exit(getattr(exc, "exit_code", TrothError.exit_code))
