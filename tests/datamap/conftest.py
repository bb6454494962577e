"""Fides' example dataset files, small files written on the fly, and stores on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest

FIDES_FILES = (
    "mongo_example_test_dataset.yml",
    "mysql_example_test_dataset.yml",
    "postgres_example_test_dataset.yml",
    "postgres_example_test_extended_dataset.yml",
)


@pytest.fixture
def fides_files(shared_dir: Path) -> list[Path]:
    """The four Fides example dataset files, unchanged."""
    paths = [shared_dir / "peers" / "fides" / name for name in FIDES_FILES]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        pytest.skip(f"Fides example files absent: {missing}")
    return paths


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under the test's folder and return its path."""

    def writer(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return writer


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store database: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'troth.sqlite3'}"
    return request.getfixturevalue("postgres_url")
