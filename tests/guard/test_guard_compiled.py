"""The guard's compiled modules: which run compiled, and stale ones reported."""

from __future__ import annotations

import os
import runpy
import sys
import warnings
from pathlib import Path

import pytest

from troth.guard.compiled import (
    MODULES,
    build_report,
    compiled_modules,
    stale_modules,
    warn_if_stale,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_modules_compiled_are_the_ones_this_run_expects() -> None:
    running = compiled_modules()
    for name in running:
        assert not sys.modules[f"troth.guard.{name}"].__file__.endswith(".py")
    assert build_report()[1].startswith(f"guard modules compiled: {len(running)} of 14")
    expected = os.environ.get("TROTH_EXPECT_COMPILED")
    if expected == "1":  # `make test-compiled`: every one of them, or the run proves nothing
        assert running == list(MODULES)
    elif expected == "0":
        assert running == []


def test_setup_compiles_the_listed_modules_and_each_exists() -> None:
    listed = runpy.run_path(str(ROOT / "src/troth/guard/compiled.py"))["MODULES"]
    assert listed == MODULES
    assert "from troth.guard.compiled import" not in (ROOT / "setup.py").read_text()
    for name in MODULES:
        assert (ROOT / "src/troth/guard" / f"{name}.py").is_file()


def test_a_compiled_module_older_than_its_source_is_reported(tmp_path: Path) -> None:
    (tmp_path / "engine.py").write_text("x = 1\n")
    (tmp_path / "check.py").write_text("x = 1\n")
    built = tmp_path / "engine.cpython-311-x86_64-linux-gnu.so"
    built.write_bytes(b"")
    fresh = tmp_path / "check.cpython-311-x86_64-linux-gnu.so"
    fresh.write_bytes(b"")
    os.utime(built, (1_000_000, 1_000_000))  # built long before its source was edited
    assert stale_modules(tmp_path) == ["engine"]
    with pytest.warns(UserWarning, match=r"older than their source \(engine\).*make compiled"):
        warn_if_stale(tmp_path, checkout=True)


def test_outside_a_source_checkout_nothing_is_reported(tmp_path: Path) -> None:
    (tmp_path / "engine.py").write_text("x = 1\n")
    built = tmp_path / "engine.cpython-311-x86_64-linux-gnu.so"
    built.write_bytes(b"")
    os.utime(built, (1_000_000, 1_000_000))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warn_if_stale(tmp_path, checkout=False)
