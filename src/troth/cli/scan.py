"""``troth scan``: find what the statement forbids that already sits in the datastores.

Exit status: 0 when nothing was found, 1 when a column holds findings, 2 on an error
(a datastore that cannot be read, a bad option).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from troth.cli.terminal import err_console, output

if TYPE_CHECKING:
    from troth.guard.scan import ScanReport

# The guard loads inside the command, so that the CLI starts fast.

console = output()


def _stored_or_demo() -> tuple[list[Any], dict[str, str | None]]:
    """The store's data map, or the demo company's when the store holds none (the CLI's
    default; the guard's functions take the data map they are given)."""
    from troth.datamap import stored_datasets
    from troth.demo.datasets import demo_data_map
    from troth.store import open_store

    store = open_store()
    try:
        stored, system_of = stored_datasets(store)
    finally:
        store.engine.dispose()
    if stored:
        return stored, system_of
    return demo_data_map(), {}


def _table(report: ScanReport) -> Table:
    from troth.guard.check import RULES

    table = Table(
        title=f"Scan: {report.rows:,} rows of {report.tables} tables, "
        f"{report.rows_per_second:,.0f} rows/s"
        + (f", {report.sample} sampled per table" if report.sample else "")
    )
    for name in ("column", "rule", "clause", "category", "count", "example"):
        table.add_column(name, justify="right" if name == "count" else "left")
    for column in report.findings:
        for (rule, category), count in sorted(column.counts.items()):
            example = next(
                (e for e in column.examples if (e.rule, e.category) == (rule, category)), None
            )
            shown = ""
            if example is not None:
                shown = f"[{example.start}:{example.end}] {example.shape}"
                if example.key:
                    shown += " " + ",".join(f"{k}={v}" for k, v in example.key.items())
            clause = report.clauses.get(rule, RULES[rule][0])
            table.add_row(column.where, rule, clause, category, f"{count:,}", shown)
    return table


def scan_command(
    sample: Annotated[
        int | None,
        typer.Option(
            "--sample", help="Read N rows of each table, picked at random (default: all)."
        ),
    ] = None,
    dataset: Annotated[
        list[str] | None,
        typer.Option("--dataset", "-d", help="Scan only this dataset (repeatable)."),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Read every dataset from this database URL instead."),
    ] = None,
    examples: Annotated[
        int, typer.Option("--examples", help="Redacted examples kept per column.")
    ] = 3,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            help="Processes that read tables side by side [default: one, or one per core"
            " (at most 8) from a million rows].",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Scan the data map's datastores for special categories, children's data, card numbers
    and undeclared personal data. Exit 0: nothing found; 1: findings; 2: error."""
    from troth.guard import HASH_KEY_PURPOSE
    from troth.guard.scan import scan_datastores
    from troth.keys import derive_key, installation_secret

    hash_key = derive_key(installation_secret(), HASH_KEY_PURPOSE)
    with Progress(
        TextColumn("scanning"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=as_json or not err_console.is_terminal,
    ) as bar:
        task = bar.add_task("rows", total=None)
        datasets, system_of = _stored_or_demo()
        report = scan_datastores(
            datasets=datasets,
            system_of=system_of,
            url=db,
            only=dataset or None,
            sample=sample,
            examples=examples,
            workers=workers,
            hash_key=hash_key,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    elif report.clean:
        console.print(
            f"clean: {report.rows:,} rows of {report.tables} tables, "
            f"{len(report.columns)} columns, {report.rows_per_second:,.0f} rows/s"
        )
    else:
        console.print(_table(report))
    raise typer.Exit(code=0 if report.clean else 1)
