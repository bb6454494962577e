"""How erasure and correction change a subject's rows (docs/semantics.md X1–X5), on small
SQLite schemas.

Each expected value is worked out by hand from the rule the test names and written here.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from schema_builders import database as _database
from schema_builders import field as _field
from schema_builders import ref as _ref

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Policy
from troth.requests.executor import (
    ExecutionError,
    MemoryJournal,
    resolve_strategies,
    run_correction,
    run_erasure,
)
from troth.requests.planner import plan_batch, plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "erasure_policy.yaml"


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


def _rows(path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608


def _connections(path: Path) -> ConnectionSet:
    return ConnectionSet({"shop": SqlConnector("shop", f"sqlite:///{path}")})


# an account and a newsletter subscription both hold the e-mail address
MAILING: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
            ],
        },
        {
            "name": "subscriptions",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
            ],
        },
    ],
}


@pytest.mark.parametrize("done", ["accounts", "subscriptions"])
def test_a_resumed_correction_writes_every_collection_the_journal_has_not_done(
    tmp_path: Path, policy: Policy, done: str
) -> None:
    """A correction run again after a stop skips each collection its journal records as
    done and writes every other one, whichever was done first."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, email TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO subscriptions VALUES (5, 'ann@example.org'), (6, 'bob@example.org');
        """,
    )
    dataset = dataset_from_body(MAILING)
    plan = plan_request(
        "correction", {"email": ["ann@example.org"]}, [dataset], policy, correction_target="email"
    )
    journal = MemoryJournal()
    journal.record(f"correction:shop.{done}", {"changed": 1})
    with _connections(path) as connections:
        result = run_correction(plan, connections, "email", "ann@example.net", journal)
    other = "subscriptions" if done == "accounts" else "accounts"
    assert result.changed == {f"shop.{other}": 1}
    first = {"accounts": 1, "subscriptions": 5}
    assert _rows(path, other)[0] == (first[other], "ann@example.net")
    assert _rows(path, done)[0] == (first[done], "ann@example.org")
    assert set(journal.steps) == {"correction:shop.accounts", "correction:shop.subscriptions"}


# accounts point at a household; the accounts table has no primary key in the database, the
# data map names its id as the key
HOMES: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
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


def test_a_row_pointed_at_only_by_rows_that_go_goes_though_the_pointers_have_no_database_key(
    tmp_path: Path, policy: Policy
) -> None:
    """X2, X3: Ann's account goes, so nothing that stays points at her household, which is
    hers alone: it goes too. The accounts table declares no primary key in the database; the
    data map's key (id) tells which account rows go. Cy's rows are untouched."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER, email TEXT, household_id INTEGER);
        CREATE TABLE households (id INTEGER PRIMARY KEY, address TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 10), (3, 'cy@example.org', 11);
        INSERT INTO households VALUES (10, '1 Own Lane'), (11, '2 Cy Road');
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(HOMES)], policy
    )
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "accounts") == [(3, "cy@example.org", 11)]
    assert _rows(path, "households") == [(11, "2 Cy Road")]
    households = result.step("households")
    assert households is not None and (households.deleted, households.masked) == (1, 0)
    assert households.kept == {}  # hers alone: nothing kept as shared
    assert result.status == "complete", result.kept


@pytest.mark.parametrize("slice_size", [2, 1], ids=["one-slice", "two-slices"])
def test_the_verification_record_names_its_slices_only_when_there_are_several(
    tmp_path: Path, policy: Policy, slice_size: int
) -> None:
    """X5: an erasure of Ann and Bob checks that their rows are gone. In one slice the
    record is that one check (no count of slices); in slices of one subject it sums the two
    checks and says there were 2. Either way nothing remains and the erasure is verified."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, email TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org'),
                                    (3, 'cy@example.org');
        INSERT INTO subscriptions VALUES (5, 'ann@example.org');
        """,
    )
    subjects = [{"email": ["ann@example.org"]}, {"email": ["bob@example.org"]}]
    plan = plan_batch("erasure", subjects, [dataset_from_body(MAILING)], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections, slice_size=slice_size)
    assert _rows(path, "accounts") == [(3, "cy@example.org")]
    assert _rows(path, "subscriptions") == []
    assert result.verified and result.verification["problems"] == []
    assert result.verification["remaining_rows"] == {}  # every row was deleted
    assert result.verification.get("slices") == (None if slice_size == 2 else 2)


# an account holds a phone number as a whole number
PHONES: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("phone", "user.contact.phone_number"),
            ],
        },
    ],
}


