"""Reads with more rows than one batch stream through a server-side cursor, and the request's
pinned connection is still usable for writes afterwards (PostgreSQL)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from troth.connectors import SqlConnector
from troth.connectors.sql import STREAM_BATCH

pytestmark = pytest.mark.postgres


def test_streamed_read_then_delete_on_one_pinned_connection(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE seen (id INTEGER PRIMARY KEY, who TEXT NOT NULL)"))
        conn.execute(
            sa.text(
                "INSERT INTO seen SELECT g, CASE WHEN g % 2 = 0 THEN 'a' ELSE 'b' END "
                "FROM generate_series(1, :n) g"
            ),
            {"n": 2 * STREAM_BATCH + 10},
        )
    connector = SqlConnector("t", postgres_url)
    with connector.session():
        rows = list(connector.read("seen", "who", ["a"]))  # more than one batch: streamed
        assert len(rows) == STREAM_BATCH + 5
        few = list(connector.read("seen", "id", [1, 2, 3]))  # one ordinary query
        assert sorted(r["id"] for r in few) == [1, 2, 3]
        with connector.transaction():
            deleted = connector.delete("seen", ["id"], [(r["id"],) for r in rows])
        assert deleted == STREAM_BATCH + 5
    connector.close()
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM seen WHERE who = 'a'")).scalar() == 0
        assert conn.execute(sa.text("SELECT count(*) FROM seen")).scalar() == STREAM_BATCH + 5
    engine.dispose()
