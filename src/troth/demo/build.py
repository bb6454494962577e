"""Build the demo company: generate its people and activity, load them, write its data map.

Every block of subjects is decided by the seed and its index alone, so a large
build shares its batches out among several worker processes, each of which
generates a batch and writes it itself: nothing but a few counts travels
between processes. On SQLite the workers take turns in batch order (one writer
at a time, so the rows go in in id order); on PostgreSQL they ``COPY`` at the
same time. Memory stays flat: each worker holds one batch at a time. Keys and
indexes come after the data.
"""

from __future__ import annotations

import multiprocessing
import os
import queue as queue_module
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from troth.config import load_settings
from troth.demo.datasets import write_datasets
from troth.demo.generator import DemoGenerator
from troth.demo.loaders import (
    DemoBuildError,
    backend_of,
    finish_database,
    open_writer,
    prepare_database,
    safe_url,
)
from troth.demo.pools import Pools, build_pools
from troth.demo.schema import TABLES
from troth.demo.sip_secrets import demo_key

Progress = Callable[[int, int], None]

DEFAULT_BLOCKS_PER_BATCH = 5
PARALLEL_FROM_SUBJECTS = 20_000
MAX_DEFAULT_WORKERS = 4
_POLL_SECONDS = 0.5


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


def default_workers(subjects: int) -> int:
    """Worker processes for a build: none (generate here) for small ones, else one per core."""
    if subjects < PARALLEL_FROM_SUBJECTS:
        return 0
    return max(2, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


@dataclass(frozen=True)
class _Job:
    """What a worker process needs to build its share (sent once, when it starts)."""

    url: str
    ordered: bool
    seed: int
    subjects: int
    key: bytes
    pools: Pools
    blocks_per_batch: int


def _work(job: _Job, claim: Any, turn: Any, abort: Any, out: Any) -> None:  # pragma: no cover
    """Worker process: claim the next batch, generate it, write it (in turn if ``ordered``)."""
    parent = os.getppid()
    writer = None
    try:
        generator = DemoGenerator(job.seed, job.subjects, job.key, pools=job.pools)
        batches = generator.batch_count(job.blocks_per_batch)
        writer = open_writer(job.url)
        while not abort.value:
            with claim.get_lock():
                index = claim.value
                claim.value += 1
            if index >= batches:
                break
            done, rows = generator.batch(index, job.blocks_per_batch)
            if job.ordered:
                with turn:
                    while turn.value != index:
                        if abort.value or os.getppid() != parent:
                            return
                        turn.wait(_POLL_SECONDS)
            try:
                writer.write(rows)
            finally:
                if job.ordered:
                    with turn:
                        turn.value = index + 1
                        turn.notify_all()
            counts = {name: len(batch) for name, batch in rows.items()}
            del rows
            out.put(("batch", index, done, counts))
        out.put(("end", 0, 0, None))
    except BaseException as exc:  # noqa: BLE001 - reported to the builder, which raises it
        abort.value = 1
        reason = (str(exc).splitlines() or [""])[0]
        out.put(("error", 0, 0, f"{type(exc).__name__}: {reason}"))
    finally:
        if writer is not None:
            writer.close()


def _build_in_workers(
    url: str,
    generator: DemoGenerator,
    key: bytes,
    workers: int,
    blocks_per_batch: int,
    counts: dict[str, int],
    progress: Progress | None,
) -> None:
    context = multiprocessing.get_context("spawn")
    job = _Job(
        url=url,
        ordered=backend_of(url) == "sqlite",
        seed=generator.seed,
        subjects=generator.subjects,
        key=key,
        pools=generator.pools,
        blocks_per_batch=blocks_per_batch,
    )
    claim = context.Value("q", 0)
    turn = _Turn(context.Condition(), context.Value("q", 0, lock=False))
    abort = context.Value("b", 0, lock=False)
    out = context.Queue()
    batches = generator.batch_count(blocks_per_batch)
    workers = min(workers, batches)
    processes = [
        context.Process(
            target=_work,
            args=(job, claim, turn, abort, out),
            daemon=True,
        )
        for _ in range(workers)
    ]
    for process in processes:
        process.start()
    finished: dict[int, int] = {}
    ended = 0
    reported = 0
    try:
        while ended < workers:
            try:
                kind, index, done, payload = out.get(timeout=_POLL_SECONDS)
            except queue_module.Empty:
                dead = [p for p in processes if p.exitcode not in (None, 0)]
                if dead:
                    raise DemoBuildError(
                        f"a demo generator process stopped unexpectedly "
                        f"(exit code {dead[0].exitcode})"
                    ) from None
                continue
            if kind == "error":
                raise DemoBuildError(f"building the demo data failed: {payload}")
            if kind == "end":
                ended += 1
                continue
            for name, n in payload.items():
                counts[name] += n
            finished[index] = done
            while reported in finished:  # progress in batch order, so it only ever grows
                if progress:
                    progress(finished[reported], generator.subjects)
                reported += 1
        for process in processes:
            process.join(timeout=10)
    finally:
        abort.value = 1
        for process in processes:
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
        out.close()


class _Turn:
    """Which batch may write next (SQLite): a shared integer and a condition to wait on."""

    def __init__(self, condition: Any, value: Any) -> None:
        self._condition = condition
        self._value = value

    @property
    def value(self) -> int:
        return int(self._value.value)

    @value.setter
    def value(self, index: int) -> None:
        self._value.value = index

    def wait(self, timeout: float) -> None:
        self._condition.wait(timeout)

    def notify_all(self) -> None:
        self._condition.notify_all()

    def __enter__(self) -> _Turn:
        self._condition.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._condition.__exit__(*exc)


def _build_here(
    url: str,
    generator: DemoGenerator,
    blocks_per_batch: int,
    counts: dict[str, int],
    progress: Progress | None,
) -> None:
    writer = open_writer(url)
    try:
        for done, rows in generator.batches(blocks_per_batch):
            writer.write(rows)
            for name, batch in rows.items():
                counts[name] += len(batch)
            del rows
            if progress:
                progress(done, generator.subjects)
    finally:
        writer.close()


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
    workers: int | None = None,
) -> DemoBuildResult:
    """Create the demo company's database at ``url`` with ``subjects`` people.

    Refuses a database that already holds demo data unless ``replace``. The
    content depends only on ``seed`` and ``subjects`` (not on ``blocks_per_batch``,
    ``parallel`` or ``workers``). ``workers`` worker processes generate and write
    (0: everything in this process; default: :func:`default_workers`);
    ``parallel=True`` asks for at least two, ``parallel=False`` for none.
    ``progress(done, total)`` is called after every batch. Writes the fideslang
    datasets to ``datasets_out`` (default ``$TROTH_HOME/demo_datasets.yml``).
    """
    if subjects < 1:
        raise DemoBuildError(f"--subjects must be at least 1, not {subjects}")
    if blocks_per_batch < 1:
        raise DemoBuildError(f"blocks per batch must be at least 1, not {blocks_per_batch}")
    if workers is not None and workers < 0:
        raise DemoBuildError(f"--workers must be 0 or more, not {workers}")
    if workers is None:
        if parallel is None:
            workers = default_workers(subjects)
        else:
            workers = max(2, default_workers(PARALLEL_FROM_SUBJECTS)) if parallel else 0
    key = demo_key(seed)
    started = time.perf_counter()
    prepare_database(url, replace)
    generator = DemoGenerator(seed, subjects, key, pools=build_pools(seed))
    counts = {str(t.name): 0 for t in TABLES}
    if workers:
        _build_in_workers(url, generator, key, workers, blocks_per_batch, counts, progress)
    else:
        _build_here(url, generator, blocks_per_batch, counts, progress)
    finish_database(url, connections=max(2, min(workers, MAX_DEFAULT_WORKERS)))
    path = write_datasets(datasets_out or load_settings().home / "demo_datasets.yml")
    return DemoBuildResult(
        database_url=safe_url(url),
        subjects=subjects,
        seed=seed,
        rows=counts,
        seconds=time.perf_counter() - started,
        datasets_path=path,
    )
