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
