"""Helpers for the request service tests: a store with a small data map, mail reading."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage

import sqlalchemy as sa

from troth.store import Store
from troth.store.tables import subject_requests

SMALL_DATASET = {
    "fides_key": "shop",
    "name": "shop",
    "collections": [
        {
            "name": "customers",
            "fields": [
                {"name": "id", "fides_meta": {"primary_key": True}},
                {
                    "name": "email",
                    "data_categories": ["user.contact.email"],
                    "fides_meta": {"identity": "email", "data_type": "string"},
                },
                {
                    "name": "loyalty_id",
                    "data_categories": ["user.unique_id"],
                    "fides_meta": {"identity": "loyalty_id", "data_type": "string"},
                },
                {"name": "name", "data_categories": ["user.name"]},
            ],
        }
    ],
}


def with_small_datamap(store: Store) -> Store:
    store.save_dataset("shop", SMALL_DATASET, None, "shop.yml")
    return store


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return part.get_content()


def code_in(msg: EmailMessage) -> str:
    found = re.search(r"enter this code: (\d+)", body(msg))
    assert found, body(msg)
    return found.group(1)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def insert_request_row(
    engine: sa.Engine,
    request_id: str,
    kind: str = "erasure",
    state: str = "running",
    at: datetime | None = None,
) -> None:
    """Insert request ``request_id`` with neutral values (no personal data but a test address)."""
    at = at or datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(
            subject_requests.insert().values(
                id=request_id,
                kind=kind,
                state=state,
                jurisdiction="GDPR",
                subject_ref="subject:x",
                identities={},
                contact="a@example.com",
                details={},
                approval_required=False,
                attempts=1 if state == "running" else 0,
                received_at=at,
                due_at=at,
                updated_at=at,
            )
        )
