"""How long the ``troth`` command takes before it does anything.

Runs ``python -m troth ARGS`` several times for the root's help, ``version`` and each
group's own help (a command's start: its module loaded, nothing run), in an empty
TROTH_HOME, and prints the fastest and the median wall time of each, and its fastest CPU
time (user + system: what the start costs when other work shares the machine), against its
target: 0.3 s for ``--help`` and ``version``, 0.5 s for a command's own start. Exit 1 when
a fastest wall time misses its target.

    python benchmarks/cli_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = 0.3
COMMAND = 0.5
CASES = [
    (["--help"], ROOT),
    (["version"], ROOT),
    *(
        ([group, "--help"], COMMAND)
        for group in (
            "policy", "datamap", "demo", "request", "store", "campaign", "consent",
            "staff", "serve", "outbox", "scan", "promises",
        )
    ),
]  # fmt: skip


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``troth ARGS``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "troth", *args], env=env, capture_output=True, check=False
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"troth {' '.join(args)} failed: {done.stderr.decode()[:300]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    missed = 0
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TROTH_HOME": home, "COLUMNS": "100"}
        timed(["--help"], env)  # warm the file cache once
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(
            f"{'command':<24} {'wall fastest':>12} {'median':>7} {'CPU fastest':>11} {'target':>7}"
        )
        for args, target in CASES:
            runs_ = [timed(args, env) for _ in range(runs)]
            wall = [w for w, _ in runs_]
            cpu = min(c for _, c in runs_)
            fastest = min(wall)
            missed += fastest > target
            mark = "" if fastest <= target else "  MISSED"
            print(
                f"troth {' '.join(args):<18} {fastest:>11.3f}s {statistics.median(wall):>6.3f}s "
                f"{cpu:>10.3f}s {target:>6.1f}s{mark}"
            )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
