"""When a request must be answered, by jurisdiction (pure date arithmetic).

- GDPR (Art. 12(3)): one month from receipt, extendable by two further months when the
  subject is told of the extension, and why, within the first month.
- CCPA (Cal. Civ. Code 1798.130, CCPA regulations 7021): 45 days, extendable once by 45 more
  with notice within the first 45; receipt acknowledged within 10 business days.

Business days are Monday to Friday; public holidays are not taken into account.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta

from troth.errors import TrothError

JURISDICTIONS = ("GDPR", "CCPA")


class JurisdictionError(TrothError):
    """An unknown jurisdiction; the message lists the known ones."""


@dataclass(frozen=True)
class Deadlines:
    due: datetime  # without extension
    extended_due: datetime  # the latest date with the extension
    acknowledge_by: datetime | None  # None where the law asks for no acknowledgement


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def add_business_days(moment: datetime, days: int) -> datetime:
    """``days`` working days (Monday to Friday) after ``moment``."""
    result = moment
    while days > 0:
        result += timedelta(days=1)
        if result.weekday() < 5:
            days -= 1
    return result


def normalise_jurisdiction(name: str) -> str:
    upper = name.strip().upper()
    if upper not in JURISDICTIONS:
        raise JurisdictionError(
            f"unknown jurisdiction {name[:20]!r}: expected one of {', '.join(JURISDICTIONS)}"
        )
    return upper


def deadlines_for(jurisdiction: str, received: datetime) -> Deadlines:
    """The deadlines of a request received at ``received``."""
    jurisdiction = normalise_jurisdiction(jurisdiction)
    if jurisdiction == "GDPR":
        return Deadlines(add_months(received, 1), add_months(received, 3), None)
    return Deadlines(
        received + timedelta(days=45),
        received + timedelta(days=90),
        add_business_days(received, 10),
    )


def can_extend(jurisdiction: str, received: datetime, now: datetime) -> bool:
    """The extension must be noticed before the first deadline passes."""
    return now < deadlines_for(jurisdiction, received).due


def is_overdue(due: datetime, finished: datetime | None, now: datetime) -> bool:
    """Open past its deadline, or answered after it."""
    return (finished or now) > due
