"""The vocabulary a policy speaks: fideslang's default taxonomy plus the policy's own additions.

Three kinds of terms: data categories (``user.contact.email``), data uses
(``essential.service``) and data subjects (``customer``). Categories and uses form
trees by dotted key; subjects are a flat list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from fideslang.default_taxonomy import DEFAULT_TAXONOMY

TermKind = Literal["category", "use", "subject"]
KINDS: tuple[TermKind, ...] = ("category", "use", "subject")


@dataclass(frozen=True)
class Term:
    """One entry of the vocabulary."""

    key: str
    parent: str | None
    name: str
    description: str
    origin: Literal["fideslang", "policy"]


@cache
def fideslang_terms() -> dict[TermKind, dict[str, Term]]:
    """fideslang's default data categories, uses and subjects, by key."""
    sources: dict[TermKind, list[Any]] = {
        "category": DEFAULT_TAXONOMY.data_category,
        "use": DEFAULT_TAXONOMY.data_use,
        "subject": DEFAULT_TAXONOMY.data_subject,
    }
    terms: dict[TermKind, dict[str, Term]] = {}
    for kind, entries in sources.items():
        terms[kind] = {
            e.fides_key: Term(
                key=e.fides_key,
                parent=getattr(e, "parent_key", None),
                name=e.name or e.fides_key,
                description=e.description or "",
                origin="fideslang",
            )
            for e in entries
        }
    return terms


def is_within(key: str, ancestor: str) -> bool:
    """True when ``key`` is ``ancestor`` or lies below it in a dotted tree."""
    return key == ancestor or key.startswith(ancestor + ".")


class Taxonomy:
    """fideslang's base vocabulary with a policy's additions on top."""

    def __init__(self, additions: dict[TermKind, Iterable[Term]] | None = None) -> None:
        base = fideslang_terms()
        self._terms: dict[TermKind, dict[str, Term]] = {k: dict(base[k]) for k in KINDS}
        for kind, terms in (additions or {}).items():
            for term in terms:
                self._terms[kind][term.key] = term

    def get(self, kind: TermKind, key: str) -> Term | None:
        """The term of that kind and key, or None."""
        return self._terms[kind].get(key)

    def category(self, key: str) -> Term | None:
        return self._terms["category"].get(key)

    def use(self, key: str) -> Term | None:
        return self._terms["use"].get(key)

    def subject(self, key: str) -> Term | None:
        return self._terms["subject"].get(key)

    def keys(self, kind: TermKind) -> list[str]:
        """Every key of that kind, sorted."""
        return sorted(self._terms[kind])

    def terms(self, kind: TermKind) -> list[Term]:
        return [self._terms[kind][k] for k in self.keys(kind)]

    def additions(self, kind: TermKind) -> list[Term]:
        """The terms the policy added (not from fideslang)."""
        return [t for t in self.terms(kind) if t.origin == "policy"]

    def ancestors(self, kind: TermKind, key: str) -> list[str]:
        """The key's parents up to the root, nearest first (by the declared parent links)."""
        found: list[str] = []
        term = self._terms[kind].get(key)
        while term is not None and term.parent and term.parent not in found:
            found.append(term.parent)
            term = self._terms[kind].get(term.parent)
        return found

    def descendants(self, kind: TermKind, key: str) -> list[str]:
        """Every known key below ``key`` (not including it), sorted."""
        return [k for k in self.keys(kind) if k != key and is_within(k, key)]

    def covers(self, declared: Iterable[str], category: str) -> bool:
        """True when ``category`` equals one of ``declared`` or descends from one of them."""
        lineage = {category, *self.ancestors("category", category)}
        return any(d in lineage or is_within(category, d) for d in declared)

    def use_covers(self, declared: Iterable[str], use: str) -> bool:
        """True when ``use`` equals one of the ``declared`` uses or descends from one of them."""
        lineage = {use, *self.ancestors("use", use)}
        return any(d in lineage or is_within(use, d) for d in declared)

    def is_personal(self, category: str) -> bool:
        """True for categories about a person (the ``user`` tree)."""
        return is_within(category, "user")
