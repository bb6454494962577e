"""The console's charts: requests per week by kind, and how long requests took to complete."""

from __future__ import annotations

from datetime import date

from troth.requests.history import RequestRow
from troth.web.console.svg import completion_histogram, requests_per_week, stacked_bars_svg


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
