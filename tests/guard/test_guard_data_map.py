"""The guard takes the data map it is given, and importing it builds nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from troth.guard import check, check_many
from troth.guard.scan import scan_datastores

SRC = Path(__file__).resolve().parents[2] / "src"


def test_check_and_scan_have_no_default_data_map() -> None:
    with pytest.raises(TypeError, match="datasets"):
        check("customer_service", {"body": "hello"})  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="datasets"):
        check_many("customer_service", [{"body": "hello"}])  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="datasets"):
        scan_datastores()  # type: ignore[call-arg]


def test_importing_the_guard_builds_no_engine() -> None:
    code = (
        "import troth.guard, troth.guard.scan, troth.guard.engine as e;"
        "print(e.default_engine.cache_info().currsize)"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
