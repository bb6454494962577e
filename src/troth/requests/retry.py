"""Retry with exponential back-off for a datastore that is briefly down."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    attempts: int = 3
    first_delay: float = 0.5
    factor: float = 2.0

    def delays(self) -> list[float]:
        """The waits between attempts: ``attempts - 1`` of them, growing by ``factor``."""
        return [self.first_delay * self.factor**n for n in range(max(0, self.attempts - 1))]


def with_backoff(
    action: Callable[[], T],
    backoff: Backoff,
    retry_on: tuple[type[BaseException], ...],
    *,
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[int, BaseException], None] | None = None,
) -> T:
    """Run ``action``; on one of ``retry_on`` wait and try again; the last failure is raised."""
    delays = backoff.delays()
    for attempt in range(1, backoff.attempts + 1):
        try:
            return action()
        except retry_on as exc:
            if attempt >= backoff.attempts:
                raise
            if on_retry is not None:
                on_retry(attempt, exc)
            sleep(delays[attempt - 1])
    raise AssertionError("unreachable")  # pragma: no cover
