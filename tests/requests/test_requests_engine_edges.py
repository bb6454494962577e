"""Edges of the request engine's rules (docs/semantics.md) on a small SQLite shop.

Each expected value is worked out by hand from the rule it names and written here.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Policy
from troth.requests.executor import (
    ExecutionError,
    resolve_strategies,
    run_correction,
    run_erasure,
)
from troth.requests.planner import plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "meetings_policy.yaml"


def _field(name: str, category: str, **meta: Any) -> dict:
    field: dict[str, Any] = {"name": name, "data_categories": [category]}
    if meta:
        field["fides_meta"] = meta
    return field


def _ref(collection_field: str, direction: str) -> dict:
    return {"references": [{"dataset": "meet", "field": collection_field, "direction": direction}]}


# people; the invoices they own (held for the tax law: user.financial rests on a legal
# obligation, kept for P6Y after order_completed); the newsletter (consent only)
SHOP = dataset_from_body(
    {
        "fides_key": "meet",
        "collections": [
            {
                "name": "people",
                "fields": [
                    _field("id", "user.unique_id", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                    _field("name", "user.name"),
                ],
            },
            {
                "name": "invoices",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("person_id", "user.unique_id", **_ref("people.id", "from")),
                    _field("amount", "user.financial"),
                ],
            },
        ],
    }
)

SCHEMA = """
CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
CREATE TABLE invoices (id INTEGER PRIMARY KEY, person_id INTEGER, amount INTEGER);
INSERT INTO people VALUES (1, 'ann@example.com', 'Ann'), (2, 'bob@example.com', 'Bob');
INSERT INTO invoices VALUES (100, 1, 1999), (101, 2, 500);
"""


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "meet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
    return path


def _connections(path: Path) -> ConnectionSet:
    return ConnectionSet({"meet": SqlConnector("meet", f"sqlite:///{path}")})


def _query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_an_access_plan_reads_every_field_and_writes_nothing(policy: Policy) -> None:
    """R4: access reads every declared field of every row; it keeps and erases nothing. The
    kind is read from JSON, as a request arrives (a string equal to "access", not the same
    object)."""
    kind = json.loads('{"kind": "access"}')["kind"]
    plan = plan_request(kind, {"email": ["ann@example.com"]}, [SHOP], policy)
    assert [(s.collection, s.row_action) for s in plan.steps] == [
        ("people", "read"),
        ("invoices", "read"),
    ]
    assert {(s.collection, f.name, f.action) for s in plan.steps for f in s.fields} == {
        ("people", "id", "read"),
        ("people", "email", "read"),
        ("people", "name", "read"),
        ("invoices", "id", "read"),
        ("invoices", "person_id", "read"),
        ("invoices", "amount", "read"),
    }
    assert plan.write_order == ()


def test_a_legal_hold_names_the_use_and_the_retention(shop: Path, policy: Policy) -> None:
    """X1.4: a field held for a legal obligation is unchanged, with the use and the retention
    as the reason; the row is masked, not deleted (X2), and the request is complete (O1)."""
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, [SHOP], policy)
    reason = (
        "user.financial is kept for essential.legal_obligation (legal obligation) "
        "for P6Y after order_completed"
    )
    invoices = next(s for s in plan.steps if s.collection == "invoices")
    assert {f.name: (f.action, f.reason) for f in invoices.fields} == {
        "id": ("keep", "the row's key"),
        "person_id": ("erase", None),
        "amount": ("keep", reason),
    }
    assert invoices.row_action == "mask" and invoices.retained_reason == reason
    with _connections(shop) as connections:
        result = run_erasure(plan, connections)
    assert _query(shop, "SELECT * FROM invoices ORDER BY id") == [(100, None, 1999), (101, 2, 500)]
    assert _query(shop, "SELECT id FROM people ORDER BY id") == [(2,)]
    assert result.status == "complete", result.kept
    step = result.step("invoices")
    assert step is not None and step.fields_kept == {"amount": reason}
    # X6: each written collection (invoices masked, people deleted) is read back once
    assert result.verification["queries"] == 2


def test_steps_run_from_the_identity_outward_and_a_cycle_breaks_nearest_it(
    policy: Policy,
) -> None:
    """Rows that find others are looked up first; orders and notes own each other (a cycle),
    which is entered at orders, one link from the person, before notes, two links away
    (names sorted the other way)."""
    cycle = dataset_from_body(
        {
            "fides_key": "meet",
            "collections": [
                {
                    "name": "people",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("email", "user.contact.email", identity="email"),
                    ],
                },
                {
                    "name": "b_orders",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("person_id", "user.unique_id", **_ref("people.id", "from")),
                        _field("note_id", "system.operations", **_ref("a_notes.id", "from")),
                    ],
                },
                {
                    "name": "a_notes",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("order_id", "system.operations", **_ref("b_orders.id", "from")),
                        _field("text", "user.content"),
                    ],
                },
            ],
        }
    )
    plan = plan_request("access", {"email": ["ann@example.com"]}, [cycle], policy)
    assert [s.collection for s in plan.steps] == ["people", "b_orders", "a_notes"]


def test_a_collection_is_looked_up_after_every_collection_whose_rows_find_it(
    policy: Policy,
) -> None:
    """Orders belong to a person and to one of that person's notes: notes come first, though
    both are one link from the person and "a_orders" sorts before "b_notes"."""
    both = dataset_from_body(
        {
            "fides_key": "meet",
            "collections": [
                {
                    "name": "people",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("email", "user.contact.email", identity="email"),
                    ],
                },
                {
                    "name": "a_orders",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("person_id", "user.unique_id", **_ref("people.id", "from")),
                        _field("note_id", "system.operations", **_ref("b_notes.id", "from")),
                    ],
                },
                {
                    "name": "b_notes",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("person_id", "user.unique_id", **_ref("people.id", "from")),
                    ],
                },
            ],
        }
    )
    plan = plan_request("access", {"email": ["ann@example.com"]}, [both], policy)
    assert [s.collection for s in plan.steps] == ["people", "b_notes", "a_orders"]


def test_rows_that_point_at_others_are_written_first(tmp_path: Path, policy: Policy) -> None:
    """X5: people point at their household (a referral), so people are written before
    households, whatever the names' order ("people" sorts after "households")."""
    homes = dataset_from_body(
        {
            "fides_key": "meet",
            "collections": [
                {
                    "name": "people",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("email", "user.contact.email", identity="email"),
                        _field("household_id", "system.operations", **_ref("households.id", "to")),
                    ],
                },
                {
                    "name": "households",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("address", "user.contact.address"),
                    ],
                },
            ],
        }
    )
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, [homes], policy)
    assert plan.write_order == ("erasure:meet.people", "erasure:meet.households")


