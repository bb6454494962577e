"""Small helpers shared by the policy tests."""

from __future__ import annotations


def line_of(text: str, marker: str) -> int:
    """The 1-based line of the only line containing ``marker``."""
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if marker in line]
    assert len(hits) == 1, f"marker {marker!r} found on lines {hits}"
    return hits[0]