def test_a_column_no_mask_fits_does_not_stop_an_erasure_that_deletes_its_rows(
    tmp_path: Path, policy: Policy
) -> None:
    """X1.6, X2: the policy masks a phone number with the text "withheld", which an INTEGER
    column cannot hold; nothing points at Ann's account, so it is deleted, not masked, and
    the erasure goes ahead and ends complete. Bob's row is untouched."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, phone INTEGER);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 447700900123),
                                    (2, 'bob@example.org', 447700900456);
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(PHONES)], policy
    )
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "accounts") == [(2, "bob@example.org", 447700900456)]
    accounts = result.step("accounts")
    assert accounts is not None and (accounts.deleted, accounts.masked) == (1, 0)
    assert result.status == "complete", result.kept


# orders are kept (the policy keeps their rows) and point at an account
ORDERS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
            ],
        },
        {
            "name": "orders",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("account_id", "system.operations", **_ref("accounts.id", "from")),
                _field("review", "user.content"),
            ],
        },
    ],
}


def test_a_field_erased_by_deleting_its_row_is_emptied_where_the_row_stays(
    tmp_path: Path,
) -> None:
    """X1.6, X2: the policy erases an order's review by deleting the row, but keeps order
    rows, so the order stays and the review is set to NULL; the plan as it runs says so
    (null, not delete_row). Bob's order is untouched."""
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(
        POLICY.read_text(encoding="utf-8")
        + "    - fields: [shop.orders.review]\n      strategy: delete_row\n",
        encoding="utf-8",
    )
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER, review TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO orders VALUES (7, 1, 'Great lamp'), (8, 2, 'Fine desk');
        """,
    )
    plan = plan_request(
        "erasure",
        {"email": ["ann@example.org"]},
        [dataset_from_body(ORDERS)],
        load_policy(policy_file),
    )
    with _connections(path) as connections:
        resolved = resolve_strategies(plan, connections)
        result = run_erasure(plan, connections)
    orders = next(s for s in resolved.steps if s.collection == "orders")
    assert orders.row_action == "mask"
    assert [(f.name, f.strategy) for f in orders.fields_to("erase")] == [("review", "null")]
    assert _rows(path, "orders") == [(7, 1, None), (8, 2, "Fine desk")]
    step = result.step("orders")
    assert step is not None and (step.deleted, step.masked) == (0, 1)


# a note belongs to an account and may mention an account
def _notes(owner: str, mention: str) -> dict[str, Any]:
    return {
        "fides_key": "shop",
        "collections": [
            {
                "name": "accounts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                ],
            },
            {
                "name": "notes",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field(owner, "system.operations", **_ref("accounts.id", "from")),
                    _field(mention, "system.operations", **_ref("accounts.id", "to")),
                    _field("text", "user.content"),
                ],
            },
        ],
    }


@pytest.mark.parametrize(("owner", "mention"), [("a_owner", "b_mention"), ("owner", "mention")])
def test_a_row_another_persons_row_points_at_through_a_second_link_is_masked_not_deleted(
    tmp_path: Path, policy: Policy, owner: str, mention: str
) -> None:
    """X3: Ann's notes go with her. Bob's note mentions Ann's account through a link other
    than the one that makes notes someone's, and it stays, so Ann's account is masked (its
    address hashed), not deleted: no row that stays points at nothing. The links' names
    change nothing."""
    path = _database(
        tmp_path / "shop.sqlite3",
        f"""
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, {owner} INTEGER, {mention} INTEGER,
                            text TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO notes VALUES (5, 1, NULL, 'mine'), (6, 2, 1, 'about Ann');
        """,  # noqa: S608 (the column names are the test's own)
    )
    dataset = dataset_from_body(_notes(owner, mention))
    plan = plan_request("erasure", {"email": ["ann@example.org"]}, [dataset], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "notes") == [(6, 2, 1, "about Ann")]
    (ann, bob) = _rows(path, "accounts")
    assert ann[0] == 1 and len(ann[1]) == 64  # hashed, as the policy erases e-mail addresses
    assert bob == (2, "bob@example.org")
    accounts = result.step("accounts")
    assert accounts is not None and (accounts.deleted, accounts.masked) == (0, 1)


def test_a_kept_row_whose_delete_row_field_no_mask_fits_stops_the_erasure_before_writing(
    tmp_path: Path,
) -> None:
    """X1.6: as above, but the review column declares no type, so erasure cannot tell what
    it may hold and cannot empty it. The erasure stops before it writes anything, with an
    error that names the collection and the column; every row is as it was."""
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(
        POLICY.read_text(encoding="utf-8")
        + "    - fields: [shop.orders.review]\n      strategy: delete_row\n",
        encoding="utf-8",
    )
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER, review);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO orders VALUES (7, 1, 'Great lamp'), (8, 2, 'Fine desk');
        """,
    )
    plan = plan_request(
        "erasure",
        {"email": ["ann@example.org"]},
        [dataset_from_body(ORDERS)],
        load_policy(policy_file),
    )
    with _connections(path) as connections:
        with pytest.raises(ExecutionError, match=r"^shop\.orders: column 'review'"):
            run_erasure(plan, connections)
    assert _rows(path, "orders") == [(7, 1, "Great lamp"), (8, 2, "Fine desk")]
    assert _rows(path, "accounts") == [(1, "ann@example.org"), (2, "bob@example.org")]


