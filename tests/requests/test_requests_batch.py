"""Many subjects at once (SQLite and PostgreSQL, the demo company): one plan, one statement per
collection and input for the whole batch, the same result per subject as one by one, and rows
shared with people outside the batch still kept."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import read_datasets
from troth.demo import build_demo
from troth.policy import load_policy
from troth.requests.executor import MemoryJournal, run_access, run_erasure
from troth.requests.planner import plan_batch, plan_request

SUBJECTS = 200
SEED = 7
BATCH = 12

_TABLE = re.compile(r'^\s*(SELECT .*? FROM|UPDATE|DELETE FROM)\s+"?(\w+)"?', re.S | re.I)


def _url(request: pytest.FixtureRequest, tmp_path: Path, name: str) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / name}"
    return request.getfixturevalue("postgres_server").create_database(f"b_{name}_{id(tmp_path)}")


@pytest.fixture(params=["sqlite", "postgresql"])
def two_demos(request: pytest.FixtureRequest, tmp_path: Path, troth_home: Path) -> tuple:
    """Two identical demo databases (same seed) and their datasets."""
    urls = [_url(request, tmp_path, n) for n in ("one", "two")]
    for url in urls:
        result = build_demo(url, SUBJECTS, SEED, datasets_out=tmp_path / "demo_datasets.yml")
    return urls, read_datasets([result.datasets_path])


class StatementLog:
    """Statements the connector's engine sends, by kind and table."""

    def __init__(self, engine: sa.Engine) -> None:
        self.seen: Counter[tuple[str, str]] = Counter()
        sa.event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        match = _TABLE.match(statement)
        if match:
            self.seen[(match.group(1).split()[0].upper(), match.group(2))] += 1

    def of(self, kind: str) -> Counter[str]:
        return Counter({t: n for (k, t), n in self.seen.items() if k == kind})


def _connect(url: str, datasets: list) -> tuple[ConnectionSet, SqlConnector]:
    connector = SqlConnector("demo", url)
    return ConnectionSet({d.fides_key: connector for d in datasets}), connector


def _people(url: str) -> list[dict[str, list[str]]]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT email, username FROM accounts ORDER BY id")).all()
    engine.dispose()
    return [{"email": [e], "username": [u]} for e, u in rows]


def _rows_of(result: Any) -> set[tuple[str, int]]:
    return {(c.collection, r["id"]) for c in result.collections for r in c.rows}


def _disjoint(url: str, datasets: list, count: int) -> tuple[list[dict], list[set]]:
    """Subjects who share no row with one another (each may share rows with others)."""
    policy = load_policy()
    connections, _ = _connect(url, datasets)
    picked: list[dict] = []
    found: list[set] = []
    taken: set[tuple[str, int]] = set()
    with connections:
        for person in _people(url):
            rows = _rows_of(
                run_access(plan_request("access", person, datasets, policy), connections)
            )
            if rows & taken:
                continue
            picked.append(person)
            found.append(rows)
            taken |= rows
            if len(picked) == count:
                break
    return picked, found


def _dump(url: str, skip: set[tuple[str, str]]) -> dict[str, list[tuple]]:
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    out = {}
    with engine.connect() as conn:
        meta.reflect(conn)
        for table in meta.sorted_tables:
            cols = [c for c in table.columns if (table.name, c.name) not in skip]
            out[table.name] = sorted(
                (tuple(r) for r in conn.execute(sa.select(*cols))), key=lambda r: r[0]
            )
    engine.dispose()
    return out


