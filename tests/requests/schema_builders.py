"""Small builders for the request engine's SQLite tests: data map fields, references within
the ``shop`` dataset, and a database made from a script."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def field(name: str, category: str, **meta: Any) -> dict:
    """A data map field of one category, with its ``fides_meta`` when given."""
    out: dict[str, Any] = {"name": name, "data_categories": [category]}
    if meta:
        out["fides_meta"] = meta
    return out


def ref(collection_field: str, direction: str) -> dict:
    """``fides_meta`` keys for a reference to ``collection.field`` of the ``shop`` dataset."""
    return {"references": [{"dataset": "shop", "field": collection_field, "direction": direction}]}


def database(path: Path, script: str) -> Path:
    """A SQLite database at ``path`` made by running ``script``."""
    with sqlite3.connect(path) as conn:
        conn.executescript(script)
    return path


def table(name: str, *fields: dict) -> dict:
    """A data map collection ``name`` keyed by an ``id`` column, with ``fields`` after it."""
    return {"name": name, "fields": [field("id", "system.operations", primary_key=True), *fields]}


def people() -> dict:
    """The ``people`` collection: an id and the e-mail address that finds a person."""
    return table("people", field("email", "user.contact.email", identity="email"))


def threads() -> dict:
    """A shop's data map where notes belong to a person or answer a reply, and replies
    answer a note: a chain of rows that goes round two collections, each row owned by the
    one before it."""
    return {
        "fides_key": "shop",
        "collections": [
            people(),
            table(
                "notes",
                field("person_id", "system.operations", **ref("people.id", "from")),
                field("reply_id", "system.operations", **ref("replies.id", "from")),
                field("text", "user.content"),
            ),
            table(
                "replies",
                field("note_id", "system.operations", **ref("notes.id", "from")),
                field("text", "user.content"),
            ),
        ],
    }
