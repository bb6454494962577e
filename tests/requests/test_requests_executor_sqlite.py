"""The engine on a small SQLite company: sharing, bad input, failures, resume, correction."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.requests.executor import (
    ExecutionError,
    MemoryJournal,
    resolve_strategies,
    run_access,
    run_correction,
    run_erasure,
)
from troth.requests.export import archive_bytes
from troth.requests.planner import PlanError, plan_batch, plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "meetings_policy.yaml"

SCHEMA = """
CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT, loyalty TEXT);
CREATE TABLE meetings (id INTEGER PRIMARY KEY, organiser_id INTEGER NOT NULL REFERENCES people(id),
                       title TEXT NOT NULL);
CREATE TABLE participants (meeting_id INTEGER NOT NULL REFERENCES meetings(id),
                           person_id INTEGER NOT NULL REFERENCES people(id),
                           display_name TEXT, PRIMARY KEY (meeting_id, person_id));
CREATE TABLE invoices (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id),
                       name TEXT, total INTEGER NOT NULL);
CREATE TABLE newsletter (email TEXT PRIMARY KEY, topics TEXT);
INSERT INTO people VALUES (1, 'ann@example.com', 'Ann', 'L-1'),
  (2, 'bob@example.com', 'Bob', 'L-2'),
  (3, 'x'' OR ''1''=''1; DROP TABLE people; --', 'Mallory', NULL);