def test_a_correction_writes_rows_and_deletes_none(shop: Path, policy: Policy) -> None:
    """A correction (kind read from JSON) writes the corrected field of the subject's rows:
    the people step writes rows, it never deletes or masks them."""
    kind = json.loads('{"kind": "correction"}')["kind"]
    plan = plan_request(
        kind, {"email": ["ann@example.com"]}, [SHOP], policy, correction_target="email"
    )
    people = next(s for s in plan.steps if s.collection == "people")
    assert people.row_action == "write"
    assert [f.name for f in people.fields_to("write")] == ["email"]
    assert "delete" not in plan.describe() and "mask" not in plan.describe()


def test_a_link_that_cannot_be_emptied_keeps_its_row_and_the_person_it_names(
    tmp_path: Path, policy: Policy
) -> None:
    """X1.6 and X3: Ann's invoice is held for the law and its link to her cannot hold NULL,
    so nothing of the invoice changes (no row is counted as masked); her own row stays,
    masked, because the invoice still points at it, and one row is kept for that reason."""
    path = tmp_path / "meet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
            CREATE TABLE invoices (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL,
                                   amount INTEGER);
            INSERT INTO people VALUES (1, 'ann@example.com', 'Ann'), (2, 'bob@example.com', 'Bob');
            INSERT INTO invoices VALUES (100, 1, 1999), (101, 2, 500);
            """
        )
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, [SHOP], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _query(path, "SELECT * FROM invoices ORDER BY id") == [(100, 1, 1999), (101, 2, 500)]
    assert _query(path, "SELECT * FROM people ORDER BY id") == [
        (1, None, None),
        (2, "bob@example.com", "Bob"),
    ]
    invoices, people = result.step("invoices"), result.step("people")
    assert invoices is not None and (invoices.masked, invoices.deleted) == (0, 0)
    assert people is not None and (people.masked, people.deleted) == (1, 0)
    assert people.kept == {"masked, not deleted: a row that stays points at it": 1}
    assert result.status == "complete", result.kept


def test_a_correction_writes_a_number_of_any_kind_into_the_subjects_rows_only(
    tmp_path: Path, policy: Policy
) -> None:
    """A correction of user.financial writes 25.5 into Ann's invoice (a REAL column), not into
    Bob's; every row it found is Ann's own, so none is reported as left alone."""
    path = tmp_path / "meet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
            CREATE TABLE invoices (id INTEGER PRIMARY KEY, person_id INTEGER, amount REAL);
            INSERT INTO people VALUES (1, 'ann@example.com', 'Ann'), (2, 'bob@example.com', 'Bob');
            INSERT INTO invoices VALUES (100, 1, 19.99), (101, 2, 5.0);
            """
        )
    plan = plan_request(
        "correction",
        {"email": ["ann@example.com"]},
        [SHOP],
        policy,
        correction_target="user.financial",
    )
    with _connections(path) as connections:
        result = run_correction(plan, connections, "user.financial", 25.5)
    assert _query(path, "SELECT * FROM invoices ORDER BY id") == [(100, 1, 25.5), (101, 2, 5.0)]
    assert result.changed == {"meet.invoices": 1}
    assert result.kept == {}


