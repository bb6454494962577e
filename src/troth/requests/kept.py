"""What an erasure kept, said for the person it is about (pure).

The erasure's evidence lists each kept item with the collection, the number of rows and the
reason (docs/semantics.md, O1). ``kept_for_person(evidence)`` turns them into short lines for
the status page and the e-mail: "invoices (1 row): kept for 6 years after order completed,
because the law requires it". Keys, links and shared rows are said plainly too.
"""

from __future__ import annotations

import re
from typing import Any

_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_PERIOD = re.compile(r"\bP(\d+)([YMWD])\b")


def _period(match: re.Match[str]) -> str:
    count, unit = int(match.group(1)), _UNITS[match.group(2)]
    return f"{count} {unit}{'' if count == 1 else 's'}"


def _plain(reason: str) -> str:
    text = reason.removeprefix("kept with personal fields masked: ")
    text = _PERIOD.sub(_period, text)
    text = text.replace(" (legal obligation)", ", because the law requires it")
    text = re.sub(r" after ([a-z_]+)", lambda m: " after " + m.group(1).replace("_", " "), text)
    return text


def kept_for_person(evidence: dict[str, Any]) -> list[str]:
    """One line per kept item of an erasure's evidence (none for other requests)."""
    lines = []
    for item in evidence.get("kept") or ():
        collection = str(item.get("collection", "")).rpartition(".")[2].replace("_", " ")
        rows = int(item.get("rows", 0))
        count = f"{rows} row{'' if rows == 1 else 's'}"
        lines.append(f"{collection} ({count}): {_plain(str(item.get('reason', '')))}")
    return lines
