"""The rules of docs/semantics.md on small hand-made schemas, one rule per test, on SQLite.

Each expected value is worked out from the rule by hand and written here.
"""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Policy
from troth.requests.discovery import discover
from troth.requests.executor import run_access, run_erasure
from troth.requests.planner import plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "erasure_policy.yaml"


def _field(name: str, category: str, **meta: Any) -> dict:
    field: dict[str, Any] = {"name": name, "data_categories": [category]}
    if meta:
        field["fides_meta"] = meta
    return field


def _ref(collection_field: str, direction: str) -> dict:
    return {"references": [{"dataset": "shop", "field": collection_field, "direction": direction}]}


# accounts point at the account that referred them (a self-reference) and at a household;
# devices belong to a household
HOUSEHOLDS_BODY: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("name", "user.name"),
                _field("referrer_id", "user.unique_id", **_ref("accounts.id", "to")),
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
        {
            "name": "devices",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("household_id", "system.operations", **_ref("households.id", "from")),
                _field("label", "user.device.hostname"),
            ],
        },
    ],
}
HOUSEHOLDS = dataset_from_body(HOUSEHOLDS_BODY)

SCHEMA = """
CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, name TEXT, referrer_id INTEGER,
                       household_id INTEGER);
CREATE TABLE households (id INTEGER PRIMARY KEY, address TEXT);
CREATE TABLE devices (id INTEGER PRIMARY KEY, household_id INTEGER, label TEXT);
INSERT INTO accounts VALUES (1, 'Ann@Example.org ', 'Ann', NULL, 10),
                            (2, 'bob@example.org', 'Bob', 1, 10),
                            (3, 'cy@example.org', 'Cy', 1, 11);
INSERT INTO households VALUES (10, '1 Shared Rd'), (11, '2 Own Lane');
INSERT INTO devices VALUES (100, 10, 'family-tv'), (101, 11, 'cy-laptop');
"""


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
    return path


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


def _rows(path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608


def _connections(path: Path) -> ConnectionSet:
    return ConnectionSet({"shop": SqlConnector("shop", f"sqlite:///{path}")})


def _access(path: Path, policy: Policy, email: str) -> dict[str, list[tuple[Any, bool]]]:
    plan = plan_request("access", {"email": [email]}, [HOUSEHOLDS], policy)
    with _connections(path) as connections:
        result = run_access(plan, connections)
    return {
        c.collection: sorted((r["id"], shared) for r, shared in zip(c.rows, c.shared, strict=True))
        for c in result.collections
    }


def test_referrer_not_followed(shop: Path, policy: Policy) -> None:
    """E4: Bob's account names Ann as his referrer; Bob's request never reaches Ann."""
    found = _access(shop, policy, "bob@example.org")
    assert found["accounts"] == [(2, False)]
    # and Ann's own account is hers alone, whoever points at it (R3: own rows never shared)
    assert _access(shop, policy, "ann@example.org")["accounts"] == [(1, False)]


def test_household_shared_and_owned_rows(shop: Path, policy: Policy) -> None:
    """R2, R3: a household two accounts point at is shared, and so is the device it owns;
    Cy's household and device are his alone."""
    ann = _access(shop, policy, "ann@example.org")
    assert ann["households"] == [(10, True)]
    assert ann["devices"] == [(100, True)]
    cy = _access(shop, policy, "cy@example.org")
    assert cy["households"] == [(11, False)]
    assert cy["devices"] == [(101, False)]


def test_erasure_keeps_shared_rows_and_never_changes_anyone_else(
    shop: Path, policy: Policy
) -> None:
    """X2, X3: Ann's account is pointed at by Bob's and Cy's referrer links, which stay, so it
    is masked, not deleted; the shared household and its device are untouched."""
    plan = plan_request("erasure", {"email": ["ann@example.org"]}, [HOUSEHOLDS], policy)
    with _connections(shop) as connections:
        result = run_erasure(plan, connections)
    # the policy hashes e-mail addresses and writes 'gone'... for nickname only; name -> NULL
    (ann,) = [r for r in _rows(shop, "accounts") if r[0] == 1]
    assert ann[1] != "Ann@Example.org " and len(ann[1]) == 64  # hashed (the policy's rule)
    assert ann[2:] == (None, None, 10)  # name emptied; referrer link emptied; household kept
    assert [r for r in _rows(shop, "accounts") if r[0] != 1] == [
        (2, "bob@example.org", "Bob", 1, 10),
        (3, "cy@example.org", "Cy", 1, 11),
    ]
    assert _rows(shop, "households") == [(10, "1 Shared Rd"), (11, "2 Own Lane")]
    assert _rows(shop, "devices") == [(100, 10, "family-tv"), (101, 11, "cy-laptop")]
    assert result.status == "complete", result.kept


def test_erasure_of_a_person_alone_in_a_household_deletes_it_with_its_device(
    shop: Path, policy: Policy
) -> None:
    """R3, X2: Cy's household and device are his alone; his account goes, and so does
    the household once nothing that stays points at it."""
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [HOUSEHOLDS], policy)
    with _connections(shop) as connections:
        result = run_erasure(plan, connections)
    assert [r[0] for r in _rows(shop, "accounts")] == [1, 2]
    # the device belongs to the household and holds personal data (its name): deleted; then
    # the household, which nothing points at any more
    assert _rows(shop, "devices") == [(100, 10, "family-tv")]
    assert _rows(shop, "households") == [(10, "1 Shared Rd")]
    assert result.status == "complete", result.kept


