"""What the console's charts read of every request: kind, state and times, no identities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from troth.store.tables import subject_requests
from troth.timeutil import aware


@dataclass(frozen=True)
class RequestRow:
    kind: str
    state: str
    received_at: datetime
    finished_at: datetime | None


def request_rows(engine: sa.Engine) -> list[RequestRow]:
    """Kind, state and times of every request (no identities)."""
    query = sa.select(
        subject_requests.c.kind,
        subject_requests.c.state,
        subject_requests.c.received_at,
        subject_requests.c.finished_at,
    )
    with engine.connect() as conn:
        return [
            RequestRow(r.kind, r.state, aware(r.received_at), aware(r.finished_at))
            for r in conn.execute(query)
        ]
