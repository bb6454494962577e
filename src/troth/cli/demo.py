"""``troth demo ...``: build the demo company and write its data map."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from troth.cli.terminal import err_console, output
from troth.words import counted

if TYPE_CHECKING:
    from troth.demo.build import DemoBuildResult
    from troth.store import Store

# The demo's builder and the store load inside each command, so that the CLI starts fast.

app = typer.Typer(no_args_is_help=True, add_completion=False)

console = output()


def _summary(result: DemoBuildResult) -> Table:
    table = Table(title=f"Demo company: {result.subjects:,} subjects, seed {result.seed}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in sorted(result.rows.items()):
        table.add_row(name, f"{count:,}")
    table.add_row("[bold]total[/bold]", f"[bold]{result.total_rows:,}[/bold]")
    return table


@app.command("build")
def build_command(
    subjects: Annotated[
        int, typer.Option("--subjects", "-n", help="How many people the company has.")
    ] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same company.")] = 1,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: the demo SQLite file in TROTH_HOME)."),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Rebuild over an existing demo database.")
    ] = False,
    datasets_out: Annotated[
        Path | None,
        typer.Option("--datasets-out", help="Where to write the fideslang datasets."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            help="Worker processes that generate and write (0: none; default: one per core "
            "from 20,000 subjects).",
        ),
    ] = None,
    register: Annotated[
        bool,
        typer.Option(
            "--register/--no-register",
            help="Import the datasets into the platform's data map (TROTH_DATABASE_URL).",
        ),
    ] = True,
    history: Annotated[
        bool,
        typer.Option(
            "--history/--no-history",
            help="Seed the console with six months of requests, consents and flags "
            "(once; with --register).",
        ),
    ] = True,
) -> None:
    """Create the demo company's operational database and its fideslang datasets."""
    from troth.config import load_settings
    from troth.datamap import import_datasets
    from troth.demo.build import build_demo
    from troth.store import open_store

    settings = load_settings()
    url = db or settings.demo_database_url
    with Progress(
        TextColumn("building the demo company"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        task = bar.add_task("subjects", total=subjects)
        result = build_demo(
            url,
            subjects,
            seed=seed,
            replace=replace,
            progress=lambda done, total: bar.update(task, completed=done),
            datasets_out=datasets_out,
            workers=workers,
        )
    console.print(_summary(result))
    console.print(
        f"{result.total_rows:,} rows in {result.seconds:.1f} s "
        f"({result.rows_per_second:,.0f} rows/s) into {result.database_url}"
    )
    console.print(f"datasets: {result.datasets_path}")
    if register:
        with open_store(settings.database_url) as store:
            imported = import_datasets(store, [result.datasets_path])
            console.print(
                f"data map: {counted(len(imported), 'dataset')} registered in {store.url}"
            )
            if history:
                console.print(_history(store, url, seed))


def _history(store: Store, demo_url: str, seed: int) -> str:
    """Seed the console's history once (a store that holds requests is left as it is)."""
    from troth.demo.history import demo_addresses, seed_history
    from troth.policy.in_force import policy_in_force

    if store.counts().get("subject_requests", 0):
        return "history: the store already holds requests; none added"
    seeded = seed_history(store, policy_in_force(), demo_addresses(demo_url, 80), seed=seed)
    return (
        f"history: {counted(seeded.requests, 'request')}, {counted(seeded.consents, 'consent')}"
        f" and {counted(seeded.flags, 'flag')} of the last six months, for the console"
    )


@app.command("datasets")
def datasets_command(
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write them (default: TROTH_HOME/demo_datasets.yml)."),
    ] = None,
) -> None:
    """Write the demo company's fideslang datasets without building its database."""
    from troth.config import load_settings
    from troth.demo.datasets import write_datasets

    path = write_datasets(out or load_settings().home / "demo_datasets.yml")
    console.print(f"datasets: {path}")
