"""A store-backed journal of execution steps, so an interrupted request resumes.

The executor asks :meth:`StoreJournal.is_done` before a step and calls
:meth:`StoreJournal.record` after it; :meth:`StoreJournal.begin` marks a step started before
it touches a datastore, so a step cut short by a crash is visible as started-not-done and is
run again (every erasure step is idempotent: deleting or masking twice changes nothing more).
Each write commits at once, in its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from troth.store.tables import request_steps


@dataclass(frozen=True)
class Step:
    key: str
    state: str  # "started" or "done"
    summary: dict[str, Any] | None
    started_at: datetime
    done_at: datetime | None


class StoreJournal:
    """The journal of one request in the platform's store (the executor's ``Journal``)."""

    def __init__(self, engine: sa.Engine, request_id: str) -> None:
        self.engine = engine
        self.request_id = request_id
        with engine.connect() as conn:
            self._done = set(
                conn.execute(
                    sa.select(request_steps.c.step_key).where(
                        request_steps.c.request_id == request_id,
                        request_steps.c.state == "done",
                    )
                ).scalars()
            )

    def is_done(self, step_key: str) -> bool:
        return step_key in self._done

    def begin(self, step_key: str) -> None:
        """Mark a step started (before it writes anywhere)."""
        if step_key in self._done:
            return
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            updated = conn.execute(
                request_steps.update()
                .where(
                    request_steps.c.request_id == self.request_id,
                    request_steps.c.step_key == step_key,
                )
                .values(started_at=now)
            ).rowcount
            if not updated:
                conn.execute(
                    request_steps.insert().values(
                        request_id=self.request_id,
                        step_key=step_key,
                        state="started",
                        summary=None,
                        started_at=now,
                        done_at=None,
                    )
                )

    def record(self, step_key: str, summary: dict[str, Any]) -> None:
        """Mark a step done with its summary (committed before this returns)."""
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

    def steps(self) -> list[Step]:
        """Every step recorded for the request, in the order they started."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(request_steps)
                .where(request_steps.c.request_id == self.request_id)
                .order_by(request_steps.c.started_at, request_steps.c.step_key)
            ).mappings()
            return [
                Step(r["step_key"], r["state"], r["summary"], r["started_at"], r["done_at"])
                for r in rows
            ]

    def unfinished(self) -> list[str]:
        """Steps started and not recorded as done (cut short by a crash or a failure)."""
        return [s.key for s in self.steps() if s.state != "done"]