INSERT INTO meetings VALUES (10, 2, 'Bob''s weekly'), (11, 1, 'Ann alone');
INSERT INTO participants VALUES (10, 1, 'Ann A.'), (10, 2, 'Bob B.'), (11, 1, 'Ann A.');
INSERT INTO invoices VALUES (100, 1, 'Ann', 1999), (101, 2, 'Bob', 500);
INSERT INTO newsletter VALUES ('ann@example.com', 'phones'), ('bob@example.com', 'wifi');
"""


def _ref(field: str, direction: str) -> dict:
    return {"references": [{"dataset": "meet", "field": field, "direction": direction}]}


DATASET = {
    "fides_key": "meet",
    "collections": [
        {
            "name": "people",
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
                {"name": "name", "data_categories": ["user.name"]},
                {
                    "name": "loyalty",
                    "data_categories": ["user.unique_id"],
                    "fides_meta": {"identity": "loyalty_id"},
                },
            ],
        },
        {
            "name": "meetings",
            "fields": [
                {"name": "id", "data_categories": ["system.operations"]},
                {
                    "name": "organiser_id",
                    "data_categories": ["user.unique_id"],
                    "fides_meta": _ref("people.id", "from"),
                },
                {"name": "title", "data_categories": ["user.content"]},
            ],
        },
        {
            "name": "participants",
            "fields": [
                {
                    "name": "meeting_id",
                    "data_categories": ["system.operations"],
                    "fides_meta": _ref("meetings.id", "to"),
                },
                {
                    "name": "person_id",
                    "data_categories": ["user.unique_id"],
                    "fides_meta": _ref("people.id", "from"),
                },
                {"name": "display_name", "data_categories": ["user.name"]},
            ],
        },
        {
            "name": "invoices",
            "fields": [
                {"name": "id", "data_categories": ["system.operations"]},
                {
                    "name": "person_id",
                    "data_categories": ["user.unique_id"],
                    "fides_meta": _ref("people.id", "from"),
                },
                {"name": "name", "data_categories": ["user.financial"]},
                {"name": "total", "data_categories": ["user.financial"]},
            ],
        },
        {
            "name": "newsletter",
            "fields": [
                {
                    "name": "email",
                    "data_categories": ["user.contact.email"],
                    "fides_meta": {"identity": "email"},
                },
                {"name": "topics", "data_categories": ["user.behavior"]},
            ],
        },
    ],
}


@pytest.fixture
def company(tmp_path: Path) -> Path:
    path = tmp_path / "meet.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
    return path


@pytest.fixture
def policy():  # type: ignore[no-untyped-def]
    return load_policy(POLICY)


def _connections(path: Path, read_only: bool = False) -> ConnectionSet:
    return ConnectionSet({"meet": SqlConnector("meet", f"sqlite:///{path}", read_only=read_only)})


def _query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


DATASETS = [dataset_from_body(DATASET)]


@pytest.mark.proves("R2", via="troth.requests.executor.run_access")
def test_access_returns_shared_meeting_but_not_its_organiser_or_other_participants(
    company: Path, policy
) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request("access", {"email": ["ann@example.com"]}, DATASETS, policy)
    with _connections(company) as connections:
        result = run_access(plan, connections)
    people = result.collection("people")
    assert people is not None and [r["name"] for r in people.rows] == ["Ann"]
    participants = result.collection("participants")
    assert participants is not None
    assert sorted((r["meeting_id"], r["person_id"]) for r in participants.rows) == [
        (10, 1),
        (11, 1),
    ]
    meetings = result.collection("meetings")
    assert meetings is not None and sorted(r["id"] for r in meetings.rows) == [10, 11]
    invoices = result.collection("invoices")
    assert invoices is not None and [r["id"] for r in invoices.rows] == [100]

    page = zipfile.ZipFile(BytesIO(archive_bytes(result, policy))).read("index.html").decode()
    assert "Bob&#x27;s weekly" in page and "Bob's weekly" not in page
    assert "<script" not in page and "http" not in page


def test_sql_in_identity_values_only_matches(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    # a value that is not an address is refused before planning (M2)
    with pytest.raises(PlanError, match="not an e-mail address"):
        plan_request("access", {"email": ["x' OR '1'='1; DROP TABLE people; --"]}, DATASETS, policy)
    with sqlite3.connect(company) as conn:
        conn.execute("INSERT INTO people VALUES (4, 'o''hara%_@example.com', 'Sean', NULL)")
    hostile = "o'hara%_@example.com"
    plan = plan_request("access", {"email": [hostile]}, DATASETS, policy)
    with _connections(company) as connections:
        result = run_access(plan, connections)
        assert [r["name"] for r in result.collection("people").rows] == ["Sean"]  # type: ignore[union-attr]
        # % and _ are plain characters, never a pattern
        nobody = run_access(
            plan_request("access", {"email": ["o'har%@example.com"]}, DATASETS, policy),
            connections,
        )
    assert nobody.collections == ()
    assert _query(company, "SELECT count(*) FROM people") == [(4,)]


def test_unknown_identity_type_is_a_plan_error(policy) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PlanError, match="identity type 'passport' is declared by no dataset"):
        plan_request("access", {"passport": ["X1"]}, DATASETS, policy)


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_erasure_keeps_shared_meeting_and_invoice_and_reports_why(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, DATASETS, policy)
    with _connections(company) as connections:
        result = run_erasure(plan, connections, MemoryJournal())
    assert result.verified, result.verification
    # Ann's participations are gone; Bob's meeting stays untouched; Ann's own meeting goes
    assert _query(company, "SELECT meeting_id, person_id FROM participants") == [(10, 2)]
    assert _query(company, "SELECT id, title FROM meetings") == [(10, "Bob's weekly")]
    # the invoice is kept for the law; its link to Ann is personal, so it is emptied (X1.6),
    # and then nothing points at Ann's row, which is deleted (X2)
    assert _query(company, "SELECT id, person_id, name, total FROM invoices ORDER BY id") == [
        (100, None, "Ann", 1999),
        (101, 2, "Bob", 500),
    ]
    assert _query(company, "SELECT id FROM people ORDER BY id") == [(2,), (3,)]
    assert result.status == "complete"
    assert _query(company, "SELECT email FROM newsletter") == [("bob@example.com",)]
    meetings = result.step("meetings")
    assert meetings is not None and any(r.startswith("shared") for r in meetings.kept)
    invoices = result.step("invoices")
    assert invoices is not None and any("legal obligation" in r for r in invoices.kept)
    assert "ann@example.com" not in json.dumps(result.evidence)


def test_read_only_connection_fails_the_erasure_before_writing(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, DATASETS, policy)
    with _connections(company, read_only=True) as connections:
        with pytest.raises(ExecutionError, match="read-only"):
            run_erasure(plan, connections)
    assert _query(company, "SELECT count(*) FROM participants") == [(3,)]


def test_a_resumed_erasure_skips_what_the_journal_says_is_done(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request("erasure", {"email": ["ann@example.com"]}, DATASETS, policy)
    journal = MemoryJournal()
    first = plan.write_order[0]
    # a previous run erased the first step, then died
    with _connections(company) as connections:
        connections["meet"].delete("newsletter", ["email"], [("ann@example.com",)])
        journal.record(first, {"deleted": 1})
        result = run_erasure(plan, connections, journal)
    assert result.verified
    assert next(s for s in result.steps if s.key == first).already_done
    assert set(journal.steps) == set(plan.write_order)


def test_a_batch_in_slices_resumes_after_the_slices_already_done(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    ann, bob = {"email": ["ann@example.com"]}, {"email": ["bob@example.com"]}
    # a previous run of the batch (one subject per slice) finished its first slice, then died
    done_first = MemoryJournal()
    with _connections(company) as connections:
        single = plan_request("erasure", ann, DATASETS, policy)
        assert run_erasure(single, connections, done_first).verified
    journal = MemoryJournal()
    for key, summary in done_first.steps.items():
        journal.record(f"{key}#slice1", summary)

    plan = plan_batch("erasure", [ann, bob], DATASETS, policy)
    with _connections(company) as connections:
        result = run_erasure(plan, connections, journal, slice_size=1)
    assert result.verified, result.verification
    assert result.evidence["slices"] == 2 and result.evidence["subjects"] == 2
    # the first slice's steps were skipped, the second slice's recorded under keys of its own
    assert set(journal.steps) == {f"{k}#slice{n}" for k in plan.write_order for n in (1, 2)}
    assert not any(s.already_done for s in result.steps if s.deleted or s.masked)
    emails = {e for (e,) in _query(company, "SELECT email FROM people")}
    assert "x' OR '1'='1; DROP TABLE people; --" in emails  # someone else's row untouched
    assert not emails & {"ann@example.com", "bob@example.com"}
    assert _query(company, "SELECT count(*) FROM newsletter") == [(0,)]

    # run again: every step of every slice is done, nothing is written
    with _connections(company) as connections:
        again = run_erasure(plan, connections, journal, slice_size=1)
    assert again.verified and all(s.already_done for s in again.steps if s.key in plan.write_order)
    assert all(s.deleted == 0 and s.masked == 0 for s in again.steps)


def test_nobody_matching_gives_an_empty_result(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request("erasure", {"email": ["nobody@example.com"]}, DATASETS, policy)
    with _connections(company) as connections:
        result = run_erasure(plan, connections)
    assert result.verified
    assert all(s.deleted == 0 and s.masked == 0 for s in result.steps)
    assert _query(company, "SELECT count(*) FROM people") == [(3,)]


@pytest.mark.proves("R4", via="troth.requests.executor.run_erasure")
def test_withdrawal_erases_only_what_rests_on_consent(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request("withdrawal", {"email": ["ann@example.com"]}, DATASETS, policy)
    with _connections(company) as connections:
        result = run_erasure(plan, connections)
    assert result.verified
    # the newsletter topics rest on consent only: erased; the email also serves the contract
    assert _query(company, "SELECT email, topics FROM newsletter ORDER BY email") == [
        ("ann@example.com", None),
        ("bob@example.com", "wifi"),
    ]
    assert _query(company, "SELECT email, name FROM people WHERE id = 1") == [
        ("ann@example.com", "Ann")
    ]


@pytest.mark.proves("R1", via="troth.requests.executor.run_correction")
def test_correction_writes_the_new_email_everywhere_it_is_stored(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request(
        "correction", {"email": ["ann@example.com"]}, DATASETS, policy, correction_target="email"
    )
    with _connections(company) as connections:
        result = run_correction(plan, connections, "email", "ann@new.example")
    assert _query(company, "SELECT email FROM people WHERE id = 1") == [("ann@new.example",)]
    assert ("ann@new.example",) in _query(company, "SELECT email FROM newsletter")
    assert _query(company, "SELECT email FROM people WHERE id = 2") == [("bob@example.com",)]
    assert result.identities_after[0]["email"] == ("ann@new.example",)


def test_custom_identity_finds_the_subject(company: Path, policy) -> None:  # type: ignore[no-untyped-def]
    plan = plan_request("access", {"loyalty_id": ["L-2"]}, DATASETS, policy)
    with _connections(company) as connections:
        result = run_access(plan, connections)
    assert [r["name"] for r in result.collection("people").rows] == ["Bob"]  # type: ignore[union-attr]


def test_the_plan_as_it_runs_names_the_strategies_the_erasure_applies(
    company: Path, policy
) -> None:  # type: ignore[no-untyped-def]
    """Bob's meeting stays (Ann's participation points at it, X3); its organiser link cannot
    be emptied (NOT NULL), so Bob's row stays too, masked: its e-mail column cannot hold
    NULL either, so it is hashed. The resolved plan says so before anything runs."""
    plan = plan_request("erasure", {"email": ["bob@example.com"]}, DATASETS, policy)
    with _connections(company) as connections:
        resolved = resolve_strategies(plan, connections)
        result = run_erasure(plan, connections)
    people = next(s for s in resolved.steps if s.collection == "people")
    assert {f.name: f.strategy for f in people.fields_to("erase")} == {
        "email": "hash",
        "name": "null",
        "loyalty": "null",
    }
    meetings = next(s for s in resolved.steps if s.collection == "meetings")
    assert [f.name for f in meetings.fields_to("keep")] == ["id", "organiser_id"]
    assert "erase email (hash)" in resolved.describe()
    ran = result.step("people")
    assert ran is not None and ran.fields_erased == {
        "email": "hash",
        "loyalty": "null",
        "name": "null",
    }
    ((organiser, title),) = _query(
        company, "SELECT organiser_id, title FROM meetings WHERE id = 10"
    )
    assert organiser == 2 and title != "Bob's weekly" and len(title) == 64  # NOT NULL: hashed
    assert result.status == "complete", result.kept
