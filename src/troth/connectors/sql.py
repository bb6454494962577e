"""SQL connectors (SQLite, PostgreSQL, MySQL/MariaDB) on SQLAlchemy Core.

Tables are reflected once per process and database and cached. Values are always bound
parameters and identifiers are quoted by SQLAlchemy, so a value holding quotes, semicolons or
SQL only ever matches (or fails to match) as a value. Large value sets are sent in chunks.

Round trips are what a request costs, so:

* ``session()`` pins one connection for a whole request (no pool check-out, ping and
  rollback per statement); the reads inside it share one transaction until a write begins;
* on PostgreSQL a single-column match is ``column = ANY(%(values)s)`` with one array
  parameter, and a composite one ``(a, b) IN (SELECT * FROM unnest(%(a)s, %(b)s))``, so the
  statement text is the same whatever the number of values and the driver prepares it once
  per connection;
* a read for a few values first asks for at most ``yield_per + 1`` rows in one ordinary query;
  only when more rows match is the query run again through a server-side cursor (PostgreSQL,
  MySQL/MariaDB) and streamed, so memory stays flat however many rows match; a read for many
  values (a batch's) is streamed at once;
* on PostgreSQL, rows that each get values of their own (a keyed hash, a random value) are
  updated by one ``UPDATE ... FROM unnest(keys, values...)`` statement per chunk.
"""

from __future__ import annotations

import functools
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, NoSuchTableError, SQLAlchemyError

from troth.connectors.base import (
    Catalog,
    ColumnInfo,
    ConnectorError,
    FieldSpec,
    ForeignKey,
    TableCatalog,
    Unreachable,
)

T = TypeVar("T")

DEFAULT_RETRY_DELAYS: tuple[float, ...] = (0.1, 0.4, 1.6)
STREAM_BATCH = 2000
# Reads asking for more values than this (a batch's) are streamed at once, without the probe
PROBE_VALUES = 200
_TEXT = sa.String()

# Reflected tables per database (URL without its password) and collection: a connector opened
# for each request does not read the schema again.
_REFLECTED: dict[tuple[str, str], sa.Table] = {}


def _kind(type_: sa.types.TypeEngine[Any]) -> str:
    try:
        python = type_.python_type
    except NotImplementedError:
        return "unknown"
    if python is bool:
        return "boolean"
    if python is int:
        return "integer"
    if python in (float, Decimal):
        return "float"
    if python is str:
        return "string"
    if python is datetime:
        return "datetime"
    if python is date:
        return "date"
    if python in (bytes, bytearray, memoryview):
        return "binary"
    return "unknown"


def _coerce(kind: str, value: Any) -> Any:
    """A value found elsewhere, as this column compares it; None when it cannot match."""
    if value is None:
        return None
    try:
        if kind == "string":
            return value if isinstance(value, str) else str(value)
        if kind == "integer":
            if isinstance(value, bool):
                return int(value)
            return int(value) if not isinstance(value, float) or value.is_integer() else None
    except (TypeError, ValueError):
        return None
    return value


_PHONE_MARKS = str.maketrans("", "", " -.()")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _email_forms(value: str) -> set[str]:
    """The forms a database's ``lower(trim(column))`` may give for an address: its ASCII
    lower case, and its full lower case (for databases whose ``lower`` knows other letters)."""
    trimmed = value.strip(" ")
    if trimmed.isascii():
        return {trimmed.lower()}  # both forms are the same on ASCII text
    return {trimmed.translate(_ASCII_LOWER), trimmed.lower()}