def test_a_failed_verification_ends_partial_with_the_reason(shop: Path, policy: Policy) -> None:
    """X6, O1: a trigger writes the name back after the erasure masks it."""
    with sqlite3.connect(shop) as conn:
        conn.execute(
            "CREATE TRIGGER keep_name AFTER UPDATE ON accounts BEGIN "
            "UPDATE accounts SET name = 'Ann' WHERE id = NEW.id AND NEW.name IS NULL; END"
        )
    plan = plan_request("erasure", {"email": ["ann@example.org"]}, [HOUSEHOLDS], policy)
    with _connections(shop) as connections:
        result = run_erasure(plan, connections)
    assert not result.verified
    assert result.status == "partial"
    assert result.verification["problems"] == [
        "shop.accounts: an erased field still holds its value"
    ]


def test_a_read_only_field_is_kept_and_the_request_ends_partial(shop: Path, policy: Policy) -> None:
    """X1.3, O1: a read-only field is never written, and that is no reason the policy gives."""
    body = {
        "fides_key": "shop",
        "collections": [
            {
                "name": "households",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("address", "user.contact.address", read_only=True),
                ],
            },
            {
                "name": "accounts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                    _field("name", "user.name"),
                    _field("household_id", "system.operations", **_ref("households.id", "to")),
                ],
            },
        ],
    }
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [dataset_from_body(body)], policy)
    with _connections(shop) as connections:
        result = run_erasure(plan, connections)
    assert _rows(shop, "households") == [(10, "1 Shared Rd"), (11, "2 Own Lane")]
    assert result.status == "partial"
    assert [(k["collection"], k["allowed"]) for k in result.kept if not k["allowed"]] == [
        ("shop.households", False)
    ]
    assert any("read-only" in k["reason"] for k in result.kept)


def test_an_undeclared_foreign_key_keeps_the_row_it_points_at(shop: Path, policy: Policy) -> None:
    """X3: a table the data map does not know points at Cy's account through a foreign key
    the database declares; the account is masked, not deleted from under it."""
    with sqlite3.connect(shop) as conn:
        conn.executescript(
            "CREATE TABLE tickets (id INTEGER PRIMARY KEY, "
            "account_id INTEGER REFERENCES accounts(id), body TEXT);"
            "INSERT INTO tickets VALUES (1, 3, 'my router');"
        )
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [HOUSEHOLDS], policy)
    with _connections(shop) as connections:
        result = run_erasure(plan, connections)
    (cy,) = [r for r in _rows(shop, "accounts") if r[0] == 3]
    assert cy[2] is None and cy[1] != "cy@example.org"
    assert _rows(shop, "tickets") == [(1, 3, "my router")]
    accounts = result.step("accounts")
    assert accounts is not None and accounts.deleted == 0 and accounts.masked == 1


