"""The retroactive scan: where special-category data, children's data, card numbers or
undeclared personal data already sit in the datastores of the data map.

``scan_datastores()`` reads every table of every dataset (or ``sample`` rows of each),
checks each text column with the rules of the field the data map declares for it, and
counts findings per column. Examples are shown by their shape only (letters as ``x``,
digits as ``9``), with the span, a keyed hash and, when the table's key is not personal,
the row's key — never the text itself.

Speed comes from batches: a few thousand values of one column are joined and each
recognizer's gate runs once over them in C (:mod:`troth.guard.gates`); only the values a
gate admits meet the recognizer itself, and a column only meets the recognizers whose
categories would break a rule there (a name column is not searched for names).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, count, filterfalse, repeat
from typing import Any

import sqlalchemy as sa

from troth.connectors.base import Connector, ConnectorError
from troth.datamap import Dataset, is_personal
from troth.guard.check import (
    RULES,
    FieldRules,
    _field_child,
    digest_of,
    is_age_or_birth_field,
    policy_rules,
)
from troth.guard.detection import CHILD, Detection
from troth.guard.engine import Engine, default_engine
from troth.guard.errors import GuardError
from troth.heap import settled
from troth.policy import Policy, System
from troth.policy.taxonomy import is_within
from troth.promises import keeps

BATCH_ROWS = 2000
CREDENTIALS = "user.authorization"
SEEN_LIMIT = 50_000
TEXT_KINDS = frozenset({"string"})

Progress = Callable[[int, int], None]


def shape_of(text: str) -> str:
    """``text`` with every letter shown as ``x`` and every digit as ``9`` (at most 40 chars)."""
    shaped = "".join("9" if c.isdigit() else "x" if c.isalpha() else c for c in text[:40])
    return shaped + ("…" if len(text) > 40 else "")


@dataclass(frozen=True)
class Example:
    """One finding in a column, shown redacted."""

    rule: str
    category: str
    start: int
    end: int
    shape: str
    digest: str
    key: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "span": [self.start, self.end],
            "shape": self.shape,
            "digest": self.digest,
            "key": self.key,
        }


@dataclass
class ColumnReport:
    """What the scan found in one column of one table."""

    dataset: str
    collection: str
    column: str
    system: str | None
    declared: bool
    categories: tuple[str, ...]
    values: int = 0
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    rows_with_findings: int = 0
    examples: list[Example] = field(default_factory=list)
    skipped: str | None = None  # why the column was not read

    @property
    def where(self) -> str:
        return f"{self.dataset}.{self.collection}.{self.column}"

    @property
    def findings(self) -> int:
        return sum(self.counts.values())

    def as_dict(self, clauses: Mapping[str, str] | None = None) -> dict[str, Any]:
        clause_of = clauses or {rule: clause for rule, (clause, _) in RULES.items()}
        return {
            "dataset": self.dataset,
            "collection": self.collection,
            "column": self.column,
            "system": self.system,
            "declared": self.declared,
            "categories": list(self.categories),
            "skipped": self.skipped,
            "values": self.values,
            "values_with_findings": self.rows_with_findings,
            "findings": [
                {"rule": rule, "clause": clause_of[rule], "category": category, "count": count}
                for (rule, category), count in sorted(self.counts.items())
            ],
            "examples": [e.as_dict() for e in self.examples],
        }


@dataclass
class ScanReport:
    """Every column scanned, with the rows read and the time taken."""

    columns: list[ColumnReport]
    rows: int
    seconds: float
    sample: int | None
    tables: int
    clauses: dict[str, str] = field(default_factory=dict)  # rule -> the clause it keeps

    @property
    def findings(self) -> list[ColumnReport]:
        """Columns with at least one finding, most findings first."""
        return sorted((c for c in self.columns if c.findings), key=lambda c: -c.findings)

    @property
    def clean(self) -> bool:
        return not any(c.findings for c in self.columns)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def column(self, dataset: str, collection: str, column: str) -> ColumnReport | None:
        return next(
            (
                c
                for c in self.columns
                if (c.dataset, c.collection, c.column) == (dataset, collection, column)
            ),
            None,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "clean": self.clean,
            "tables": self.tables,
            "rows": self.rows,
            "seconds": round(self.seconds, 3),
            "rows_per_second": round(self.rows_per_second),
            "sample": self.sample,
            "columns": [c.as_dict(self.clauses) for c in self.columns],
        }


def _system_of(
    policy: Policy, dataset: Dataset, system_of: Mapping[str, str | None]
) -> System | None:
    mapped = system_of.get(dataset.fides_key)
    if mapped is not None:
        found = policy.system(mapped)
        if found is not None:
            return found
    return next((s for s in policy.systems if dataset.fides_key in s.datasets), None)


@dataclass
class _Column:
    report: ColumnReport
    rules: FieldRules
    field_engine: Engine  # the guard's engine cut down to what this column watches
    text: bool
    child_field: bool
    # value -> its detections: a column's repeated values (a page, a model, a country)
    # are analysed once
    seen: dict[str, list[Detection]] = field(default_factory=dict)
    # the categories whose detection here breaks a rule: the others need no rule looked up
    watched: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.watched = frozenset(self.rules.watched())

    def analyze(self, texts: Sequence[str]) -> list[list[Detection]]:
        seen = self.seen
        new = list(filterfalse(seen.__contains__, dict.fromkeys(texts)))
        if new:
            if len(seen) + len(new) > SEEN_LIMIT:
                seen.clear()
            seen.update(zip(new, self.field_engine.analyze_many(new), strict=True))
        return list(map(seen.__getitem__, texts))


def _key_is_personal(dataset: Dataset, collection: str, key_fields: Sequence[str]) -> bool:
    declared = dataset.collection(collection)
    if declared is None:
        return True
    for name in key_fields:
        f = declared.field_at((name,))
        categories = (f.categories if f is not None else ()) or declared.categories
        if f is None or any(is_personal(c) and c != "user.unique_id" for c in categories):
            return True
    return False


class _Scanner:
    def __init__(
        self,
        policy: Policy,
        engine: Engine,
        examples: int,
        hash_key: bytes,
        today: date,
    ) -> None:
        self.policy = policy
        self.engine = engine
        self.examples = examples
        self.hash_key = hash_key
        self.today = today

    def columns(
        self,
        dataset: Dataset,
        collection: str,
        system: System | None,
        present: Mapping[str, str],
        skipped: list[ColumnReport],
    ) -> list[_Column]:
        """The columns of one table to scan: declared ones and undeclared text columns.

        Columns declared as credentials (``user.authorization``: password hashes, keys,
        ciphertext) are not read: a secret is not text, and is best left unread.
        """
        declared = dataset.collection(collection)
        out: list[_Column] = []
        for name, kind in present.items():
            f = declared.field_at((name,)) if declared is not None else None
            categories = set((f.categories if f is not None else ()) or ())
            if f is not None and not categories and declared is not None:
                categories = set(declared.categories)
            text = kind in TEXT_KINDS
            child_field = is_age_or_birth_field(name)
            if not text and not child_field:
                continue
            report = ColumnReport(
                dataset.fides_key,
                collection,
                name,
                system.key if system else None,
                f is not None,
                tuple(sorted(categories)),
            )
            if categories and all(is_within(c, CREDENTIALS) for c in categories):
                report.skipped = "credentials"
                skipped.append(report)
                continue
            rules = FieldRules(self.policy, system, categories)
            out.append(_Column(report, rules, rules.engine_for(self.engine), text, child_field))
        return out

    def add(
        self,
        column: _Column,
        rule: str,
        category: str,
        start: int,
        end: int,
        text: str,
        key: dict[str, Any] | None,
    ) -> None:
        report = column.report
        report.counts[(rule, category)] += 1
        if len(report.examples) < self.examples and not any(
            (e.rule, e.category) == (rule, category) for e in report.examples
        ):
            piece = text[start:end]
            report.examples.append(
                Example(
                    rule,
                    category,
                    start,
                    end,
                    shape_of(piece),
                    digest_of(piece, self.hash_key),
                    key,
                )  # fmt: skip
            )

    def batch(
        self,
        columns: Sequence[_Column],
        rows: Sequence[Sequence[Any]],
        key_width: int,
        show_key: bool,
        key_names: Sequence[str],
    ) -> None:
        child_age = self.policy.settings.child_age
        values_of = list(zip(*rows, strict=True)) if rows else []
        for offset, column in enumerate(columns, start=key_width):
            report = column.report
            values = values_of[offset]
            # a column of strings (tested in C) holds no None to count
            strings = all(map(isinstance, values, repeat(str)))
            report.values += len(values) if strings else len(values) - values.count(None)
            if column.child_field:
                for i, value in enumerate(values):
                    if value is None:
                        continue
                    if _field_child(report.column, value, child_age, self.today):
                        text = str(value)
                        key = self._key(rows[i], key_names, key_width, show_key)
                        self.add(column, "child", CHILD, 0, len(text), text, key)
                        report.rows_with_findings += 1
            if not column.text or not column.field_engine.recognizers:
                continue
            # a column of strings, none empty, is analysed as it is
            if strings and "" not in values:
                indexes: Sequence[int] = range(len(values))
                texts: Sequence[str] = values
            else:
                indexes = [i for i, v in enumerate(values) if isinstance(v, str) and v]
                texts = [values[i] for i in indexes]
            results = column.analyze(texts)
            watched, rule_for = column.watched, column.rules.rule_for
            # only the values with a detection are looked at again
            for position in compress(count(), results):
                i, text, found = indexes[position], texts[position], results[position]
                hit = False
                for d in found:
                    if d.category not in watched:
                        continue
                    rule = rule_for(d)
                    if rule is None:
                        continue
                    if not hit:
                        hit = True
                        report.rows_with_findings += 1
                    key = self._key(rows[i], key_names, key_width, show_key)
                    self.add(column, rule, d.category, d.start, d.end, text, key)

    @staticmethod
    def _key(
        row: Sequence[Any], key_names: Sequence[str], key_width: int, show_key: bool
    ) -> dict[str, Any] | None:
        return dict(zip(key_names, row[:key_width], strict=True)) if show_key else None


def _text_kinds(connector: Connector, collection: str) -> dict[str, str]:
    return {name: info.kind for name, info in connector.columns(collection).items()}


def _rows(
    db_engine: sa.Engine,
    table: sa.Table,
    names: Sequence[str],
    sample: int | None,
    part: tuple[str, int, int] | None = None,
) -> Iterator[Sequence[Any]]:
    query = sa.select(*(table.c[n] for n in names))
    if part is not None:
        key, index, parts = part
        query = query.where(table.c[key] % parts == index)
    if sample is not None:
        mysql = db_engine.dialect.name in ("mysql", "mariadb")
        query = query.order_by(sa.func.rand() if mysql else sa.func.random()).limit(sample)
    with db_engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(query)
        try:
            yield from result.partitions(BATCH_ROWS)  # type: ignore[misc]
        finally:
            result.close()


def _count(db_engine: sa.Engine, table: sa.Table, sample: int | None) -> int:
    with db_engine.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
    return min(total, sample) if sample is not None else total


@dataclass(frozen=True)
class _Setup:
    """What every part of a scan needs (sent to worker processes)."""

    policy: Policy
    system_of: dict[str, str | None]
    url: str | None
    sample: int | None
    examples: int
    hash_key: bytes
    today: date


@dataclass(frozen=True)
class _Job:
    """One table, or one share of a big table's rows (integer key modulo ``parts``)."""

    dataset: Dataset
    collection: str
    part: tuple[str, int, int] | None = None


