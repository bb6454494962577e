"""Fixtures for the demo company tests: one small real build per module."""

from __future__ import annotations

import pytest
from demo_helpers import SMALL, sqlite_url

from troth.demo import DemoBuildResult, build_demo


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> DemoBuildResult:
    """One 200-subject SQLite build shared by the read-only tests of a module."""
    root = tmp_path_factory.mktemp("demo")
    return build_demo(
        sqlite_url(root / "demo.sqlite3"), SMALL, seed=7, datasets_out=root / "datasets.yml"
    )


@pytest.fixture(scope="module")
def small_url(small_build: DemoBuildResult) -> str:
    return small_build.database_url
