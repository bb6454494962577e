"""Erasure's ``hash`` strategy: a hashed value cannot be linked back to the person."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from troth.connectors.base import ColumnInfo
from troth.requests.masking import masked_value
column = ColumnInfo(name="email", kind="string", nullable=False, primary_key=False)
print(masked_value("hash", column, "ann@example.org"))
"""


def _hashed_in_a_new_process() -> str:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=60
    )
    return out.stdout.strip()


def test_the_same_address_hashes_differently_in_each_process() -> None:
    """The key is random per process and never stored: the installation itself cannot hash
    an address again to find where it was erased."""
    first, second = _hashed_in_a_new_process(), _hashed_in_a_new_process()
    assert len(first) == 64 and len(second) == 64
    assert first != second
    assert "ann@example.org" not in first
