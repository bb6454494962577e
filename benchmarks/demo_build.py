"""Benchmark: build the demo company at 100,000 and 1,000,000 subjects on SQLite and PostgreSQL.

Each build runs in its own subprocess so its peak memory is its own. Peak memory is
sampled as the summed RSS of the build's process tree (the builder and its worker
processes); the PostgreSQL server's own memory and CPU are not included. "builder CPU s" is the
CPU time of the builder and its workers (less sensitive than wall time to other load on the
machine); "load after" is the 1-minute load average when the build ended. Prints a markdown
table.

    .venv/bin/python benchmarks/demo_build.py                 # both sizes, both databases
    .venv/bin/python benchmarks/demo_build.py --sizes 100000 --backends sqlite
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil


def _child(url: str, subjects: int, seed: int, parallel: str, datasets_out: str) -> None:
    from troth.demo import build_demo

    result = build_demo(
        url,
        subjects,
        seed=seed,
        replace=True,
        datasets_out=Path(datasets_out),
        parallel={"auto": None, "on": True, "off": False}[parallel],
    )
    own = resource.getrusage(resource.RUSAGE_SELF)
    worker = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + worker.ru_utime + worker.ru_stime
    print(
        json.dumps(
            {
                "rows": result.total_rows,
                "seconds": result.seconds,
                "cpu": cpu,
                "tables": len(result.rows),
            }
        )
    )


def _tree_rss(proc: psutil.Process) -> int:
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_one(url: str, subjects: int, seed: int, parallel: str, workdir: Path) -> dict[str, float]:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        url,
        str(subjects),
        str(seed),
        parallel,
        str(workdir / "datasets.yml"),
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(watched))
        time.sleep(0.1)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({url}, {subjects}): {err.strip().splitlines()[-1:]}")
    result = json.loads(out.strip().splitlines()[-1])
    max_single = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "rows": result["rows"],
        "seconds": result["seconds"],
        "wall": wall,
        "rows_per_second": result["rows"] / result["seconds"],
        "cpu": result.get("cpu", 0.0),
        "load": os.getloadavg()[0],
        "peak_mib": peak / 2**20,
        "max_single_mib": max_single,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--parallel", choices=["auto", "on", "off"], default="auto")
    args = parser.parse_args()

    lines = [
        "| database | subjects | rows | seconds | rows/s | builder CPU s | peak MiB | load after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    server = None
    try:
        with tempfile.TemporaryDirectory(prefix="troth-bench-") as tmp:
            workdir = Path(tmp)
            for backend in args.backends:
                if backend == "postgresql":
                    from troth.testing.postgres import start_postgres

                    server = start_postgres()
                for subjects in args.sizes:
                    if backend == "sqlite":
                        url = f"sqlite:///{workdir / f'demo_{subjects}.sqlite3'}"
                    else:
                        assert server is not None
                        url = server.create_database(f"demo_{subjects}")
                    r = run_one(url, subjects, args.seed, args.parallel, workdir)
                    if backend == "sqlite":
                        os.remove(url.removeprefix("sqlite:///"))
                    line = (
                        f"| {backend} | {subjects:,} | {int(r['rows']):,} | {r['seconds']:.1f} | "
                        f"{r['rows_per_second']:,.0f} | {r['cpu']:.0f} | {r['peak_mib']:.0f} | "
                        f"{r['load']:.1f} |"
                    )
                    lines.append(line)
                    print(line, file=sys.stderr, flush=True)
    finally:
        if server is not None:
            server.stop()
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6])
    else:
        main()
