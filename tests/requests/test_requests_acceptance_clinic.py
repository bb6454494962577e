"""Acceptance: an outpatient clinic and its patient portal, two databases, fourteen tables.

The schema, its data and its datasets are in ``acceptance/clinic/``. Every expected result
below was worked out by hand from docs/semantics.md, before the engine was run, and names
the rules it follows. The engine must match them; the expectations are not to be changed
to match the engine.

The people (see schema.sql): Ann and Ben Archer share family group 10 (home blood-pressure
monitor 601); Ann referred Carla D'Souza, who has family group 11 (device 602) to herself;
Dr Dev Patel is staff 1 and also patient 4; Gina Okafor is guardian of Finn (patient 5) in
family group 12 (device 603); Carla Dunne (patient 6) has an e-mail one character off
Carla D'Souza's. The portal's consent_preferences has no key; its audit_log is reached by
no identity and points at patients.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import Dataset
from troth.datamap.reader import read_datasets
from troth.policy import load_policy
from troth.requests.executor import run_access, run_erasure
from troth.requests.planner import plan_request

FOLDER = Path(__file__).resolve().parent / "acceptance" / "clinic"
DATABASES = ("clinic", "portal")

# A row is named by its key; consent_preferences has none, so by these fields.
NATURAL_KEYS = {"portal.consent_preferences": ("patient_id", "channel")}

Row = dict[str, Any]
Tables = dict[str, dict[Any, Row]]

# --------------------------------------------------------------------------------------
# The subjects and what the rules say of them
# --------------------------------------------------------------------------------------

ANN = "ann.archer@example.com"  # patients 1 is '  Ann.Archer@Example.COM ' (M1)
BEN = "ben.archer@example.com"
CARLA = "carla_d@mail.example"  # the '_' is a plain character: carla-d@... is not her (M1)
DEV = "dev.patel@clinic.example"  # staff 1, and patients 4 as 'DEV.PATEL@clinic.example '
GINA = "gina.okafor@mail.example"  # guardians 1 is 'Gina.Okafor@mail.example '

# Access: (collection, key, shared) for every row returned (R1-R4).
ACCESS: dict[str, set[tuple[str, Any, bool]]] = {
    ANN: {
        # own (R1): her identity rows (patients 1, logins 1) and what they own, transitively
        ("clinic.patients", 1, False),
        ("clinic.appointments", 101, False),
        ("clinic.appointments", 102, False),
        ("clinic.appointment_notes", 201, False),  # owned by appointment 101
        ("clinic.invoices", 301, False),
        ("clinic.insurance_policies", 401, False),
        ("clinic.care_team", 501, False),
        ("portal.logins", 1, False),
        ("portal.messages", 701, False),  # owned by logins 1
        ("portal.messages", 702, False),
        ("portal.consent_preferences", (1, "email"), False),
        ("portal.consent_preferences", (1, "sms"), False),
        # referred (R2): her family group, and the device the group owns; Ben's patient
        # row, outside her record, refers to the group, so both are shared (R3)
        ("clinic.family_groups", 10, True),
        ("clinic.devices", 601, True),
        # not: staff 1 and 2 (referrals into a person collection, E4), Carla (patients 3
        # points at Ann through a self-reference, E4), the audit log (its link into
        # patients is never followed)
    },
    BEN: {
        ("clinic.patients", 2, False),
        ("clinic.appointments", 103, False),
        ("clinic.care_team", 502, False),
        ("portal.logins", 2, False),  # ' ben.archer@EXAMPLE.com' (M1) and owned by patients 2
        ("portal.messages", 705, False),
        ("clinic.family_groups", 10, True),  # Ann's row refers to it (R3)
        ("clinic.devices", 601, True),
    },
    CARLA: {
        ("clinic.patients", 3, False),  # 'Carla_D@Mail.example' (M1)
        ("clinic.appointments", 104, False),
        ("clinic.appointment_notes", 202, False),
        ("clinic.invoices", 302, False),
        ("clinic.insurance_policies", 402, False),
        ("clinic.care_team", 503, False),
        ("portal.logins", 3, False),
        ("portal.messages", 703, False),
        # family group 11 is referred to by her row alone: exclusively hers (R3)
        ("clinic.family_groups", 11, False),
        ("clinic.devices", 602, False),
        # not: patients 1 (her referred_by is a self-reference, E4); patients 6 and
        # logins 4 ('carla-d@mail.example': '_' is not a wildcard, M1); staff 1 (E4)
    },
    DEV: {
        # two identity rows: the staff member and the patient
        ("clinic.staff", 1, False),
        ("clinic.patients", 4, False),
        ("clinic.appointments", 105, False),
        ("clinic.appointment_notes", 203, False),
        ("clinic.invoices", 303, False),
        ("clinic.care_team", 504, False),
        # not: the appointments, notes, care-team rows and messages that name him as staff
        # (they refer into a person collection: only their patients' identities find them)
    },
    GINA: {
        ("clinic.guardians", 1, False),
        # referred through guardians.family_group_id; Finn's row refers to it too (R3)
        ("clinic.family_groups", 12, True),
        ("clinic.devices", 603, True),
        # not: Finn (patients.guardian_id refers into a person collection, E4)
    },
}

# Ben's record once Ann is erased: her patient row no longer names family group 10
# (a link is set to NULL, X1.6), so nothing outside his record refers to it any more.
BEN_AFTER_ANN = {
    ("clinic.patients", 2, False),
    ("clinic.appointments", 103, False),
    ("clinic.care_team", 502, False),
    ("portal.logins", 2, False),
    ("portal.messages", 705, False),
    ("clinic.family_groups", 10, False),
    ("clinic.devices", 601, False),
}


@dataclass(frozen=True)
class Erased:
    """What one erasure does: rows deleted, cells written; every other cell is unchanged."""

    status: str
    deleted: dict[str, set[Any]] = field(default_factory=dict)
    changed: dict[str, dict[Any, Row]] = field(default_factory=dict)


ERASURE: dict[str, Erased] = {
    ANN: Erased(
        # consent_preferences has no key: her two rows there are never written (X4)
        status="partial",
        deleted={
            # appointment 102 has no invoice or note; nothing keeps it (X2)
            "clinic.appointments": {102},
            "clinic.appointment_notes": {201},
            "clinic.care_team": {501},
            # logins 1: the messages that point at it are deleted too (X3 does not keep it)
            "portal.logins": {1},
            # messages: the collection's override says delete, and nothing keeps them
            "portal.messages": {701, 702},
        },
        changed={
            # masked, not deleted (X3): Carla's referred_by, the consent rows (never
            # written) and the audit log (outside the record) point at it and stay.
            # full_name: the policy's field rule (fixed 'erased'); the links to NULL;
            # referred_by and guardian_id were NULL already.
            "clinic.patients": {
                1: {
                    "email": None,
                    "full_name": "erased",
                    "date_of_birth": None,
                    "phone": None,
                    "family_group_id": None,
                }
            },
            # appointment 101 stays: invoice 301 stays and its appointment_id is not
            # personal, so that link stays (X3). scheduled_at takes the collection's
            # category and is personal; staff_id and room are not personal.
            "clinic.appointments": {
                101: {"patient_id": None, "reason": None, "scheduled_at": None}
            },
            # legal hold on user.financial (X1.4): amount and IBAN kept, the row masked (X2)
            "clinic.invoices": {301: {"patient_id": None, "description": None}},
            # the policy's collection rule says rows: keep
            "clinic.insurance_policies": {401: {"patient_id": None, "member_number": None}},
        },
        # unchanged: family group 10 and device 601 (shared), staff, guardians, every
        # other patient's rows, consent_preferences, audit_log
    ),
    CARLA: Erased(
        # the invoice is kept for a reason the policy gives; nothing else is kept
        status="complete",
        deleted={
            # nothing that stays points at patients 3 with a link that stays: appointment
            # 104, invoice 302 and insurance 402 stay but their patient_id goes to NULL
            "clinic.patients": {3},
            # exclusively hers (R3); the only links to it are from rows deleted here
            "clinic.family_groups": {11},
            "clinic.devices": {602},
            "clinic.appointment_notes": {202},
            "clinic.care_team": {503},
            "portal.logins": {3},
            "portal.messages": {703},
        },
        changed={
            "clinic.appointments": {
                104: {"patient_id": None, "reason": None, "scheduled_at": None}
            },
            "clinic.invoices": {302: {"patient_id": None, "description": None}},
            "clinic.insurance_policies": {402: {"patient_id": None, "member_number": None}},
        },
        # unchanged: Ann's patient row (Carla's self-reference is never followed), Carla
        # Dunne's patient row and login, staff 1
    ),
    DEV: Erased(
        # staff.licence_number is read_only: kept, not for a reason the policy gives (X1.3)
        status="partial",
        deleted={
            # patients 4: appointment 105 and invoice 303 stay but their patient_id goes
            # to NULL; care-team 504 is deleted
            "clinic.patients": {4},
            "clinic.appointment_notes": {203},
            "clinic.care_team": {504},
        },
        changed={
            # masked: a read-only field is kept (X2), and other patients' appointments,
            # notes, care-team rows and messages point at it (X3). full_name: the field's
            # string_rewrite override; licence_number unchanged.
            "clinic.staff": {
                1: {"email": None, "full_name": "former staff member", "job_title": None}
            },
            "clinic.appointments": {
                105: {"patient_id": None, "reason": None, "scheduled_at": None}
            },
            "clinic.invoices": {303: {"patient_id": None, "description": None}},
        },
        # unchanged: appointments 101, 104, 107 and notes 201, 202, 204 that name him as
        # staff; messages 701, 703, 704 addressed to him
    ),
    GINA: Erased(
        status="complete",
        changed={
            # masked (X3): Finn's guardian_id points at her row and stays
            "clinic.guardians": {
                1: {"email": None, "full_name": None, "phone": None, "family_group_id": None}
            },
        },
        # unchanged: family group 12 and device 603 (shared), Finn's rows
    ),
}

# Ben erased after Ann: family group 10 and its device are now exclusively his.
BEN_AFTER_ANN_ERASED = Erased(
    status="complete",
    deleted={
        # nothing points at patients 2 any more but rows deleted here
        "clinic.patients": {2},
        # links to it: Ben's row (deleted), Ann's (NULL since her erasure), device 601
        # (deleted)
        "clinic.family_groups": {10},
        "clinic.devices": {601},
        "clinic.appointments": {103},
        "clinic.care_team": {502},
        "portal.logins": {2},
        "portal.messages": {705},
    },
)

# --------------------------------------------------------------------------------------
# Databases
# --------------------------------------------------------------------------------------


def _scripts() -> dict[str, str]:
    """schema.sql cut at its '-- database: NAME' lines."""
    text = (FOLDER / "schema.sql").read_text()
    parts = re.split(r"^-- database: (\w+)\s*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _load(url: str, script: str) -> None:
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        with sqlite3.connect(parsed.database or "") as conn:
            conn.executescript(script)
        return
    with psycopg.connect(
        host=parsed.host,
        port=parsed.port,
        user=parsed.username,
        dbname=parsed.database,
        autocommit=True,
    ) as conn:
        conn.execute(script)  # type: ignore[arg-type]


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def clinic_urls(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    """The two databases, loaded: one SQLite file or one PostgreSQL database each."""
    urls: dict[str, str] = {}
    for name in DATABASES:
        if request.param == "sqlite":
            urls[name] = f"sqlite:///{tmp_path / f'{name}.sqlite3'}"
        else:
            server = request.getfixturevalue("postgres_server")
            urls[name] = server.create_database(f"{name}_{uuid.uuid4().hex[:10]}")
    scripts = _scripts()
    for name, url in urls.items():
        _load(url, scripts[name])
    return urls


def _row_key(table: str, row: Row) -> Any:
    natural = NATURAL_KEYS.get(table)
    if natural:
        return tuple(row[name] for name in natural)
    return row["id"]


def _tables(urls: dict[str, str]) -> Tables:
    """Every row of every table of both databases: 'dataset.table' -> key -> row."""
    out: Tables = {}
    for dataset, url in urls.items():
        engine = sa.create_engine(url)
        try:
            metadata = sa.MetaData()
            metadata.reflect(engine)
            with engine.connect() as conn:
                for name, table in metadata.tables.items():
                    rows = [dict(r._mapping) for r in conn.execute(sa.select(table))]
                    keyed = {_row_key(f"{dataset}.{name}", r): r for r in rows}
                    assert len(keyed) == len(rows), f"{dataset}.{name}: two rows share a key"
                    out[f"{dataset}.{name}"] = keyed
        finally:
            engine.dispose()
    return out


def _expected_after(before: Tables, erased: Erased) -> Tables:
    """``before`` with the expected deletions and cell changes, everything else as it was."""
    unknown = (set(erased.deleted) | set(erased.changed)) - set(before)
    assert not unknown, f"the expectations name tables that do not exist: {unknown}"
    after: Tables = {}
    for table, rows in before.items():
        gone = erased.deleted.get(table, set())
        changes = erased.changed.get(table, {})
        assert gone <= set(rows), f"{table}: expected deletions of missing rows {gone - set(rows)}"
        assert not gone & set(changes), f"{table}: a row both deleted and changed"
        after[table] = {}
        for key, row in rows.items():
            if key in gone:
                continue
            new = dict(row)
            for column, value in changes.get(key, {}).items():
                assert column in row, f"{table} {key}: no column {column}"
                assert row[column] != value, f"{table} {key}.{column}: already {value!r}"
                new[column] = value
            after[table][key] = new
    return after


def _differences(actual: Tables, expected: Tables) -> list[str]:
    """One line per row that differs from the expectation (none when they agree)."""
    lines: list[str] = []
    for table in sorted(set(actual) | set(expected)):
        got, want = actual.get(table, {}), expected.get(table, {})
        for key in sorted(set(got) | set(want), key=repr):
            if key not in got:
                lines.append(f"{table} {key}: expected {want[key]}, but the row is gone")
            elif key not in want:
                lines.append(f"{table} {key}: expected deleted, but it is {got[key]}")
            elif got[key] != want[key]:
                cells = {
                    c: (want[key][c], got[key][c]) for c in want[key] if got[key][c] != want[key][c]
                }
                lines.append(f"{table} {key}: (expected, actual) {cells}")
    return lines


# --------------------------------------------------------------------------------------
# Requests through the public API
# --------------------------------------------------------------------------------------


def _datasets() -> list[Dataset]:
    return read_datasets([FOLDER / "clinic.yml"])


def _connections(urls: dict[str, str]) -> ConnectionSet:
    return ConnectionSet({name: SqlConnector(name, url) for name, url in urls.items()})


def _access(urls: dict[str, str], email: str) -> tuple[set[tuple[str, Any, bool]], list[Row]]:
    """(collection, key, shared) of each row returned, and the returned rows (with names)."""
    datasets = _datasets()
    plan = plan_request("access", {"email": [email]}, datasets, load_policy(FOLDER / "policy.yaml"))
    with _connections(urls) as connections:
        result = run_access(plan, connections)
    found: set[tuple[str, Any, bool]] = set()
    rows: list[Row] = []
    for collection in result.collections:
        table = f"{collection.dataset}.{collection.collection}"
        assert len(collection.rows) == len(collection.shared), table
        for row, shared in zip(collection.rows, collection.shared, strict=True):
            found.add((table, _row_key(table, row), bool(shared)))
            rows.append({"__table__": table, **row})
    return found, rows


def _erase(urls: dict[str, str], email: str) -> str:
    datasets = _datasets()
    plan = plan_request(
        "erasure", {"email": [email]}, datasets, load_policy(FOLDER / "policy.yaml")
    )
    with _connections(urls) as connections:
        result = run_erasure(plan, connections)
    return str(result.status)


def _check_access(urls: dict[str, str], email: str, expected: set[tuple[str, Any, bool]]) -> None:
    before = _tables(urls)
    found, rows = _access(urls, email)
    missing, extra = expected - found, found - expected
    assert not missing and not extra, (
        f"missing {sorted(missing, key=repr)}; extra {sorted(extra, key=repr)}"
    )
    # every declared field of each row, as stored (R4); every column is declared
    for returned in rows:
        table = returned.pop("__table__")
        assert returned == before[table][_row_key(table, returned)], table
    # access writes nothing
    assert _tables(urls) == before


def _check_erasure(urls: dict[str, str], email: str, erased: Erased) -> None:
    before = _tables(urls)
    status = _erase(urls, email)
    problems = _differences(_tables(urls), _expected_after(before, erased))
    if status != erased.status:
        problems.append(f"status: expected {erased.status!r}, the engine says {status!r}")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("email", [ANN, BEN, CARLA, DEV, GINA])
def test_access_returns_exactly_the_record(clinic_urls: dict[str, str], email: str) -> None:
    _check_access(clinic_urls, email, ACCESS[email])


@pytest.mark.parametrize("email", [ANN, CARLA, DEV, GINA])
def test_erasure_leaves_every_table_as_worked_out(clinic_urls: dict[str, str], email: str) -> None:
    _check_erasure(clinic_urls, email, ERASURE[email])


def test_two_family_group_members_erased_one_after_the_other(clinic_urls: dict[str, str]) -> None:
    # while Ann is there, the family group and its monitor are shared with her
    _check_access(clinic_urls, BEN, ACCESS[BEN])
    _check_erasure(clinic_urls, ANN, ERASURE[ANN])
    # Ann's row names the group no more: it is Ben's alone, and goes with him
    _check_access(clinic_urls, BEN, BEN_AFTER_ANN)
    _check_erasure(clinic_urls, BEN, BEN_AFTER_ANN_ERASED)