def test_a_collection_no_identity_reaches_is_noted_with_the_request(policy: Policy) -> None:
    """O2: notes that link into the record but that no identity reaches are named."""
    body = {
        "fides_key": "shop",
        "collections": [
            *HOUSEHOLDS_BODY["collections"],
            {
                "name": "notes",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("account_id", "user.unique_id", **_ref("accounts.id", "to")),
                    _field("text", "user.content"),
                ],
            },
        ],
    }
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [dataset_from_body(body)], policy)
    assert plan.findings == (
        "rows in shop.notes may refer to this person (they link to shop.accounts) and no "
        "identity reaches them",
    )
    assert "note: rows in shop.notes may refer to this person" in plan.describe()


# two people share a family phone number; each account holds its own e-mail address
FAMILY_BODY: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "accounts",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
                _field("phone", "user.contact.phone_number", identity="phone_number"),
                _field("name", "user.name"),
            ],
        },
    ],
}
FAMILY_SCHEMA = """
CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, phone TEXT, name TEXT);
INSERT INTO accounts VALUES (1, 'priya@example.org', '+44 20 7946 0000', 'Priya'),
                            (2, 'raj@example.org', '+442079460000', 'Raj'),
                            (3, NULL, '+44 20 7946 0000', 'Landline only');
"""


def _family(tmp_path: Path) -> Path:
    path = tmp_path / "family.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(FAMILY_SCHEMA)
    return path


def test_a_shared_phone_number_never_reaches_the_other_persons_row(
    tmp_path: Path, policy: Policy
) -> None:
    """M3: Priya gives her e-mail and the family's phone number. Raj's row holds that number
    but another e-mail address: it is his, so her access leaves it out and her erasure leaves
    it alone, and both say so. The row with the number and no e-mail is hers by M1."""
    path = _family(tmp_path)
    family = dataset_from_body(FAMILY_BODY)
    identities = {"email": ["priya@example.org"], "phone_number": ["+44 20 7946 0000"]}
    note = (
        "1 row in shop.accounts holds one of this person's identity values and another value "
        "of a kind they gave (another person's, perhaps sharing it): left alone"
    )
    with _connections(path) as connections:
        access = run_access(plan_request("access", identities, [family], policy), connections)
        assert sorted(r["id"] for r in access.collections[0].rows) == [1, 3]
        assert note in access.findings
        erasure = run_erasure(plan_request("erasure", identities, [family], policy), connections)
    assert [r[0] for r in _rows(path, "accounts")] == [2]
    assert _rows(path, "accounts") == [(2, "raj@example.org", "+442079460000", "Raj")]
    assert note in erasure.evidence["findings"]