def test_a_correction_refuses_a_column_whose_kind_of_value_is_not_known(
    tmp_path: Path, policy: Policy
) -> None:
    """A correction of a name into a column that declares no type refuses, whatever the new
    value (a whole number here): it cannot tell what the column may hold. Nothing changes."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, name);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 'Ann'), (2, 'bob@example.org', 'Bob');
        """,
    )
    named = {
        "fides_key": "shop",
        "collections": [
            {
                "name": "accounts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                    _field("name", "user.name"),
                ],
            }
        ],
    }
    plan = plan_request(
        "correction",
        {"email": ["ann@example.org"]},
        [dataset_from_body(named)],
        policy,
        correction_target="user.name",
    )
    with _connections(path) as connections:
        with pytest.raises(ExecutionError, match="column 'name' holds a kind of value not known"):
            run_correction(plan, connections, "user.name", 42)
    assert _rows(path, "accounts") == [(1, "ann@example.org", "Ann"), (2, "bob@example.org", "Bob")]


# a note's account_id is both the account it mentions and the number of the profile it
# belongs to (profiles are numbered apart from accounts)
def _profiles(accounts: str) -> dict[str, Any]:
    return {
        "fides_key": "shop",
        "collections": [
            {
                "name": accounts,
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                ],
            },
            {
                "name": "profiles",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("account_id", "system.operations", **_ref(f"{accounts}.id", "from")),
                    _field("bio", "user.content"),
                ],
            },
            {
                "name": "notes",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    {
                        "name": "account_id",
                        "data_categories": ["system.operations"],
                        "fides_meta": {
                            "references": [
                                {"dataset": "shop", "field": "profiles.id", "direction": "from"},
                                {"dataset": "shop", "field": f"{accounts}.id", "direction": "to"},
                            ]
                        },
                    },
                    _field("text", "user.content"),
                ],
            },
        ],
    }


@pytest.mark.parametrize("accounts", ["accounts", "users"])
def test_a_row_pointed_at_by_a_field_that_also_makes_its_row_someone_elses_is_kept(
    tmp_path: Path, policy: Policy, accounts: str
) -> None:
    """X3: a note's account_id belongs it to a profile and also points at an account. Note
    61 belongs to Bob's profile 1 and points at Ann's account 1; it stays, so Ann's account
    is masked, not deleted. Ann's profile 5 and its note 60 go. The collections' names
    change nothing."""
    path = _database(
        tmp_path / "shop.sqlite3",
        f"""
        CREATE TABLE {accounts} (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE profiles (id INTEGER PRIMARY KEY, account_id INTEGER, bio TEXT);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, account_id INTEGER, text TEXT);
        INSERT INTO {accounts} VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO profiles VALUES (1, 2, 'Bob here'), (5, 1, 'Ann here');
        INSERT INTO notes VALUES (60, 5, 'Ann''s note'), (61, 1, 'Bob''s note');
        """,  # noqa: S608 (the table names are the test's own)
    )
    dataset = dataset_from_body(_profiles(accounts))
    plan = plan_request("erasure", {"email": ["ann@example.org"]}, [dataset], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "notes") == [(61, 1, "Bob's note")]
    assert _rows(path, "profiles") == [(1, 2, "Bob here")]
    (ann, bob) = _rows(path, accounts)
    assert ann[0] == 1 and len(ann[1]) == 64  # hashed, as the policy erases e-mail addresses
    assert bob == (2, "bob@example.org")
    step = result.step(accounts)
    assert step is not None and (step.deleted, step.masked) == (0, 1)


def test_rows_that_go_report_nothing_kept_for_links_that_cannot_be_emptied(
    tmp_path: Path, policy: Policy
) -> None:
    """X1.6, X2: a note's link to its account is personal, so it is erased, and cannot hold
    NULL; but Ann's notes are deleted with her, so the link is not kept: nothing is reported
    kept and the erasure is complete."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL,
                            mention_id INTEGER, text TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO notes VALUES (5, 1, NULL, 'mine'), (6, 2, NULL, 'Bob''s');
        """,
    )
    body = _notes("owner_id", "mention_id")
    body["collections"][1]["fields"][1]["data_categories"] = ["user.unique_id"]  # erased
    dataset = dataset_from_body(body)
    plan = plan_request("erasure", {"email": ["ann@example.org"]}, [dataset], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "notes") == [(6, 2, None, "Bob's")]
    assert _rows(path, "accounts") == [(2, "bob@example.org")]
    notes = result.step("notes")
    assert notes is not None and (notes.deleted, notes.kept) == (1, {})
    assert notes.summary()["fields_kept"] == {}  # the record names no field as kept
    # and it names each erased field as gone with its row
    assert notes.summary()["fields_erased"] == {"owner_id": "delete_row", "text": "delete_row"}
    assert result.status == "complete" and result.kept == []


