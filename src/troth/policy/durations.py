"""ISO-8601 durations (``P2Y``, ``P30D``, ``PT72H``) as used for retention and deadlines."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(
    r"^P(?!$)(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?$"
)

# Calendar units have no fixed length; a year counts as 365 days and a month as 30,
# so a period is never longer than the statement allows by more than a few days.
_DAYS_PER = {"years": 365, "months": 30, "weeks": 7, "days": 1}


def is_duration(text: str) -> bool:
    """True when ``text`` is an ISO-8601 duration such as ``P2Y``, ``P1Y6M`` or ``PT72H``."""
    return bool(_DURATION.match(text))


def parse_duration(text: str) -> timedelta:
    """The length of an ISO-8601 duration (a year as 365 days, a month as 30)."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not an ISO-8601 duration like P2Y, P30D or PT72H: {text!r}")
    parts = {k: int(v) for k, v in match.groupdict().items() if v}
    days = sum(parts.get(unit, 0) * n for unit, n in _DAYS_PER.items())
    return timedelta(
        days=days,
        hours=parts.get("hours", 0),
        minutes=parts.get("minutes", 0),
        seconds=parts.get("seconds", 0),
    )
