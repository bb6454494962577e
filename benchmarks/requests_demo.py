"""Benchmark: the request engine on the demo company on PostgreSQL.

Measures, on a demo database of ``--subjects`` people:

* one subject's access (email and username), ``--access-runs`` different subjects, median
  and 95th percentile in milliseconds, and the median CPU time of this process per access;
* ``--batch`` erasures at once (``plan_batch`` + ``run_erasure`` with its verification),
  subjects per second;
* with ``--statements`` (and ``--cluster-dir``), PostgreSQL's own time per kind of statement
  during the erasures (``pg_stat_statements``): which statements the server spends its time on;
* the peak resident memory of the process doing the work (``ru_maxrss``: the workload runs
  in a subprocess of its own, so the figure is its own and covers everything it did).

Builds the database in a throw-away PostgreSQL cluster unless ``--url`` names one already
built (``troth demo build`` or ``build_demo``) with ``--datasets`` its datasets file, or
``--cluster-dir`` names a folder where the cluster is kept between runs (the database of
``--subjects`` people is built there once, and later runs start the cluster and reuse it).

    .venv/bin/python benchmarks/requests_demo.py --subjects 100000
    .venv/bin/python benchmarks/requests_demo.py --subjects 1000000 --cluster-dir /tmp/demo-pg
    .venv/bin/python benchmarks/requests_demo.py --url postgresql+psycopg://... \\
        --datasets demo_datasets.yml --subjects 1000000
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from troth.requests.executor import ERASURE_SLICE


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def _backend_cpu_seconds(database: str) -> float:
    """CPU time (user + system) of the PostgreSQL backends serving ``database`` on this
    machine, read from /proc (0 where it cannot be read)."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if not cmdline.startswith(b"postgres: ") or f" {database} ".encode() not in cmdline:
                continue
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def _statement_times(url: str, reset: bool) -> list[dict[str, Any]]:
    """PostgreSQL's execution time per kind of statement (verb and table), most first; with
    ``reset`` the counters start again and nothing is returned."""
    import re

    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            if reset:
                conn.execute(sa.text("SELECT pg_stat_statements_reset()"))
                return []
            rows = conn.execute(
                sa.text("SELECT query, calls, total_exec_time FROM pg_stat_statements")
            ).all()
    finally:
        engine.dispose()
    kinds: dict[str, list[float]] = {}
    for query, calls, ms in rows:
        verb = query.split(None, 1)[0].upper() if query.strip() else "?"
        table = re.search(r"\b(?:FROM|UPDATE|INTO)\s+([\w.]+)", query, re.IGNORECASE)
        name = f"{verb} {table.group(1) if table else ''}".strip()
        entry = kinds.setdefault(name, [0, 0.0])
        entry[0] += calls
        entry[1] += ms
    ordered = sorted(kinds.items(), key=lambda item: -item[1][1])
    return [{"statement": k, "calls": int(c), "ms": round(ms)} for k, (c, ms) in ordered]