def test_a_correction_target_read_from_a_request_is_the_planned_one(
    tmp_path: Path, policy: Policy
) -> None:
    """A correction's target arrives as text (here from JSON): equal text is the same
    target, so the correction runs and writes Ann's address."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, email TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        """,
    )
    plan = plan_request(
        "correction",
        {"email": ["ann@example.org"]},
        [dataset_from_body(MAILING)],
        policy,
        correction_target="email",
    )
    target = json.loads('{"target": "email"}')["target"]
    with _connections(path) as connections:
        result = run_correction(plan, connections, target, "ann@example.net")
    assert result.changed == {"shop.accounts": 1}
    assert _rows(path, "accounts") == [(1, "ann@example.net"), (2, "bob@example.org")]


# an account names the voucher it redeemed; a voucher names the account (by its code) that
# handed it out
VOUCHERS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("code", "system.operations"),
                _field("voucher", "system.operations", **_ref("vouchers.code", "to")),
            ],
        },
        {
            "name": "vouchers",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("code", "system.operations", **_ref("accounts.code", "to")),
                _field("note", "user.content"),
            ],
        },
    ],
}


def test_a_row_found_by_referral_does_not_stand_for_every_row_that_points_back(
    tmp_path: Path, policy: Policy
) -> None:
    """X3: Ann redeemed voucher T1 (hers, reached by referral). Voucher ANN, handed out under
    Ann's code, is not in her record and stays; it points at her account, so the account is
    masked (address hashed), not deleted, and so T1, which the account still names, is
    masked (its note emptied), not deleted. Voucher ANN and Bob are untouched."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, code TEXT, voucher TEXT);
        CREATE TABLE vouchers (id INTEGER PRIMARY KEY, code TEXT, note TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 'ANN', 'T1'),
                                    (2, 'bob@example.org', 'BOB', NULL);
        INSERT INTO vouchers VALUES (1, 'T1', 'for Ann'), (2, 'ANN', 'from Ann');
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(VOUCHERS)], policy
    )
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    (ann, bob) = _rows(path, "accounts")
    assert ann[0] == 1 and len(ann[1]) == 64 and ann[2:] == ("ANN", "T1")
    assert bob == (2, "bob@example.org", "BOB", None)
    assert _rows(path, "vouchers") == [(1, "T1", None), (2, "ANN", "from Ann")]
    assert result.status == "complete", result.kept


def test_a_link_erased_by_delete_row_on_a_row_that_stays_is_kept_where_it_cannot_be_null(
    tmp_path: Path,
) -> None:
    """X1.6: a link is set to NULL, or kept where its column cannot hold NULL: any other value
    would point at nothing or at someone else. The policy erases an order's account link by
    deleting the row, but order rows are kept, so Ann's order 7 stays; its link cannot be
    NULL, so it keeps pointing at Ann's account, which is therefore masked, not deleted."""
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(
        POLICY.read_text(encoding="utf-8")
        + "    - fields: [shop.orders.account_id]\n      strategy: delete_row\n",
        encoding="utf-8",
    )
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, review TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO orders VALUES (7, 1, 'Great lamp'), (8, 2, 'Fine desk');
        """,
    )
    body = copy.deepcopy(ORDERS)
    body["collections"][1]["fields"][1]["data_categories"] = ["user.unique_id"]  # erased
    plan = plan_request(
        "erasure",
        {"email": ["ann@example.org"]},
        [dataset_from_body(body)],
        load_policy(policy_file),
    )
    with _connections(path) as connections:
        run_erasure(plan, connections)
    (seven, eight) = _rows(path, "orders")
    assert seven[:2] == (7, 1) and seven[2] != "Great lamp"
    assert eight == (8, 2, "Fine desk")
    (ann, bob) = _rows(path, "accounts")
    assert ann[0] == 1 and len(ann[1]) == 64  # masked (hashed), not deleted
    assert bob == (2, "bob@example.org")


def test_a_write_the_database_refuses_stops_the_erasure_with_the_collection_named(
    tmp_path: Path, policy: Policy
) -> None:
    """A database trigger refuses to delete accounts: the erasure stops with an error that
    names the collection, and Ann's account is as it was (the write is undone)."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        CREATE TRIGGER keep_accounts BEFORE DELETE ON accounts
        BEGIN SELECT RAISE(ABORT, 'accounts are never deleted'); END;
        """,
    )
    mailing = {"fides_key": "shop", "collections": MAILING["collections"][:1]}
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(mailing)], policy
    )
    with _connections(path) as connections:
        with pytest.raises(ExecutionError, match=r"^shop\.accounts: "):
            run_erasure(plan, connections)
    assert _rows(path, "accounts") == [(1, "ann@example.org"), (2, "bob@example.org")]


@pytest.mark.parametrize("read_only", ["shop", "mail"])
def test_a_correction_through_a_read_only_connection_is_refused_before_writing(
    tmp_path: Path, read_only: str
) -> None:
    """Ann's address is held by accounts (database shop) and subscriptions (database mail).
    A correction where either connection is read-only is refused before anything is
    written, naming the collection and the connection: both databases are unchanged."""
    policy_file = tmp_path / "policy.yaml"
    text = POLICY.read_text(encoding="utf-8")
    policy_file.write_text(text.replace("datasets: [shop]", "datasets: [shop, mail]"))
    policy = load_policy(policy_file)
    paths = {
        "shop": _database(
            tmp_path / "shop.sqlite3",
            "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);"
            "INSERT INTO accounts VALUES (1, 'ann@example.org');",
        ),
        "mail": _database(
            tmp_path / "mail.sqlite3",
            "CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, email TEXT);"
            "INSERT INTO subscriptions VALUES (5, 'ann@example.org');",
        ),
    }
    datasets = [
        dataset_from_body({"fides_key": key, "collections": [collection]})
        for key, collection in zip(("shop", "mail"), MAILING["collections"], strict=True)
    ]
    plan = plan_request(
        "correction", {"email": ["ann@example.org"]}, datasets, policy, correction_target="email"
    )
    connectors = {
        key: SqlConnector(key, f"sqlite:///{path}", read_only=key == read_only)
        for key, path in paths.items()
    }
    table = {"shop": "accounts", "mail": "subscriptions"}[read_only]
    with ConnectionSet(connectors) as connections:
        with pytest.raises(
            ExecutionError, match=f"^{read_only}.{table}: connection '{read_only}' is read-only"
        ):
            run_correction(plan, connections, "email", "ann@example.net")
    assert _rows(paths["shop"], "accounts") == [(1, "ann@example.org")]
    assert _rows(paths["mail"], "subscriptions") == [(5, "ann@example.org")]


def test_an_erasure_in_slices_of_no_subject_is_refused(tmp_path: Path, policy: Policy) -> None:
    """A slice holds at least one subject: slices of 0 are refused with that reason, and
    nothing is written."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, email TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org');
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(MAILING)], policy
    )
    with _connections(path) as connections:
        with pytest.raises(ExecutionError, match="a slice holds at least one subject, not 0"):
            run_erasure(plan, connections, slice_size=0)
    assert _rows(path, "accounts") == [(1, "ann@example.org")]


