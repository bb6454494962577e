"""Import dataset files into the store: validate every file first, then save them all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from troth.datamap.model import Dataset
from troth.datamap.reader import dataset_from_body, load_files
from troth.store import Store


@dataclass(frozen=True)
class ImportResult:
    fides_key: str
    source: str
    system_key: str | None
    changed: bool


def import_datasets(
    store: Store, paths: Iterable[str | Path], system_key: str | None = None
) -> list[ImportResult]:
    """Save the datasets of ``paths``; nothing is saved when any file is bad.

    ``system_key`` links every imported dataset to that system; without it a dataset keeps
    the system it was linked to before, if any.
    """
    loaded = load_files(list(paths))
    results: list[ImportResult] = []
    for item in loaded:
        key = item.dataset.fides_key
        source = Path(item.dataset.source or "").name
        system = system_key
        if system is None:
            before = store.dataset(key)
            system = before.system_key if before else None
        changed = store.save_dataset(key, item.body, system, source)
        results.append(ImportResult(key, source, system, changed))
    return results


def stored_datasets(store: Store) -> tuple[list[Dataset], dict[str, str | None]]:
    """The datasets in the store and the system each was imported for."""
    rows = store.datasets()
    datasets = [dataset_from_body(row.body, source=row.source) for row in rows]
    return datasets, {row.fides_key: row.system_key for row in rows}