def test_rows_left_alone_are_counted_in_the_finding(tmp_path: Path, policy: Policy) -> None:
    """M3, O2: as above, with Raj's sister Asha on the family number too: two rows hold
    Priya's number and another person's address, and the finding counts both."""
    path = _family(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO accounts VALUES (4, 'asha@example.org', '+44 20 7946 0000', 'A')")
    identities = {"email": ["priya@example.org"], "phone_number": ["+44 20 7946 0000"]}
    plan = plan_request("access", identities, [dataset_from_body(FAMILY_BODY)], policy)
    with _connections(path) as connections:
        access = run_access(plan, connections)
    assert sorted(r["id"] for r in access.collections[0].rows) == [1, 3]
    assert access.findings == (
        "2 rows in shop.accounts hold one of this person's identity values and another value "
        "of a kind they gave (another person's, perhaps sharing it): left alone",
    )


def test_another_persons_row_is_left_alone_whatever_identity_types_come_first(
    tmp_path: Path, policy: Policy
) -> None:
    """M3: as above, where the accounts also hold a member number, an identity type Priya
    does not give, declared before the others. Raj's row is still left out."""
    path = _one_table_shop(
        tmp_path,
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, member_no TEXT, email TEXT,"
        " phone TEXT, name TEXT);"
        "INSERT INTO accounts VALUES (1, 'M1', 'priya@example.org', '+44 20 7946 0000', 'P'),"
        " (2, 'M2', 'raj@example.org', '+442079460000', 'Raj');",
    )
    body = copy.deepcopy(FAMILY_BODY)
    body["collections"][0]["fields"].insert(
        1, _field("member_no", "user.unique_id", identity="member_no")
    )
    identities = {"email": ["priya@example.org"], "phone_number": ["+44 20 7946 0000"]}
    plan = plan_request("access", identities, [dataset_from_body(body)], policy)
    with _connections(path) as connections:
        access = run_access(plan, connections)
    assert sorted(r["id"] for r in access.collections[0].rows) == [1]


def _one_table_shop(tmp_path: Path, script: str) -> Path:
    path = tmp_path / "small.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(script)
    return path


def test_a_read_only_field_that_holds_nothing_keeps_nothing(tmp_path: Path, policy: Policy) -> None:
    """O1: a read-only field that is NULL keeps nothing of the person; the row stays unwritten
    and the request ends complete."""
    body = {
        "fides_key": "shop",
        "collections": [
            {
                "name": "households",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("address", "user.contact.address", read_only=True),
                ],
            },
            {
                "name": "accounts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                    _field("household_id", "system.operations", **_ref("households.id", "to")),
                ],
            },
        ],
    }
    path = _one_table_shop(
        tmp_path,
        "CREATE TABLE households (id INTEGER PRIMARY KEY, address TEXT);"
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, household_id INTEGER);"
        "INSERT INTO households VALUES (11, NULL), (12, '3 Kept St');"
        "INSERT INTO accounts VALUES (3, 'cy@example.org', 11), (4, 'di@example.org', 12);",
    )
    dataset = dataset_from_body(body)
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [dataset], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert result.status == "complete"
    assert [k for k in result.kept if not k["allowed"]] == []
    assert _rows(path, "households") == [(11, None), (12, "3 Kept St")]
    # the same field holding a value is kept and makes the request partial
    plan = plan_request("erasure", {"email": ["di@example.org"]}, [dataset], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert result.status == "partial"
    assert _rows(path, "households") == [(11, None), (12, "3 Kept St")]


def test_a_link_that_cannot_be_emptied_does_not_keep_a_row_that_goes(
    tmp_path: Path, policy: Policy
) -> None:
    """X1.6, X2: a note's NOT NULL link to its account goes with the note, which is deleted;
    nothing is kept, and the request ends complete."""
    body = {
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
                    _field("account_id", "user.unique_id", **_ref("accounts.id", "from")),
                    _field("body", "user.content"),
                ],
            },
        ],
    }
    path = _one_table_shop(
        tmp_path,
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);"
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, body TEXT);"
        "INSERT INTO accounts VALUES (3, 'cy@example.org'), (4, 'di@example.org');"
        "INSERT INTO notes VALUES (1, 3, 'hello'), (2, 4, 'other');",
    )
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [dataset_from_body(body)], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert result.status == "complete"
    assert _rows(path, "notes") == [(2, 4, "other")]
    assert _rows(path, "accounts") == [(4, "di@example.org")]


def test_soft_deleted_rows_are_still_the_persons(tmp_path: Path, policy: Policy) -> None:
    """M, R1, X2: a row the application marked deleted is still the person's: access returns
    it and erasure erases it like any other."""
    body = {
        "fides_key": "shop",
        "collections": [
            {
                "name": "accounts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                    _field("name", "user.name"),
                    _field("deleted_at", "system.operations"),
                ],
            }
        ],
    }
    path = _one_table_shop(
        tmp_path,
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, name TEXT, deleted_at TEXT);"
        "INSERT INTO accounts VALUES (3, 'cy@example.org', 'Cy', '2025-01-02'),"
        " (4, 'cy@example.org', 'Cy again', NULL), (5, 'di@example.org', 'Di', '2025-01-02');",
    )
    dataset = dataset_from_body(body)
    plan = plan_request("access", {"email": ["cy@example.org"]}, [dataset], policy)
    with _connections(path) as connections:
        found = run_access(plan, connections)
    assert sorted(r["id"] for c in found.collections for r in c.rows) == [3, 4]
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [dataset], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    assert result.status == "complete"
    assert _rows(path, "accounts") == [(5, "di@example.org", "Di", "2025-01-02")]


