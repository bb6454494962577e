"""Clause ids as written in a promise table: ``C1``, ``U1–U4``, ``Sec1, Sec3``."""

from __future__ import annotations

import re

_ID = re.compile(r"^([A-Z][A-Za-z]*)(\d+)$")
_RANGE = re.compile(r"^([A-Z][A-Za-z]*)(\d+)\s*[–—-]\s*(?:\1)?(\d+)$")


def expand_clause_ids(cell: str) -> list[str]:
    """``"U1–U4"`` -> U1, U2, U3, U4; ``"Sec1, Sec3"`` -> Sec1, Sec3; ``"C2"`` -> C2.

    Ranges may use an en dash, an em dash or a hyphen. Anything else raises ValueError.
    """
    found: list[str] = []
    for part in (p.strip() for p in cell.split(",")):
        if not part:
            continue
        if _ID.match(part):
            found.append(part)
            continue
        match = _RANGE.match(part)
        if not match:
            raise ValueError(f"not a clause id or range: {part!r}")
        prefix, start, end = match.group(1), int(match.group(2)), int(match.group(3))
        if end < start:
            raise ValueError(f"clause range runs backwards: {part!r}")
        found.extend(f"{prefix}{n}" for n in range(start, end + 1))
    return found