SPLIT_FROM_ROWS = 20_000
# a worker process takes a few seconds to start (it loads the lexicons and compiles the
# sieve): below this many rows one process scans sooner than several
WORKERS_FROM_ROWS = 1_000_000


def _integer_key(table: sa.Table) -> str | None:
    """The table's primary key column when it is one integer column."""
    keys = list(table.primary_key.columns)
    try:
        return keys[0].name if len(keys) == 1 and keys[0].type.python_type is int else None
    except NotImplementedError:
        return None


_WORKER_CONNECTORS: dict[str, Connector] = {}


def _connector(setup: _Setup, dataset_key: str) -> Connector:
    """A connector for ``dataset_key``, opened once per process."""
    from troth.config import load_settings
    from troth.connectors.config import connections_for
    from troth.connectors.sql import open_connector

    cache_key = setup.url if setup.url is not None else f"dataset:{dataset_key}"
    found = _WORKER_CONNECTORS.get(cache_key)
    if found is None:
        if setup.url is not None:
            found = open_connector("scan", setup.url, read_only=True)
        else:
            found = connections_for([dataset_key], load_settings())[dataset_key]
        _WORKER_CONNECTORS[cache_key] = found
    return found


def _close_connectors() -> None:
    for connector in _WORKER_CONNECTORS.values():
        connector.close()
    _WORKER_CONNECTORS.clear()