def test_an_owned_row_with_an_empty_identity_field_is_the_subjects(
    tmp_path: Path, policy: Policy
) -> None:
    """E4: a row found by ownership whose identity field is NULL holds no one else's value;
    it is the subject's (one with another person's value is left alone)."""
    body = {
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
                "name": "contacts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("account_id", "user.unique_id", **_ref("accounts.id", "from")),
                    _field("email", "user.contact.email", identity="email"),
                    _field("name", "user.name"),
                ],
            },
        ],
    }
    path = _one_table_shop(
        tmp_path,
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);"
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, account_id INTEGER, email TEXT,"
        " name TEXT);"
        "INSERT INTO accounts VALUES (3, 'cy@example.org');"
        "INSERT INTO contacts VALUES (1, 3, NULL, 'Cy home'), (2, 3, 'ed@example.org', 'Ed');",
    )
    plan = plan_request("access", {"email": ["cy@example.org"]}, [dataset_from_body(body)], policy)
    with _connections(path) as connections:
        found = run_access(plan, connections)
    by_collection = {c.collection: sorted(r["id"] for r in c.rows) for c in found.collections}
    assert by_collection.get("contacts") == [1]


def test_another_persons_row_found_by_ownership_still_keeps_the_row_it_points_at(
    tmp_path: Path, policy: Policy
) -> None:
    """E4 and X3: a basket under Cy's account that holds Ed's e-mail is Ed's (left alone); it
    still points at Cy's account, so the account is masked, not deleted from under it."""
    body = {
        "fides_key": "shop",
        "collections": [
            {
                "name": "accounts",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("email", "user.contact.email", identity="email"),
                    _field("name", "user.name"),
                ],
            },
            {
                "name": "baskets",
                "fields": [
                    _field("id", "system.operations", primary_key=True),
                    _field("account_id", "system.operations", **_ref("accounts.id", "from")),
                    _field("email", "user.contact.email", identity="email"),
                    _field("note", "user.content"),
                ],
            },
        ],
    }
    path = _one_table_shop(
        tmp_path,
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, name TEXT);"
        "CREATE TABLE baskets (id INTEGER PRIMARY KEY, account_id INTEGER, email TEXT, note TEXT);"
        "INSERT INTO accounts VALUES (3, 'cy@example.org', 'Cy'), (4, 'di@example.org', 'Di');"
        "INSERT INTO baskets VALUES (1, 3, 'cy@example.org', 'mine'),"
        " (2, 3, 'ed@example.org', 'a gift for Ed'), (3, 4, 'di@example.org', 'Di''s');",
    )
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [dataset_from_body(body)], policy)
    with _connections(path) as connections:
        result = run_erasure(plan, connections)
    baskets = _rows(path, "baskets")
    assert baskets == [
        (2, 3, "ed@example.org", "a gift for Ed"),
        (3, 4, "di@example.org", "Di's"),
    ]
    (cy,) = [r for r in _rows(path, "accounts") if r[0] == 3]
    assert cy[1] != "cy@example.org" and cy[2] is None
    accounts = result.step("accounts")
    assert accounts is not None and accounts.deleted == 0 and accounts.masked == 1


def test_discovery_reads_each_collection_once_per_way_in_that_finds_something_new(
    shop: Path, policy: Policy
) -> None:
    """Discovery asks each collection once per way in with values not asked before: Cy's
    account by e-mail, her household by her account's link, its devices by the household;
    the referral into accounts is never followed, so nothing is read twice."""
    plan = plan_request("erasure", {"email": ["cy@example.org"]}, [HOUSEHOLDS], policy)
    with _connections(shop) as connections:
        found = discover(plan, connections)
    assert found.queries == 3
    assert {k: sorted(r) for k, r in found.rows.items() if r} == {
        "erasure:shop.accounts": [(3,)],
        "erasure:shop.households": [(11,)],
        "erasure:shop.devices": [(101,)],
    }
