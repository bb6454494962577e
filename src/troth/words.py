"""Plain words for counts, shared by the pages, the mail and the command line (pure)."""

from __future__ import annotations


def counted(n: int, word: str, plural: str | None = None) -> str:
    """``n`` and the word for it: "1 request", "2 requests", "1 staff member"."""
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"
