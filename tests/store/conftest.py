"""A store URL for each kind of database the platform runs on: SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file not yet created, or a fresh PostgreSQL one."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'troth.sqlite3'}"
    request.applymarker(pytest.mark.postgres)
    return request.getfixturevalue("postgres_url")
