"""The request engine against the reference model, on random data maps (docs/semantics.md).

Each example builds real tables (one database per dataset), writes the fideslang datasets and
a policy as YAML, runs access and erasure through the engine's public API and compares with
tests/requests/reference_model.py: the rows access returns per collection and whether each is
shared; after erasure every cell of every table (so no one else's data changed) and the
status. A second test erases two people who share a household, one after the other.

``TROTH_FUZZ_EXAMPLES`` sets the number of examples per database (default 500; the household
test runs a fifth as many); ``TROTH_FUZZ_SHRINK=0`` reports a failure without shrinking it
first (shrinking stops after Hypothesis' five minutes). On two cores an example takes about
0.1 s on SQLite and 0.23 s on PostgreSQL, so the default file runs in about 3.5 minutes
(`make fuzz-requests` runs 5,000 per database).
On PostgreSQL the connector is handed the tables the test created (KnownTablesConnector)
instead of reading the catalog for every new example; SQLite runs the connector untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import yaml
from hypothesis import HealthCheck, Phase, given, note, settings
from reference_model import (
    Collection,
    CollectionId,
    Dataset,
    Field,
    Policy,
    Record,
    Schema,
    Tables,
    covers,
    erase,
    key_fields,
    r4_access,
    record_of,
)
from request_schemas import DATASET_KEYS, Example, describe, examples, used_categories

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap.reader import parse_datasets
from troth.policy import load_policy
from troth.requests.executor import run_access, run_erasure
from troth.requests.planner import plan_request

EXAMPLES = int(os.environ.get("TROTH_FUZZ_EXAMPLES", "500"))
# TROTH_FUZZ_SHRINK=0: report the first failure as found, without shrinking it (quicker)
PHASES = [p for p in Phase if os.environ.get("TROTH_FUZZ_SHRINK", "1") != "0" or p != Phase.shrink]
SETTINGS = settings(
    phases=PHASES,
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    report_multiple_bugs=False,
    suppress_health_check=list(HealthCheck),
)
MAX_PROBLEMS = 8
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, when present: far quicker
# SQLite files in memory-backed /dev/shm when there is one: no waiting for the disk on commits
SHM = Path("/dev/shm")


# --- the databases: one per dataset, emptied for each example ------------------------------------


class SqliteDatabases:
    """A fresh SQLite file per dataset and example (a new URL, so nothing cached is reused)."""

    known_tables = False  # the connector reads every table's columns itself

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self.engines: dict[str, sa.Engine] = {}

    def begin(self, datasets: list[str]) -> dict[str, str]:
        self.close()
        for old in self.folder.glob("*.sqlite3"):
            old.unlink()
        self.count += 1
        urls = {ds: f"sqlite:///{self.folder / f'e{self.count}_{ds}.sqlite3'}" for ds in datasets}
        self.engines = {ds: sa.create_engine(url) for ds, url in urls.items()}
        return urls

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()


class PostgresDatabases:
    """Three databases on the session's server, their schema dropped for each example. The
    engine gets a URL of its own per example (application_name), so the connector's cache of
    reflected tables never serves an earlier example's table."""

    known_tables = True  # see KnownTablesConnector

    def __init__(self, server: Any) -> None:
        tag = uuid.uuid4().hex[:8]
        self.urls = {ds: server.create_database(f"diff_{tag}_{ds}") for ds in DATASET_KEYS}
        self.engines = {
            ds: sa.create_engine(url, connect_args={"prepare_threshold": None})
            for ds, url in self.urls.items()
        }
        self.count = 0

    def begin(self, datasets: list[str]) -> dict[str, str]:
        self.count += 1
        for ds in datasets:
            with self.engines[ds].begin() as conn:
                conn.execute(sa.text("DROP SCHEMA public CASCADE"))
                conn.execute(sa.text("CREATE SCHEMA public"))
        return {ds: f"{self.urls[ds]}?application_name=diff{self.count}" for ds in datasets}

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def databases(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "sqlite":
        folder = tmp_path
        if SHM.is_dir() and os.access(SHM, os.W_OK):
            folder = Path(tempfile.mkdtemp(prefix="troth-diff-", dir=SHM))
            request.addfinalizer(lambda: shutil.rmtree(folder, ignore_errors=True))
        found: Any = SqliteDatabases(folder)
    else:
        request.applymarker(pytest.mark.postgres)
        found = PostgresDatabases(request.getfixturevalue("postgres_server"))
    yield found
    found.close()


def sql_table(collection: Collection, metadata: sa.MetaData) -> sa.Table:
    """The table as the data map declares it (its primary key, else the database's own)."""
    declared = {f.name for f in collection.fields if f.primary_key}
    key = declared or set(collection.database_key)
    columns = [
        sa.Column(
            f.name,
            sa.Integer() if f.sql_type == "integer" else sa.Text(),
            primary_key=f.name in key,
            autoincrement=False,
            nullable=f.name not in key,
        )
        for f in collection.fields
    ]
    return sa.Table(collection.name, metadata, *columns)


def load_tables(
    engines: dict[str, sa.Engine], schema: Schema, tables: Tables
) -> dict[str, dict[str, sa.Table]]:
    """Create and fill every table; returns them, per dataset and name."""
    made: dict[str, dict[str, sa.Table]] = {}
    for dataset in schema.datasets:
        metadata = sa.MetaData()
        made[dataset.key] = {c.name: sql_table(c, metadata) for c in dataset.collections}
        with engines[dataset.key].begin() as conn:
            metadata.create_all(conn, checkfirst=False)
            for name, table in made[dataset.key].items():
                if tables[(dataset.key, name)]:
                    conn.execute(table.insert(), tables[(dataset.key, name)])
    return made


class KnownTablesConnector(SqlConnector):
    """The real SQL connector, handed the tables the test has just created instead of reading
    them back from PostgreSQL's catalog (70 ms a table, for every new example; reflection has
    tests of its own). Everything else - every statement the engine sends - is the connector's."""

    def __init__(self, name: str, url: str, known: dict[str, sa.Table]) -> None:
        super().__init__(name, url)
        self.known = known

    def table(self, collection: str) -> sa.Table:
        found = self.known.get(collection)
        return found if found is not None else super().table(collection)


def read_tables(engines: dict[str, sa.Engine], schema: Schema) -> Tables:
    found: Tables = {}
    for dataset in schema.datasets:
        with engines[dataset.key].connect() as conn:
            for coll in dataset.collections:
                names = ", ".join(f'"{f.name}"' for f in coll.fields)
                result = conn.execute(sa.text(f'SELECT {names} FROM "{coll.name}"'))  # noqa: S608
                found[(dataset.key, coll.name)] = [dict(r._mapping) for r in result]
    return found


# --- the data map and the policy as YAML ---------------------------------------------------------


def field_body(fld: Field) -> dict[str, Any]:
    body: dict[str, Any] = {"name": fld.name}
    if fld.categories:
        body["data_categories"] = list(fld.categories)
    meta: dict[str, Any] = {"data_type": "integer" if fld.sql_type == "integer" else "string"}
    if fld.identity:
        meta["identity"] = fld.identity
    if fld.primary_key:
        meta["primary_key"] = True
    if fld.references:
        meta["references"] = [
            {"dataset": r.dataset, "field": f"{r.collection}.{r.field}"}
            | ({"direction": r.direction} if r.direction else {})
            for r in fld.references
        ]
    if fld.read_only:
        meta["read_only"] = True
    if fld.override == "null_rewrite":
        meta["masking_strategy_override"] = {"strategy": "null_rewrite"}
    elif fld.override == "string_rewrite":
        meta["masking_strategy_override"] = {
            "strategy": "string_rewrite",
            "configuration": {"rewrite_value": fld.rewrite_value},
        }
    body["fides_meta"] = meta
    return body


def dataset_yaml(schema: Schema) -> str:
    bodies = []
    for dataset in schema.datasets:
        collections = []
        for coll in dataset.collections:
            body: dict[str, Any] = {"name": coll.name}
            if coll.categories:
                body["data_categories"] = list(coll.categories)
            if coll.delete_override:
                body["fides_meta"] = {"masking_strategy_override": {"strategy": "delete"}}
            body["fields"] = [field_body(f) for f in coll.fields]
            collections.append(body)
        bodies.append({"fides_key": dataset.key, "name": dataset.key, "collections": collections})
    return yaml.dump({"dataset": bodies}, Dumper=DUMPER, allow_unicode=True, sort_keys=False)


POLICY_HEAD = {
    "organisation": {"name": "Differential Ltd", "privacy_contact": "privacy@diff.example"},
    "versions": [{"version": "1", "effective": "2024-01-01", "summary": "First."}],
    "settings": {
        "child_age": 13,
        "do_not_track": "honoured",
        "global_privacy_control": "opt_out_of_sale_and_sharing",
    },
    "clauses": [{"id": "R1", "section": "Rights", "promise": "Erasure.", "owner": "requests"}],
    "storage_locations": [
        {"key": "eu", "provider": "Example Cloud", "kind": "cloud", "countries": ["IE"]}
    ],
}
SERVICE = {"use": "essential.service", "basis": "contract"}
LEGAL = {"use": "essential.legal_obligation", "basis": "legal_obligation"}


def system_body(schema: Schema, policy: Policy, dataset: Dataset) -> dict[str, Any]:
    held = list(policy.held.get(dataset.key, ()))
    used = used_categories(schema, dataset.key)
    service = [c for c in used if not any(covers(h, c) for h in held)] or ["user.unique_id"]
    collects = [{"categories": service, "uses": [SERVICE], "retention": "P2Y"}]
    if held:
        collects.append(
            {
                "categories": held,
                "uses": [SERVICE, LEGAL],
                "retention": {"period": "P6Y", "after": "order_completed"},
            }
        )
    return {
        "key": f"sys_{dataset.key}",
        "name": f"System {dataset.key}",
        "description": "Generated.",
        "data_subjects": ["customer"],
        "collects": collects,
        "storage": ["eu"],
        "datasets": [dataset.key],
    }


def policy_yaml(schema: Schema, policy: Policy) -> str:
    document: dict[str, Any] = dict(POLICY_HEAD)
    document["systems"] = [system_body(schema, policy, d) for d in schema.datasets]
    rules = []
    for rule in policy.rules:
        body: dict[str, Any] = {rule.kind: [rule.target]}
        if rule.strategy:
            body["strategy"] = rule.strategy
        if rule.rows:
            body["rows"] = rule.rows
        rules.append(body)
    if rules:
        document["erasure"] = {"rules": rules}
    return yaml.dump(document, Dumper=DUMPER, allow_unicode=True, sort_keys=False)


# --- comparing the engine with the model ---------------------------------------------------------


def as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def label(coll: Collection, row: dict[str, Any]) -> tuple[str | None, ...]:
    """A row's key as text; the whole row for a collection without a key."""
    names = key_fields(coll) or tuple(f.name for f in coll.fields)
    return tuple(as_text(row.get(n)) for n in names)


def shown(coll: Collection, found: tuple[str | None, ...]) -> str:
    names = key_fields(coll) or tuple(f.name for f in coll.fields)
    return ", ".join(f"{n}={v!r}" for n, v in zip(names, found, strict=True))


class Whose:
    """Says whose a row is, from the model's record of the subject, for messages."""

    def __init__(self, schema: Schema, tables: Tables, record: Record) -> None:
        self.places: dict[tuple[CollectionId, tuple[str | None, ...]], str] = {}
        for cid in schema.collection_ids():
            for position, row in enumerate(tables[cid]):
                ref = (cid[0], cid[1], position)
                if ref in record.own:
                    what = "the subject's own row"
                elif ref in record.shared:
                    what = "a shared row"
                elif ref in record.referred:
                    what = "a row referred to by the subject only"
                else:
                    what = "someone else's row (outside the record)"
                self.places[(cid, label(schema.collection(cid), row))] = what

    def __call__(self, cid: CollectionId, found: tuple[str | None, ...]) -> str:
        return self.places.get((cid, found), "a row the example did not hold")


def grouped(coll: Collection, rows: list[dict[str, Any]]) -> dict[tuple, list[dict[str, Any]]]:
    found: dict[tuple, list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(label(coll, row), []).append(row)
    return found


def brief(row: dict[str, Any]) -> str:
    text = repr({k: as_text(v) for k, v in row.items()})
    return text if len(text) <= 240 else text[:240] + "...}"


def compare_rows(
    coll: Collection, cid: CollectionId, expected: list[dict], actual: list[dict], whose: Whose
) -> list[str]:
    """Differences between the model's rows and the database's rows of one table."""
    problems: list[str] = []
    where = f"{cid[0]}.{cid[1]}"
    want, have = grouped(coll, expected), grouped(coll, actual)
    for found in sorted(set(want) | set(have), key=repr):
        row = f"{where} row ({shown(coll, found)}), {whose(cid, found)}"
        wanted, held = want.get(found, []), have.get(found, [])
        if len(wanted) != len(held):
            cells = brief((held or wanted)[0])
            problems.append(
                f"{row}: the model expects {len(wanted)} such row(s), the database holds "
                f"{len(held)}; {'database' if held else 'model'}: {cells}"
            )
            continue
        for model_row, db_row in zip(want[found], have[found], strict=True):
            for fld in coll.fields:
                model_value, db_value = as_text(model_row[fld.name]), as_text(db_row[fld.name])
                if model_value != db_value:
                    problems.append(
                        f"{row}: cell {fld.name}: database {db_value!r}, model {model_value!r}"
                    )
    return problems


def compare_tables(schema: Schema, expected: Tables, actual: Tables, whose: Whose) -> list[str]:
    problems: list[str] = []
    for cid in schema.collection_ids():
        coll = schema.collection(cid)
        problems += compare_rows(coll, cid, expected[cid], actual[cid], whose)
    return problems


def compare_access(schema: Schema, model: dict, engine_result: Any, whose: Whose) -> list[str]:
    """The rows access returns, per collection, with their shared flags."""
    problems: list[str] = []
    engine: dict[CollectionId, list[tuple[dict, bool | None]]] = {}
    for found in engine_result.collections:
        flags = getattr(found, "shared", None) or (None,) * len(found.rows)
        engine[(found.dataset, found.collection)] = list(zip(found.rows, flags, strict=True))
    for cid in sorted(set(model) | set(engine)):
        if cid not in model and not engine[cid]:
            continue
        if cid[0] not in {d.key for d in schema.datasets} or cid not in schema.collection_ids():
            problems.append(f"access: the engine returned rows of unknown collection {cid}")
            continue
        coll = schema.collection(cid)
        want = {label(coll, r): (r, s) for r, s in model.get(cid, [])}
        have = {label(coll, r): (r, s) for r, s in engine.get(cid, [])}
        where = f"access: {cid[0]}.{cid[1]}"
        for found in sorted(set(want) | set(have), key=repr):
            row = f"{where} row ({shown(coll, found)}), {whose(cid, found)}"
            if found not in have:
                problems.append(f"{row}: the model returns it, the engine does not")
            elif found not in want:
                problems.append(f"{row}: the engine returns it, the model does not")
            elif want[found][1] != have[found][1]:
                problems.append(f"{row}: shared: engine {have[found][1]}, model {want[found][1]}")
            else:
                for fld in coll.fields:
                    model_value = as_text(want[found][0].get(fld.name))
                    engine_value = as_text(have[found][0].get(fld.name))
                    if model_value != engine_value:
                        problems.append(
                            f"{row}: cell {fld.name}: engine {engine_value!r}, "
                            f"model {model_value!r}"
                        )
    return problems


def verdict(problems: list[str], notes: list[str]) -> str:
    shown_problems = problems[:MAX_PROBLEMS]
    if len(problems) > MAX_PROBLEMS:
        shown_problems.append(f"... and {len(problems) - MAX_PROBLEMS} more differences")
    return "\n".join(shown_problems + notes)


# --- running the engine --------------------------------------------------------------------------


class Run:
    """One example set up in the databases, ready for the engine's requests."""

    def __init__(self, databases: Any, folder: Path, example: Example) -> None:
        self.example = example
        self.databases = databases
        keys = [d.key for d in example.schema.datasets]
        self.urls = databases.begin(keys)
        self.made = load_tables(databases.engines, example.schema, example.tables)
        text = dataset_yaml(example.schema)
        self.datasets = [item.dataset for item in parse_datasets(text, "generated.yml")]
        path = folder / "policy.yaml"
        path.write_text(policy_yaml(example.schema, example.policy), encoding="utf-8")
        self.policy = load_policy(path)

    @contextmanager
    def connections(self) -> Iterator[ConnectionSet]:
        connectors: dict[str, SqlConnector] = {}
        for ds, url in self.urls.items():
            if self.databases.known_tables:
                connectors[ds] = KnownTablesConnector(ds, url, self.made[ds])
            else:
                connectors[ds] = SqlConnector(ds, url)
        with ConnectionSet(connectors) as found:
            yield found

    def access(self, identities: dict[str, list[str]]) -> Any:
        plan = plan_request("access", identities, self.datasets, self.policy)
        with self.connections() as connections:
            return run_access(plan, connections)

    def erasure(self, identities: dict[str, list[str]]) -> Any:
        plan = plan_request("erasure", identities, self.datasets, self.policy)
        with self.connections() as connections:
            return run_erasure(plan, connections)

    def tables(self) -> Tables:
        return read_tables(self.databases.engines, self.example.schema)


def check_erasure(run: Run, tables: Tables, identities: dict[str, list[str]]) -> Tables:
    """Erase one person with the engine and the model; compare every cell and the status.
    Returns the tables as they now are."""
    schema, policy = run.example.schema, run.example.policy
    whose = Whose(schema, tables, record_of(schema, tables, identities))
    expected = erase(schema, policy, tables, identities)
    result = run.erasure(identities)
    problems = compare_tables(schema, expected.tables, run.tables(), whose)
    notes: list[str] = [f"the model's reasons for partial: {list(expected.reasons)}"]
    status = getattr(result, "status", None)
    if status is None:
        notes.append("NOTE: run_erasure's result has no .status yet: the status was not compared")
    elif status != expected.status:
        problems.append(f"erasure status: engine {status!r}, model {expected.status!r}")
    assert not problems, f"erasure of {identities}:\n" + verdict(problems, notes)
    return expected.tables


@SETTINGS
@given(example=examples())
def test_access_and_erasure_agree_with_the_model(
    databases: Any, tmp_path: Path, example: Example
) -> None:
    note(describe(example))
    run = Run(databases, tmp_path, example)
    schema, subject = example.schema, example.identities[0]
    whose = Whose(schema, example.tables, record_of(schema, example.tables, subject))
    model = r4_access(schema, example.tables, subject)
    problems = compare_access(schema, model, run.access(subject), whose)
    assert not problems, f"access of {subject}:\n" + verdict(problems, [])
    check_erasure(run, example.tables, subject)


@settings(SETTINGS, max_examples=max(1, EXAMPLES // 5))
@given(example=examples(household=True))
def test_two_people_sharing_a_household_erased_one_after_the_other(
    databases: Any, tmp_path: Path, example: Example
) -> None:
    note(describe(example))
    run = Run(databases, tmp_path, example)
    tables = check_erasure(run, example.tables, example.identities[0])
    check_erasure(run, tables, example.identities[1])
