"""Values looked up on PostgreSQL match exactly whatever they hold: the separator the
connector sends many values with, empty strings, quotes, backslashes, braces, commas,
NULL-looking text, and integer keys of an INTEGER and a BIGINT column."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from troth.connectors import SqlConnector

pytestmark = pytest.mark.postgres

ODD = ["a\x1fb", "", "x", 'q"uote', "back\\slash", "{brace}", "com,ma", "NULL", " sp ", "é"]


def test_every_odd_value_finds_its_own_row_and_no_other(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, b BIGINT)"))
        for i, value in enumerate(ODD, start=1):
            conn.execute(
                sa.text("INSERT INTO t VALUES (:i, :v, :b)"), {"i": i, "v": value, "b": 10**12 + i}
            )
        conn.execute(sa.text("INSERT INTO t VALUES (99, 'a', NULL), (98, 'b', NULL)"))
    engine.dispose()
    connector = SqlConnector("t", postgres_url)
    try:
        for value in ODD:  # one value at a time, then all together
            assert [r["v"] for r in connector.read("t", "v", [value])] == [value]
        assert sorted(r["id"] for r in connector.read("t", "v", ODD)) == list(range(1, 11))
        assert sorted(r["id"] for r in connector.read("t", "v", ["", "zzz"])) == [2]
        assert sorted(r["id"] for r in connector.read("t", "id", [3, 99, 1000])) == [3, 99]
        found = connector.read("t", "b", [10**12 + 1, 10**12 + 10])
        assert sorted(r["id"] for r in found) == [1, 10]
        pairs = connector.read("t", ("id", "v"), [(1, "a\x1fb"), (2, ""), (99, "b")])
        assert sorted(r["id"] for r in pairs) == [1, 2]
    finally:
        connector.close()


def test_a_batch_lookup_by_folded_address_finds_its_rows_and_leaves_the_planner_as_it_was(
    postgres_url: str,
) -> None:
    """Many folded e-mail addresses at once (a batch's) are looked up with full scans
    discouraged for that one statement; the rows are exactly those that match, and the
    session's planner setting is the same afterwards."""
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT)"))
        conn.execute(
            sa.text(
                "INSERT INTO people SELECT n, 'Person' || n || '@Example.org ' FROM "
                "generate_series(1, 2000) AS n"
            )
        )
        conn.execute(sa.text("CREATE INDEX people_folded ON people (lower(trim(email)))"))
        conn.execute(sa.text("ANALYZE people"))
    engine.dispose()
    wanted = [f"person{n}@example.org" for n in range(1, 601, 2)]  # 300 values, odd ids
    connector = SqlConnector("p", postgres_url)
    try:
        with connector.session():
            rows = list(connector.read("people", "email", wanted, fold="email"))
            pinned = connector._pinned  # the session's one connection
            assert pinned is not None
            setting = pinned.exec_driver_sql("SHOW enable_seqscan").scalar()
        assert sorted(r["id"] for r in rows) == list(range(1, 601, 2))
        assert setting == "on"
    finally:
        connector.close()
