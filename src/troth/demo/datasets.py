"""The demo company's fideslang datasets, generated from its schema.

One dataset per policy system, ``fides_key: demo_<system>``; every table of the
demo database is a collection of exactly one of them and every column a field.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Boolean, Column, DateTime, Float, Integer, LargeBinary, Numeric, Table

from troth.demo.schema import SYSTEMS, TABLES, table_system

DATASET_PREFIX = "demo_"


def dataset_key(system: str) -> str:
    """The fides_key of a system's demo dataset."""
    return f"{DATASET_PREFIX}{system}"


def _data_type(column: Column[Any]) -> str | None:
    """The fideslang data_type of a column; binary columns have none in fideslang."""
    type_ = column.type
    if isinstance(type_, LargeBinary):
        return None
    if isinstance(type_, Boolean):
        return "boolean"
    if isinstance(type_, Integer):
        return "integer"
    if isinstance(type_, Float | Numeric):
        return "float"
    if isinstance(type_, DateTime):
        return "string"
    return "string"


def _field(column: Column[Any], tables: dict[str, Table]) -> dict[str, Any]:
    info = column.info
    meta: dict[str, Any] = {}
    if column.primary_key:
        meta["primary_key"] = True
    if info.get("identity"):
        meta["identity"] = info["identity"]
    data_type = _data_type(column)
    if data_type:
        meta["data_type"] = data_type
    references = []
    for target, direction in info.get("references", ()):
        target_table = target.split(".", 1)[0]
        references.append(
            {
                "dataset": dataset_key(table_system(tables[target_table])),
                "field": target,
                "direction": direction,
            }
        )
    if references:
        meta["references"] = references
    field: dict[str, Any] = {"name": str(column.name)}
    if info.get("description"):
        field["description"] = info["description"]
    field["data_categories"] = list(info["categories"])
    if meta:
        field["fides_meta"] = meta
    return field


def demo_datasets() -> list[dict[str, Any]]:
    """The fideslang datasets of the demo company, one per system, as plain dicts."""
    tables = {table.name: table for table in TABLES}
    datasets: list[dict[str, Any]] = []
    for system in SYSTEMS:
        collections = [
            {
                "name": str(table.name),
                "description": str(table.info["description"]),
                "fields": [_field(column, tables) for column in table.columns],
            }
            for table in sorted(TABLES, key=lambda t: t.name)
            if table_system(table) == system
        ]
        datasets.append(
            {
                "fides_key": dataset_key(system),
                "name": f"Demo company: {system.replace('_', ' ')}",
                "description": (
                    f"Tables of the demo company's {system} system in the demo database."
                ),
                "collections": collections,
            }
        )
    return datasets


def write_datasets(path: Path | str) -> Path:
    """Write the demo datasets as a fideslang YAML file (top-level ``dataset:`` list)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump({"dataset": demo_datasets()}, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def _demo_data_map() -> tuple[Any, ...]:
    from troth.datamap import dataset_from_body

    return tuple(dataset_from_body(body) for body in demo_datasets())


def demo_data_map() -> list[Any]:
    """The demo company's data map as datasets (the default of the CLI and the demo server)."""
    return list(_demo_data_map())
