"""Benchmark: where the demo build's CPU goes, one part after another, in one process.

Generates N subjects (Faker pools included), writes them through one writer, then creates the
keys and indexes; prints the CPU seconds of each part.

    .venv/bin/python benchmarks/demo_build_parts.py 50000 sqlite:////tmp/demo_parts.sqlite3
"""

from __future__ import annotations

import sys
import time

from troth.demo.generator import DemoGenerator
from troth.demo.loaders import finish_database, open_writer, prepare_database
from troth.demo.pools import build_pools


def main(subjects: int, url: str) -> None:
    started = time.process_time()
    pools = build_pools(1)
    print(f"pools {time.process_time() - started:.2f} s")
    started = time.process_time()
    batches = list(DemoGenerator(1, subjects, bytes(32), pools=pools).batches(5))
    print(f"generate {time.process_time() - started:.2f} s")
    prepare_database(url, True)
    writer = open_writer(url)
    started = time.process_time()
    for _, rows in batches:
        writer.write(rows)
    writer.close()
    print(f"write {time.process_time() - started:.2f} s")
    started = time.process_time()
    finish_database(url)
    print(f"keys and indexes {time.process_time() - started:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
