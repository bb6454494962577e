"""The statement as Troth knows it, per service, for people to read (pure, from the policy)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from troth.policy import Policy
from troth.policy.models import Retention
from troth.words import counted

BASIS_WORDS = {
    "consent": "your consent",
    "contract": "to provide the service you asked for",
    "legal_obligation": "a legal obligation",
    "legitimate_interests": "our legitimate interests",
    "vital_interests": "to protect someone's life",
    "public_interest": "a task in the public interest",
}


@dataclass(frozen=True)
class Practice:
    """One kind of data a service collects: what, why, how long."""

    what: list[str]
    why: list[str]
    how_long: str
    source: str


@dataclass(frozen=True)
class Receiver:
    name: str
    kind: str
    condition: str | None


@dataclass(frozen=True)
class ServiceStatement:
    key: str
    name: str
    description: str
    summary: str
    practices: list[Practice]
    where: list[str]
    receivers: list[Receiver]


_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def human_retention(retention: Retention) -> str:
    """``P2Y`` → ``2 years``; ``P30D`` after account closing → ``30 days after account closed``."""
    parts = []
    for number, unit in re.findall(r"(\d+)([YMWD])", retention.period.split("T")[0]):
        word = _UNITS[unit] + ("" if number == "1" else "s")
        parts.append(f"{number} {word}")
    text = " ".join(parts) or retention.period
    if retention.after != "collection":
        text += " after " + retention.after.replace("_", " ")
    return text


def _term_name(policy: Policy, kind: str, key: str) -> str:
    term = policy.taxonomy.get(kind, key)  # type: ignore[arg-type]
    return term.name if term else key


def _basis(basis: str) -> str:
    return BASIS_WORDS.get(basis, basis.replace("_", " "))


def service_statements(policy: Policy) -> list[ServiceStatement]:
    """For each service: what is collected, why, how long, where, and who receives it."""
    out = []
    for system in policy.systems:
        practices = [
            Practice(
                what=[_term_name(policy, "category", c) for c in entry.categories],
                why=[f"{_term_name(policy, 'use', u.use)} ({_basis(u.basis)})" for u in entry.uses],
                how_long=human_retention(entry.retention),
                source={
                    "user": "from you",
                    "automatic": "collected automatically",
                    "third_party": "from others",
                    "staff": "by our staff",
                }[entry.source],
            )
            for entry in system.collects
        ]
        where = []
        for key in system.storage:
            loc = policy.storage_location(key)
            if loc:
                where.append(f"{loc.provider} ({', '.join(loc.countries)})")
        receivers = []
        for key in system.recipients:
            r = policy.recipient(key)
            if r:
                receivers.append(Receiver(r.name, r.kind.replace("_", " "), r.condition))
        kinds = sorted({w for p in practices for w in p.what})
        summary = (
            f"{counted(len(kinds), 'kind')} of information, kept in "
            f"{counted(len(where), 'place')}, shared with "
            + (counted(len(receivers), "recipient") if receivers else "no recipients")
            + "."
        )
        out.append(
            ServiceStatement(
                system.key, system.name, system.description, summary, practices, where, receivers
            )
        )
    return out


@dataclass(frozen=True)
class VersionInfo:
    current: str | None
    effective: date | None
    summary: str | None
    upcoming: list[tuple[str, date, str]]


def version_info(policy: Policy, today: date | None = None) -> VersionInfo:
    today = today or date.today()
    current = policy.version_on(today)
    return VersionInfo(
        current.version if current else None,
        current.effective if current else None,
        current.summary if current else None,
        [(v.version, v.effective, v.summary) for v in policy.upcoming_versions(today)],
    )