def test_a_correction_runs_only_for_the_target_it_was_planned_for(
    shop: Path, policy: Policy
) -> None:
    plan = plan_request(
        "correction", {"email": ["ann@example.com"]}, [SHOP], policy, correction_target="email"
    )
    with _connections(shop) as connections:
        with pytest.raises(ExecutionError, match="the plan corrects 'email', not 'address'"):
            run_correction(plan, connections, "address", "1 New Road")
        with pytest.raises(ExecutionError, match="the plan corrects 'email', not 'user.name'"):
            run_correction(plan, connections, "user.name", "Anna")
    assert _query(shop, "SELECT email, name FROM people ORDER BY id") == [
        ("ann@example.com", "Ann"),
        ("bob@example.com", "Bob"),
    ]


def test_a_composite_link_from_outside_keeps_only_the_order_it_names(
    tmp_path: Path, policy: Policy
) -> None:
    """E5 and X3: a review (someone else's, no identity reaches it) names an order by shop and
    number together. Ann's order (1, 7) is named: it stays, masked. Her order (2, 8) is not
    (the review of (1, 8) matches on the number only): it is deleted. Nothing else points at
    Ann, so her row goes; the reviews are unchanged."""
    orders = dataset_from_body(
        {
            "fides_key": "meet",
            "collections": [
                {
                    "name": "people",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("email", "user.contact.email", identity="email"),
                    ],
                },
                {
                    "name": "orders",
                    "fields": [
                        _field("shop_id", "system.operations", primary_key=True),
                        _field("number", "system.operations", primary_key=True),
                        _field("person_id", "user.unique_id", **_ref("people.id", "from")),
                        _field("item", "user.content"),
                    ],
                },
                {
                    "name": "reviews",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("shop_id", "system.operations", **_ref("orders.shop_id", "to")),
                        _field("order_number", "system.operations", **_ref("orders.number", "to")),
                        _field("text", "user.content"),
                    ],
                },
            ],
        }
    )
    path = tmp_path / "meet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
            CREATE TABLE orders (shop_id INTEGER, number INTEGER, person_id INTEGER, item TEXT,
                                 PRIMARY KEY (shop_id, number));
            CREATE TABLE reviews (id INTEGER PRIMARY KEY, shop_id INTEGER, order_number INTEGER,
                                  text TEXT);
            INSERT INTO people VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
            INSERT INTO orders VALUES (1, 7, 1, 'lamp'), (2, 8, 1, 'desk'), (1, 8, 2, 'chair');
            INSERT INTO reviews VALUES (50, 1, 7, 'Fine lamp'), (51, 1, 8, 'Good chair');
            """
        )
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, [orders], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _query(path, "SELECT * FROM orders ORDER BY shop_id, number") == [
        (1, 7, None, None),
        (1, 8, 2, "chair"),
    ]
    assert _query(path, "SELECT id FROM people ORDER BY id") == [(2,)]
    assert _query(path, "SELECT * FROM reviews ORDER BY id") == [
        (50, 1, 7, "Fine lamp"),
        (51, 1, 8, "Good chair"),
    ]
    step = result.step("orders")
    assert step is not None and (step.deleted, step.masked) == (1, 1)
    assert result.status == "complete", result.kept


def test_a_link_erased_by_delete_row_takes_its_row_though_it_cannot_be_null(
    tmp_path: Path,
) -> None:
    """X1.6 and X2: the policy erases a ticket's link to its person with delete_row. The
    column cannot hold NULL, but the row goes, so the plan as it runs says delete_row, and
    Ann's ticket and then Ann's row are deleted. The e-mail's rule (hash, on a column that
    can hold NULL) is shown as it is."""
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(
        POLICY.read_text(encoding="utf-8")
        + "erasure:\n  rules:\n    - fields: [meet.tickets.person_id]\n"
        "      strategy: delete_row\n"
        "    - fields: [meet.people.email]\n      strategy: hash\n",
        encoding="utf-8",
    )
    tickets = dataset_from_body(
        {
            "fides_key": "meet",
            "collections": [
                {
                    "name": "people",
                    "fields": [
                        _field("id", "user.unique_id", primary_key=True),
                        _field("email", "user.contact.email", identity="email"),
                    ],
                },
                {
                    "name": "tickets",
                    "fields": [
                        _field("id", "system.operations", primary_key=True),
                        _field("person_id", "user.unique_id", **_ref("people.id", "from")),
                        _field("subject", "system.operations"),
                    ],
                },
            ],
        }
    )
    path = tmp_path / "meet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
            CREATE TABLE tickets (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL,
                                  subject TEXT);
            INSERT INTO people VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
            INSERT INTO tickets VALUES (5, 1, 'printer'), (6, 2, 'screen');
            """
        )
    plan = plan_request(
        "erasure", {"email": ["ann@example.com"]}, [tickets], load_policy(policy_file)
    )
    with _connections(path) as connections:
        resolved = resolve_strategies(plan, connections)
        result = run_erasure(plan, connections)
    step = next(s for s in resolved.steps if s.collection == "tickets")
    assert {f.name: (f.action, f.strategy) for f in step.fields} == {
        "id": ("keep", None),
        "person_id": ("erase", "delete_row"),
        "subject": ("read", None),
    }
    people = next(s for s in resolved.steps if s.collection == "people")
    assert [(f.name, f.strategy) for f in people.fields_to("erase")] == [("email", "hash")]
    assert _query(path, "SELECT * FROM tickets") == [(6, 2, "screen")]
    assert _query(path, "SELECT * FROM people") == [(2, "bob@example.com")]
    assert result.status == "complete", result.kept


