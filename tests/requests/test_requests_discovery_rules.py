"""How discovery finds a subject's record (docs/semantics.md R1–R3), on small SQLite schemas.

Each expected value is worked out by hand from the rule the test names and written here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from schema_builders import database as _database
from schema_builders import field as _field
from schema_builders import people as _people
from schema_builders import ref as _ref
from schema_builders import table as _table
from schema_builders import threads

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Policy
from troth.requests.executor import run_access
from troth.requests.planner import plan_batch, plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "erasure_policy.yaml"


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


def _access(path: Path, body: dict, policy: Policy, email: str) -> dict[str, list[tuple]]:
    """Per collection, the ids of the rows access returns for ``email``, each with its
    shared mark, in id order."""
    plan = plan_request("access", {"email": [email]}, [dataset_from_body(body)], policy)
    with ConnectionSet({"shop": SqlConnector("shop", f"sqlite:///{path}")}) as connections:
        result = run_access(plan, connections)
    return {
        c.collection: sorted((r["id"], shared) for r, shared in zip(c.rows, c.shared, strict=True))
        for c in result.collections
    }


# notes belong to a person or answer a reply; replies answer a note: a chain of rows that
# goes round two collections, each row owned by the one before it
THREADS: dict[str, Any] = threads()


def _thread(path: Path, replies: int) -> Path:
    """Ann's note 1; reply n answers note n, and note n + 1 answers reply n."""
    _database(
        path,
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, person_id INTEGER, reply_id INTEGER,
                            text TEXT);
        CREATE TABLE replies (id INTEGER PRIMARY KEY, note_id INTEGER, text TEXT);
        INSERT INTO people VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO notes VALUES (1, 1, NULL, 'first'), (900, 2, NULL, 'Bob''s');
        INSERT INTO replies VALUES (900, 900, 'to Bob');
        """,
    )
    with sqlite3.connect(path) as conn:
        for n in range(1, replies + 1):
            conn.execute("INSERT INTO replies VALUES (?, ?, 'reply')", (n, n))
            conn.execute("INSERT INTO notes VALUES (?, NULL, ?, 'answer')", (n + 1, n))
    return path


def test_discovery_follows_a_chain_of_rows_round_a_cycle_of_collections(
    tmp_path: Path, policy: Policy
) -> None:
    """R1: a row owned by an own row is own, transitively. Ann's note 1 is answered by reply
    1, which is answered by note 2, and so on to note 13: every note and reply of the chain
    is Ann's (25 rows, two per turn of the cycle); Bob's note and its reply are not."""
    path = _thread(tmp_path / "threads.sqlite3", 12)
    found = _access(path, THREADS, policy, "ann@example.org")
    assert found["people"] == [(1, False)]
    assert found["notes"] == [(n, False) for n in range(1, 14)]
    assert found["replies"] == [(n, False) for n in range(1, 13)]


def test_discovery_follows_a_long_chain_of_rows_round_a_cycle_to_its_end(
    tmp_path: Path, policy: Policy
) -> None:
    """R1, as above with 30 replies: notes 1 to 31 and replies 1 to 30 are all Ann's."""
    path = _thread(tmp_path / "threads.sqlite3", 30)
    found = _access(path, THREADS, policy, "ann@example.org")
    assert found["notes"] == [(n, False) for n in range(1, 32)]
    assert found["replies"] == [(n, False) for n in range(1, 31)]


# a household is named by accounts through its id; flyers (no identity reaches them) name
# a household by its code, visits by its id
HOUSEHOLDS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        _table(
            "accounts",
            _field("email", "user.contact.email", identity="email"),
            _field("household_id", "system.operations", **_ref("households.id", "to")),
        ),
        _table(
            "households",
            _field("code", "system.operations"),
            _field("address", "user.contact.address"),
        ),
        _table(
            "flyers", _field("household_code", "system.operations", **_ref("households.code", "to"))
        ),
        _table(
            "visits",
            _field("household_id", "system.operations", **_ref("households.id", "to")),
            _field("note", "user.content"),
        ),
    ],
}