# an account points at its household; both hold a name
FAMILIES: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("name", "user.name"),
                _field("household_id", "system.operations", **_ref("households.id", "to")),
            ],
        },
        {
            "name": "households",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("name", "user.name"),
            ],
        },
    ],
}
FAMILIES_SCHEMA = """
CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, name TEXT, household_id INTEGER);
CREATE TABLE households (id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO accounts VALUES (1, 'ann@example.org', 'Ann Lee', 10),
                            (2, 'bob@example.org', 'Bob Lee', 10);
INSERT INTO households VALUES (10, 'The Lees');
"""


def test_a_correction_writes_only_the_subjects_own_rows_and_counts_those_it_leaves(
    tmp_path: Path, policy: Policy
) -> None:
    """A correction of Ann's name writes her own account; the household her account points
    at is reached by referral, not hers alone, so its name is left as it is and the one
    row is reported as left alone. Bob's account is untouched."""
    path = _database(tmp_path / "shop.sqlite3", FAMILIES_SCHEMA)
    plan = plan_request(
        "correction",
        {"email": ["ann@example.org"]},
        [dataset_from_body(FAMILIES)],
        policy,
        correction_target="user.name",
    )
    with _connections(path) as connections:
        result = run_correction(plan, connections, "user.name", "Ann Park")
    assert _rows(path, "accounts") == [
        (1, "ann@example.org", "Ann Park", 10),
        (2, "bob@example.org", "Bob Lee", 10),
    ]
    assert _rows(path, "households") == [(10, "The Lees")]
    assert result.kept == {"shop.households": 1}


