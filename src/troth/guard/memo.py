"""A dict that fills itself: what a recognizer works out once per word, remembered."""

from __future__ import annotations

from collections.abc import Callable
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