def _new_scanner(setup: _Setup, engine: Engine | None = None) -> _Scanner:
    """A scanner for ``setup`` with ``engine`` (the policy's default engine when None)."""
    if engine is None:
        engine = default_engine(setup.policy.settings.child_age)
    return _Scanner(setup.policy, engine, setup.examples, setup.hash_key, setup.today)


def _plan_columns(
    scanner: _Scanner, setup: _Setup, job: _Job
) -> tuple[Connector, sa.Table, list[_Column], list[ColumnReport]]:
    connector = _connector(setup, job.dataset.fides_key)
    table = connector.table(job.collection)  # type: ignore[attr-defined]
    system = _system_of(setup.policy, job.dataset, setup.system_of)
    skipped: list[ColumnReport] = []
    present = _text_kinds(connector, job.collection)
    columns = scanner.columns(job.dataset, job.collection, system, present, skipped)
    return connector, table, columns, skipped


def _run_job(
    scanner: _Scanner, setup: _Setup, job: _Job, progress: Callable[[int], None] | None = None
) -> tuple[list[ColumnReport], int]:
    """Scan one job; returns its column reports and the rows read."""
    connector, table, columns, skipped = _plan_columns(scanner, setup, job)
    if not columns:
        return skipped, 0
    with settled():
        return _read_job(scanner, connector, table, columns, skipped, setup, job, progress)