def test_a_correction_the_database_refuses_names_the_collection(
    tmp_path: Path, policy: Policy
) -> None:
    """A database trigger refuses to change account names: the correction stops with an
    error that names the collection, and Ann's name is as it was."""
    path = _database(
        tmp_path / "shop.sqlite3",
        FAMILIES_SCHEMA
        + """
        CREATE TRIGGER keep_names BEFORE UPDATE OF name ON accounts
        BEGIN SELECT RAISE(ABORT, 'names are never changed'); END;
        """,
    )
    plan = plan_request(
        "correction",
        {"email": ["ann@example.org"]},
        [dataset_from_body(FAMILIES)],
        policy,
        correction_target="user.name",
    )
    with _connections(path) as connections:
        with pytest.raises(ExecutionError, match=r"^shop\.accounts: "):
            run_correction(plan, connections, "user.name", "Ann Park")
    assert _rows(path, "accounts")[0] == (1, "ann@example.org", "Ann Lee", 10)


def test_only_a_correction_plan_runs_as_a_correction(tmp_path: Path, policy: Policy) -> None:
    """An access, erasure or withdrawal plan given to the correction is refused, naming its
    kind, and nothing is written."""
    path = _database(tmp_path / "shop.sqlite3", FAMILIES_SCHEMA)
    dataset = dataset_from_body(FAMILIES)
    with _connections(path) as connections:
        for kind in ("access", "erasure", "withdrawal"):
            plan = plan_request(kind, {"email": ["ann@example.org"]}, [dataset], policy)
            with pytest.raises(
                ExecutionError, match=f"a {kind} plan cannot be run as a correction"
            ):
                run_correction(plan, connections, "user.name", "Ann Park")
    assert _rows(path, "accounts")[0] == (1, "ann@example.org", "Ann Lee", 10)


def test_a_read_only_connection_where_the_subject_has_no_rows_does_not_stop_an_erasure(
    tmp_path: Path,
) -> None:
    """Ann's subscription database is reached through a read-only connection, but she has
    no row there: nothing needs writing through it, so her account is erased and the
    erasure is complete."""
    policy_file = tmp_path / "policy.yaml"
    text = POLICY.read_text(encoding="utf-8")
    policy_file.write_text(text.replace("datasets: [shop]", "datasets: [shop, mail]"))
    shop = _database(
        tmp_path / "shop.sqlite3",
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);"
        "INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');",
    )
    mail = _database(
        tmp_path / "mail.sqlite3",
        "CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, email TEXT);"
        "INSERT INTO subscriptions VALUES (6, 'bob@example.org');",
    )
    datasets = [
        dataset_from_body({"fides_key": key, "collections": [collection]})
        for key, collection in zip(("shop", "mail"), MAILING["collections"], strict=True)
    ]
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, datasets, load_policy(policy_file)
    )
    connectors = {
        "shop": SqlConnector("shop", f"sqlite:///{shop}"),
        "mail": SqlConnector("mail", f"sqlite:///{mail}", read_only=True),
    }
    with ConnectionSet(connectors) as connections:
        result = run_erasure(plan, connections)
    assert _rows(shop, "accounts") == [(2, "bob@example.org")]
    assert _rows(mail, "subscriptions") == [(6, "bob@example.org")]
    assert result.status == "complete", result.kept


