"""Build the demo company: generate its people and activity, load them, write its data map.

Generation runs in a worker process while this process writes, so the two
cores of a small machine both work; batches travel through a bounded queue so
memory stays flat however many subjects are asked for.
"""

from __future__ import annotations

import multiprocessing
import os
import queue as queue_module
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from troth.config import load_settings
from troth.demo.datasets import write_datasets
from troth.demo.generator import DemoGenerator, Rows
from troth.demo.loaders import DemoBuildError, open_loader, safe_url
from troth.demo.schema import TABLES
from troth.demo.sip_secrets import demo_key

Progress = Callable[[int, int], None]

DEFAULT_BLOCKS_PER_BATCH = 5
PARALLEL_FROM_SUBJECTS = 20_000
_QUEUE_BATCHES = 2


@dataclass(frozen=True)
class DemoBuildResult:
    """What a build made: where, how many rows per table, how long it took."""

    database_url: str
    subjects: int
    seed: int
    rows: dict[str, int]
    seconds: float
    datasets_path: Path

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds > 0 else 0.0


def _produce(
    out: Any, seed: int, subjects: int, key: bytes, blocks_per_batch: int
) -> None:  # pragma: no cover - runs in the worker process
    """Worker process: generate batches and hand them to the writer through ``out``."""
    parent = os.getppid()
    try:
        generator = DemoGenerator(seed, subjects, key)
        for done, rows in generator.batches(blocks_per_batch):
            while True:
                if os.getppid() != parent:  # the builder is gone: stop instead of running on
                    return
                try:
                    out.put(("rows", done, rows), timeout=1.0)
                    break
                except queue_module.Full:
                    continue
        out.put(("end", subjects, None))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        out.put(("error", 0, f"{type(exc).__name__}: {exc}"))


def _batches_in_worker(
    seed: int, subjects: int, key: bytes, blocks_per_batch: int
) -> Iterator[tuple[int, Rows]]:
    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=_QUEUE_BATCHES)
    worker = context.Process(
        target=_produce, args=(out, seed, subjects, key, blocks_per_batch), daemon=True
    )
    worker.start()
    try:
        while True:
            try:
                kind, done, payload = out.get(timeout=1.0)
            except queue_module.Empty:
                if not worker.is_alive():
                    raise DemoBuildError(
                        f"the demo generator process stopped unexpectedly "
                        f"(exit code {worker.exitcode})"
                    ) from None
                continue
            if kind == "error":
                raise DemoBuildError(f"generating the demo data failed: {payload}")
            if kind == "end":
                break
            yield done, payload
        worker.join(timeout=10)
    finally:
        if worker.is_alive():
            worker.terminate()
            worker.join(timeout=5)
        out.close()


def _batches_here(
    seed: int, subjects: int, key: bytes, blocks_per_batch: int
) -> Iterator[tuple[int, Rows]]:
    yield from DemoGenerator(seed, subjects, key).batches(blocks_per_batch)


def build_demo(
    url: str,
    subjects: int,
    seed: int = 1,
    replace: bool = False,
    progress: Progress | None = None,
    *,
    datasets_out: Path | str | None = None,
    blocks_per_batch: int = DEFAULT_BLOCKS_PER_BATCH,
    parallel: bool | None = None,
) -> DemoBuildResult:
    """Create the demo company's database at ``url`` with ``subjects`` people.

    Refuses a database that already holds demo data unless ``replace``. The
    content depends only on ``seed`` and ``subjects`` (not on ``blocks_per_batch``
    or ``parallel``). ``progress(done, total)`` is called after every batch.
    Writes the fideslang datasets to ``datasets_out`` (default
    ``$TROTH_HOME/demo_datasets.yml``).
    """
    if subjects < 1:
        raise DemoBuildError(f"--subjects must be at least 1, not {subjects}")
    if blocks_per_batch < 1:
        raise DemoBuildError(f"blocks per batch must be at least 1, not {blocks_per_batch}")
    key = demo_key(seed)
    if parallel is None:
        parallel = subjects >= PARALLEL_FROM_SUBJECTS
    started = time.perf_counter()
    loader = open_loader(url, replace)
    counts = {str(t.name): 0 for t in TABLES}
    try:
        source = _batches_in_worker if parallel else _batches_here
        for done, rows in source(seed, subjects, key, blocks_per_batch):
            loader.write(rows)
            for name, batch in rows.items():
                counts[name] += len(batch)
            del rows
            if progress:
                progress(done, subjects)
        loader.finish()
    finally:
        loader.close()
    path = write_datasets(datasets_out or load_settings().home / "demo_datasets.yml")
    return DemoBuildResult(
        database_url=safe_url(url),
        subjects=subjects,
        seed=seed,
        rows=counts,
        seconds=time.perf_counter() - started,
        datasets_path=path,
    )
