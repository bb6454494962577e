"""Writing generated rows into the demo database: SQLite and PostgreSQL.

Both loaders create the tables bare, take batches of rows as fast as the
database allows (``executemany`` in large transactions with journaling off on
SQLite, ``COPY`` on PostgreSQL), and create indexes and foreign keys only after
the data is in.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Protocol

import psycopg
from psycopg import sql
from sqlalchemy import Engine, create_engine, func, inspect, select
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


class Loader(Protocol):
    def write(self, rows: Rows) -> None: ...

    def finish(self) -> None: ...

    def close(self) -> None: ...


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
            fks = [] if deferred_keys else None
            conn.execute(CreateTable(table, include_foreign_key_constraints=fks))
            if deferred_keys:  # PostgreSQL names an unnamed primary key <table>_pkey
                conn.execute(_DROP_PKEY.against(table))


def _prepare_failed(url: str, exc: SQLAlchemyError) -> DemoBuildError:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return DemoBuildError(f"cannot prepare the demo database {safe_url(url)}: {reason}")


class SqliteLoader:
    """Bulk loads into a SQLite file with journaling and syncing off during the build."""

    def __init__(self, url: str, replace: bool) -> None:
        parsed = parse_url(url)
        database = parsed.database
        if not database or database == ":memory:":
            raise DemoBuildError("the demo database must be a SQLite file, not in memory")
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        try:
            _prepare(engine, url, replace, deferred_keys=False)
        except SQLAlchemyError as exc:
            raise _prepare_failed(url, exc) from None
        finally:
            engine.dispose()
        self._dialect = engine.dialect
        self._conn = sqlite3.connect(str(Path(database).expanduser()), isolation_level=None)
        for pragma in (
            "journal_mode=OFF",
            "synchronous=OFF",
            "cache_size=-131072",
            "temp_store=MEMORY",
            "locking_mode=EXCLUSIVE",
        ):
            self._conn.execute(f"PRAGMA {pragma}")
        self._inserts = {
            name: str(t.insert().compile(dialect=engine.dialect)) for name, t in _SQL_TABLES.items()
        }

    def write(self, rows: Rows) -> None:
        conn = self._conn
        conn.execute("BEGIN")
        for name in _SQL_TABLES:
            batch = rows.get(name)
            if batch:
                conn.executemany(self._inserts[name], batch)
        conn.execute("COMMIT")

    def finish(self) -> None:
        conn = self._conn
        conn.execute("BEGIN")
        for table in TABLES:
            for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
                conn.execute(str(CreateIndex(index).compile(dialect=self._dialect)))
        conn.execute("COMMIT")
        conn.execute("PRAGMA locking_mode=NORMAL")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")

    def close(self) -> None:
        self._conn.close()


class PostgresLoader:
    """Bulk loads into PostgreSQL with ``COPY``; indexes and foreign keys come after the data."""

    def __init__(self, url: str, replace: bool) -> None:
        parsed = parse_url(url)
        engine = create_engine(url)
        try:
            _prepare(engine, url, replace, deferred_keys=True)
        except SQLAlchemyError as exc:
            raise _prepare_failed(url, exc) from None
        self._engine = engine
        conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self._conn = psycopg.connect(conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise DemoBuildError(f"cannot connect to {safe_url(url)}: {exc}") from None
        self._conn.execute("SET synchronous_commit = off")
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

    def finish(self) -> None:
        """Add primary keys, identity and reference indexes, then foreign keys.

        The DDL is written here rather than with SQLAlchemy's ``AddConstraint``, which
        would mark the shared table metadata so later ``CreateTable`` calls (on any
        database) leave those constraints out.
        """
        conn = self._conn
        with conn.transaction():
            conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for table in TABLES:
                conn.execute(
                    sql.SQL("ALTER TABLE {} ADD PRIMARY KEY ({})").format(
                        sql.Identifier(table.name),
                        sql.SQL(", ").join(sql.Identifier(c.name) for c in table.primary_key),
                    )
                )
            for table in TABLES:
                for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
                    conn.execute(str(CreateIndex(index).compile(dialect=self._engine.dialect)))
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

    def close(self) -> None:
        if not self._conn.closed:
            self._conn.close()
        self._engine.dispose()


def open_loader(url: str, replace: bool) -> Loader:
    """The loader for a database URL (SQLite or PostgreSQL)."""
    backend = parse_url(url).get_backend_name()
    if backend == "sqlite":
        return SqliteLoader(url, replace)
    if backend == "postgresql":
        return PostgresLoader(url, replace)
    raise DemoBuildError(
        f"the demo database must be SQLite or PostgreSQL, not {backend!r} ({safe_url(url)})"
    )


def count_rows(url: str) -> dict[str, int]:
    """Rows per demo table in a database (for summaries and checks)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                str(t.name): conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in TABLES
            }
    finally:
        engine.dispose()