def test_a_foreign_key_only_the_database_declares_from_another_dataset_on_the_same_database(
    tmp_path: Path,
) -> None:
    """X3: accounts (data map shop) and notes (data map mail) are tables of one database;
    the database alone says a note's account_id points at an account. Ann's note is hers
    (by its address) and goes, so nothing that stays points at her account: it goes too.
    Bob's rows are untouched."""
    policy_file = tmp_path / "policy.yaml"
    text = POLICY.read_text(encoding="utf-8")
    policy_file.write_text(text.replace("datasets: [shop]", "datasets: [shop, mail]"))
    path = _database(
        tmp_path / "one.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, email TEXT,
                            account_id INTEGER REFERENCES accounts (id));
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO notes VALUES (5, 'ann@example.org', 1), (6, 'bob@example.org', 2);
        """,
    )
    notes = {
        "name": "notes",
        "fields": [
            _field("id", "system.operations", primary_key=True),
            _field("email", "user.contact.email", identity="email"),
            _field("account_id", "system.operations"),
        ],
    }
    datasets = [
        dataset_from_body({"fides_key": "shop", "collections": MAILING["collections"][:1]}),
        dataset_from_body({"fides_key": "mail", "collections": [notes]}),
    ]
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, datasets, load_policy(policy_file)
    )
    connector = SqlConnector("one", f"sqlite:///{path}")
    with ConnectionSet({"shop": connector, "mail": connector}) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "notes") == [(6, "bob@example.org", 2)]
    assert _rows(path, "accounts") == [(2, "bob@example.org")]
    assert result.status == "complete", result.kept


def test_an_erasure_through_a_read_only_connection_says_its_rows_cannot_be_deleted(
    tmp_path: Path, policy: Policy
) -> None:
    """Ann has no user row (the collection written first); her archived row is to be
    deleted, but the connection is read-only: the erasure is refused before writing,
    saying the rows cannot be deleted; nothing changes."""
    path = _database(
        tmp_path / "shop.sqlite3",
        "CREATE TABLE archive (id INTEGER PRIMARY KEY, email TEXT, name TEXT);"
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT);"
        "INSERT INTO archive VALUES (1, 'ann@example.org', 'Ann');",
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(ARCHIVE)], policy
    )
    read_only = SqlConnector("shop", f"sqlite:///{path}", read_only=True)
    with ConnectionSet({"shop": read_only}) as connections:
        with pytest.raises(
            ExecutionError,
            match="^shop.archive: connection 'shop' is read-only, so its rows cannot be deleted$",
        ):
            run_erasure(plan, connections)
    assert _rows(path, "archive") == [(1, "ann@example.org", "Ann")]


class _RowByRow(SqlConnector):
    """A connector with no way to write many rows at once: it writes one row at a time."""

    update_rows = None


def test_a_connector_that_writes_one_row_at_a_time_masks_every_row(
    tmp_path: Path, policy: Policy
) -> None:
    """X1, X2: order rows are kept, so Ann's two orders are masked (their reviews hashed, as
    the policy erases user content by default) through a connector that writes row by row;
    Bob's order is untouched."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER, review TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO orders VALUES (7, 1, 'Great lamp'), (8, 2, 'Fine desk'), (9, 1, 'Dim');
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(ORDERS)], policy
    )
    with ConnectionSet({"shop": _RowByRow("shop", f"sqlite:///{path}")}) as connections:
        result = run_erasure(plan, connections)
    seven, eight, nine = _rows(path, "orders")
    assert seven[:2] == (7, 1) and len(seven[2]) == 64
    assert nine[:2] == (9, 1) and len(nine[2]) == 64 and nine[2] != seven[2]
    assert eight == (8, 2, "Fine desk")
    orders = result.step("orders")
    assert orders is not None and (orders.deleted, orders.masked) == (0, 2)
    assert result.verified


# an archive of addresses and the users
ARCHIVE: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": name,
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("name", "user.name"),
            ],
        }
        for name in ("archive", "users")
    ],
}


def test_the_verification_reads_every_collection_after_one_with_nothing_to_check(
    tmp_path: Path, policy: Policy
) -> None:
    """X6: Ann has no row in the archive, so nothing there is checked; her two user rows
    are deleted, but a trigger puts them back. The verification still reads the users and
    finds them: the erasure is not verified and ends partial, with the reason said once."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE archive (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
        CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
        INSERT INTO archive VALUES (3, 'bob@example.org', 'Bob');
        INSERT INTO users VALUES (1, 'ann@example.org', 'Ann'), (2, 'ann@example.org', 'A.');
        CREATE TRIGGER users_come_back AFTER DELETE ON users
        BEGIN INSERT INTO users VALUES (old.id, old.email, old.name); END;
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(ARCHIVE)], policy
    )
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "users") == [(1, "ann@example.org", "Ann"), (2, "ann@example.org", "A.")]
    assert not result.verified
    assert result.verification["problems"] == ["shop.users: a row still exists after its deletion"]
    assert result.status == "partial"


class _CountingReads(SqlConnector):
    """A SQLite connector that counts the reads of each table."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reads: dict[str, int] = {}

    def read(self, collection: str, *args: Any, **kwargs: Any) -> Iterator[dict]:
        self.reads[collection] = self.reads.get(collection, 0) + 1
        return super().read(collection, *args, **kwargs)


def test_an_erasure_does_not_read_again_the_rows_it_found_by_ownership(
    tmp_path: Path, policy: Policy
) -> None:
    """X2, X3: orders are found through the account that owns them, so every order that
    points at Ann's account has been read already; deciding what may go reads no order
    again. The orders table is read twice: once to find Ann's orders, once to verify them."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER, review TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO orders VALUES (7, 1, 'Great lamp'), (8, 2, 'Fine desk'), (9, 1, 'Dim');
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(ORDERS)], policy
    )
    counting = _CountingReads("shop", f"sqlite:///{path}")
    with ConnectionSet({"shop": counting}) as connections:
        result = run_erasure(plan, connections)
    assert result.status == "complete", result.kept
    assert counting.reads["orders"] == 2


def test_masked_rows_a_trigger_puts_back_fail_the_verification_with_the_reason_said_once(
    tmp_path: Path, policy: Policy
) -> None:
    """X6, O1: Ann's two orders are kept and their reviews masked, but a trigger writes each
    review back. The verification finds both: the erasure is not verified and ends partial,
    with the reason said once for the collection."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER, review TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO orders VALUES (7, 1, 'Great lamp'), (8, 2, 'Fine desk'), (9, 1, 'Dim');
        CREATE TRIGGER reviews_come_back AFTER UPDATE OF review ON orders
        BEGIN UPDATE orders SET review = old.review WHERE id = old.id; END;
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(ORDERS)], policy
    )
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "orders") == [(7, 1, "Great lamp"), (8, 2, "Fine desk"), (9, 1, "Dim")]
    assert not result.verified
    assert result.verification["problems"] == ["shop.orders: an erased field still holds its value"]
    assert result.status == "partial"


