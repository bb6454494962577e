"""The data map in our own terms: small frozen dataclasses read from fideslang datasets.

A field's ``path`` is its position inside its collection (``("workplace_info", "employer")``
for a nested field); a reference points at a dataset, a collection and such a path.
Source locations (``source``, ``line``) say where a thing was written and take no part in
equality.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["to", "from"]

PERSONAL_ROOT = "user"


def is_personal(category: str) -> bool:
    """True for the ``user`` category and everything under it."""
    return category == PERSONAL_ROOT or category.startswith(PERSONAL_ROOT + ".")


def covers(declared: str, category: str) -> bool:
    """True when ``declared`` is ``category`` or one of its ancestors in the taxonomy."""
    return category == declared or category.startswith(declared + ".")


@dataclass(frozen=True)
class Reference:
    """A link from a field to another field: ``to`` sends values there, ``from`` takes them."""

    dataset: str
    collection: str
    field_path: tuple[str, ...]
    direction: Direction | None = None

    @property
    def target(self) -> str:
        return ".".join((self.dataset, self.collection, *self.field_path))


@dataclass(frozen=True)
class Field:
    name: str
    path: tuple[str, ...]
    categories: tuple[str, ...] = ()
    identity: str | None = None
    primary_key: bool = False
    data_type: str | None = None
    length: int | None = None
    references: tuple[Reference, ...] = ()
    fields: tuple[Field, ...] = ()
    read_only: bool = False  # fideslang ``fides_meta.read_only``: never written
    masking: tuple[str, str | None] | None = (
        None  # ``masking_strategy_override``: (strategy, value)
    )
    line: int | None = field(default=None, compare=False)

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    def walk(self) -> Iterator[Field]:
        """This field and every field nested in it, depth first."""
        yield self
        for child in self.fields:
            yield from child.walk()


@dataclass(frozen=True)
class Collection:
    name: str
    fields: tuple[Field, ...] = ()
    categories: tuple[str, ...] = ()
    delete_rows: bool = False  # ``masking_strategy_override: {strategy: delete}``
    line: int | None = field(default=None, compare=False)

    def walk(self) -> Iterator[Field]:
        """Every field of the collection, nested ones included, depth first."""
        for top in self.fields:
            yield from top.walk()

    def field_at(self, path: tuple[str, ...]) -> Field | None:
        """The field at ``path`` (nested names), or None."""
        candidates = self.fields
        found: Field | None = None
        for name in path:
            found = next((f for f in candidates if f.name == name), None)
            if found is None:
                return None
            candidates = found.fields
        return found

    @property
    def key(self) -> tuple[str, ...]:
        """The row's key: the declared primary key, else a field named ``id``, else none."""
        declared = tuple(f.name for f in self.fields if f.primary_key)
        if declared:
            return declared
        return ("id",) if any(f.name == "id" for f in self.fields) else ()

    @property
    def identities(self) -> tuple[Field, ...]:
        """The fields that carry an identity of the data subject (email, phone, ...)."""
        return tuple(f for f in self.walk() if f.identity)

    @property
    def personal_categories(self) -> set[str]:
        """The personal (``user``…) categories held anywhere in the collection."""
        held = {c for c in self.categories if is_personal(c)}
        held.update(c for f in self.walk() for c in f.categories if is_personal(c))
        return held


@dataclass(frozen=True)
class Dataset:
    fides_key: str
    collections: tuple[Collection, ...] = ()
    name: str | None = None
    description: str | None = None
    source: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)
    # a note per fideslang key of the file that Troth does not act on (datamap/fideskeys.py)
    notes: tuple[str, ...] = field(default=(), compare=False)

    def collection(self, name: str) -> Collection | None:
        return next((c for c in self.collections if c.name == name), None)

    def where(self, line: int | None = None) -> str:
        """``file:line`` (or what of it is known) for messages."""
        if self.source is None:
            return f"dataset {self.fides_key}"
        shown = line if line is not None else self.line
        return f"{self.source}:{shown}" if shown is not None else self.source
