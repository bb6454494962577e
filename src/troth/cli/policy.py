"""``troth policy``: check and show a policy file."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from troth.cli.terminal import output

# The policy's loader loads inside each command, so that the CLI starts fast.

app = typer.Typer(no_args_is_help=True, add_completion=False)

FILE_ARGUMENT = typer.Argument(
    None, help="Policy YAML file (default: the packaged example).", show_default=False
)


def _console(stderr: bool = False) -> Console:
    return output(stderr=stderr, soft_wrap=True)


@app.command("check")
def check_command(file: Path | None = FILE_ARGUMENT) -> None:
    """Check a policy: print each problem on one line (on stderr, like every error); exit 0
    when sound, 2 otherwise."""
    from troth.policy.loader import check_policy_file, default_policy_path, load_policy

    path = file or default_policy_path()
    findings = check_policy_file(path)
    if findings:
        err = _console(stderr=True)
        for finding in findings:
            err.print(f"error: {finding}", markup=False, style="red")
        noun = "problem" if len(findings) == 1 else "problems"
        err.print(f"{len(findings)} {noun} in {path}", markup=False)
        raise typer.Exit(code=2)
    out = _console()
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
    from troth.policy.loader import load_policy
    from troth.policy.summary import policy_summary

    policy = load_policy(file)
    output().print(policy_summary(policy))
