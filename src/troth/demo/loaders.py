"""Writing generated rows into the demo database: SQLite and PostgreSQL.

A build prepares the bare tables once (:func:`prepare_database`), writes
batches of rows from one or several processes, each with its own
:func:`open_writer` (``executemany`` in large transactions with journaling off
on SQLite, ``COPY`` on PostgreSQL), and creates keys and indexes only after the
data is in (:func:`finish_database`).
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

import psycopg
from psycopg import sql
from sqlalchemy import Engine, Table, create_engine, func, inspect, select
from sqlalchemy.dialects import postgresql as postgresql_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.schema import DDL, CreateIndex, CreateTable

from troth.demo.schema import TABLES, metadata
from troth.errors import TrothError


class DemoBuildError(TrothError):
    """The demo company cannot be built as asked."""


Rows = dict[str, list[tuple[Any, ...]]]

_SQL_TABLES = {str(t.name): t for t in TABLES}
_DROP_PKEY = DDL("ALTER TABLE %(fullname)s DROP CONSTRAINT %(table)s_pkey")


def parse_url(url: str) -> URL:
    """Parse a database URL or raise a one-line error."""
    try:
        return make_url(url)
    except ArgumentError:
        raise DemoBuildError(
            "demo database URL is not valid; expected sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST:PORT/DB"
        ) from None


def safe_url(url: str) -> str:
    """The URL with any password hidden, fit for messages."""
    return parse_url(url).render_as_string(hide_password=True)


def _existing_demo_accounts(engine: Engine) -> int | None:
    """How many rows the demo tables hold already; None when none of them exists."""
    names = set(inspect(engine).get_table_names())
    present = [t for t in TABLES if t.name in names]
    if not present:
        return None
    total = 0
    with engine.connect() as conn:
        for table in present:
            total += conn.execute(select(func.count()).select_from(table)).scalar_one()
            if total:
                break
    return total


def _prepare(engine: Engine, url: str, replace: bool, deferred_keys: bool) -> None:
    """Refuse or clear an existing demo database, then create the bare tables.

    With ``deferred_keys`` (PostgreSQL) the tables are created without primary and
    foreign keys; :func:`_add_keys` adds them after loading, which sorts once instead of
    maintaining a b-tree row by row.
    """
    existing = _existing_demo_accounts(engine)
    if existing and not replace:
        raise DemoBuildError(
            f"the demo database {safe_url(url)} already holds demo data; "
            "pass --replace (replace=True) to rebuild it"
        )
    with engine.begin() as conn:
        metadata.drop_all(conn, checkfirst=True)
        for table in TABLES:
            fks: list[Any] | None = [] if deferred_keys else None
            conn.execute(CreateTable(table, include_foreign_key_constraints=fks))
            if deferred_keys:  # PostgreSQL names an unnamed primary key <table>_pkey
                conn.execute(_DROP_PKEY.against(table))


def _prepare_failed(url: str, exc: SQLAlchemyError) -> DemoBuildError:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return DemoBuildError(f"cannot prepare the demo database {safe_url(url)}: {reason}")


def _sqlite_path(url: str) -> Path:
    database = parse_url(url).database
    if not database or database == ":memory:":
        raise DemoBuildError("the demo database must be a SQLite file, not in memory")
    return Path(database).expanduser()


def _pg_conninfo(url: str) -> str:
    return parse_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_connect(url: str) -> psycopg.Connection[Any]:
    try:
        conn = psycopg.connect(_pg_conninfo(url), autocommit=True)
    except psycopg.Error as exc:
        raise DemoBuildError(f"cannot connect to {safe_url(url)}: {exc}") from None
    conn.execute("SET synchronous_commit = off")
    return conn


def backend_of(url: str) -> str:
    """``sqlite`` or ``postgresql``; a one-line error for anything else."""
    backend = parse_url(url).get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DemoBuildError(
            f"the demo database must be SQLite or PostgreSQL, not {backend!r} ({safe_url(url)})"
        )
    return backend


def prepare_database(url: str, replace: bool) -> None:
    """Check the URL, refuse or clear an existing demo database, and create the bare tables.

    SQLite tables get their keys at once (SQLite cannot add them later); PostgreSQL
    tables get them in :func:`finish_database`, after the data is in.
    """
    backend = backend_of(url)
    if backend == "sqlite":
        path = _sqlite_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    try:
        _prepare(engine, url, replace, deferred_keys=backend == "postgresql")
    except SQLAlchemyError as exc:
        raise _prepare_failed(url, exc) from None
    finally:
        engine.dispose()


class BatchWriter(Protocol):
    """Writes batches of rows into the prepared demo database from one process."""

    def write(self, rows: Rows) -> None: ...

    def close(self) -> None: ...


class SqliteWriter:
    """``executemany`` per table in one transaction per batch, journaling and syncing off.

    Several processes may each hold one; they must take turns (one transaction at a
    time), which the builder arranges, so no transaction ever waits on SQLite's lock.
    """

    def __init__(self, url: str) -> None:
        self._conn = sqlite3.connect(str(_sqlite_path(url)), isolation_level=None, timeout=60)
        for pragma in (
            "journal_mode=OFF",
            "synchronous=OFF",
            "cache_size=-65536",
            "temp_store=MEMORY",
        ):
            self._conn.execute(f"PRAGMA {pragma}")
        dialect = sqlite_dialect.dialect()
        self._inserts = {
            name: str(t.insert().compile(dialect=dialect)) for name, t in _SQL_TABLES.items()
        }

    def write(self, rows: Rows) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name in _SQL_TABLES:
                batch = rows.get(name)
                if batch:
                    conn.executemany(self._inserts[name], batch)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()


class PostgresWriter:
    """``COPY`` per table in one transaction per batch; several processes may copy at once."""

    def __init__(self, url: str) -> None:
        self._conn = _pg_connect(url)
        self._copies = {
            name: sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(name), sql.SQL(", ").join(sql.Identifier(c.name) for c in t.columns)
            )
            for name, t in _SQL_TABLES.items()
        }

    def write(self, rows: Rows) -> None:
        with self._conn.transaction(), self._conn.cursor() as cur:
            for name in _SQL_TABLES:
                batch = rows.get(name)
                if not batch:
                    continue
                with cur.copy(self._copies[name]) as copy:
                    write_row = copy.write_row
                    for row in batch:
                        write_row(row)

    def close(self) -> None:
        if not self._conn.closed:
            self._conn.close()


def open_writer(url: str) -> BatchWriter:
    """A writer for the prepared demo database at ``url``, for the calling process."""
    if backend_of(url) == "sqlite":
        return SqliteWriter(url)
    return PostgresWriter(url)


def _finish_sqlite(url: str) -> None:
    conn = sqlite3.connect(str(_sqlite_path(url)), isolation_level=None, timeout=60)
    try:
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144", "threads=4"):
            conn.execute(f"PRAGMA {pragma}")
        dialect = sqlite_dialect.dialect()
        conn.execute("BEGIN IMMEDIATE")
        for table in TABLES:
            for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
                conn.execute(str(CreateIndex(index).compile(dialect=dialect)))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    finally:
        conn.close()


def _pg_keys_and_indexes(url: str, tables: list[Table]) -> None:
    """Primary key and indexes of some tables, on a connection of their own."""
    dialect = postgresql_dialect.dialect()
    with _pg_connect(url) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        for table in tables:
            conn.execute(
                sql.SQL("ALTER TABLE {} ADD PRIMARY KEY ({})").format(
                    sql.Identifier(table.name),
                    sql.SQL(", ").join(sql.Identifier(c.name) for c in table.primary_key),
                )
            )
            for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
                conn.execute(str(CreateIndex(index).compile(dialect=dialect)))


def _finish_postgres(url: str, connections: int) -> None:
    """Keys and indexes on ``connections`` connections at once (tables shared out by their
    size), then foreign keys, which need the referenced keys, one after another.

    The DDL is written here rather than with SQLAlchemy's ``AddConstraint``, which would
    mark the shared table metadata so later ``CreateTable`` calls (on any database) leave
    those constraints out.
    """
    with _pg_connect(url) as conn:
        sizes = {
            name: int(pages)
            for name, pages in conn.execute(
                "SELECT relname, pg_relation_size(oid) FROM pg_class WHERE relname = ANY(%s)",
                [list(_SQL_TABLES)],
            )
        }
    shares: list[list[Table]] = [[] for _ in range(max(1, connections))]
    loads = [0] * len(shares)
    for table in sorted(TABLES, key=lambda t: -sizes.get(str(t.name), 0)):
        lightest = loads.index(min(loads))
        shares[lightest].append(table)
        loads[lightest] += sizes.get(str(table.name), 0) * (1 + len(table.indexes))
    with ThreadPoolExecutor(max_workers=len(shares)) as pool:
        for done in [pool.submit(_pg_keys_and_indexes, url, share) for share in shares]:
            done.result()
    with _pg_connect(url) as conn, conn.transaction():
        for table in TABLES:
            for fk in sorted(table.foreign_keys, key=lambda f: str(f.parent.name)):
                conn.execute(
                    sql.SQL("ALTER TABLE {} ADD FOREIGN KEY ({}) REFERENCES {} ({})").format(
                        sql.Identifier(table.name),
                        sql.Identifier(fk.parent.name),
                        sql.Identifier(fk.column.table.name),
                        sql.Identifier(fk.column.name),
                    )
                )
    with _pg_connect(url) as conn:
        # statistics for the planner, the indexed expressions too (lower(trim(email))):
        # without them a lookup of many folded addresses reads the whole table
        conn.execute("ANALYZE")


def finish_database(url: str, connections: int = 2) -> None:
    """After loading: indexes (SQLite); keys, indexes, foreign keys and the planner's
    statistics (PostgreSQL)."""
    try:
        if backend_of(url) == "sqlite":
            _finish_sqlite(url)
        else:
            _finish_postgres(url, connections)
    except (sqlite3.Error, psycopg.Error) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DemoBuildError(f"cannot finish the demo database {safe_url(url)}: {reason}") from None