def test_the_plan_as_it_runs_shows_the_policys_strategy_where_no_strategy_fits_the_column(
    tmp_path: Path, policy: Policy
) -> None:
    """The user's address and name columns declare no type, so no strategy can be fitted
    to them: the plan as it runs shows the policy's own (hash for an e-mail address, null by
    default), as the erasure would try them."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE archive (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
        CREATE TABLE users (id INTEGER PRIMARY KEY, email, name);
        INSERT INTO users VALUES (1, 'ann@example.org', 'Ann');
        """,
    )
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(ARCHIVE)], policy
    )
    with _connections(path) as connections:
        resolved = resolve_strategies(plan, connections)
    users = next(s for s in resolved.steps if s.collection == "users")
    assert [(f.name, f.strategy) for f in users.fields_to("erase")] == [
        ("email", "hash"),
        ("name", "null"),
    ]


def test_a_correction_takes_a_value_exactly_as_long_as_its_column(
    tmp_path: Path, policy: Policy
) -> None:
    """A new address of 20 characters fits a VARCHAR(20) column exactly and is written."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email VARCHAR(20));
        CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, email TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        """,
    )
    plan = plan_request(
        "correction",
        {"email": ["ann@example.org"]},
        [dataset_from_body(MAILING)],
        policy,
        correction_target="email",
    )
    new = "ann.lee@example.test"
    assert len(new) == 20
    with _connections(path) as connections:
        run_correction(plan, connections, "email", new)
    assert _rows(path, "accounts") == [(1, new), (2, "bob@example.org")]


# an address belongs to an account; an account may also name a billing address
ADDRESSES: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("billing_id", "system.operations", **_ref("addresses.id", "to")),
            ],
        },
        {
            "name": "addresses",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("account_id", "system.operations", **_ref("accounts.id", "from")),
                _field("name", "user.name"),
            ],
        },
    ],
}


def test_a_correction_counts_the_referred_rows_it_leaves_beside_the_own_rows_it_writes(
    tmp_path: Path, policy: Policy
) -> None:
    """A correction of Ann's name writes her own address (21) and leaves the billing
    address her account names (20, Bob's own): one row left alone in addresses."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, billing_id INTEGER);
        CREATE TABLE addresses (id INTEGER PRIMARY KEY, account_id INTEGER, name TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 20), (2, 'bob@example.org', NULL);
        INSERT INTO addresses VALUES (20, 2, 'Bob Lee Ltd'), (21, 1, 'Ann Lee');
        """,
    )
    plan = plan_request(
        "correction",
        {"email": ["ann@example.org"]},
        [dataset_from_body(ADDRESSES)],
        policy,
        correction_target="user.name",
    )
    with _connections(path) as connections:
        result = run_correction(plan, connections, "user.name", "Ann Park")
    assert _rows(path, "addresses") == [(20, 2, "Bob Lee Ltd"), (21, 1, "Ann Park")]
    assert result.changed == {"shop.addresses": 1}
    assert result.kept == {"shop.addresses": 1}


def test_a_read_only_field_is_reported_kept_for_each_row_that_holds_a_value(
    tmp_path: Path, policy: Policy
) -> None:
    """X1.3: the name is read-only in the data map, so Ann's two accounts are masked, not
    deleted, and the name is kept: the one row that holds a name is reported, not allowed
    by the policy (the other holds NULL, which keeps nothing of her)."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 'Ann'), (2, 'ann@example.org', NULL),
                                    (3, 'bob@example.org', 'Bob');
        """,
    )
    body = {
        "fides_key": "shop",
        "collections": [
            {
                "name": "accounts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                    _field("name", "user.name", read_only=True),
                ],
            }
        ],
    }
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy
    )
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    unlawful = [(k["rows"], k["allowed"]) for k in result.kept if "read-only" in k["reason"]]
    assert unlawful == [(1, False)]
    assert result.status == "partial"


def test_a_shared_row_is_reported_kept_once(tmp_path: Path, policy: Policy) -> None:
    """R3, X2: Ann and Bob point at household 10, so it is shared: Ann's erasure leaves it
    and reports that one row kept."""
    path = _database(tmp_path / "shop.sqlite3", FAMILIES_SCHEMA)
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(FAMILIES)], policy
    )
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert _rows(path, "households") == [(10, "The Lees")]
    households = result.step("households")
    assert households is not None and list(households.kept.values()) == [1]
