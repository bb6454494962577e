"""A subject's current consent state, derived from the append-only ledger (pure).

Nothing here reads a database: the loader in :mod:`troth.consent.ledger` hands over
the rows, :func:`derive_state` folds them in order, and the latest event for each
(purpose, scope) wins. The ledger itself is never edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

CHANNELS = ("email", "push")
FREQUENCIES = ("daily", "weekly", "monthly")
OFF = "off"


@dataclass(frozen=True)
class ConsentEvent:
    """One row of the ledger."""

    subject_key: str
    purpose: str
    scope: str
    policy_version: str
    source: str
    granted: bool
    at: datetime
    notice_hash: str = ""
    step: str = ""  # double opt-in: "requested" rows are not in force; see troth.consent.optin


@dataclass(frozen=True)
class Grant:
    """The latest word on one (purpose, scope): given or withdrawn, when, under which version."""

    granted: bool
    policy_version: str
    source: str
    at: datetime


@dataclass(frozen=True)
class SubjectState:
    """What the ledger says about one subject (or browser) right now."""

    key: str
    consents: dict[tuple[str, str], Grant] = field(default_factory=dict)
    preferences: dict[str, str] = field(default_factory=dict)
    gpc: bool = False
    dnt: bool = False
    possibly_under_age: bool = False

    def grant(self, purpose: str, scope: str = "") -> Grant | None:
        return self.consents.get((purpose, scope))

    def current(self) -> list[tuple[str, str]]:
        """The (purpose, scope) pairs consented to now."""
        return sorted(k for k, g in self.consents.items() if g.granted)

    def frequency(self, channel: str) -> str | None:
        """The chosen frequency for a marketing channel, ``"off"``, or None if never chosen."""
        return self.preferences.get(channel)


def derive_state(
    key: str,
    events: Iterable[ConsentEvent],
    preferences: Iterable[tuple[str, str]] = (),
    signals: Iterable[tuple[str, str]] = (),
    possibly_under_age: bool = False,
) -> SubjectState:
    """Fold ledger rows (oldest first) into the current state.

    ``preferences`` are (channel, frequency) rows oldest first; ``signals`` are
    (signal, value) rows oldest first, for the subject and its browser together.
    """
    consents: dict[tuple[str, str], Grant] = {}
    for ev in events:
        if ev.step == "requested":  # waits for the address's owner to confirm it
            continue
        consents[(ev.purpose, ev.scope)] = Grant(ev.granted, ev.policy_version, ev.source, ev.at)
    chosen: dict[str, str] = {}
    for channel, frequency in preferences:
        chosen[channel] = frequency
    gpc = dnt = False
    for signal, value in signals:
        if signal == "gpc":
            gpc = gpc or value == "1"
        elif signal == "dnt":
            dnt = dnt or value == "1"
    return SubjectState(key, consents, chosen, gpc, dnt, possibly_under_age)
