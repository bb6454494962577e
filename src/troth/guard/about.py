"""How the guard runs in this process: Troth's version and whether Hyperscan is there."""

from __future__ import annotations

import platform
from importlib import metadata


def build_report() -> list[str]:
    """A line a fact: Troth's version and Python's, Hyperscan there or not (``troth
    version``, the guard's benchmark)."""
    try:
        hyperscan = metadata.version("hyperscan")
    except metadata.PackageNotFoundError:
        hyperscan = ""
    return [
        f"troth {metadata.version('troth')} on Python {platform.python_version()}",
        f"Hyperscan sieve: {hyperscan}"
        if hyperscan
        else "Hyperscan: not installed (the recognizers' gates alone, the same findings)",
    ]
