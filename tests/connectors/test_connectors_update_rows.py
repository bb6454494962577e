"""Per-row updates (each row its own values: a keyed hash, a random value) in one statement
per chunk, with single and composite keys, on SQLite and PostgreSQL; reads of many values
streamed without the probe."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from troth.connectors import SqlConnector
from troth.connectors.sql import PROBE_VALUES

ROWS = 120


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'u.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def filled(url: str) -> str:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "CREATE TABLE person (id INTEGER PRIMARY KEY, email VARCHAR(40) NOT NULL, "
                "secret BYTEA, seen TIMESTAMP, code INTEGER)".replace(
                    "BYTEA", "BLOB" if url.startswith("sqlite") else "BYTEA"
                )
            )
        )
        conn.execute(
            sa.text(
                "CREATE TABLE visit (email VARCHAR(40) NOT NULL, day INTEGER NOT NULL, "
                "note VARCHAR(20), PRIMARY KEY (email, day))"
            )
        )
        conn.execute(
            sa.text("INSERT INTO person VALUES (:i, :e, NULL, NULL, 0)"),
            [{"i": i, "e": f"p{i}@x"} for i in range(ROWS)],
        )
        conn.execute(
            sa.text("INSERT INTO visit VALUES (:e, :d, 'old')"),
            [{"e": f"p{i % 7}@x", "d": i} for i in range(ROWS)],
        )
    engine.dispose()
    return url


class Statements:
    def __init__(self, engine: sa.Engine) -> None:
        self.seen: Counter[str] = Counter()
        sa.event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        self.seen[statement.split()[0].upper()] += 1


def test_each_row_gets_its_own_values_in_one_statement_per_chunk(filled: str) -> None:
    connector = SqlConnector("u", filled, chunk_size=50)
    log = Statements(connector.engine)
    when = datetime(2020, 1, 2, 3, 4, 5)
    updates = [
        ((i,), {"email": f"h{i:03d}", "secret": bytes([i]), "seen": when, "code": i * 3})
        for i in range(0, ROWS, 2)
    ]
    with connector.session():
        assert connector.update_rows("person", ["id"], updates) == ROWS // 2
        composite = [((f"p{i % 7}@x", i), {"note": f"n{i}"}) for i in range(0, ROWS, 3)]
        assert connector.update_rows("visit", ["email", "day"], composite) == len(composite)
    if filled.startswith("postgresql"):
        # one UPDATE per chunk of 50 rows, not one per row
        assert log.seen["UPDATE"] == -(-(ROWS // 2) // 50) + -(-len(composite) // 50)
    connector.close()
    engine = sa.create_engine(filled)
    with engine.connect() as conn:
        people = {r.id: r for r in conn.execute(sa.text("SELECT * FROM person"))}
        notes = dict(
            ((r.email, r.day), r.note) for r in conn.execute(sa.text("SELECT * FROM visit"))
        )
    engine.dispose()
    for i, row in people.items():
        if i % 2 == 0:
            assert (row.email, bytes(row.secret), row.code) == (f"h{i:03d}", bytes([i]), i * 3)
            assert str(row.seen).startswith("2020-01-02 03:04:05")  # SQLite gives text
        else:  # rows not named keep their values
            assert (row.email, row.secret, row.code) == (f"p{i}@x", None, 0)
    for (email, day), note in notes.items():
        assert email == f"p{day % 7}@x"
        assert note == (f"n{day}" if day % 3 == 0 else "old")


def test_quotes_and_sql_in_new_values_are_only_values(filled: str) -> None:
    connector = SqlConnector("u", filled)
    nasty = "x'); DROP TABLE person; --"
    assert (
        connector.update_rows("person", ["id"], [((1,), {"email": nasty}), ((2,), {"email": "b"})])
        == 2
    )
    assert [r["email"] for r in connector.read("person", "id", [1, 2])] in (
        [nasty, "b"],
        ["b", nasty],
    )
    connector.close()


def test_a_read_of_many_values_streams_every_row(filled: str) -> None:
    connector = SqlConnector("u", filled)
    wanted = [f"p{i}@x" for i in range(PROBE_VALUES + 5)]
    with connector.session():
        rows = list(connector.read("person", "email", wanted))
        slim = list(connector.read("person", "email", wanted, columns=["id"]))
    assert sorted(r["id"] for r in rows) == list(range(ROWS))
    assert sorted(r["id"] for r in slim) == list(range(ROWS))
    assert {tuple(sorted(r)) for r in slim} == {("email", "id")}  # the matched field comes too
    connector.close()


def test_composite_keys_read_update_and_delete(filled: str) -> None:
    connector = SqlConnector("u", filled)
    log = Statements(connector.engine)
    wanted = [("p1@x", 1), ("p2@x", 9), ("p1@x", 8), ("p3@x", 1)]  # the last matches nothing
    rows = list(connector.read("visit", ("email", "day"), wanted))
    assert sorted((r["email"], r["day"]) for r in rows) == [("p1@x", 1), ("p1@x", 8), ("p2@x", 9)]
    assert connector.update("visit", ["email", "day"], [("p2@x", 9)], {"note": "new"}) == 1
    assert connector.delete("visit", ["email", "day"], [("p1@x", 1), ("p1@x", 8)]) == 2
    left = {(r["email"], r["day"]): r["note"] for r in connector.read("visit", "email", ["p1@x"])}
    assert ("p1@x", 1) not in left and ("p1@x", 8) not in left and left
    assert [r["note"] for r in connector.read("visit", ("email", "day"), [("p2@x", 9)])] == ["new"]
    assert log.seen["DELETE"] == 1
    connector.close()