def test_a_row_without_the_value_one_link_names_is_still_shared_through_another(
    tmp_path: Path, policy: Policy
) -> None:
    """R3: a referred row is shared when any row outside the record links to it. Ann's
    household 10 has no code, so no flyer can name it, but a visit (no one's record) names
    it by id: it is shared. Cy's household 11 has a code and no visit: his alone."""
    path = _database(
        tmp_path / "households.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, household_id INTEGER);
        CREATE TABLE households (id INTEGER PRIMARY KEY, code TEXT, address TEXT);
        CREATE TABLE flyers (id INTEGER PRIMARY KEY, household_code TEXT);
        CREATE TABLE visits (id INTEGER PRIMARY KEY, household_id INTEGER, note TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 10), (3, 'cy@example.org', 11);
        INSERT INTO households VALUES (10, NULL, '1 Shared Rd'), (11, 'H11', '2 Own Lane');
        INSERT INTO flyers VALUES (70, 'H99');
        INSERT INTO visits VALUES (80, 10, 'meter reading');
        """,
    )
    ann = _access(path, HOUSEHOLDS, policy, "ann@example.org")
    assert ann["households"] == [(10, True)]
    cy = _access(path, HOUSEHOLDS, policy, "cy@example.org")
    assert cy["households"] == [(11, False)]


# an order belongs to a person and names the address it was sent to
ORDERS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        _people(),
        _table(
            "orders",
            _field("person_id", "system.operations", **_ref("people.id", "from")),
            _field("address_id", "system.operations", **_ref("addresses.id", "to")),
        ),
        _table("addresses", _field("street", "user.contact.address")),
    ],
}


def test_a_row_with_no_link_does_not_hide_the_links_of_the_rows_after_it(
    tmp_path: Path, policy: Policy
) -> None:
    """R2: Ann's first order names no address, her second names address 5: address 5 is in
    her record, reached by referral; Bob's address 6 is not."""
    path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER, address_id INTEGER);
        CREATE TABLE addresses (id INTEGER PRIMARY KEY, street TEXT);
        INSERT INTO people VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO orders VALUES (1, 1, NULL), (2, 1, 5), (3, 2, 6);
        INSERT INTO addresses VALUES (5, '1 Elm Row'), (6, '2 Oak Lane');
        """,
    )
    found = _access(path, ORDERS, policy, "ann@example.org")
    assert found["orders"] == [(1, False), (2, False)]
    assert found["addresses"] == [(5, False)]


# THREADS, with a topic that each note names by referral
TOPICS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        *THREADS["collections"][:1],
        {
            "name": "notes",
            "fields": [
                *THREADS["collections"][1]["fields"],
                _field("topic_id", "system.operations", **_ref("topics.id", "to")),
            ],
        },
        *THREADS["collections"][2:],
        _table("topics", _field("title", "user.content")),
    ],
}


def test_a_row_reached_again_later_by_another_subject_belongs_to_both(
    tmp_path: Path, policy: Policy
) -> None:
    """R2 in a batch: a row is in the record of every subject whose rows refer to it, however
    late discovery reaches their rows. Ann's note 1 names topic 5 at once. Bob's note 901
    names it too, but is reached only through his note 900 and its reply 900, a round later,
    as is Ann's note 2 (through her reply 1), which names it again. Topic 5 is in both their
    records; topic 6 (on Bob's note 900) in Bob's alone."""
    path = _database(
        tmp_path / "topics.sqlite3",
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, person_id INTEGER, reply_id INTEGER,
                            text TEXT, topic_id INTEGER);
        CREATE TABLE replies (id INTEGER PRIMARY KEY, note_id INTEGER, text TEXT);
        CREATE TABLE topics (id INTEGER PRIMARY KEY, title TEXT);
        INSERT INTO people VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO notes VALUES (1, 1, NULL, 'Ann''s', 5), (2, NULL, 1, 'Ann again', 5),
                                 (900, 2, NULL, 'Bob''s', 6), (901, NULL, 900, 'Bob again', 5);
        INSERT INTO replies VALUES (1, 1, 'to Ann'), (900, 900, 'to Bob');
        INSERT INTO topics VALUES (5, 'gardening'), (6, 'cooking'), (7, 'nobody''s');
        """,
    )
    subjects = [{"email": ["ann@example.org"]}, {"email": ["bob@example.org"]}]
    plan = plan_batch("access", subjects, [dataset_from_body(TOPICS)], policy)
    with ConnectionSet({"shop": SqlConnector("shop", f"sqlite:///{path}")}) as connections:
        result = run_access(plan, connections)

    def ids(number: int, collection: str) -> list[int]:
        part = result.for_subject(number).collection(collection)
        return sorted(r["id"] for r in part.rows) if part else []

    assert ids(0, "notes") == [1, 2]
    assert ids(1, "notes") == [900, 901]
    assert ids(0, "topics") == [5]
    assert ids(1, "topics") == [5, 6]