def _read_job(
    scanner: _Scanner,
    connector: Connector,
    table: sa.Table,
    columns: list[_Column],
    skipped: list[ColumnReport],
    setup: _Setup,
    job: _Job,
    progress: Callable[[int], None] | None,
) -> tuple[list[ColumnReport], int]:
    key_names = [c.name for c in table.primary_key.columns]
    show_key = bool(key_names) and not _key_is_personal(job.dataset, job.collection, key_names)
    names = [*key_names, *(c.report.column for c in columns)]
    done = 0
    try:
        db_engine = connector.engine  # type: ignore[attr-defined]  # a SQL connector's
        for rows in _rows(db_engine, table, names, setup.sample, job.part):
            scanner.batch(columns, rows, len(key_names), show_key, key_names)
            done += len(rows)
            if progress is not None:
                progress(len(rows))
    except sa.exc.DBAPIError as exc:
        raise ConnectorError(
            f"reading {job.dataset.fides_key}.{job.collection} failed ({type(exc.orig).__name__})"
        ) from None
    return [c.report for c in columns] + skipped, done


def _run_job_in_worker(setup: _Setup, job: _Job) -> tuple[list[ColumnReport], int]:
    """Scan one job in a worker process, with a scanner (and value caches) of its own."""
    return _run_job(_new_scanner(setup), setup, job)