def test_batch_access_is_set_based_and_equals_one_by_one(two_demos: tuple) -> None:
    urls, datasets = two_demos
    policy = load_policy()
    subjects, alone = _disjoint(urls[0], datasets, BATCH)
    assert len(subjects) == BATCH
    plan = plan_batch("access", subjects, datasets, policy)
    connections, connector = _connect(urls[0], datasets)
    log = StatementLog(connector.engine)
    with connections:
        result = run_access(plan, connections)
    for number, rows in enumerate(alone):
        assert _rows_of(result.for_subject(number)) == rows
    # one statement per collection and way in: the batch's size does not multiply them
    selects = log.of("SELECT")
    for step in plan.steps:
        assert selects[step.collection] <= len(step.inputs), step.collection
    assert sum(selects.values()) <= sum(len(s.inputs) for s in plan.steps)


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
@pytest.mark.parametrize("slice_size", [BATCH, 5], ids=["one-slice", "slices-of-5"])
def test_batch_erasure_matches_one_by_one_in_one_write_per_collection(
    two_demos: tuple, slice_size: int
) -> None:
    urls, datasets = two_demos
    policy = load_policy()
    subjects, alone = _disjoint(urls[0], datasets, BATCH)
    slices = -(-BATCH // slice_size)

    # one by one, in the first database
    connections, _ = _connect(urls[0], datasets)
    with connections:
        for subject in subjects:
            single = run_erasure(plan_request("erasure", subject, datasets, policy), connections)
            assert single.verified, single.verification

    # all together, in the second
    plan = plan_batch("erasure", subjects, datasets, policy)
    connections, connector = _connect(urls[1], datasets)
    log = StatementLog(connector.engine)
    journal = MemoryJournal()
    with connections:
        batch = run_erasure(plan, connections, journal, slice_size=slice_size)
    assert batch.verified, batch.verification

    writes = log.of("UPDATE") + log.of("DELETE")
    assert writes, "the batch wrote nothing"
    # per collection, one DELETE and one UPDATE for all the subjects of a slice (rows others
    # still point at are masked instead of deleted, X3)
    assert max(log.of("DELETE").values()) <= slices, writes
    assert max(log.of("UPDATE").values()) <= slices, writes
    assert batch.evidence["subjects"] == BATCH and batch.evidence["slices"] == slices
    assert batch.verification["slices" if slices > 1 else "verified"]
    if slices > 1:  # each slice's steps are journaled under keys of their own
        assert {k.rpartition("#")[2] for k in journal.steps} == {
            f"slice{n}" for n in range(1, slices + 1)
        }
    else:
        assert set(journal.steps) == set(plan.write_order)

    # the same end state (random values aside: those columns only have to differ)
    random_columns = {
        (s.collection, f.name) for s in plan.steps for f in s.fields if f.strategy == "random"
    }
    assert _dump(urls[0], random_columns) == _dump(urls[1], random_columns)

    # rows shared with people outside the batch are still there, with the reason
    kept_shared = {
        (o.collection.rpartition(".")[2], reason): n
        for o in batch.steps
        for reason, n in o.kept.items()
        if reason.startswith("shared")
    }
    assert kept_shared, "the batch shares no row with anyone outside it"
    engine = sa.create_engine(urls[1])
    with engine.connect() as conn:
        for (table, _), _n in kept_shared.items():
            ids = {i for t, i in set().union(*alone) if t == table}
            present = conn.execute(
                sa.text(f"SELECT count(*) FROM {table} WHERE id IN ({','.join(map(str, ids))})")  # noqa: S608
            ).scalar_one()
            assert present >= 1, table
    engine.dispose()


def _shared_pairs(
    url: str, datasets: list, tables: tuple[str, ...]
) -> list[tuple[int, int, str, int]]:
    """Per table, one pair of people sharing a row of it that no one else reaches:
    (the person who refers to the row, the person whose own row it is, table, row id)."""
    policy = load_policy()
    connections, _ = _connect(url, datasets)
    people = _people(url)
    reached: dict[tuple[str, int], dict[int, bool]] = {}  # row -> person -> reached by referral
    with connections:
        for number, person in enumerate(people):
            result = run_access(plan_request("access", person, datasets, policy), connections)
            for c in result.collections:
                for row, shared in zip(c.rows, c.shared, strict=True):
                    reached.setdefault((c.collection, row["id"]), {})[number] = shared
    # guests (participants without an account) are people too, and never in the batch
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        with_guests = set(
            conn.execute(
                sa.text("SELECT meeting_id FROM ipvideotalk_participants WHERE account_id IS NULL")
            ).scalars()
        )
    engine.dispose()
    pairs: list[tuple[int, int, str, int]] = []
    used: set[int] = set()
    for table in tables:
        for (name, row_id), who in sorted(reached.items()):
            if name != table or len(who) != 2 or used & set(who):
                continue
            if table == "ipvideotalk_meetings" and row_id in with_guests:
                continue
            referrer = [n for n, by_referral in who.items() if by_referral]
            owner = [n for n, by_referral in who.items() if not by_referral]
            if len(referrer) == 1 and len(owner) == 1:
                pairs.append((referrer[0], owner[0], table, row_id))
                used |= set(who)
                break
    return pairs


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_a_row_shared_only_among_the_batch_is_erased_as_one_by_one_would(two_demos: tuple) -> None:
    """Everyone a shared row belongs to asked for erasure: the batch erases the row (deletes
    it, or masks it where rows kept for the law hang off it), and one by one (the person who
    refers to the row first, then its owner) ends the same."""
    urls, datasets = two_demos
    policy = load_policy()
    # a meeting (organiser and one participant), an organisation (owner and one member);
    # shipping addresses are not among them: the law keeps them with the orders
    tables = ("ipvideotalk_meetings", "gwn_organisations")
    pairs = _shared_pairs(urls[0], datasets, tables)
    assert {t for _, _, t, _ in pairs} == set(tables), pairs
    people = _people(urls[0])

    connections, _ = _connect(urls[0], datasets)
    with connections:
        for referrer, owner, _, _ in pairs:
            for number in (referrer, owner):
                single = plan_request("erasure", people[number], datasets, policy)
                assert run_erasure(single, connections).verified

    numbers = [n for referrer, owner, _, _ in pairs for n in (referrer, owner)]
    plan = plan_batch("erasure", [people[n] for n in numbers], datasets, policy)
    engine = sa.create_engine(urls[1])

    def row(table: str, row_id: int) -> dict | None:
        with engine.connect() as conn:
            found = conn.execute(
                sa.text(f"SELECT * FROM {table} WHERE id = :i"),  # noqa: S608
                {"i": row_id},
            )
            first = found.mappings().first()
        return dict(first) if first else None

    before = {(t, i): row(t, i) for _, _, t, i in pairs}
    connections, _ = _connect(urls[1], datasets)
    with connections:
        batch = run_erasure(plan, connections)
    assert batch.verified, batch.verification
    for (table, row_id), was in before.items():
        assert was is not None
        now = row(table, row_id)
        if now is None:
            continue  # deleted
        # kept because rows that stay point at it: its personal fields are erased all the same
        # (a link whose column cannot hold NULL is kept, and said so: X1.6)
        outcome = next(o for o in batch.steps if o.collection.endswith("." + table))
        erased = [n for n, how in outcome.fields_erased.items() if how != "delete_row"]
        assert erased and all(now[n] is None or now[n] != was[n] for n in erased), table
    engine.dispose()
    random_columns = {
        (s.collection, f.name) for s in plan.steps for f in s.fields if f.strategy == "random"
    }
    assert _dump(urls[0], random_columns) == _dump(urls[1], random_columns)
