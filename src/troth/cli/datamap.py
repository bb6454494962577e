"""``troth datamap``: import dataset files, show the data map, check it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from troth.cli.terminal import output
from troth.words import counted

if TYPE_CHECKING:
    from troth.datamap.model import Dataset

# The data map's modules load inside each command, so that the CLI starts fast.
app = typer.Typer(no_args_is_help=True, add_completion=False)
console = output(soft_wrap=True)


@app.command("import")
def import_command(
    files: Annotated[list[Path], typer.Argument(help="fideslang dataset files (YAML).")],
    system: Annotated[
        str | None, typer.Option("--system", help="Link the datasets to this system.")
    ] = None,
) -> None:
    """Validate every file, then save all their datasets in the store."""
    from troth.datamap.importer import import_datasets
    from troth.datamap.reader import read_datasets
    from troth.store import open_store

    with open_store() as store:
        results = import_datasets(store, files, system_key=system)
    for dataset in read_datasets(files):
        for note in dataset.notes:
            console.print(f"{dataset.where()}: warning: {note}", markup=False)
    for result in results:
        state = "changed" if result.changed else "unchanged"
        link = f", system {result.system_key}" if result.system_key else ""
        console.print(f"{result.fides_key} from {result.source}: {state}{link}", markup=False)
    changed = sum(r.changed for r in results)
    console.print(f"{counted(len(results), 'dataset')} imported, {changed} changed", markup=False)


@app.command("show")
def show_command(
    dataset: Annotated[
        str | None, typer.Option("--dataset", help="Show only this dataset.")
    ] = None,
) -> None:
    """Show the stored data map as a tree."""
    from troth.datamap.checks import policy_links
    from troth.datamap.errors import DatamapError
    from troth.datamap.importer import stored_datasets
    from troth.datamap.tree import datamap_tree
    from troth.policy.in_force import policy_in_force
    from troth.store import open_store

    with open_store() as store:
        datasets, system_of = stored_datasets(store)
    linked, _ = policy_links(policy_in_force(None))
    system_of = {k: system_of.get(k) or linked.get(k) for k in system_of}
    if dataset is not None:
        datasets = [d for d in datasets if d.fides_key == dataset]
        if not datasets:
            raise DatamapError(f"dataset '{dataset}' is not in the store")
    if not datasets:
        console.print("the data map is empty: import datasets with: troth datamap import FILE")
        return
    console.print(datamap_tree(datasets, system_of), soft_wrap=False)


@app.command("check")
def check_command(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Dataset files to check; without them, the datasets in the store."),
    ] = None,
    policy: Annotated[
        Path | None,
        typer.Option(
            "--policy", help="Policy file: links systems to datasets, declares categories."
        ),
    ] = None,
    connections: Annotated[
        bool,
        typer.Option(
            "--connections",
            help="Also hold each dataset against its database's catalog (tables, columns, "
            "primary and foreign keys).",
        ),
    ] = False,
) -> None:
    """Report unreachable personal data, dangling references, undeclared categories."""
    from troth.datamap.checks import check_against_policy, has_errors
    from troth.datamap.importer import stored_datasets
    from troth.datamap.reader import read_datasets
    from troth.policy.in_force import policy_in_force
    from troth.store import open_store

    system_of: dict[str, str | None]
    datasets: list[Dataset]
    if files:
        datasets, system_of = read_datasets(files), {}
    else:
        with open_store() as store:
            datasets, system_of = stored_datasets(store)
    findings = check_against_policy(datasets, system_of, policy_in_force(policy))
    if connections:
        findings += _catalog_findings(datasets)
    for finding in findings:
        console.print(str(finding), markup=False)
    errors = sum(f.severity == "error" for f in findings)
    console.print(
        f"{counted(len(datasets), 'dataset')} checked: {counted(errors, 'error')}, "
        f"{counted(len(findings) - errors, 'note')}",
        markup=False,
    )
    if has_errors(findings):
        raise typer.Exit(2)


def _catalog_findings(datasets: list[Dataset]) -> list:
    """Each dataset held against the catalog of the database that serves it."""
    from troth.config import load_settings
    from troth.connectors import connections_for
    from troth.datamap.catalog import catalog_findings

    findings = []
    with connections_for([d.fides_key for d in datasets], load_settings()) as opened:
        for dataset in datasets:
            catalog = getattr(opened[dataset.fides_key], "catalog", None)
            if callable(catalog):
                findings += catalog_findings(dataset, catalog())
    return findings