def test_a_correction_checks_the_new_value_against_the_column_length(tmp_path: Path) -> None:
    """A new e-mail address of 15 characters fits a VARCHAR(20) column and is written; one of
    25 does not, and the request fails with the reason before anything is written."""
    path = tmp_path / "meet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(20), name TEXT);
            CREATE TABLE invoices (id INTEGER PRIMARY KEY, person_id INTEGER, amount INTEGER);
            INSERT INTO people VALUES (1, 'ann@example.com', 'Ann'), (2, 'bob@example.com', 'Bob');
            """
        )
    policy = load_policy(POLICY)
    plan = plan_request(
        "correction", {"email": ["ann@example.com"]}, [SHOP], policy, correction_target="email"
    )
    with _connections(path) as connections:
        with pytest.raises(ExecutionError, match="'email' holds at most 20 characters"):
            run_correction(plan, connections, "email", "ann.smith@new.example.org")
        run_correction(plan, connections, "email", "ann@new.example")
    assert _query(path, "SELECT id, email FROM people ORDER BY id") == [
        (1, "ann@new.example"),
        (2, "bob@example.com"),
    ]


def test_a_correction_refuses_what_its_column_cannot_hold_and_other_plans(
    shop: Path, policy: Policy
) -> None:
    """A word is not a whole number for an INTEGER column (SQLite would store it as text); an
    access plan is not a correction. Both fail before anything is written."""
    plan = plan_request(
        "correction",
        {"email": ["ann@example.com"]},
        [SHOP],
        policy,
        correction_target="user.financial",
    )
    access = plan_request("access", {"email": ["ann@example.com"]}, [SHOP], policy)
    with _connections(shop) as connections:
        with pytest.raises(ExecutionError, match="'amount' holds whole numbers"):
            run_correction(plan, connections, "user.financial", "lots")
        with pytest.raises(ExecutionError, match="cannot be run as a correction"):
            run_correction(access, connections, "email", "ann@new.example")
    assert _query(shop, "SELECT * FROM invoices ORDER BY id") == [(100, 1, 1999), (101, 2, 500)]
    assert _query(shop, "SELECT email FROM people WHERE id = 1") == [("ann@example.com",)]
