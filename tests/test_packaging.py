"""Packaging: the build compiles the guard's modules only when asked, and never fails for want
of a compiler."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_in_place(
    tmp_path: Path, env: dict[str, str]
) -> tuple[subprocess.CompletedProcess, Path]:
    """``setup.py build_ext --inplace`` in a copy of the source, in the environment ``env``."""
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(
        ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("*.so", "__pycache__")
    )
    done = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done, tmp_path / "src/troth/guard"


def test_an_editable_build_compiles_nothing_unless_asked(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TROTH_COMPILE"}
    done, guard = _build_in_place(tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert not list(guard.glob("*.so"))


def test_without_a_c_compiler_the_build_goes_on_in_pure_python(tmp_path: Path) -> None:
    done, guard = _build_in_place(tmp_path, {**os.environ, "TROTH_COMPILE": "1", "CC": "false"})
    assert done.returncode == 0, done.stderr
    assert "the guard stays pure Python" in done.stdout + done.stderr
    assert not list(guard.glob("*.so"))
