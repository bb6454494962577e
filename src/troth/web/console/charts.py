"""The console's charts: requests per week by kind, and how long requests took to complete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlalchemy as sa

from troth.store.tables import subject_requests
from troth.web.console.svg import completion_histogram, requests_per_week, stacked_bars_svg


@dataclass(frozen=True)
class RequestRow:
    kind: str
    state: str
    received_at: datetime
    finished_at: datetime | None


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def request_rows(engine: sa.Engine) -> list[RequestRow]:
    """Kind, state and times of every request (no identities) for the charts."""
    query = sa.select(
        subject_requests.c.kind,
        subject_requests.c.state,
        subject_requests.c.received_at,
        subject_requests.c.finished_at,
    )
    with engine.connect() as conn:
        return [
            RequestRow(r.kind, r.state, _aware(r.received_at), _aware(r.finished_at))
            for r in conn.execute(query)
        ]


def per_week_chart(rows: list[RequestRow], today: date | None = None) -> str:
    starts, series = requests_per_week(((r.kind, r.received_at) for r in rows), today=today)
    labels = [s.strftime("%d %b") for s in starts]
    return stacked_bars_svg("Requests received per week, by kind", labels, series, "requests")


def duration_chart(rows: list[RequestRow]) -> str:
    days = [
        (r.finished_at - r.received_at).total_seconds() / 86400
        for r in rows
        if r.finished_at is not None
    ]
    labels, counts = completion_histogram(days)
    series = {"completed": counts} if days else {}
    return stacked_bars_svg(
        "Time to complete a request, in days",
        labels,
        series,
        "requests",
        empty="no request has been completed yet",
    )
