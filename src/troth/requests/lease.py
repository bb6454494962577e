"""One runner at a time per request: a lease in the store, renewed while the request runs.

A running request's row names the runner holding it (``lease_owner``) and until when
(``lease_expires_at``). A runner takes a request with one conditional ``UPDATE``: starting a
verified request (``WHERE state = 'verified'``), or taking over a running one whose lease
has run out (``WHERE state = 'running' AND lease_expires_at <= now``). The database orders
parallel claims, so exactly one sees its row changed; the others leave the request alone.
While it runs, the runner renews the lease from a heartbeat thread and before every step
(:class:`troth.requests.journal.StoreJournal`), and writes the outcome only while it still
holds the lease. A runner killed or cut off stops renewing; once the lease runs out, the
next sweep (:mod:`troth.requests.worker`) or ``troth request resume`` picks the request up.
Times come from the runner's clock: runners must keep their clocks in step (NTP), well
within the lease's length.
"""

from __future__ import annotations

import os
import secrets
import socket
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from types import TracebackType

import sqlalchemy as sa

from troth.errors import TrothError
from troth.requests.lifecycle import State
from troth.store.tables import subject_requests


class LeaseLost(TrothError):
    """Another runner took the request over (this one was too slow to renew its lease)."""

    def __init__(self) -> None:
        super().__init__("another runner took this request over; this run stops")


def new_owner() -> str:
    """A name for this runner: host, process and a random part (unique per run)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(6)}"


def claim_running(
    conn: sa.Connection, request_id: str, owner: str, now: datetime, length: timedelta
) -> bool:
    """Take over a running request whose lease has run out (or that never had one).

    One statement; True only for the one runner whose claim changed the row."""
    table = subject_requests.c
    changed = conn.execute(
        subject_requests.update()
        .where(
            table.id == request_id,
            table.state == State.RUNNING.value,
            sa.or_(table.lease_expires_at.is_(None), table.lease_expires_at <= now),
        )
        .values(
            lease_owner=owner,
            lease_expires_at=now + length,
            attempts=table.attempts + 1,
            updated_at=now,
        )
    ).rowcount
    return changed == 1


def renew(
    conn: sa.Connection, request_id: str, owner: str, now: datetime, length: timedelta
) -> bool:
    """Push the lease on; False when ``owner`` no longer holds it."""
    table = subject_requests.c
    changed = conn.execute(
        subject_requests.update()
        .where(table.id == request_id, table.lease_owner == owner)
        .values(lease_expires_at=now + length)
    ).rowcount
    return changed == 1


class Heartbeat:
    """Renews a lease every third of its length until stopped; notes when it was lost.

    Used as a context manager around a run, so a long step (a large slice, a datastore being
    retried) never lets the lease run out while the runner is alive."""

    def __init__(
        self,
        engine: sa.Engine,
        request_id: str,
        owner: str,
        length: timedelta,
        clock: Callable[[], datetime],
    ) -> None:
        self.engine = engine
        self.request_id = request_id
        self.owner = owner
        self.length = length
        self.clock = clock
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="troth-lease", daemon=True)

    def _beat(self) -> None:
        interval = max(self.length.total_seconds() / 3, 0.05)
        while not self._stop.wait(interval):
            try:
                with self.engine.begin() as conn:
                    held = renew(conn, self.request_id, self.owner, self.clock(), self.length)
            except sa.exc.SQLAlchemyError:
                continue  # the store is busy or away: try again at the next beat
            if not held:
                self.lost = True
                return

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