# orders name the coupon they used by its code
COUPONS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        *ORDERS["collections"][:1],
        _table(
            "orders",
            _field("person_id", "system.operations", **_ref("people.id", "from")),
            _field("coupon_code", "system.operations", **_ref("coupons.code", "to")),
        ),
        _table("coupons", _field("code", "system.operations"), _field("note", "user.content")),
    ],
}


def test_a_row_the_database_matches_only_ignoring_case_does_not_hide_the_exact_one(
    tmp_path: Path, policy: Policy
) -> None:
    """R2: links compare as written. Coupon codes compare without case in this database
    (as MariaDB's default collation does), so asking for Ann's 'sp10' also returns 'SP10',
    another coupon, first. It is not in her record, and it does not hide coupon 2, which is."""
    path = _database(
        tmp_path / "coupons.sqlite3",
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER, coupon_code TEXT);
        CREATE TABLE coupons (id INTEGER PRIMARY KEY, code TEXT COLLATE NOCASE, note TEXT);
        INSERT INTO people VALUES (1, 'ann@example.org');
        INSERT INTO orders VALUES (7, 1, 'sp10');
        INSERT INTO coupons VALUES (1, 'SP10', 'staff'), (2, 'sp10', 'for Ann');
        """,
    )
    found = _access(path, COUPONS, policy, "ann@example.org")
    assert found["coupons"] == [(2, False)]


def test_a_referred_row_with_no_value_for_a_link_does_not_end_the_sharing_check(
    tmp_path: Path, policy: Policy
) -> None:
    """R3: Ann's two accounts name households 10 and 12. Household 10 has no code, so no
    flyer can name it, and nothing else does: hers alone. A flyer (no one's record) names
    household 12 by its code: shared."""
    path = _database(
        tmp_path / "households.sqlite3",
        """
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, household_id INTEGER);
        CREATE TABLE households (id INTEGER PRIMARY KEY, code TEXT, address TEXT);
        CREATE TABLE flyers (id INTEGER PRIMARY KEY, household_code TEXT);
        CREATE TABLE visits (id INTEGER PRIMARY KEY, household_id INTEGER, note TEXT);
        INSERT INTO accounts VALUES (1, 'ann@example.org', 10), (2, 'ann@example.org', 12);
        INSERT INTO households VALUES (10, NULL, '1 Own Rd'), (12, 'H12', '3 Shared Lane');
        INSERT INTO flyers VALUES (70, 'H12');
        """,
    )
    found = _access(path, HOUSEHOLDS, policy, "ann@example.org")
    assert found["households"] == [(10, False), (12, True)]


def test_a_request_reads_each_database_through_one_connection(
    tmp_path: Path, policy: Policy
) -> None:
    """A request's reads of one database share one connection (one view of the data, and
    no connection made per statement): finding Ann's note chain, 25 rows over three
    collections and many rounds, connects once."""
    path = _thread(tmp_path / "threads.sqlite3", 12)
    plan = plan_request(
        "access", {"email": ["ann@example.org"]}, [dataset_from_body(THREADS)], policy
    )
    connector = SqlConnector("shop", f"sqlite:///{path}")
    connects: list[object] = []
    sa.event.listen(connector.engine, "engine_connect", lambda conn: connects.append(conn))
    with ConnectionSet({"shop": connector}) as connections:
        result = run_access(plan, connections)
    assert result.row_count == 26
    assert len(connects) == 1


# bookings name a room by building and number together; cleanings (no one's record) too
ROOMS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        *ORDERS["collections"][:1],
        *(
            _table(
                name,
                *extra,
                _field("building", "system.operations", **_ref("rooms.building", "to")),
                _field("number", "system.operations", **_ref("rooms.number", "to")),
            )
            for name, extra in (
                (
                    "bookings",
                    [_field("person_id", "system.operations", **_ref("people.id", "from"))],
                ),
                ("cleanings", []),
            )
        ),
        _table(
            "rooms",
            _field("building", "system.operations"),
            _field("number", "system.operations"),
            _field("guest_note", "user.content"),
        ),
    ],
}


def test_a_row_named_by_a_key_of_two_fields_is_shared_when_an_outside_row_names_both(
    tmp_path: Path, policy: Policy
) -> None:
    """R2, R3 with a composite key: Ann booked rooms B-1 and B-2 (and a room in B not yet
    known, which names no room). A cleaning (no one's record) names B-1, so that room is
    shared; another names C-2, which shares only its number with B-2: B-2 is hers alone."""
    path = _database(
        tmp_path / "rooms.sqlite3",
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE bookings (id INTEGER PRIMARY KEY, person_id INTEGER, building TEXT,
                               number INTEGER);
        CREATE TABLE cleanings (id INTEGER PRIMARY KEY, building TEXT, number INTEGER);
        CREATE TABLE rooms (id INTEGER PRIMARY KEY, building TEXT, number INTEGER,
                            guest_note TEXT);
        INSERT INTO people VALUES (1, 'ann@example.org');
        INSERT INTO bookings VALUES (1, 1, 'B', NULL), (2, 1, 'B', 1), (3, 1, 'B', 2);
        INSERT INTO cleanings VALUES (1, 'B', 1), (2, 'C', 2);
        INSERT INTO rooms VALUES (11, 'B', 1, 'quiet'), (12, 'B', 2, 'late'),
                                 (13, 'C', 2, 'none');
        """,
    )
    found = _access(path, ROOMS, policy, "ann@example.org")
    assert found["rooms"] == [(11, True), (12, False)]