def describe_failure(exc: BaseException) -> str:
    """A short, value-free description of a database failure."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlstate", None) or (
        orig.args[0] if getattr(orig, "args", None) and isinstance(orig.args[0], int) else None
    )
    kind = type(orig).__name__
    module = type(orig).__module__ or ""
    if module.startswith("sqlite3"):
        # SQLite messages name constraints and columns, never values.
        first = str(orig).splitlines()[0] if str(orig) else ""
        return f"{kind}: {first}" if first else kind
    if module.startswith("psycopg"):
        # PostgreSQL's first line names the constraint; values are on the DETAIL line.
        first = str(orig).splitlines()[0] if str(orig) else ""
        if "connection" in first.lower() or code is None:
            return f"{kind}" + (f" ({code})" if code else "")
        return f"{kind} ({code}): {first}"
    return f"{kind}" + (f" (error {code})" if code is not None else "")


def _dicts(result: sa.CursorResult[Any]) -> list[dict[str, Any]]:
    """All rows of a result as plain dicts (no row objects kept)."""
    names = tuple(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


# The separator of values sent as one text (an ASCII unit separator; a value holding it
# goes as an array instead).
_SEPARATOR = "\x1f"


def _pg_array(name: str, values: list[Any], type_: Any) -> sa.ColumnElement[Any]:
    """A PostgreSQL array of ``values`` as a bound parameter of an unchanging statement.

    Many plain strings or integers travel as one text split by the server
    (``string_to_array``): the driver writes a long array parameter element by element,
    which costs more than the query. Anything else is bound as an array."""
    kinds = {type(v) for v in values}
    if len(values) > 1 and (kinds == {str} or kinds == {int}):
        joined = _SEPARATOR.join(values if kinds == {str} else map(str, values))
        if joined.count(_SEPARATOR) == len(values) - 1:
            text = sa.func.string_to_array(
                sa.bindparam(name, joined, type_=sa.Text(), unique=True),
                sa.literal(_SEPARATOR, sa.Text()),
            )
            return sa.cast(text, _array_of(type_))
    return sa.cast(
        sa.bindparam(name, values, type_=_array_of(type_), unique=True), _array_of(type_)
    )


@functools.lru_cache(maxsize=1024)
def _array_of(type_: Any) -> Any:
    """The array type of a column type, made once per type (a reflected column's type is one
    object for the life of the process)."""
    return postgresql.ARRAY(type_)


class SqlConnector:
    """A connector for one database reachable through a SQLAlchemy URL."""

    def __init__(
        self,
        name: str,
        url: str,
        *,
        read_only: bool = False,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        chunk_size: int | None = None,
        engine: sa.Engine | None = None,
    ) -> None:
        self.name = name
        self.read_only = read_only
        self.retry_delays = tuple(retry_delays)
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        self.where = self._where(parsed)
        self.engine = engine or sa.create_engine(parsed, pool_pre_ping=True)
        self.chunk_size = chunk_size or (500 if self.dialect == "sqlite" else 5000)
        self._schema_key = parsed.render_as_string(hide_password=True)
        self._tables: dict[str, sa.Table] = {}
        self._columns: dict[str, dict[str, ColumnInfo]] = {}
        self._catalog: Catalog | None = None
        self._tx: sa.Connection | None = None
        self._pinned: sa.Connection | None = None
        self._folds: dict[tuple[Any, str, str], tuple[Any, Any]] = {}

    @staticmethod
    def _where(url: sa.URL) -> str:
        """The connection's place without its secret, for messages."""
        if url.get_backend_name() == "sqlite":
            return f"sqlite {url.database or ':memory:'}"
        return f"{url.get_backend_name()} at {url.host}:{url.port or ''}/{url.database or ''}"

    # --- connection handling -----------------------------------------------------------------

    def _retrying(self, what: str, action: Callable[[], T]) -> T:
        """Run ``action``; when the database cannot be reached, retry with back-off."""
        attempt = 0
        while True:
            try:
                return action()
            except DBAPIError as exc:
                retriable = exc.connection_invalidated or isinstance(exc, sa.exc.OperationalError)
                if self.dialect == "sqlite" and "locked" not in str(exc.orig).lower():
                    retriable = False
                if not retriable or attempt >= len(self.retry_delays):
                    tries = f" after {attempt + 1} tries" if retriable else ""
                    raise (Unreachable if retriable else ConnectorError)(
                        f"connection {self.name!r} ({self.where}): {what} failed{tries}: "
                        f"{describe_failure(exc)}"
                    ) from None
                time.sleep(self.retry_delays[attempt])
                attempt += 1
            except SQLAlchemyError as exc:
                raise ConnectorError(
                    f"connection {self.name!r} ({self.where}): {what} failed: {type(exc).__name__}"
                ) from None

    @contextmanager
    def _connection(self) -> Iterator[sa.Connection]:
        if self._tx is not None:
            yield self._tx
            return
        if self._pinned is not None:
            yield self._pinned
            return
        conn = self._retrying("connect", self.engine.connect)
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def session(self) -> Iterator[None]:
        """Use one connection for everything inside the block (one request's statements)."""
        if self._pinned is not None or self._tx is not None:
            yield
            return
        conn = self._retrying("connect", self.engine.connect)
        self._pinned = conn
        try:
            yield
        finally:
            self._pinned = None
            try:
                if conn.in_transaction():
                    conn.rollback()
            finally:
                conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside the block commit together at its end, or are rolled back."""
        if self._tx is not None:
            yield
            return
        pinned = self._pinned
        if pinned is not None:
            if pinned.in_transaction():
                pinned.commit()  # ends the reads' transaction; they changed nothing
            conn = pinned
        else:
            conn = self._retrying("connect", self.engine.connect)
        trans = conn.begin()
        self._tx = conn
        try:
            yield
            self._retrying("commit", trans.commit)
        except BaseException:
            if trans.is_active:
                trans.rollback()
            raise
        finally:
            self._tx = None
            if pinned is None:
                conn.close()

    def close(self) -> None:
        self.engine.dispose()

    # --- schema ------------------------------------------------------------------------------

    def table(self, collection: str) -> sa.Table:
        """The reflected table of a collection (``schema.table`` for another schema)."""
        found = self._tables.get(collection)
        if found is not None:
            return found
        found = _REFLECTED.get((self._schema_key, collection))
        if found is not None:
            self._tables[collection] = found
            return found
        schema, _, name = collection.rpartition(".")

        def reflect() -> sa.Table:
            with self._connection() as conn, warnings.catch_warnings():
                # an index on an expression (lower(trim(email))) is for the database, not us
                warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
                return sa.Table(name, sa.MetaData(), schema=schema or None, autoload_with=conn)

        try:
            table = self._retrying(f"reading the columns of {collection}", reflect)
        except NoSuchTableError:
            raise ConnectorError(
                f"connection {self.name!r} ({self.where}) has no table {collection!r}"
            ) from None
        self._tables[collection] = table
        _REFLECTED[(self._schema_key, collection)] = table
        return table

    def columns(self, collection: str) -> dict[str, ColumnInfo]:
        found = self._columns.get(collection)
        if found is None:
            table = self.table(collection)
            unique = {
                c.name
                for con in table.constraints
                if isinstance(con, sa.UniqueConstraint) and len(con.columns) == 1
                for c in con.columns
            }
            unique.update(
                next(iter(ix.columns)).name
                for ix in table.indexes
                if ix.unique and len(ix.columns) == 1
            )
            found = {
                c.name: ColumnInfo(
                    name=c.name,
                    kind=_kind(c.type),
                    nullable=bool(c.nullable) and not c.primary_key,
                    primary_key=bool(c.primary_key),
                    length=getattr(c.type, "length", None),
                    unique=c.name in unique,
                )
                for c in table.columns
            }
            self._columns[collection] = found
        return found

    def primary_key(self, collection: str) -> tuple[str, ...]:
        return tuple(c.name for c in self.table(collection).primary_key.columns)

    def catalog(self) -> Catalog:
        """What the database itself declares: its tables, their columns, primary keys and
        foreign keys (read once per connector)."""
        if self._catalog is None:

            def read() -> Catalog:
                with self._connection() as conn:
                    inspector = sa.inspect(conn)
                    tables = {}
                    for name in inspector.get_table_names():
                        columns = tuple(c["name"] for c in inspector.get_columns(name))
                        pk = tuple(
                            inspector.get_pk_constraint(name).get("constrained_columns") or ()
                        )
                        fks = tuple(
                            ForeignKey(
                                name,
                                tuple(fk["constrained_columns"]),
                                str(fk["referred_table"]),
                                tuple(fk["referred_columns"]),
                            )
                            for fk in inspector.get_foreign_keys(name)
                        )
                        tables[name] = TableCatalog(name, columns, pk, fks)
                    return Catalog(tables)

            self._catalog = self._retrying("reading the catalog", read)
        return self._catalog

    def _column(self, table: sa.Table, collection: str, name: str) -> sa.Column[Any]:
        if name not in table.c:
            raise ConnectorError(
                f"connection {self.name!r}: table {collection!r} has no column {name!r}"
            )
        return table.c[name]

    def _match(
        self, table: sa.Table, collection: str, fields: Sequence[str], values: Sequence[Any]
    ) -> sa.ColumnElement[bool]:
        cols = [self._column(table, collection, f) for f in fields]
        if len(cols) == 1 and self.dialect == "postgresql":
            return cols[0] == sa.any_(_pg_array("match_values", list(values), cols[0].type))
        if len(cols) == 1:
            return cols[0].in_(list(values))
        if self.dialect == "postgresql":
            # (a, b) IN (SELECT * FROM unnest(array_a, array_b)): one array per column, so the
            # statement text is the same whatever the number of keys
            arrays = [
                _pg_array(f"match_values_{i}", [v[i] for v in values], c.type)
                for i, c in enumerate(cols)
            ]
            given = (
                sa.func.unnest(*arrays)
                .table_valued(*(sa.column(f"v{i}", c.type) for i, c in enumerate(cols)))
                .render_derived(name="troth_match")
            )
            return sa.tuple_(*cols).in_(sa.select(*given.c))
        return sa.tuple_(*cols).in_(list(values))

    def _prepared(self, collection: str, fields: Sequence[str], values: Sequence[Any]) -> list[Any]:
        """Values coerced to each column's kind, without duplicates or impossible matches."""
        info = self.columns(collection)
        kinds = [info[f].kind if f in info else "unknown" for f in fields]
        seen: dict[Any, None] = {}
        if len(fields) == 1:
            # values already of the column's kind go as they are (the usual case)
            same = str if kinds[0] == "string" else int if kinds[0] == "integer" else None
            for value in values:
                if type(value) is same:
                    seen[value] = None
                    continue
                coerced = _coerce(kinds[0], value)
                if coerced is not None:
                    seen[coerced] = None
            return list(seen)
        for value in values:
            parts = tuple(_coerce(k, v) for k, v in zip(kinds, value, strict=True))
            if all(p is not None for p in parts):
                seen.setdefault(parts, None)
        return list(seen)

    def _chunks(self, items: list[Any], width: int = 1) -> Iterator[list[Any]]:
        size = max(1, self.chunk_size // max(1, width))
        for start in range(0, len(items), size):
            yield items[start : start + size]

    # --- reads and writes --------------------------------------------------------------------

    def read(
        self,
        collection: str,
        field: FieldSpec,
        values: Sequence[Any],
        columns: Sequence[str] | None = None,
        fold: str | None = None,
    ) -> Iterator[dict]:
        """Rows of ``collection`` whose ``field`` (or composite fields) is one of ``values``;
        with ``columns`` only those columns of each row (the fields matched always come).

        ``fold`` (``email`` or ``phone``, one field only) also returns rows whose value differs
        in the way that kind of identity ignores (docs/semantics.md, M1); the caller keeps the
        rows that match exactly by that rule.
        """
        fields = (field,) if isinstance(field, str) else tuple(field)
        table = self.table(collection)
        if fold is not None and len(fields) == 1:
            yield from self._read_folded(table, collection, fields[0], values, columns, fold)
            return
        wanted = self._prepared(collection, fields, values)
        picked: Any = table
        if columns is not None:
            names = dict.fromkeys([*fields, *columns])
            picked = [self._column(table, collection, n) for n in names]
        for chunk in self._chunks(wanted, len(fields)):
            query = sa.select(*([picked] if columns is None else picked)).where(
                self._match(table, collection, fields, chunk)
            )
            yield from self._stream(collection, query, probe=len(chunk) <= PROBE_VALUES)

    def _read_folded(
        self,
        table: sa.Table,
        collection: str,
        name: str,
        values: Sequence[Any],
        columns: Sequence[str] | None,
        fold: str,
    ) -> Iterator[dict]:
        """Rows whose column equals a value once both are folded the same way in SQL: e-mail
        addresses trimmed and lower-cased, phone numbers without spaces, ``-``, ``.``, ``(``
        and ``)``. Never a pattern: the values are bound parameters compared with ``=``."""
        text, folded = self._folded(table, collection, name, fold)
        if fold == "email":
            wanted = {form for v in values for form in _email_forms(str(v))}
        else:
            wanted = {str(v).translate(_PHONE_MARKS) for v in values} | {str(v) for v in values}
        picked: Any = [table]
        if columns is not None:
            names = dict.fromkeys([name, *columns])
            picked = [self._column(table, collection, n) for n in names]
        for chunk in self._chunks(sorted(wanted)):
            query = sa.select(*picked).where(
                self._any(folded, chunk)
                if fold == "email"
                else sa.or_(self._any(folded, chunk), self._any(text, chunk))
            )
            few = len(chunk) <= PROBE_VALUES
            yield from self._stream(collection, query, probe=few, by_index=not few)

    def _folded(
        self, table: sa.Table, collection: str, name: str, fold: str
    ) -> tuple[sa.ColumnElement[Any], sa.ColumnElement[Any]]:
        """The column as text and its folded form in SQL, made once per table object (a
        table reflected again is a new object), column and fold."""
        made = self._folds.get((table, name, fold))
        if made is None:
            column = self._column(table, collection, name)
            # a text column as it is (so an index on lower(trim(column)) serves the lookup)
            text: sa.ColumnElement[Any] = (
                column
                if self.columns(collection)[name].kind == "string"
                else sa.cast(column, sa.String)
            )
            if fold == "email":
                folded: sa.ColumnElement[Any] = sa.func.lower(sa.func.trim(text))
            else:
                folded = text
                for mark in (" ", "-", ".", "(", ")"):
                    folded = sa.func.replace(folded, mark, "")
            made = self._folds[(table, name, fold)] = (text, folded)
        return made

    def _any(self, expression: sa.ColumnElement[Any], values: list[str]) -> sa.ColumnElement[bool]:
        """``expression`` equals one of ``values``: one array parameter on PostgreSQL (the
        statement text stays the same whatever the number of values), IN elsewhere."""
        if self.dialect == "postgresql":
            return expression == sa.any_(_pg_array("folded_values", values, _TEXT))
        return expression.in_(values)

    def _stream(
        self, collection: str, query: sa.Select[Any], probe: bool = True, by_index: bool = False
    ) -> Iterator[dict]:
        """The rows of ``query`` as dicts. ``probe``: first ask for a page's worth in one
        round trip. ``by_index`` (PostgreSQL): use an index wherever the table has one that
        serves the query; see :meth:`_prefer_index`."""
        with self._connection() as conn, self._prefer_index(conn, by_index):
            if self.dialect != "sqlite" and probe:
                # one round trip for the usual few rows; stream only when there are many
                head = query.limit(STREAM_BATCH + 1)
                first = self._retrying(f"reading {collection}", lambda: _dicts(conn.execute(head)))
                if len(first) <= STREAM_BATCH:
                    yield from first
                    return
                del first
            options = {"stream_results": True, "yield_per": STREAM_BATCH}
            result = self._retrying(
                f"reading {collection}", lambda: conn.execute(query, execution_options=options)
            )
            try:
                names = tuple(result.keys())
                for partition in result.partitions():
                    for row in partition:
                        yield dict(zip(names, row, strict=True))
            except DBAPIError as exc:
                raise ConnectorError(
                    f"connection {self.name!r} ({self.where}): reading {collection} failed: "
                    f"{describe_failure(exc)}"
                ) from None
            finally:
                result.close()

    @contextmanager
    def _prefer_index(self, conn: sa.Connection, wanted: bool) -> Iterator[None]:
        """For one statement, a full scan only where no index serves it. A lookup of a few
        thousand folded e-mail addresses is many index probes; PostgreSQL's cost model,
        made for disks, reckons a scan of the whole table cheaper, which on a large table is
        many times slower. Set for the statement's transaction and reset right after it."""
        if not wanted or self.dialect != "postgresql":
            yield
            return
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        try:
            yield
        finally:
            try:
                conn.exec_driver_sql("RESET enable_seqscan")
            except DBAPIError:
                pass  # the transaction failed: the setting goes with it

    def _writable(self, verb: str, collection: str) -> None:
        if self.read_only:
            raise ConnectorError(
                f"connection {self.name!r} is read-only: cannot {verb} rows of {collection!r}"
            )

    def _write(self, what: str, statements: Callable[[sa.Connection], int]) -> int:
        if self._tx is not None:
            return self._retrying(what, lambda: statements(self._tx))  # type: ignore[arg-type]
        with self.transaction():
            return self._retrying(what, lambda: statements(self._tx))  # type: ignore[arg-type]

    def update(
        self,
        collection: str,
        key_fields: Sequence[str],
        rows_keys: Sequence[tuple[Any, ...]],
        changes: Mapping[str, Any],
    ) -> int:
        """Set the same ``changes`` on every row whose key is in ``rows_keys``."""
        self._writable("update", collection)
        table = self.table(collection)
        for name in changes:
            self._column(table, collection, name)
        keys = self._keys(collection, key_fields, rows_keys)
        if not keys or not changes:
            return 0

        def run(conn: sa.Connection) -> int:
            total = 0
            for chunk in self._chunks(keys, len(key_fields)):
                stmt = (
                    table.update()
                    .where(self._match(table, collection, key_fields, chunk))
                    .values(dict(changes))
                )
                total += conn.execute(stmt).rowcount or 0
            return total

        return self._write(f"updating {collection}", run)

    def update_rows(
        self,
        collection: str,
        key_fields: Sequence[str],
        updates: Sequence[tuple[tuple[Any, ...], Mapping[str, Any]]],
    ) -> int:
        """Set per-row changes: ``updates`` pairs a row key with that row's new values.

        Set-based: rows that get the same changes are updated by one statement; rows that get
        values of their own (a keyed hash, a random value) by one statement executed for all
        of them at once (``executemany``).
        """
        self._writable("update", collection)
        if not updates:
            return 0
        table = self.table(collection)
        by_columns: dict[tuple[str, ...], list[tuple[tuple[Any, ...], Mapping[str, Any]]]] = {}
        for key, changes in updates:
            if changes:
                by_columns.setdefault(tuple(sorted(changes)), []).append((key, changes))
        total = 0
        with self.transaction():
            for names, items in by_columns.items():
                for name in names:
                    self._column(table, collection, name)
                distinct = {tuple(repr(c[n]) for n in names) for _, c in items}
                if len(distinct) == 1:
                    keys = [k for k, _ in items]
                    total += self.update(collection, key_fields, keys, items[0][1])
                else:
                    total += self._update_each(table, collection, key_fields, names, items)
        return total

    def _update_each(
        self,
        table: sa.Table,
        collection: str,
        key_fields: Sequence[str],
        names: tuple[str, ...],
        items: list[tuple[tuple[Any, ...], Mapping[str, Any]]],
    ) -> int:
        if self.dialect == "postgresql":
            return self._update_each_unnest(table, collection, key_fields, names, items)
        keys = [self._column(table, collection, k) for k in key_fields]
        stmt = (
            table.update()
            .where(sa.and_(*(col == sa.bindparam(f"troth_key_{i}") for i, col in enumerate(keys))))
            .values({n: sa.bindparam(f"troth_new_{j}") for j, n in enumerate(names)})
        )
        params = []
        for key, changes in items:
            row = key if isinstance(key, tuple) else (key,)
            entry = {f"troth_key_{i}": v for i, v in enumerate(row)}
            entry.update({f"troth_new_{j}": changes[n] for j, n in enumerate(names)})
            params.append(entry)

        def run(conn: sa.Connection) -> int:
            total = 0
            for chunk in self._chunks(params):
                count = conn.execute(stmt, chunk).rowcount
                total += count if count is not None and count >= 0 else len(chunk)
            return total

        return self._write(f"updating {collection}", run)

    def _update_each_unnest(
        self,
        table: sa.Table,
        collection: str,
        key_fields: Sequence[str],
        names: tuple[str, ...],
        items: list[tuple[tuple[Any, ...], Mapping[str, Any]]],
    ) -> int:
        """PostgreSQL: one ``UPDATE ... FROM unnest(arrays)`` per chunk, each row its values
        (keys and values travel as bound arrays)."""
        key_cols = [self._column(table, collection, k) for k in key_fields]
        new_cols = [self._column(table, collection, n) for n in names]
        params = [(f"troth_k{i}", c) for i, c in enumerate(key_cols)]
        params += [(f"troth_n{j}", c) for j, c in enumerate(new_cols)]
        arrays = [
            sa.cast(sa.bindparam(p, type_=postgresql.ARRAY(c.type)), postgresql.ARRAY(c.type))
            for p, c in params
        ]
        given = (
            sa.func.unnest(*arrays)
            .table_valued(*(sa.column(p, c.type) for p, c in params))
            .render_derived(name="troth_v")
        )
        stmt = (
            table.update()
            .values({c.name: given.c[f"troth_n{j}"] for j, c in enumerate(new_cols)})
            .where(*(c == given.c[f"troth_k{i}"] for i, c in enumerate(key_cols)))
        )

        def run(conn: sa.Connection) -> int:
            total = 0
            for chunk in self._chunks(items):
                columns: dict[str, list[Any]] = {p: [] for p, _ in params}
                for key, changes in chunk:
                    row = key if isinstance(key, tuple) else (key,)
                    for i, value in enumerate(row):
                        columns[f"troth_k{i}"].append(value)
                    for j, name in enumerate(names):
                        columns[f"troth_n{j}"].append(changes[name])
                total += conn.execute(stmt, columns).rowcount or 0
            return total

        return self._write(f"updating {collection}", run)

    def delete(
        self, collection: str, key_fields: Sequence[str], rows_keys: Sequence[tuple[Any, ...]]
    ) -> int:
        self._writable("delete", collection)
        table = self.table(collection)
        keys = self._keys(collection, key_fields, rows_keys)
        if not keys:
            return 0

        def run(conn: sa.Connection) -> int:
            total = 0
            for chunk in self._chunks(keys, len(key_fields)):
                stmt = table.delete().where(self._match(table, collection, key_fields, chunk))
                total += conn.execute(stmt).rowcount or 0
            return total

        return self._write(f"deleting from {collection}", run)

    def _keys(
        self, collection: str, key_fields: Sequence[str], rows_keys: Sequence[tuple[Any, ...]]
    ) -> list[Any]:
        if not key_fields:
            raise ConnectorError(
                f"connection {self.name!r}: no key to find rows of {collection!r} by"
            )
        if len(key_fields) == 1:
            flat = [k[0] if isinstance(k, tuple) else k for k in rows_keys]
            return self._prepared(collection, key_fields, flat)
        return self._prepared(collection, key_fields, [tuple(k) for k in rows_keys])


def open_connector(
    name: str, url: str, *, read_only: bool = False, retry_delays: Sequence[float] | None = None
) -> SqlConnector:
    """A connector for ``url``; the driver is chosen by the URL's scheme."""
    try:
        return SqlConnector(
            name,
            url,
            read_only=read_only,
            retry_delays=DEFAULT_RETRY_DELAYS if retry_delays is None else retry_delays,
        )
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise ConnectorError(
            f"connection {name!r}: cannot use its URL ({type(exc).__name__})"
        ) from None
