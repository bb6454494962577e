"""What a recognizer works out once, remembered: per word (a dict that fills itself), or
for the last text (the readers of one text ask in turn)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(dict[str, V], Generic[V]):
    """Key -> ``compute(key)``, worked out on first use (emptied when it grows past ``limit``,
    so text of unbounded variety cannot grow it without end)."""

    def __init__(self, compute: Callable[[str], V], limit: int = 100_000) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: str) -> V:
        if len(self) > self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def last_text(compute: Callable[[str], V]) -> Callable[[str], V]:
    """``compute`` keeping its last text's answer: the gates and readers of one text ask
    for the same thing in turn. The text is compared by identity, so an equal text that is
    another object is worked out again. Callers never change what they get."""
    last: list[tuple[str | None, V | None]] = [(None, None)]

    @wraps(compute)
    def remembered(text: str) -> V:
        seen, answer = last[0]
        if seen is text:
            return answer  # type: ignore[return-value]
        answer = compute(text)
        last[0] = (text, answer)
        return answer

    return remembered
