"""The sieve: every pattern recognizer's expression in one Hyperscan pass over a text.

Hyperscan is a regular-expression engine in C that runs many expressions over a
text at once. In its prefilter mode an expression matches a superset of what it
matches in Python (look-arounds and back-references are loosened), so a pattern
recognizer whose expression the sieve does not find in a text holds nothing there,
and one it does find is told where the earliest possible match ends: no match of
the recognizer ends sooner, so none starts more than its longest match before that
point, and its Python search can begin there.

ASCII texts go through a database compiled for ASCII, others through one compiled
for UTF-8 with Unicode classes. Python's ``\\s`` also takes the four ASCII
separators 0x1C-0x1F, which PCRE's does not: the expressions are widened to take
them too. Where Hyperscan is not installed (it ships wheels for x86-64 only) or a
text cannot be encoded (a lone surrogate), :func:`compiled` or :meth:`Sieve.first_ends`
return None and the engine falls back to the recognizers' own gates.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache

try:  # pragma: no cover - which branch runs depends on the platform
    import hyperscan
except ImportError:  # pragma: no cover
    hyperscan = None

_PYTHON_SPACE = r"\s\x1c-\x1f"


def widened(expression: str) -> str:
    """``expression`` with each ``\\s`` also taking 0x1C-0x1F, as Python's does."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(expression):
        char = expression[i]
        if char == "\\" and i + 1 < len(expression):
            pair = expression[i : i + 2]
            if pair == r"\s":
                out.append(_PYTHON_SPACE if in_class else f"[{_PYTHON_SPACE}]")
            else:
                out.append(pair)
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            # a "]" or "^]" right after the opening bracket is a literal
            if expression[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if expression[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        else:
            out.append(char)
        i += 1
    return "".join(out)


def reach_of(pattern: re.Pattern[str]) -> int | None:
    """The longest match ``pattern`` can make, or None when it has no bound."""
    longest = re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1]  # type: ignore[attr-defined]
    return None if longest >= 65535 else int(longest)


class Sieve:
    """Hyperscan databases over ``expressions`` (ASCII, and UTF-8 when a text needs it),
    each compiled on first use, with a copy (and scratch space) for each thread."""

    def __init__(self, expressions: Sequence[str]) -> None:
        if hyperscan is None:
            raise RuntimeError("Hyperscan is not installed")
        self.expressions = tuple(expressions)
        base = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH
        self._flags = (base, base | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP)
        self._serialised: list[bytes | None] = [None, None]
        self._lock = threading.Lock()
        self._local = threading.local()
        self._database(0)  # a bad expression fails here, not at the first scan

    def _database(self, kind: int) -> object:
        """This thread's database of ``kind`` (0 ASCII, 1 UTF-8): a scratch space serves one
        scan at a time."""
        local = self._local.__dict__
        database = local.get(kind)
        if database is None:
            with self._lock:
                if self._serialised[kind] is None:
                    self._serialised[kind] = self._compile(self._flags[kind])
            database = local[kind] = _loaded(self._serialised[kind])  # type: ignore[arg-type]
        return database

    def _compile(self, flags: int) -> bytes:
        database = hyperscan.Database()
        database.compile(
            expressions=[widened(e).encode() for e in self.expressions],
            ids=list(range(len(self.expressions))),
            elements=len(self.expressions),
            flags=[flags] * len(self.expressions),
        )
        return hyperscan.dumpb(database)

    def first_ends(self, text: str) -> dict[int, int] | None:
        """Expression index -> where (in characters) its earliest possible match ends, for
        the expressions that may match in ``text``; None when the text cannot be scanned."""
        ends: dict[int, int] = {}
        if text.isascii():
            database = self._local.__dict__.get(0) or self._database(0)
            database.scan(text.encode("ascii"), match_event_handler=_record, context=ends)  # type: ignore[attr-defined]
            return ends
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return None
        database = self._local.__dict__.get(1) or self._database(1)
        database.scan(data, match_event_handler=_record, context=ends)  # type: ignore[attr-defined]
        # an end inside a character (prefilter mode may report one) counts from before it
        return {index: len(data[:end].decode("utf-8", "ignore")) for index, end in ends.items()}


def _record(index: int, start: int, end: int, flags: int, ends: dict[int, int]) -> None:
    ends[index] = end


def _loaded(serialised: bytes) -> object:
    database = hyperscan.loadb(serialised, hyperscan.HS_MODE_BLOCK)
    database.scratch = hyperscan.Scratch(database)
    return database


@lru_cache(maxsize=32)
def compiled(expressions: tuple[str, ...]) -> Sieve | None:
    """The sieve over ``expressions``, built once (None without Hyperscan)."""
    if hyperscan is None or not expressions:
        return None
    return Sieve(expressions)
