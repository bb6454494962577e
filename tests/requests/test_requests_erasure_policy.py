"""The policy's erasure: rules choose each field's strategy and whether rows go, on SQLite."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Erasure, ErasureRule, Policy
from troth.requests.executor import ExecutionError, MemoryJournal, run_erasure
from troth.requests.masking import erasure_choice, rows_for, strategy_for
from troth.requests.planner import plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "erasure_policy.yaml"

SCHEMA = """
CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, phone TEXT,
                       password TEXT NOT NULL, nickname TEXT, name TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id),
                     address TEXT, note TEXT, total INTEGER NOT NULL);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id),
                      text TEXT, author TEXT);
INSERT INTO accounts VALUES (1, 'ann@example.com', '+44 1', 'pw-ann', 'annie', 'Ann'),
                            (2, 'bob@example.com', '+44 2', 'pw-bob', 'bobby', 'Bob');
INSERT INTO orders VALUES (10, 1, '1 High St', 'ring twice', 1999), (11, 2, '2 Low St', 'x', 5);
INSERT INTO reviews VALUES (20, 1, 'great phone', 'Ann A.'), (21, 2, 'fine', 'Bob B.');
"""


def _ref(field: str) -> dict:
    return {"references": [{"dataset": "shop", "field": field, "direction": "from"}]}


DATASET = dataset_from_body(
    {
        "fides_key": "shop",
        "collections": [
            {
                "name": "accounts",
                "fields": [
                    {
                        "name": "id",
                        "data_categories": ["user.unique_id"],
                        "fides_meta": {"primary_key": True},
                    },
                    {
                        "name": "email",
                        "data_categories": ["user.contact.email"],
                        "fides_meta": {"identity": "email"},
                    },
                    {"name": "phone", "data_categories": ["user.contact.phone_number"]},
                    {"name": "password", "data_categories": ["user.authorization.credentials"]},
                    {"name": "nickname", "data_categories": ["user.name"]},
                    {"name": "name", "data_categories": ["user.name"]},
                ],
            },
            {
                "name": "orders",
                "fields": [
                    {
                        "name": "id",
                        "data_categories": ["system.operations"],
                        "fides_meta": {"primary_key": True},
                    },
                    {
                        "name": "account_id",
                        "data_categories": ["user.unique_id"],
                        "fides_meta": _ref("accounts.id"),
                    },
                    {"name": "address", "data_categories": ["user.contact.address"]},
                    {"name": "note", "data_categories": ["user.content"]},
                    {"name": "total", "data_categories": ["system.operations"]},
                ],
            },
            {
                "name": "reviews",
                "fields": [
                    {
                        "name": "id",
                        "data_categories": ["system.operations"],
                        "fides_meta": {"primary_key": True},
                    },
                    {
                        "name": "account_id",
                        "data_categories": ["user.unique_id"],
                        "fides_meta": _ref("accounts.id"),
                    },
                    {"name": "text", "data_categories": ["user.content"]},
                    {"name": "author", "data_categories": ["user.name"]},
                ],
            },
        ],
    }
)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
    return path


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


def _query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def _erase(path: Path, policy: Policy, categories: list[str] | None = None):  # noqa: ANN202
    plan = plan_request(
        "erasure", {"email": ["ann@example.com"]}, [DATASET], policy, categories=categories
    )
    connections = ConnectionSet({"shop": SqlConnector("shop", f"sqlite:///{path}")})
    with connections:
        result = run_erasure(plan, connections, MemoryJournal())
    assert result.verified, result.verification
    return plan, result


def _strategies(plan, collection: str) -> dict[str, str | None]:  # noqa: ANN001
    step = next(s for s in plan.steps if s.collection == collection)
    return {f.name: f.strategy for f in step.fields_to("erase")}


@pytest.mark.proves("R3", via="troth.requests.masking.erasure_choice")
def test_the_plan_takes_each_fields_strategy_from_the_policy(policy: Policy) -> None:
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, [DATASET], policy)
    assert _strategies(plan, "accounts") == {
        "email": "hash",  # user.contact.email beats the broader user.contact rule
        "phone": "fixed",  # user.contact
        "password": "random",  # user.authorization
        "nickname": "fixed",  # the field rule
        "name": "null",  # no rule: the built-in default
    }
    # the collection rule (hash) beats the category rule (fixed); the field rule beats both;
    # a link is always emptied, whatever the rules say (X1.6)
    assert _strategies(plan, "orders") == {
        "account_id": "null",
        "address": "hash",
        "note": "fixed",
    }
    orders = next(s for s in plan.steps if s.collection == "orders")
    assert orders.row_action == "mask"  # rows: keep, though every personal field is erased
    note = next(f for f in orders.fields if f.name == "note")
    assert note.value == "n/a"


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_erasure_masks_as_the_policy_says_and_keeps_the_orders_rows(
    shop: Path, policy: Policy
) -> None:
    _, result = _erase(shop, policy)
    # the kept order's link to the account is emptied, so nothing points at the account: gone
    assert _query(shop, "SELECT id FROM accounts") == [(2,)]
    # the orders row stays (rows: keep), its personal fields masked the policy's way
    (order,) = _query(shop, "SELECT id, account_id, address, note, total FROM orders WHERE id = 10")
    assert order[0] == 10 and order[4] == 1999 and order[1] is None
    assert order[3] == "n/a"
    assert order[2] != "1 High St" and len(order[2]) == 64  # keyed SHA-256, hex
    assert order[2] != hashlib.sha256(b"'1 High St'").hexdigest()
    # Bob's data is untouched
    assert _query(shop, "SELECT address, note FROM orders WHERE id = 11") == [("2 Low St", "x")]
    assert _query(shop, "SELECT id, text, author FROM reviews") == [(21, "fine", "Bob B.")]
    assert result.step("orders").fields_erased == {
        "account_id": "null",
        "address": "hash",
        "note": "fixed",
    }
    assert result.status == "complete"


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_a_kept_account_is_masked_the_policys_way(shop: Path, policy: Policy) -> None:
    kept = [ErasureRule(collections=["shop.accounts"], rows="keep"), *policy.erasure.rules]
    changed = policy.model_copy(update={"erasure": Erasure(rules=kept)})
    _erase(shop, changed)
    (account,) = _query(shop, "SELECT email, phone, password, nickname, name FROM accounts")[:1]
    email, phone, password, nickname, name = account
    assert len(email) == 64 and email != "ann@example.com"
    assert (phone, nickname, name) == ("withheld", "gone", None)
    assert len(password) == 32 and password != "pw-ann"


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_a_delete_row_field_takes_its_row_even_in_a_scoped_erasure(
    shop: Path, policy: Policy
) -> None:
    plan, _ = _erase(shop, policy, categories=["user.content"])
    reviews = next(s for s in plan.steps if s.collection == "reviews")
    assert reviews.row_action == "delete"
    assert _query(shop, "SELECT id FROM reviews") == [(21,)]
    # the account row only had its content erased: nothing of it is user.content, it stays
    assert _query(shop, "SELECT email, name FROM accounts WHERE id = 1") == [
        ("ann@example.com", "Ann")
    ]


def test_without_rules_the_same_data_map_erases_the_built_in_way(
    shop: Path, policy: Policy
) -> None:
    plain = policy.model_copy(update={"erasure": Erasure()})
    plan, _ = _erase(shop, plain)
    # the plan cache keys on the policy object: the rules of the other policy do not leak
    assert _strategies(plan, "accounts")["password"] == "random"
    assert _strategies(plan, "accounts")["email"] == "null"
    assert next(s for s in plan.steps if s.collection == "orders").row_action == "delete"
    assert _query(shop, "SELECT id FROM orders") == [(11,)]
    ruled = plan_request("erasure", {"email": ["x@example.com"]}, [DATASET], policy)
    assert _strategies(ruled, "accounts")["email"] == "hash"


def test_a_fixed_value_the_column_cannot_hold_stops_before_any_write(
    shop: Path, policy: Policy
) -> None:
    # the account row is kept, so its phone is masked, with a number
    rules = [
        ErasureRule(collections=["shop.accounts"], rows="keep"),
        ErasureRule(fields=["shop.accounts.phone"], strategy="fixed", value=7),
    ]
    changed = policy.model_copy(update={"erasure": Erasure(rules=rules)})
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, [DATASET], changed)
    connections = ConnectionSet({"shop": SqlConnector("shop", f"sqlite:///{shop}")})
    with connections, pytest.raises(ExecutionError) as info:
        run_erasure(plan, connections, MemoryJournal())
    message = str(info.value)
    assert "\n" not in message and "'phone'" in message and "fixed erasure value" in message
    assert "+44 1" not in message
    assert _query(shop, "SELECT phone, name FROM accounts WHERE id = 1") == [("+44 1", "Ann")]
    assert _query(shop, "SELECT count(*) FROM orders") == [(2,)]


def test_precedence_field_then_collection_then_category_then_default() -> None:
    rules = Erasure(
        rules=[
            ErasureRule(categories=["user"], strategy="hash"),
            ErasureRule(categories=["user.contact"], strategy="random"),
            ErasureRule(collections=["d.c"], strategy="fixed", value="x", rows="keep"),
            ErasureRule(fields=["d.c.f"], strategy="delete_row"),
        ]
    )
    assert strategy_for(["user.contact.email"], "d.c.f", rules) == "delete_row"
    assert erasure_choice(["user.contact.email"], "d.c.g", rules).value == "x"
    assert strategy_for(["user.contact.email"], "d.other.g", rules) == "random"
    assert strategy_for(["user.name"], "d.other.g", rules) == "hash"
    assert strategy_for(["user.authorization.credentials"], "d.other.g", None) == "random"
    assert strategy_for(["user.name"], "d.other.g", Erasure()) == "null"
    assert rows_for("d.c", rules) == "keep" and rows_for("d.other", rules) is None
