"""Helpers for the request service tests: a store with a small data map, mail reading."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage

from troth.store import Store

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
