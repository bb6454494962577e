"""``troth promises``: each promise of the statement, what keeps it, which tests prove it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from troth.cli.terminal import output
from troth.promises import (
    ENFORCED,
    NOT_KEPT,
    POLICY_ONLY,
    PromiseStatus,
    by_section,
    clause_texts,
    status_of,
)

console = output()
STATUS_STYLE = {ENFORCED: "green", POLICY_ONLY: "yellow", NOT_KEPT: "red"}


def promise_statuses(
    policy_file: Path | None = None, tests_dir: Path | None = None
) -> list[PromiseStatus]:
    """The status of every clause of the policy (a plain function behind ``troth promises``)."""
    from troth.policy.in_force import policy_in_force

    return status_of(clause_texts(policy_in_force(policy_file)), tests_dir=tests_dir)


def print_promises(statuses: list[PromiseStatus], out: Console) -> None:
    """Each clause under its section: the promise, its status, then the keeper and the tests.

    Names of code and tests are printed one a line and never wrapped, so that they can be
    copied whole."""
    for section, clauses in by_section(statuses):
        out.print(Text(section, style="bold underline"))
        for p in clauses:
            out.print(Text.assemble((p.clause, "bold"), " ", p.promise), highlight=False)
            out.print(Text.assemble("    status: ", (p.status, STATUS_STYLE[p.status])))
            if p.organisational:
                out.print(Text(f"    organisational: {p.organisational}"), highlight=False)
            for label, names in (("kept by", p.kept_by), ("proven by", p.proven_by)):
                if not names:
                    continue
                out.print(f"    {label}:")
                for name in names:
                    out.print(Text(f"      {name}"), soft_wrap=True, highlight=False)
        out.print()
    counts = Counter(p.status for p in statuses)
    out.print(
        f"{counts[ENFORCED]} of {len(statuses)} clauses enforced: kept by code and proven by a "
        f"test linked to it; {counts[POLICY_ONLY]} checked in the policy only; "
        f"{counts[NOT_KEPT]} not kept.",
        highlight=False,
    )


def promises_command(
    policy_file: Annotated[
        Path | None, typer.Option("--policy", help="Policy file (default: the one in force).")
    ] = None,
    tests_dir: Annotated[
        Path | None,
        typer.Option("--tests", help="Read the tests here (default: the index Troth ships)."),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="A JSON list: id, promise, status, kept_by, proven_by."),
    ] = False,
) -> None:
    """Print each promise, its status, the code that keeps it and the tests that prove it."""
    statuses = promise_statuses(policy_file, tests_dir)
    if as_json:
        typer.echo(json.dumps([p.as_json() for p in statuses], indent=2))
        return
    print_promises(statuses, console)
