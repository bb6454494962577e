"""The store-backed journal: steps recorded at once, visible to a later process."""

from __future__ import annotations

import sqlalchemy as sa
from requests_helpers import insert_request_row

from troth.requests.journal import StoreJournal
from troth.store import open_store


def _request(engine: sa.Engine, request_id: str) -> None:
    insert_request_row(engine, request_id)


def test_steps_are_durable_per_request_and_started_steps_show_as_unfinished(
    store_url: str,
) -> None:
    store = open_store(store_url)
    try:
        _request(store.engine, "r1")
        _request(store.engine, "r2")
        journal = StoreJournal(store.engine, "r1")
        journal.begin("erase:db.users")
        journal.record("erase:db.users", {"rows": 3})
        journal.begin("erase:db.orders")  # a crash here leaves it started, not done
        assert journal.is_done("erase:db.users")

        reopened = StoreJournal(store.engine, "r1")  # as a restarted process would
        assert reopened.is_done("erase:db.users")
        assert not reopened.is_done("erase:db.orders")
        assert reopened.unfinished() == ["erase:db.orders"]
        reopened.record("erase:db.orders", {"rows": 1})
        assert [(s.key, s.state, s.summary) for s in reopened.steps()] == [
            ("erase:db.users", "done", {"rows": 3}),
            ("erase:db.orders", "done", {"rows": 1}),
        ]
        assert not StoreJournal(store.engine, "r2").is_done("erase:db.users")
    finally:
        store.close()
