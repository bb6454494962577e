"""Benchmark: the consent decision in-process and over HTTP.

In-process: ``decide()`` over the example policy and derived subject states; the median
and 99th percentile of single calls.

Over HTTP: a real uvicorn server (the whole Troth app with its middleware, uvloop and
httptools, SQLite store with 10,000 subjects and their consents) in its own process(es),
loaded by ``wrk`` (Debian's package) in another process asking
``GET /api/v1/consent/may`` for random subjects and uses. The load average of the machine
(``/proc/loadavg``) is printed before and after, since the machine is shared.

    .venv/bin/python benchmarks/consent_decision.py
    .venv/bin/python benchmarks/consent_decision.py --subjects 10000 --duration 20 --workers 1
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

TOKEN = "benchmark-staff-token-0123456789"
USES = [
    ("marketing.communications.email", ""),
    ("analytics.reporting.campaign_insights", ""),
    ("essential.service", "accounts"),
    ("analytics.reporting.content_performance", ""),
]


def in_process(calls: int) -> dict[str, float]:
    from troth.consent import UseIndex, decide, derive_state
    from troth.consent.state import ConsentEvent
    from troth.policy import load_policy

    policy = load_policy()
    index = UseIndex(policy)
    now = datetime.now(UTC)
    states = []
    for n in range(1000):
        key = f"s_{n:032x}"
        events = [
            ConsentEvent(
                key, "marketing.communications.email", "", "2018-05-21", "api", n % 3 != 0, now
            ),
            ConsentEvent(
                key,
                "analytics.reporting.campaign_insights",
                "",
                "2018-05-21",
                "api",
                n % 2 == 0,
                now,
            ),
        ]
        states.append(derive_state(key, events, signals=[("gpc", "1")] if n % 5 == 0 else []))
    rng = random.Random(1)
    work = [(rng.choice(states), *rng.choice(USES)) for _ in range(calls)]
    timings = []
    clock = time.perf_counter_ns
    for state, use, system in work:
        start = clock()
        decide(index, state, use, system or None)
        timings.append(clock() - start)
    timings.sort()
    return {
        "median_us": statistics.median(timings) / 1000,
        "p99_us": timings[int(len(timings) * 0.99)] / 1000,
        "calls": calls,
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def populate(home: Path, subjects: int) -> list[str]:
    os.environ["TROTH_HOME"] = str(home)
    from troth.consent import ConsentLedger
    from troth.policy import load_policy
    from troth.store import open_store
    from troth.store.tables import consent_events, consent_subjects

    store = open_store(f"sqlite:///{home / 'troth.sqlite3'}")
    ledger = ConsentLedger(store, load_policy())
    from troth.consent.keys import subject_key

    now = datetime.now(UTC)
    keys = [subject_key(f"person{n}@example.org") for n in range(subjects)]
    with store.engine.begin() as conn:
        conn.execute(
            consent_subjects.insert(),
            [
                {
                    "subject_key": k,
                    "email": f"person{n}@example.org",
                    "systems": ["marketing"],
                    "created_at": now,
                }
                for n, k in enumerate(keys)
            ],
        )
        conn.execute(
            consent_events.insert(),
            [
                {
                    "subject_key": k,
                    "purpose": "marketing.communications.email",
                    "scope": "",
                    "policy_version": "2018-05-21",
                    "source": "api",
                    "granted": granted,
                    "at": now,
                    "notice_hash": "",
                }
                for n, k in enumerate(keys)
                for granted in ([True, False] if n % 3 == 0 else [True])
            ],
        )
    ledger.grant(keys[0], "analytics.reporting.campaign_insights", "api")
    store.close()
    return keys


def over_http(subjects: int, duration: int, connections: int, workers: int) -> dict[str, object]:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    home = Path(tempfile.mkdtemp(prefix="troth-bench-"))
    keys = populate(home, subjects)
    port = _free_port()
    env = dict(os.environ, TROTH_HOME=str(home), TROTH_STAFF_TOKEN=TOKEN)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "troth.web:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
            "--workers",
            str(workers),
            "--loop",
            "uvloop",
            "--http",
            "httptools",
        ],
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        rng = random.Random(2)
        paths = [
            f"/api/v1/consent/may?subject={rng.choice(keys)}&use={use}"
            + (f"&system={system}" if system else "")
            for use, system in (rng.choice(USES) for _ in range(2000))
        ]
        check = httpx.get(url + paths[0], headers={"Authorization": f"Bearer {TOKEN}"})
        assert check.status_code == 200, check.text
        script = home / "paths.lua"
        script.write_text(
            "local paths = {"
            + ",".join(f'"{p}"' for p in paths)
            + "}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n"
            f'  return wrk.format("GET", paths[i], {{["Authorization"] = "Bearer {TOKEN}"}})\n'
            "end\n"
        )
        subprocess.run(  # warm-up
            ["wrk", "-t1", f"-c{connections}", "-d3s", "-s", str(script), url],
            check=True,
            capture_output=True,
        )
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{duration}s",
                "--latency",
                "-s",
                str(script),
                url,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests_per_second": rps,
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "raw": out,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200_000)
    parser.add_argument("--subjects", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--skip-http", action="store_true")
    args = parser.parse_args()
    local = in_process(args.calls)
    print(
        f"in-process decide(): median {local['median_us']:.2f} µs, "
        f"p99 {local['p99_us']:.2f} µs over {args.calls} calls"
    )
    if args.skip_http:
        return
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    http = over_http(args.subjects, args.duration, args.connections, args.workers)
    load_after = Path("/proc/loadavg").read_text().split()[:3]
    print(http["raw"])
    print(f"load average before {' '.join(load_before)}, after {' '.join(load_after)}")
    print(
        f"HTTP /api/v1/consent/may: {http['requests_per_second']:.0f} req/s, "
        f"p50 {http['p50']}, p99 {http['p99']}, non-2xx {http['non_2xx']} "
        f"({args.subjects} subjects, {args.connections} connections, {args.workers} worker(s))"
    )


if __name__ == "__main__":
    main()
