"""The ``troth`` command line: one group per part of the platform.

Each command is a thin wrapper over a plain Python function of its module, so
everything the CLI does can be done from Python too.

The groups load on first use: ``troth --help`` and ``troth version`` import none of
them, and ``troth request ...`` imports only the request commands (each imports the
engine it drives inside its own body). One handler here turns any :class:`TrothError`
(or a settings error) into one ``error:`` line on stderr and exit code 2.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any, NamedTuple

import typer
from typer.core import TyperCommand, TyperGroup

from troth.errors import TrothError


class _Entry(NamedTuple):
    """Where a command lives (``module:attribute``) and its one line of help."""

    target: str
    help: str


# The order is the order of ``troth --help``.
COMMANDS: dict[str, _Entry] = {
    "policy": _Entry("troth.cli.policy:app", "The statement as code: show and check a policy."),
    "datamap": _Entry("troth.cli.datamap:app", "Where personal data lives: import, show, check."),
    "demo": _Entry("troth.cli.demo:app", "The demo company: build its database and data map."),
    "request": _Entry("troth.cli.requests:app", "Data subject requests: access, erase, correct..."),
    "store": _Entry("troth.cli.store:app", "The platform's own store: migrate and inspect."),
    "campaign": _Entry(
        "troth.cli.consent:campaign_app", "Marketing campaigns to those who consented."
    ),
    "consent": _Entry(
        "troth.cli.consent:consent_app", "Consent: notices of change to the statement."
    ),
    "staff": _Entry("troth.cli.staff:app", "Console staff accounts: create, set-role, list."),
    "serve": _Entry(
        "troth.web.serve:serve_command", "Run the web service (API, docs, promise page)."
    ),
    "outbox": _Entry(
        "troth.cli.outbox:outbox_command",
        "Read the local outbox: the mail of a demo without an SMTP server.",
    ),
    "scan": _Entry(
        "troth.cli.scan:scan_command",
        "Find forbidden data already in the datastores of the data map.",
    ),
    "promises": _Entry(
        "troth.cli.promises:promises_command",
        "Each promise of the statement: what keeps it, which tests prove it.",
    ),
}


def _load(name: str, entry: _Entry) -> Any:
    """Import the module of ``entry`` and make its Typer app or function a click command."""
    module_name, attribute = entry.target.split(":")
    target = getattr(importlib.import_module(module_name), attribute)
    if isinstance(target, typer.Typer):
        command = typer.main.get_command(target)
    else:
        single = typer.Typer(add_completion=False)
        single.command(name, help=entry.help)(target)
        command = typer.main.get_command(single)
    command.name = name
    command.help = command.help or entry.help
    return command


class LazyGroup(TyperGroup):
    """The root group: lists every command from :data:`COMMANDS` without importing it,
    imports a command's module only to run it (or show its own help), and reports a
    user error as one line."""

    _listing = False

    # The click types are named through typer (which may carry its own copy of click).

    def list_commands(self, ctx: Any) -> list[str]:
        return [*COMMANDS, *(name for name in self.commands if name not in COMMANDS)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        if self._listing:  # the root's help needs the line of help only
            return TyperCommand(cmd_name, help=entry.help)
        self.commands[cmd_name] = _load(cmd_name, entry)
        return self.commands[cmd_name]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            if not _user_error(exc):
                raise
            from troth.cli.terminal import fail

            raise fail(exc) from None


def _user_error(exc: Exception) -> bool:
    """A failure the user can fix: a :class:`TrothError` or a settings error."""
    from troth.config import ConfigError

    return isinstance(exc, TrothError | ConfigError)


app = typer.Typer(
    cls=LazyGroup,
    help="Troth keeps the promises of a privacy statement in code.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def troth() -> None:
    """Troth keeps the promises of a privacy statement in code."""


def _guard_about() -> Any:
    """``troth.guard.about`` read from its file, so that the guard package (its engine and
    recognizers) is not loaded to say how it would run."""
    path = Path(__file__).parents[1] / "guard" / "about.py"
    spec = importlib.util.spec_from_file_location("troth_guard_about", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@app.command("version", help="Troth's version, and how its guard runs here.")
def version_command() -> None:
    for line in _guard_about().build_report():
        typer.echo(line)


def main() -> None:
    """Entry point of the ``troth`` command."""
    app()


if __name__ == "__main__":
    main()
