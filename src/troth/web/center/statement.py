"""The statement as Troth knows it, per service, for people to read (pure, from the policy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from troth.policy import Policy
from troth.policy.words import basis_words, human_retention, term_name
from troth.words import counted


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


def _term_name(policy: Policy, kind: str, key: str) -> str:
    return term_name(policy, kind, key)


def _basis(basis: str) -> str:
    return basis_words(basis)


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