def _merge(reports: list[ColumnReport], examples: int) -> list[ColumnReport]:
    """One report per column: the shares of a split table added together."""
    merged: dict[tuple[str, str, str], ColumnReport] = {}
    for report in reports:
        key = (report.dataset, report.collection, report.column)
        into = merged.get(key)
        if into is None:
            merged[key] = report
            continue
        into.values += report.values
        into.rows_with_findings += report.rows_with_findings
        into.counts.update(report.counts)
        for example in report.examples:
            taken = {(e.rule, e.category) for e in into.examples}
            if len(into.examples) < examples and (example.rule, example.category) not in taken:
                into.examples.append(example)
    return list(merged.values())


def _check_options(sample: int | None, examples: int, workers: int | None) -> None:
    """A GuardError for an option out of its range."""
    if sample is not None and sample < 1:
        raise GuardError(f"--sample must be at least 1, not {sample}")
    if examples < 0:
        raise GuardError(f"--examples must be 0 or more, not {examples}")
    if workers is not None and workers < 1:
        raise GuardError(f"--workers must be at least 1, not {workers}")


def _chosen_datasets(datasets: Sequence[Dataset], only: Sequence[str] | None) -> list[Dataset]:
    """The datasets to scan: all, or those ``only`` names (a GuardError for an unknown one)."""
    chosen = list(datasets)
    if only:
        unknown = sorted(set(only) - {d.fides_key for d in chosen})
        if unknown:
            raise GuardError(f"the data map has no dataset {unknown[0]!r}")
        chosen = [d for d in chosen if d.fides_key in set(only)]
    return chosen


# a table to scan: its job, its rows (or the sample) and its integer key column (or None)
_Planned = tuple[_Job, int, str | None]


def _plan_tables(
    scanner: _Scanner, setup: _Setup, chosen: Sequence[Dataset]
) -> tuple[list[_Planned], list[ColumnReport]]:
    """The tables with columns to read, each with its row count, and the reports of the
    columns left unread in tables with nothing to read."""
    planned: list[_Planned] = []
    skipped_tables: list[ColumnReport] = []
    for dataset in chosen:
        for collection in dataset.collections:
            job = _Job(dataset, collection.name)
            connector, table, columns, skipped = _plan_columns(scanner, setup, job)
            if not columns:
                skipped_tables += skipped
                continue
            db_engine = connector.engine  # type: ignore[attr-defined]  # a SQL connector's
            planned.append((job, _count(db_engine, table, setup.sample), _integer_key(table)))
    return planned, skipped_tables


def _workers_for(workers: int | None, planned: Sequence[_Planned]) -> int:
    """How many processes scan: ``workers``, or when None one below
    :data:`WORKERS_FROM_ROWS` rows and one per core (at most 8) from there."""
    if workers is not None:
        return workers
    many = sum(rows for _, rows, _ in planned) >= WORKERS_FROM_ROWS
    return max(1, min(8, os.cpu_count() or 1)) if many else 1


def _jobs(planned: Sequence[_Planned], workers: int, sample: int | None) -> list[tuple[_Job, int]]:
    """The jobs with their rows: with several workers and no sample, a big table with an
    integer key is split into one share per worker."""
    jobs: list[tuple[_Job, int]] = []
    for job, rows, key in planned:
        if workers > 1 and sample is None and key and rows >= SPLIT_FROM_ROWS:
            share = rows // workers
            jobs += [
                (_Job(job.dataset, job.collection, (key, i, workers)), share)
                for i in range(workers)
            ]
        else:
            jobs.append((job, rows))
    return jobs


