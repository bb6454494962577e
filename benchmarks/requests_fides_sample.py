"""Benchmark: access and erasure of one subject on the Fides PostgreSQL sample.

Loads ``peers/fides/postgres_sample.sql`` into a throw-away PostgreSQL cluster, imports the
sample's fideslang datasets unchanged, and times, over ``--runs`` runs each:

* access for ``customer-1@example.com`` (plan + find every row + the policy's facts);
* erasure of ``customer-2@example.com`` with its verification pass; between runs the erased
  subject's rows are put back (outside the timing) so every run erases the same rows.

The connector is opened once, as a long-running worker would hold it. Prints median and 95th
percentile in milliseconds.

    .venv/bin/python benchmarks/requests_fides_sample.py --runs 200
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

import psycopg
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# the rows an erasure of customer-2 changes, as (table, key column) for re-seeding
RESEED_TABLES = ("customer", "visit", "login", "orders", "payment_card", "service_request")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _snapshot(conn: psycopg.Connection) -> dict[str, list[tuple]]:
    return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in RESEED_TABLES}  # noqa: S608


def _restore(conn: psycopg.Connection, snapshot: dict[str, list[tuple]]) -> None:
    with conn.transaction():
        for table, rows in snapshot.items():
            conn.execute(f"DELETE FROM {table}")  # noqa: S608
            if rows:
                marks = ", ".join(["%s"] * len(rows[0]))
                with conn.cursor() as cur:
                    cur.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # noqa: S608


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()

    from troth.connectors import ConnectionSet, SqlConnector
    from troth.datamap import read_datasets
    from troth.policy import load_policy
    from troth.requests.executor import run_access, run_erasure
    from troth.requests.planner import plan_request
    from troth.testing.postgres import start_postgres

    folder = args.shared / "peers" / "fides"
    datasets = read_datasets(
        [
            folder / "postgres_example_test_dataset.yml",
            folder / "postgres_example_test_extended_dataset.yml",
        ]
    )
    policy = load_policy(ROOT / "tests" / "requests" / "fixtures_engine" / "fides_policy.yaml")
    server = start_postgres()
    try:
        url = server.create_database("fides_sample")
        parsed = sa.make_url(url)
        raw = psycopg.connect(
            host=parsed.host,
            port=parsed.port,
            user=parsed.username,
            dbname=parsed.database,
            autocommit=True,
        )
        raw.execute((folder / "postgres_sample.sql").read_text())  # type: ignore[arg-type]
        snapshot = _snapshot(raw)
        connector = SqlConnector("fides", url)
        connections = ConnectionSet({d.fides_key: connector for d in datasets})
        counted = {"statements": 0, "commits": 0}

        def _statement(*_: object) -> None:
            counted["statements"] += 1

        def _commit(*_: object) -> None:
            counted["commits"] += 1

        sa.event.listen(connector.engine, "before_cursor_execute", _statement)
        sa.event.listen(connector.engine, "commit", _commit)

        access_ms: list[float] = []
        rows_found = 0
        for run in range(args.runs + 5):
            if run == 5:  # the first runs warm caches (reflection, statement cache)
                counted.update(statements=0, commits=0)
                access_cpu = time.process_time()
            started = time.perf_counter()
            plan = plan_request("access", {"email": ["customer-1@example.com"]}, datasets, policy)
            result = run_access(plan, connections)
            access_ms.append((time.perf_counter() - started) * 1000)
            rows_found = result.row_count
        access_ms = access_ms[5:]
        access_cpu = time.process_time() - access_cpu
        access_counts = dict(counted)

        erasure_ms: list[float] = []
        erasure_cpu = 0.0
        verified = True
        for run in range(args.runs + 5):
            _restore(raw, snapshot)
            if run == 5:
                counted.update(statements=0, commits=0)
                erasure_cpu = 0.0
            cpu = time.process_time()
            started = time.perf_counter()
            plan = plan_request("erasure", {"email": ["customer-2@example.com"]}, datasets, policy)
            erased = run_erasure(plan, connections)
            erasure_ms.append((time.perf_counter() - started) * 1000)
            erasure_cpu += time.process_time() - cpu
            verified = verified and erased.verified
        erasure_ms = erasure_ms[5:]
        erasure_counts = dict(counted)
        connector.close()
        raw.close()
    finally:
        server.stop()

    report = {
        "runs": args.runs,
        "python": platform.python_version(),
        "access_rows": rows_found,
        "access_median_ms": round(statistics.median(access_ms), 2),
        "access_p95_ms": round(_percentile(access_ms, 0.95), 2),
        "erasure_median_ms": round(statistics.median(erasure_ms), 2),
        "erasure_p95_ms": round(_percentile(erasure_ms, 0.95), 2),
        "erasures_verified": verified,
        # per run, independent of the machine's load: statements sent, commits, CPU of this
        # process (the database's own work is not in it)
        "access_statements": round(access_counts["statements"] / args.runs, 1),
        "access_cpu_ms": round(access_cpu * 1000 / args.runs, 2),
        "erasure_statements": round(erasure_counts["statements"] / args.runs, 1),
        "erasure_commits": round(erasure_counts["commits"] / args.runs, 1),
        "erasure_cpu_ms": round(erasure_cpu * 1000 / args.runs, 2),
        "loadavg": Path("/proc/loadavg").read_text().split()[:3],
    }
    print(json.dumps(report, indent=2))
    return 0 if verified else 1


if __name__ == "__main__":
    sys.exit(main())