def _workload(
    url: str, datasets_path: str, access_runs: int, batch: int, slice_size: int, statements: bool
) -> dict:
    import sqlalchemy as sa

    from troth.connectors import ConnectionSet, SqlConnector
    from troth.datamap import read_datasets
    from troth.policy import load_policy
    from troth.requests.executor import run_access, run_erasure
    from troth.requests.planner import plan_batch, plan_request

    try:  # a worker holds one planner over its data map (older code cached plans itself)
        from troth.requests.planner import Planner

        plan_access: Any = Planner(read_datasets([Path(datasets_path)]), load_policy()).plan
    except ImportError:
        plan_access = None
    datasets = read_datasets([Path(datasets_path)])
    policy = load_policy()
    connector = SqlConnector("demo", url)
    connections = ConnectionSet({d.fides_key: connector for d in datasets})
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        total = conn.execute(sa.text("SELECT max(id) FROM accounts")).scalar_one()
        step = max(1, total // (access_runs + batch + 10))
        people = conn.execute(
            sa.text("SELECT email, username FROM accounts WHERE id % :s = 0 ORDER BY id"),
            {"s": step},
        ).all()
    engine.dispose()
    readers, erased = people[:access_runs], people[access_runs : access_runs + batch]

    access_ms: list[float] = []
    access_cpu_ms: list[float] = []
    rows = 0
    for email, username in [readers[0], *readers]:
        started = time.perf_counter()
        cpu_started = time.process_time()
        identities = {"email": [email], "username": [username]}
        if plan_access is not None:
            plan = plan_access("access", [identities])
        else:
            plan = plan_request("access", identities, datasets, policy)
        result = run_access(plan, connections)
        access_ms.append((time.perf_counter() - started) * 1000)
        access_cpu_ms.append((time.process_time() - cpu_started) * 1000)
        rows += result.row_count
    access_ms = access_ms[1:]  # the first warms the reflection and statement caches
    access_cpu_ms = access_cpu_ms[1:]

    subjects = [{"email": [e], "username": [u]} for e, u in erased]
    database = sa.engine.make_url(url).database or ""
    if statements:
        _statement_times(url, reset=True)
    db_cpu = _backend_cpu_seconds(database)
    own_cpu = time.process_time()
    started = time.perf_counter()
    plan = plan_batch("erasure", subjects, datasets, policy)
    outcome = run_erasure(plan, connections, slice_size=slice_size)
    seconds = time.perf_counter() - started
    own_cpu = time.process_time() - own_cpu
    db_cpu = _backend_cpu_seconds(database) - db_cpu
    connector.close()
    times = _statement_times(url, reset=False) if statements else []
    return {
        "access_runs": len(access_ms),
        "access_rows_per_subject": round(rows / max(1, len(readers) + 1), 1),
        "access_median_ms": round(statistics.median(access_ms), 2),
        "access_p95_ms": round(_percentile(access_ms, 0.95), 2),
        "access_cpu_median_ms": round(statistics.median(access_cpu_ms), 2),
        "batch_subjects": len(subjects),
        "batch_seconds": round(seconds, 2),
        "batch_subjects_per_second": round(len(subjects) / seconds, 1),
        "batch_slice": slice_size,
        "batch_cpu_seconds_here": round(own_cpu, 2),
        "batch_cpu_seconds_postgres": round(db_cpu, 2),
        "batch_subjects_per_cpu_second": round(len(subjects) / (own_cpu + db_cpu), 1),
        "batch_rows_deleted": sum(s.deleted for s in outcome.steps),
        "batch_rows_masked": sum(s.masked for s in outcome.steps),
        "batch_verified": outcome.verified,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        **(
            {
                "batch_postgres_exec_ms": sum(t["ms"] for t in times),
                "batch_statements_top": times[:8],
            }
            if statements
            else {}
        ),
    }


def _kept_cluster(folder: Path, statements: bool = False) -> tuple[Any, Callable[[], None]]:
    """A PostgreSQL cluster whose data stays in ``folder`` (created on first use); with
    ``statements`` it counts the time of each statement (``pg_stat_statements``)."""
    import os
    import shutil

    from troth.testing import postgres as pg

    bindir = pg.find_bindir()
    folder = folder.resolve()
    datadir = folder / "data"
    if not datadir.exists():
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            os.chmod(folder, 0o755)
            shutil.chown(folder, "postgres", "postgres")
        init = pg._run_as_owner(
            [str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres", "-A", "trust"]
            + ["-E", "UTF8", "--no-sync", "--locale=C"]
        )
        if init.returncode != 0:
            raise SystemExit(f"initdb failed: {init.stderr.strip()}")
    port = pg._free_port()
    opts = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
    )
    if statements:
        opts += " -c shared_preload_libraries=pg_stat_statements"
    pg_ctl = str(bindir / "pg_ctl")
    start = pg._run_as_owner(
        [pg_ctl, "-D", str(datadir), "-o", opts, "-l", str(folder / "log"), "-w", "start"]
    )
    if start.returncode != 0:
        raise SystemExit(f"PostgreSQL did not start: {start.stderr.strip()}")
    server = pg.PostgresServer(bindir=bindir, datadir=datadir, port=port)
    return server, lambda: pg._run_as_owner([pg_ctl, "-D", str(datadir), "-m", "fast", "stop"])


def _copy_database(server: Any, template: str, name: str, statements: bool = False) -> str:
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", port=server.port, user=server.user, dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    if statements:
        with psycopg.connect(
            host="127.0.0.1", port=server.port, user=server.user, dbname=name, autocommit=True
        ) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    return server.url_for(name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=100_000)
    parser.add_argument("--url", help="an already built demo database")
    parser.add_argument("--datasets", help="its datasets file (with --url)")
    parser.add_argument("--access-runs", type=int, default=200)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument(
        "--cluster-dir", type=Path, help="keep the cluster here and reuse a database built before"
    )
    parser.add_argument("--slice", type=int, default=ERASURE_SLICE, help="subjects per slice")
    parser.add_argument(
        "--statements",
        action="store_true",
        help="with --cluster-dir: PostgreSQL's time per kind of statement during the erasures",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        work = _workload(
            args.url, args.datasets, args.access_runs, args.batch, args.slice, args.statements
        )
        print(json.dumps(work))
        return 0

    server = None
    stop_kept: Callable[[], None] | None = None
    report: dict = {"subjects": args.subjects}
    if args.statements and args.cluster_dir is None:
        parser.error("--statements needs --cluster-dir (a cluster started with the counters)")
    try:
        url, datasets = args.url, args.datasets
        if url is None and args.cluster_dir is not None:
            kept, stop_kept = _kept_cluster(args.cluster_dir, args.statements)
            name = f"demo{args.subjects}"
            datasets = str(args.cluster_dir / f"{name}_datasets.yml")
            marker = args.cluster_dir / f"{name}.built"
            if not marker.exists():
                from troth.demo import build_demo

                kept.create_database(name)
                built = build_demo(
                    kept.url_for(name), args.subjects, seed=1, datasets_out=Path(datasets)
                )
                report["build_seconds"] = round(built.seconds, 1)
                marker.write_text(json.dumps({"seconds": built.seconds}))
            else:
                report["reused"] = str(args.cluster_dir)
            # the erasures run on a copy, so the built database stays as built for the next run
            url = _copy_database(kept, name, f"{name}_run", args.statements)
        elif url is None:
            from troth.demo import build_demo
            from troth.testing.postgres import start_postgres

            server = start_postgres()
            url = server.create_database("demo")
            datasets = str(Path(tempfile.mkdtemp()) / "demo_datasets.yml")
            built = build_demo(url, args.subjects, seed=1, datasets_out=Path(datasets))
            report["build_seconds"] = round(built.seconds, 1)
        report["loadavg_before"] = Path("/proc/loadavg").read_text().split()[:3]
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                "--url",
                url,
                "--datasets",
                str(datasets),
                "--access-runs",
                str(args.access_runs),
                "--batch",
                str(args.batch),
                "--slice",
                str(args.slice),
                *(["--statements"] if args.statements else []),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            print(child.stderr, file=sys.stderr)
            return child.returncode
        report.update(json.loads(child.stdout.strip().splitlines()[-1]))
        report["loadavg_after"] = Path("/proc/loadavg").read_text().split()[:3]
    finally:
        if server is not None:
            server.stop()
        if stop_kept is not None:
            stop_kept()
    print(json.dumps(report, indent=2))
    return 0 if report.get("batch_verified") else 1


if __name__ == "__main__":
    sys.exit(main())
