"""Importing dataset files into the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from troth.datamap import DatamapError, import_datasets, read_datasets, stored_datasets
from troth.store import open_store


def test_the_four_fides_files_import_unchanged(store_url: str, fides_files: list[Path]) -> None:
    with open_store(store_url) as store:
        results = import_datasets(store, fides_files, system_key="legacy")
        assert [(r.fides_key, r.changed, r.system_key) for r in results] == [
            ("mongo_test", True, "legacy"),
            ("mysql_example_test_dataset", True, "legacy"),
            ("postgres_example_test_dataset", True, "legacy"),
            ("postgres_example_test_extended_dataset", True, "legacy"),
        ]
        assert results[0].source == "mongo_example_test_dataset.yml"
        datasets, system_of = stored_datasets(store)
    assert datasets == sorted(read_datasets(fides_files), key=lambda d: d.fides_key)
    assert set(system_of.values()) == {"legacy"}


def test_importing_again_changes_nothing_and_keeps_the_system(
    store_url: str, fides_files: list[Path]
) -> None:
    with open_store(store_url) as store:
        import_datasets(store, fides_files[2:], system_key="shop")
        again = import_datasets(store, fides_files[2:])
        assert [(r.changed, r.system_key) for r in again] == [(False, "shop"), (False, "shop")]
        moved = import_datasets(store, fides_files[2:3], system_key="other")
        assert [(r.changed, r.system_key) for r in moved] == [(True, "other")]


def test_a_bad_file_saves_nothing(store_url: str, fides_files: list[Path], write) -> None:
    broken = write(
        "broken.yml", "dataset:\n  - fides_key: x\n    collections:\n      - fields: []\n"
    )
    with open_store(store_url) as store:
        with pytest.raises(DatamapError, match=r"broken\.yml:4: dataset 'x', collection #1"):
            import_datasets(store, [*fides_files, broken])
        assert store.datasets() == []


def test_a_changed_file_replaces_the_stored_dataset(store_url: str, write) -> None:
    text = "dataset:\n  - fides_key: app\n    collections:\n      - name: users\n        fields:\n"
    first = write("app.yml", text + "          - name: email\n")
    with open_store(store_url) as store:
        assert [r.changed for r in import_datasets(store, [first])] == [True]
        first.write_text(text + "          - name: email\n          - name: phone\n")
        assert [r.changed for r in import_datasets(store, [first])] == [True]
        datasets, _ = stored_datasets(store)
    [users] = datasets[0].collections
    assert [f.name for f in users.fields] == ["email", "phone"]
