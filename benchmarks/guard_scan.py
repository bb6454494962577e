"""Rows per second of ``troth scan`` on the demo company.

    .venv/bin/python benchmarks/guard_scan.py [--subjects 20000] [--runs 3] [--workers 1 2]
        [--db sqlite:////path/demo.sqlite3]

Builds the demo company (seed 1) in a temporary directory unless ``--db`` names one
already built, then scans every table of every demo dataset, in full, ``--runs`` times
for each number of workers, and prints the median rows per second, the CPU seconds of
this process and the findings (the same in every run).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from troth.demo import build_demo
from troth.demo.datasets import demo_data_map
from troth.guard.scan import scan_datastores
from troth.policy import load_policy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subjects", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cpus, python "
          f"{platform.python_version()}, load {os.getloadavg()[0]:.1f}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        if url is None:
            url = f"sqlite:///{Path(tmp) / 'demo.sqlite3'}"
            started = time.perf_counter()
            built = build_demo(url, args.subjects, seed=1, datasets_out=Path(tmp) / "d.yml")
            print(f"demo: {args.subjects:,} subjects, {built.total_rows:,} rows, built in "
                  f"{time.perf_counter() - started:.0f} s")  # fmt: skip
        policy, datasets = load_policy(), demo_data_map()
        for workers in args.workers:
            rates, cpu = [], []
            findings = 0
            for _ in range(args.runs):
                before = time.process_time()
                report = scan_datastores(policy=policy, datasets=datasets, url=url,
                                         workers=workers)  # fmt: skip
                cpu.append(time.process_time() - before)
                rates.append(report.rows_per_second)
                findings = sum(c.findings for c in report.columns)
            print(
                f"workers {workers}: {report.rows:,} rows, median {statistics.median(rates):,.0f}"
                f" rows/s (runs: {', '.join(f'{r:,.0f}' for r in rates)}), main-process CPU "
                f"{statistics.median(cpu):.1f} s, {findings:,} findings in "
                f"{sum(1 for c in report.columns if c.findings)} columns"
            )


if __name__ == "__main__":
    main()
