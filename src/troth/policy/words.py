"""The statement's terms in plain words for the person it is about (pure).

Used by the privacy center's statement and by the access archive's page, so that both
say "30 days after the account is closed" where the policy says ``P30D after account_closed``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from troth.policy.models import Policy, Retention

BASIS_WORDS = {
    "consent": "your consent",
    "contract": "to provide the service you asked for",
    "legal_obligation": "a legal obligation",
    "legitimate_interests": "our legitimate interests",
    "vital_interests": "to protect someone's life",
    "public_interest": "a task in the public interest",
}
SOURCE_WORDS = {
    "user": "you gave it to us",
    "automatic": "recorded as you use the service",
    "third_party": "from another company",
    "staff": "written by our staff",
}
# Data that is of no use to the person and a risk to hand out: a password's hash, sealed
# credentials. An access archive says that it exists and how it is kept, not its value.
PROTECTED = "user.authorization"
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def duration_words(period: str) -> str:
    """``P2Y`` -> "2 years"; ``P1M2D`` -> "1 month 2 days"."""
    parts = []
    for number, unit in re.findall(r"(\d+)([YMWD])", period.split("T")[0]):
        parts.append(f"{number} {_UNITS[unit]}" + ("" if number == "1" else "s"))
    return " ".join(parts) or period


def human_retention(retention: Retention) -> str:
    """``P2Y`` -> "2 years"; ``P30D`` after account closing -> "30 days after account closed"."""
    text = duration_words(retention.period)
    if retention.after != "collection":
        text += " after " + retention.after.replace("_", " ")
    return text


def retention_words(text: str | None) -> str:
    """The stored form ``P30D after account_closed`` (or ``P2Y``) in words."""
    if not text:
        return "as long as the service needs it"
    period, _, after = text.partition(" after ")
    words = duration_words(period)
    return f"{words} after {after.replace('_', ' ')}" if after else f"{words} after we collect it"


def basis_words(basis: str) -> str:
    return BASIS_WORDS.get(basis, basis.replace("_", " "))


def term_name(policy: Policy, kind: str, key: str) -> str:
    """The taxonomy's name of a category, use or the like (its key when it has none)."""
    term = policy.taxonomy.get(kind, key)  # type: ignore[arg-type]
    return term.name if term else key


def is_protected(categories: Iterable[str]) -> bool:
    """True for a credential: every category of the field is an authorization secret."""
    found = list(categories)
    return bool(found) and all(c == PROTECTED or c.startswith(PROTECTED + ".") for c in found)