# THREADS, where each note belongs to a group (a code notes share) and files belong to
# the notes of their group
GROUPS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        *THREADS["collections"][:1],
        {
            "name": "notes",
            "fields": [
                *THREADS["collections"][1]["fields"],
                _field("group_code", "system.operations"),
            ],
        },
        *THREADS["collections"][2:],
        _table(
            "files",
            _field("group_code", "system.operations", **_ref("notes.group_code", "from")),
            _field("name", "user.content"),
        ),
    ],
}


def test_a_row_owned_through_rows_reached_in_later_rounds_belongs_to_all_their_subjects(
    tmp_path: Path, policy: Policy
) -> None:
    """R1 in a batch: a file belongs to the notes of its group. Ann's note 1 is in group G
    at once; her note 2 and Bob's note 901, a round later, are in group G too. File 1 of
    group G is in both their records; file 2 of group H (Bob's note 900) in Bob's alone."""
    path = _database(
        tmp_path / "groups.sqlite3",
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, person_id INTEGER, reply_id INTEGER,
                            text TEXT, group_code TEXT);
        CREATE TABLE replies (id INTEGER PRIMARY KEY, note_id INTEGER, text TEXT);
        CREATE TABLE files (id INTEGER PRIMARY KEY, group_code TEXT, name TEXT);
        INSERT INTO people VALUES (1, 'ann@example.org'), (2, 'bob@example.org');
        INSERT INTO notes VALUES (1, 1, NULL, 'Ann''s', 'G'), (2, NULL, 1, 'Ann again', 'G'),
                                 (900, 2, NULL, 'Bob''s', 'H'), (901, NULL, 900, 'Bob again', 'G');
        INSERT INTO replies VALUES (1, 1, 'to Ann'), (900, 900, 'to Bob');
        INSERT INTO files VALUES (1, 'G', 'plan.pdf'), (2, 'H', 'menu.pdf'), (3, 'K', 'x');
        """,
    )
    subjects = [{"email": ["ann@example.org"]}, {"email": ["bob@example.org"]}]
    plan = plan_batch("access", subjects, [dataset_from_body(GROUPS)], policy)
    with ConnectionSet({"shop": SqlConnector("shop", f"sqlite:///{path}")}) as connections:
        result = run_access(plan, connections)

    def ids(number: int, collection: str) -> list[int]:
        part = result.for_subject(number).collection(collection)
        return sorted(r["id"] for r in part.rows) if part else []

    assert ids(0, "notes") == [1, 2]
    assert ids(1, "notes") == [900, 901]
    assert ids(0, "files") == [1]
    assert ids(1, "files") == [1, 2]


class _NoSession(SqlConnector):
    """A connector that cannot hold one connection for a request (``session`` is optional
    in the connector protocol): each read takes a connection of its own."""

    session = None  # type: ignore[assignment]


def test_a_connector_that_cannot_hold_a_connection_still_serves_a_request(
    tmp_path: Path, policy: Policy
) -> None:
    """Connectors without ``session`` are read statement by statement: Ann's note chain is
    found all the same (25 rows and her own)."""
    path = _thread(tmp_path / "threads.sqlite3", 12)
    plan = plan_request(
        "access", {"email": ["ann@example.org"]}, [dataset_from_body(THREADS)], policy
    )
    with ConnectionSet({"shop": _NoSession("shop", f"sqlite:///{path}")}) as connections:
        result = run_access(plan, connections)
    assert result.row_count == 26


def _to(dataset: str, field: str) -> dict:
    """``fides_meta`` keys for a row owned by ``dataset``'s ``field``."""
    return {"references": [{"dataset": dataset, "field": field, "direction": "from"}]}