class _Tally:
    """The rows read so far, told to ``progress(done, total)`` as they come."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress

    def advance(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _scan_here(
    scanner: _Scanner, setup: _Setup, jobs: Sequence[tuple[_Job, int]], tally: _Tally
) -> tuple[list[ColumnReport], int]:
    """Scan the jobs one after another in this process; the reports and the rows read."""
    reports: list[ColumnReport] = []
    rows_read = 0
    for job, _ in jobs:
        found, rows = _run_job(scanner, setup, job, tally.advance)
        reports += found
        rows_read += rows
    return reports, rows_read


def _scan_in_workers(
    setup: _Setup, jobs: Sequence[tuple[_Job, int]], workers: int, tally: _Tally
) -> tuple[list[ColumnReport], int]:
    """Scan the jobs in ``workers`` processes, the biggest first; the reports and the rows."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("forkserver")
    # workers fork from a server that has imported the guard; each builds its engine
    # on first use (an import builds nothing)
    context.set_forkserver_preload(["troth.guard.engine"])
    ordered = sorted(jobs, key=lambda j: -j[1])  # biggest first
    reports: list[ColumnReport] = []
    rows_read = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(_run_job_in_worker, setup, job): n for job, n in ordered}
        for future in as_completed(futures):
            try:
                found, rows = future.result()
            except BrokenProcessPool:
                raise GuardError("a scan worker process stopped unexpectedly") from None
            reports += found
            rows_read += rows
            tally.advance(rows)
    return reports, rows_read


@keeps("C3", "C4", "K1", "U7")
def scan_datastores(
    *,
    datasets: Sequence[Dataset],
    policy: Policy | None = None,
    system_of: Mapping[str, str | None] | None = None,
    url: str | None = None,
    only: Sequence[str] | None = None,
    sample: int | None = None,
    examples: int = 3,
    workers: int | None = 1,
    progress: Progress | None = None,
    engine: Engine | None = None,
    hash_key: bytes = b"",
    today: date | None = None,
) -> ScanReport:
    """Scan the datastores of the data map; returns a :class:`ScanReport`.

    ``datasets`` is the data map to scan; ``url`` reads every dataset from that one database
    instead of the configured connections (``troth.connectors.config``); ``only`` limits the
    scan to those dataset keys; ``sample`` reads that many rows of each table, picked at
    random, instead of every row; ``workers`` > 1 scans tables (and shares of big tables,
    split by an integer key) in that many processes, None chooses: one process below
    :data:`WORKERS_FROM_ROWS` rows, one per core (at most 8) from there;
    ``progress(done, total)`` is called as rows are read; ``engine`` is the guard's
    detection engine (the policy's default when None).
    """
    _check_options(sample, examples, workers)
    if policy is None:
        from troth.policy.in_force import policy_in_force

        policy = policy_in_force()
    chosen = _chosen_datasets(datasets, only)
    setup = _Setup(
        policy, dict(system_of or {}), url, sample, examples, hash_key, today or date.today()
    )
    started = time.perf_counter()
    scanner = _new_scanner(setup, engine)
    try:
        planned, reports = _plan_tables(scanner, setup, chosen)
        processes = _workers_for(workers, planned)
        jobs = _jobs(planned, processes, sample)
        tally = _Tally(sum(rows for _, rows in jobs), progress)
        if processes == 1:
            found, rows_read = _scan_here(scanner, setup, jobs, tally)
        else:
            found, rows_read = _scan_in_workers(setup, jobs, processes, tally)
        reports += found
    finally:
        _close_connectors()
    seconds = time.perf_counter() - started
    return _report(policy, chosen, reports, rows_read, seconds, sample, examples)


def _report(
    policy: Policy,
    chosen: Sequence[Dataset],
    reports: list[ColumnReport],
    rows_read: int,
    seconds: float,
    sample: int | None,
    examples: int,
) -> ScanReport:
    """The scan's report: one report per column, in the order of the data map."""
    order = {
        (d.fides_key, c.name): i
        for i, (d, c) in enumerate((d, c) for d in chosen for c in d.collections)
    }
    merged = sorted(
        _merge(reports, examples), key=lambda r: (order.get((r.dataset, r.collection), 0),)
    )
    clauses = {rule: clause for rule, (clause, _) in policy_rules(policy).items()}
    tables = sum(len(d.collections) for d in chosen)
    return ScanReport(merged, rows_read, seconds, sample, tables, clauses)
