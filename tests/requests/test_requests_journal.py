"""The store-backed journal: steps recorded at once, visible to a later process."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from troth.requests.journal import StoreJournal
from troth.store import open_store
from troth.store.tables import subject_requests


def _request(engine: sa.Engine, request_id: str) -> None:
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(
            subject_requests.insert().values(
                id=request_id,
                kind="erasure",
                state="running",
                jurisdiction="GDPR",
                subject_ref="subject:x",
                identities={},
                contact="a@example.com",
                details={},
                approval_required=False,
                attempts=1,
                received_at=now,
                due_at=now,
                updated_at=now,
            )
        )


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
