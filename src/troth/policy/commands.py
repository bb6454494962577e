"""``troth policy``: check and show a policy file."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from troth.policy.errors import PolicyError
from troth.policy.loader import check_policy_file, default_policy_path, load_policy
from troth.policy.summary import policy_summary

app = typer.Typer(no_args_is_help=True, add_completion=False)

FILE_ARGUMENT = typer.Argument(
    None, help="Policy YAML file (default: the packaged example).", show_default=False
)


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, soft_wrap=True, highlight=False)


@app.command("check")
def check_command(file: Path | None = FILE_ARGUMENT) -> None:
    """Check a policy: print each problem on one line; exit 0 when sound, 2 otherwise."""
    path = file or default_policy_path()
    findings = check_policy_file(path)
    out = _console()
    for finding in findings:
        out.print(str(finding), markup=False, style="red")
    if findings:
        noun = "problem" if len(findings) == 1 else "problems"
        out.print(f"{len(findings)} {noun} in {path}", markup=False)
        raise typer.Exit(code=2)
    policy = load_policy(path)
    out.print(
        f"{path}: sound — {len(policy.clauses)} clauses, {len(policy.systems)} systems,"
        f" {len(policy.recipients)} recipients",
        markup=False,
        style="green",
    )


@app.command("show")
def show_command(file: Path | None = FILE_ARGUMENT) -> None:
    """Show a readable summary: systems with categories, uses, retention and recipients."""
    try:
        policy = load_policy(file)
    except PolicyError as exc:
        _console(stderr=True).print(f"error: {exc}", markup=False)
        raise typer.Exit(code=2) from None
    Console(highlight=False).print(policy_summary(policy))