def test_datasets_that_share_a_connection_and_one_that_does_not_each_read_through_one(
    tmp_path: Path, policy: Policy
) -> None:
    """Two datasets on one database share its connector; a third lives in another database.
    A request reads each database through one connection, however many datasets and
    statements: the archive's two collections, read in turn, connect once."""
    shop_path = _database(
        tmp_path / "shop.sqlite3",
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE profiles (id INTEGER PRIMARY KEY, person_id INTEGER, bio TEXT);
        INSERT INTO people VALUES (1, 'ann@example.org');
        INSERT INTO profiles VALUES (5, 1, 'gardener');
        """,
    )
    archive_path = _database(
        tmp_path / "archive.sqlite3",
        """
        CREATE TABLE letters (id INTEGER PRIMARY KEY, person_id INTEGER, text TEXT);
        CREATE TABLE copies (id INTEGER PRIMARY KEY, letter_id INTEGER, text TEXT);
        INSERT INTO letters VALUES (7, 1, 'Dear Ann');
        INSERT INTO copies VALUES (8, 7, 'Dear Ann (copy)');
        """,
    )
    bodies = [
        {
            "fides_key": "a_shop",
            "collections": [ORDERS["collections"][0]],
        },
        {
            "fides_key": "b_profiles",
            "collections": [
                _table(
                    "profiles",
                    _field("person_id", "system.operations", **_to("a_shop", "people.id")),
                    _field("bio", "user.content"),
                )
            ],
        },
        {
            "fides_key": "c_archive",
            "collections": [
                _table(
                    "letters",
                    _field("person_id", "system.operations", **_to("a_shop", "people.id")),
                    _field("text", "user.content"),
                ),
                _table(
                    "copies",
                    _field("letter_id", "system.operations", **_to("c_archive", "letters.id")),
                    _field("text", "user.content"),
                ),
            ],
        },
    ]
    plan = plan_request(
        "access",
        {"email": ["ann@example.org"]},
        [dataset_from_body(b) for b in bodies],
        policy,
        systems={b["fides_key"]: "shop" for b in bodies},
    )
    shop = SqlConnector("a_shop", f"sqlite:///{shop_path}")
    archive = SqlConnector("c_archive", f"sqlite:///{archive_path}")
    connects: list[object] = []
    sa.event.listen(archive.engine, "engine_connect", lambda conn: connects.append(conn))
    by_dataset = {"a_shop": shop, "b_profiles": shop, "c_archive": archive}
    with ConnectionSet(by_dataset) as connections:
        result = run_access(plan, connections)
    assert sorted(c.collection for c in result.collections) == [
        "copies",
        "letters",
        "people",
        "profiles",
    ]
    assert len(connects) == 1
