"""Counterexamples the differential test found, kept as regular tests (SQLite).

Each is the smallest data map and rows that showed the engine and docs/semantics.md
disagreeing; the expected values are worked out from the rules and written here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Policy
from troth.requests.executor import run_access, run_erasure
from troth.requests.planner import plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "identity_policy.yaml"


def _field(name: str, category: str = "system.operations", **meta: Any) -> dict:
    field: dict[str, Any] = {"name": name, "data_categories": [category]}
    if meta:
        field["fides_meta"] = meta
    return field


def _ref(target: str, direction: str | None) -> dict:
    ref: dict[str, Any] = {"dataset": "people", "field": target}
    if direction:
        ref["direction"] = direction
    return {"references": [ref]}


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


def _run(tmp_path: Path, sql: str, collections: list[dict], policy: Policy, kind: str) -> Any:
    path = tmp_path / "people.sqlite3"
    if not path.exists():
        with sqlite3.connect(path) as conn:
            conn.executescript(sql)
    dataset = dataset_from_body({"fides_key": "people", "collections": collections})
    plan = plan_request(kind, {"email": ["ann@example.org"]}, [dataset], policy)
    with ConnectionSet({"people": SqlConnector("people", f"sqlite:///{path}")}) as connections:
        return (run_access if kind == "access" else run_erasure)(plan, connections)


def _rows(tmp_path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(tmp_path / "people.sqlite3") as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608


ACCOUNTS = {
    "name": "accounts",
    "fields": [
        _field("id", primary_key=True),
        _field("email", "user.contact.email", identity="email"),
        _field("thing", **_ref("things.ref", "to")),
    ],
}


def test_a_link_without_direction_is_never_followed_into_another_person(
    tmp_path: Path, policy: Policy
) -> None:
    """E3, E4: a thing both accounts point at names Bob's account by a link with no
    direction; Ann's request never reaches Bob's account, and the thing is shared."""
    sql = """
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, thing TEXT);
    CREATE TABLE things (id INTEGER PRIMARY KEY, ref TEXT, account_id INTEGER, note TEXT);
    INSERT INTO accounts VALUES (1, 'ann@example.org', 'r1'), (2, 'bob@example.org', 'r1');
    INSERT INTO things VALUES (10, 'r1', 2, 'a note');
    """
    things = {
        "name": "things",
        "fields": [
            _field("id", primary_key=True),
            _field("ref"),
            _field("account_id", **_ref("accounts.id", None)),
            _field("note", "user.content"),
        ],
    }
    access = _run(tmp_path, sql, [ACCOUNTS, things], policy, "access")
    found = {
        c.collection: [(r["id"], s) for r, s in zip(c.rows, c.shared, strict=True)]
        for c in access.collections
    }
    assert found == {"accounts": [(1, False)], "things": [(10, True)]}
    _run(tmp_path, sql, [ACCOUNTS, things], policy, "erasure")
    assert _rows(tmp_path, "accounts") == [(2, "bob@example.org", "r1")]
    assert _rows(tmp_path, "things") == [(10, "r1", 2, "a note")]


def test_two_links_to_one_field_are_two_links(tmp_path: Path, policy: Policy) -> None:
    """E5: a message's sender and recipient both name people.id; the message is found from
    either, and belongs to each (Ann's erasure deletes the message she sent)."""
    sql = """
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, thing TEXT);
    CREATE TABLE messages (id INTEGER PRIMARY KEY, sender_id INTEGER, recipient_id INTEGER,
                           body TEXT);
    INSERT INTO accounts VALUES (1, 'ann@example.org', NULL), (2, 'bob@example.org', NULL);
    INSERT INTO messages VALUES (5, 1, 2, 'hello Bob'), (6, 2, 2, 'note to self');
    """
    messages = {
        "name": "messages",
        "fields": [
            _field("id", primary_key=True),
            _field("sender_id", "user.unique_id", **_ref("accounts.id", "from")),
            _field("recipient_id", "user.unique_id", **_ref("accounts.id", "from")),
            _field("body", "user.content"),
        ],
    }
    accounts = {"name": "accounts", "fields": ACCOUNTS["fields"][:2] + [_field("thing")]}
    access = _run(tmp_path, sql, [accounts, messages], policy, "access")
    found = {c.collection: sorted(r["id"] for r in c.rows) for c in access.collections}
    assert found == {"accounts": [1], "messages": [5]}
    _run(tmp_path, sql, [accounts, messages], policy, "erasure")
    assert _rows(tmp_path, "messages") == [(6, 2, 2, "note to self")]


def test_an_address_book_of_other_people_is_not_theirs(tmp_path: Path, policy: Policy) -> None:
    """E4: Ann's contacts hold other people's e-mail addresses; a contact row whose address
    is not Ann's is that person's, found by nobody but them."""
    sql = """
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, thing TEXT);
    CREATE TABLE contacts (id INTEGER PRIMARY KEY, account_id INTEGER, email TEXT, label TEXT);
    INSERT INTO accounts VALUES (1, 'ann@example.org', NULL);
    INSERT INTO contacts VALUES (20, 1, 'bob@example.org', 'Bob'), (21, 1, NULL, 'plumber');
    """
    contacts = {
        "name": "contacts",
        "fields": [
            _field("id", primary_key=True),
            _field("account_id", "user.unique_id", **_ref("accounts.id", "from")),
            _field("email", "user.contact.email", identity="email"),
            _field("label", "user.name"),
        ],
    }
    accounts = {"name": "accounts", "fields": ACCOUNTS["fields"][:2] + [_field("thing")]}
    access = _run(tmp_path, sql, [accounts, contacts], policy, "access")
    found = {c.collection: sorted(r["id"] for r in c.rows) for c in access.collections}
    assert found == {"accounts": [1], "contacts": [21]}
    _run(tmp_path, sql, [accounts, contacts], policy, "erasure")
    assert _rows(tmp_path, "contacts") == [(20, 1, "bob@example.org", "Bob")]


def test_another_persons_row_belonging_to_a_household_makes_it_shared(
    tmp_path: Path, policy: Policy
) -> None:
    """R3: Bob's membership row belongs to the household Ann's account points at; a row
    outside Ann's record holds a link to it, so it is shared and kept."""
    sql = """
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, household_id INTEGER);
    CREATE TABLE households (id INTEGER PRIMARY KEY, address TEXT);
    CREATE TABLE members (id INTEGER PRIMARY KEY, household_id INTEGER, email TEXT);
    INSERT INTO accounts VALUES (1, 'ann@example.org', 7);
    INSERT INTO households VALUES (7, '1 Shared Rd');
    INSERT INTO members VALUES (30, 7, 'bob@example.org');
    """
    collections = [
        {
            "name": "accounts",
            "fields": [
                _field("id", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("household_id", **_ref("households.id", "to")),
            ],
        },
        {
            "name": "households",
            "fields": [_field("id", primary_key=True), _field("address", "user.contact.address")],
        },
        {
            "name": "members",
            "fields": [
                _field("id", primary_key=True),
                _field("household_id", **_ref("households.id", "from")),
                _field("email", "user.contact.email", identity="email"),
            ],
        },
    ]
    access = _run(tmp_path, sql, collections, policy, "access")
    households = next(c for c in access.collections if c.collection == "households")
    assert households.shared == (True,)
    result = _run(tmp_path, sql, collections, policy, "erasure")
    assert _rows(tmp_path, "households") == [(7, "1 Shared Rd")]
    assert _rows(tmp_path, "members") == [(30, 7, "bob@example.org")]
    assert result.status == "complete"
