"""The data map as a rich Tree: dataset, collection, field with categories, identity, references."""

from __future__ import annotations

from collections.abc import Iterable

from rich.markup import escape
from rich.tree import Tree

from troth.datamap.model import Dataset, Field

ARROWS = {"to": "->", "from": "<-", None: "<->"}


def _field_label(field: Field) -> str:
    parts = [f"[bold]{escape(field.name)}[/bold]"]
    if field.data_type:
        parts.append(f"[dim]{escape(field.data_type)}[/dim]")
    if field.primary_key:
        parts.append("[yellow]primary key[/yellow]")
    if field.identity:
        parts.append(f"[magenta]identity: {escape(field.identity)}[/magenta]")
    if field.categories:
        parts.append(f"[cyan]{escape(', '.join(field.categories))}[/cyan]")
    for ref in field.references:
        parts.append(f"[green]{ARROWS[ref.direction]} {escape(ref.target)}[/green]")
    return "  ".join(parts)


def _add_fields(branch: Tree, fields: Iterable[Field]) -> None:
    for field in fields:
        _add_fields(branch.add(_field_label(field)), field.fields)


def datamap_tree(datasets: Iterable[Dataset], system_of: dict[str, str | None]) -> Tree:
    """A tree of every dataset, its collections and their (nested) fields."""
    root = Tree("[bold]data map[/bold]")
    for dataset in datasets:
        system = system_of.get(dataset.fides_key)
        label = f"[bold blue]{escape(dataset.fides_key)}[/bold blue]"
        label += f"  system: {escape(system)}" if system else "  [dim]no system[/dim]"
        branch = root.add(label)
        for collection in dataset.collections:
            mark = "  [magenta](identity)[/magenta]" if collection.identities else ""
            _add_fields(
                branch.add(f"[bold]{escape(collection.name)}[/bold]{mark}"), collection.fields
            )
    return root
