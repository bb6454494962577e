"""A store-backed journal of execution steps, so an interrupted request resumes.

The executor asks :meth:`StoreJournal.is_done` before a step and calls
:meth:`StoreJournal.record` after it; :meth:`StoreJournal.begin` marks a step started before
it touches a datastore, so a step cut short by a crash is visible as started-not-done and is
run again (every erasure step is idempotent: deleting or masking twice changes nothing more).
Each write commits at once, in its own transaction.

``begin`` also keeps what the step found to write (rows to delete and to mask), counted in the
datastore just before the write. A step whose write committed but whose run was killed before
``record`` finds nothing left when it is run again; its record then says what was found before
the cut (``cut_short``), so the evidence does not under-report. When the journal belongs to a
runner holding a lease (:mod:`troth.requests.lease`), ``begin`` renews the lease in the same
transaction and raises :class:`~troth.requests.lease.LeaseLost` when another runner has it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from troth.requests.lease import LeaseLost
from troth.store.tables import request_steps


@dataclass(frozen=True)
class JournalStep:
    key: str
    state: str  # "started" or "done"
    summary: dict[str, Any] | None
    started_at: datetime
    done_at: datetime | None


def with_cut_short(summary: dict[str, Any], found: dict[str, Any]) -> dict[str, Any]:
    """A step's record when an earlier run was cut short inside it: what it found to write
    then (gone now if that write committed) counts as written, with both figures kept."""
    merged = dict(summary)
    counts = {n: v for n, v in found.items() if isinstance(v, int)}
    for name, before in counts.items():
        now = summary.get(name, 0)
        merged[name] = max(now if isinstance(now, int) else 0, before)
    merged["cut_short"] = {
        "found_before": counts,
        "written_on_resume": {n: summary.get(n, 0) for n in counts},
    }
    return merged


class StoreJournal:
    """The journal of one request in the platform's store (the executor's ``Journal``).

    ``keep_lease``, when given, is called in each ``begin``'s transaction and returns False
    when this runner no longer holds the request's lease."""

    def __init__(
        self,
        engine: sa.Engine,
        request_id: str,
        keep_lease: Callable[[sa.Connection], bool] | None = None,
    ) -> None:
        self.engine = engine
        self.request_id = request_id
        self.keep_lease = keep_lease
        self._done: set[str] = set()
        self._cut: dict[str, dict[str, Any]] = {}  # started in an earlier run, never recorded
        with engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    request_steps.c.step_key, request_steps.c.state, request_steps.c.summary
                ).where(request_steps.c.request_id == request_id)
            )
            for key, state, summary in rows:
                if state == "done":
                    self._done.add(key)
                else:
                    self._cut[key] = dict((summary or {}).get("found") or {})
        self._found: dict[str, dict[str, Any]] = {k: v for k, v in self._cut.items() if v}

    def is_done(self, step_key: str) -> bool:
        return step_key in self._done

    def begin(self, step_key: str, found: dict[str, Any] | None = None) -> None:
        """Mark a step started (before it writes anywhere), with what it found to write.

        A step cut short before keeps what it found the first time."""
        if step_key in self._done:
            return
        if found is not None and step_key not in self._found:
            self._found[step_key] = dict(found)
        first = self._found.get(step_key)
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            if self.keep_lease is not None and not self.keep_lease(conn):
                raise LeaseLost()
            summary = {"found": first} if first else None
            updated = conn.execute(
                request_steps.update()
                .where(
                    request_steps.c.request_id == self.request_id,
                    request_steps.c.step_key == step_key,
                )
                .values(started_at=now, summary=summary)
            ).rowcount
            if not updated:
                conn.execute(
                    request_steps.insert().values(
                        request_id=self.request_id,
                        step_key=step_key,
                        state="started",
                        summary=summary,
                        started_at=now,
                        done_at=None,
                    )
                )

    def record(self, step_key: str, summary: dict[str, Any]) -> None:
        """Mark a step done with its summary (committed before this returns)."""
        if step_key in self._cut and self._found.get(step_key):
            summary = with_cut_short(summary, self._found[step_key])
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            updated = conn.execute(
                request_steps.update()
                .where(
                    request_steps.c.request_id == self.request_id,
                    request_steps.c.step_key == step_key,
                )
                .values(state="done", summary=summary, done_at=now)
            ).rowcount
            if not updated:
                conn.execute(
                    request_steps.insert().values(
                        request_id=self.request_id,
                        step_key=step_key,
                        state="done",
                        summary=summary,
                        started_at=now,
                        done_at=now,
                    )
                )
        self._done.add(step_key)

    def recorded(self) -> dict[str, dict[str, Any]]:
        """The summary of every step recorded done, read back from the store."""
        return {s.key: dict(s.summary or {}) for s in self.steps() if s.state == "done"}

    def cut_short(self) -> dict[str, dict[str, Any]]:
        """Steps still started and not done, with what they found before they were cut."""
        return {
            s.key: dict((s.summary or {}).get("found") or {})
            for s in self.steps()
            if s.state != "done" and (s.summary or {}).get("found")
        }

    def steps(self) -> list[JournalStep]:
        """Every step recorded for the request, in the order they started."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(request_steps)
                .where(request_steps.c.request_id == self.request_id)
                .order_by(request_steps.c.started_at, request_steps.c.step_key)
            ).mappings()
            return [
                JournalStep(r["step_key"], r["state"], r["summary"], r["started_at"], r["done_at"])
                for r in rows
            ]

    def unfinished(self) -> list[str]:
        """Steps started and not recorded as done (cut short by a crash or a failure)."""
        return [s.key for s in self.steps() if s.state != "done"]
