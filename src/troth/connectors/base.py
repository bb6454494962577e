"""The connector interface, the column description it gives, and its error."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from troth.errors import TrothError


class ConnectorError(TrothError):
    """A datastore could not be reached or refused a statement (names no value)."""


class Unreachable(ConnectorError):
    """A datastore could not be reached, after the retries (HTTP 503: try again later)."""

    status_code = 503


@dataclass(frozen=True)
class ColumnInfo:
    """What the database says about a column: its kind of value and its constraints."""

    name: str
    kind: str  # "string" | "integer" | "float" | "boolean" | "datetime" | "date" | "binary" | ...
    nullable: bool
    primary_key: bool
    length: int | None = None
    unique: bool = False


@dataclass(frozen=True)
class ForeignKey:
    """A foreign key the database declares: ``table.columns`` hold ``target.target_columns``."""

    table: str
    columns: tuple[str, ...]
    target: str
    target_columns: tuple[str, ...]


@dataclass(frozen=True)
class TableCatalog:
    name: str
    columns: tuple[str, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()


@dataclass(frozen=True)
class Catalog:
    """What a database declares of its tables (see ``SqlConnector.catalog``)."""

    tables: dict[str, TableCatalog]

    def foreign_keys_into(self, table: str) -> list[ForeignKey]:
        return [fk for t in self.tables.values() for fk in t.foreign_keys if fk.target == table]


FieldSpec = str | tuple[str, ...]


@runtime_checkable
class Connector(Protocol):
    name: str
    read_only: bool

    def read(
        self,
        collection: str,
        field: FieldSpec,
        values: Sequence[Any],
        columns: Sequence[str] | None = None,
        fold: str | None = None,
    ) -> Iterator[dict]:
        """Rows of ``collection`` whose ``field`` is one of ``values`` (streamed); with
        ``columns``, only those columns (and ``field``) of each row. ``fold`` (``email`` or
        ``phone``) also returns rows whose value differs only as that kind of identity
        ignores (docs/semantics.md, M1)."""
        ...

    def update(
        self,
        collection: str,
        key_fields: Sequence[str],
        rows_keys: Sequence[tuple[Any, ...]],
        changes: Mapping[str, Any],
    ) -> int:
        """Set ``changes`` on the rows whose keys are given; returns the rows changed."""
        ...

    def delete(
        self, collection: str, key_fields: Sequence[str], rows_keys: Sequence[tuple[Any, ...]]
    ) -> int:
        """Delete the rows whose keys are given; returns the rows deleted."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """Writes inside the block commit together, or none of them does."""
        ...

    def columns(self, collection: str) -> dict[str, ColumnInfo]: ...

    def primary_key(self, collection: str) -> tuple[str, ...]: ...

    def close(self) -> None: ...
