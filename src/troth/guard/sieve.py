"""The sieve: every pattern recognizer's expression in one Hyperscan pass over a text.

Hyperscan is a regular-expression engine in C that runs many expressions over a
text at once. In its prefilter mode an expression matches a superset of what it
matches in Python (look-arounds and back-references are loosened), so a pattern
recognizer whose expression the sieve does not find in a text holds nothing there,
and one it does find is told where the earliest possible match ends: no match of
the recognizer ends sooner, so none starts more than its longest match before that
point, and its Python search can begin there.

ASCII texts go through a database compiled for ASCII, others through one compiled
for UTF-8. Classes keep Python's meaning or take more, never less: ``\\s`` also takes
the separators 0x1C-0x1F, as Python's does; in the UTF-8 database ``\\s`` takes
Python's Unicode spaces (listed from the running Python) and ``\\d`` and ``\\w`` every
non-ASCII character, while a negated class keeps its ASCII meaning and so lets every
non-ASCII character through. (Hyperscan's own Unicode classes cost four times as
much.) An expression with a construct this cannot widen (``\\W``, ``\\b`` …) is
compiled with Hyperscan's Unicode classes.

Where Hyperscan is not installed (it has no wheel for Linux on ARM) or a text
cannot be encoded (a lone surrogate), :func:`compiled` or :meth:`Sieve.first_ends`
return None and the engine falls back to the recognizers' own gates.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol, cast

try:  # pragma: no cover - which branch runs depends on the platform
    import hyperscan
except ImportError:  # pragma: no cover
    hyperscan = None  # type: ignore[assignment]  # None: the sieve is not available

_PYTHON_SPACE = r"\s\x1c-\x1f"
_NEEDS_UNICODE_CLASSES = frozenset({r"\W", r"\D", r"\S", r"\b", r"\B"})


@lru_cache(maxsize=1)
def _unicode_classes() -> dict[str, str]:
    r"""What the UTF-8 database adds to ``\d``, ``\s`` and ``\w``: Python's non-ASCII
    spaces (all in the Basic Multilingual Plane), listed from the running Python, and for
    digits and word characters every non-ASCII character (Python's thousand-odd digit
    ranges made the database take a second longer to compile, for little: a text needs
    several digits in a row before a pattern looks at it)."""
    spaces = "".join(f"\\x{{{c:x}}}" for c in range(0x80, 0x10000) if chr(c).isspace())
    everything = r"\x{80}-\x{10ffff}"
    return {r"\d": everything, r"\s": spaces, r"\w": everything}


def widened(expression: str, unicode: bool = False) -> str:
    r"""``expression`` with its classes taking at least what Python's take: ``\s`` the
    separators 0x1C-0x1F; with ``unicode`` (for UTF-8 without Hyperscan's Unicode classes),
    ``\d``, ``\s`` and ``\w`` outside a negated class their non-ASCII members too.

    Raises ValueError (with ``unicode``) for a construct it cannot widen.
    """
    extra = _unicode_classes() if unicode else {}
    out: list[str] = []
    in_class = negated = False
    i = 0
    while i < len(expression):
        char = expression[i]
        if char == "\\" and i + 1 < len(expression):
            pair = expression[i : i + 2]
            if unicode and pair in _NEEDS_UNICODE_CLASSES:
                raise ValueError(f"{pair} needs Hyperscan's Unicode classes")
            members = pair + (r"\x1c-\x1f" if pair == r"\s" else "")
            if not negated:
                members += extra.get(pair, "")
            if members == pair:
                out.append(pair)
            else:
                out.append(members if in_class else f"[{members}]")
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            # a "]" or "^]" right after the opening bracket is a literal
            negated = expression[i + 1 : i + 2] == "^"
            if negated:
                out.append("^")
                i += 1
            if expression[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif char == "]" and in_class:
            in_class = negated = False
            out.append(char)
        else:
            out.append(char)
        i += 1
    return "".join(out)


def reach_of(pattern: re.Pattern[str]) -> int | None:
    """The longest match ``pattern`` can make, or None when it has no bound."""
    longest = re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1]  # type: ignore[attr-defined]
    return None if longest >= 65535 else int(longest)


class _Database(Protocol):
    """A loaded Hyperscan database with its scratch space (the part the sieve calls)."""

    def scan(
        self,
        data: bytes,
        handler: Callable[[int, int, int, int, dict[int, int]], None],
        flags: int,
        context: dict[int, int],
        /,
    ) -> None: ...


class Sieve:
    """Hyperscan databases over ``expressions`` (ASCII, and UTF-8 when a text needs it),
    each compiled on first use, with a copy (and scratch space) for each thread."""

    def __init__(self, expressions: Sequence[str]) -> None:
        if hyperscan is None:
            raise RuntimeError("Hyperscan is not installed")
        self.expressions = tuple(expressions)
        self._serialised: list[bytes | None] = [None, None]
        self._lock = threading.Lock()
        self._local = threading.local()
        self._database(0)  # a bad expression fails here, not at the first scan

    def _databases(self) -> dict[int, _Database]:
        """This thread's databases by kind (the thread-local's own dictionary: one lookup)."""
        return cast("dict[int, _Database]", self._local.__dict__)

    def _database(self, kind: int) -> _Database:
        """This thread's database of ``kind`` (0 ASCII, 1 UTF-8): a scratch space serves one
        scan at a time."""
        local = self._databases()
        database = local.get(kind)
        if database is None:
            with self._lock:
                serialised = self._serialised[kind]
                if serialised is None:
                    serialised = self._serialised[kind] = self._compile(unicode=kind == 1)
            database = local[kind] = _loaded(serialised)
        return database

    def _compile(self, unicode: bool) -> bytes:
        base = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH
        expressions, flags = [], []
        for expression in self.expressions:
            if not unicode:
                expressions.append(widened(expression))
                flags.append(base)
                continue
            try:
                expressions.append(widened(expression, unicode=True))
                flags.append(base | hyperscan.HS_FLAG_UTF8)
            except ValueError:
                expressions.append(widened(expression))
                flags.append(base | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP)
        database = hyperscan.Database()
        database.compile(
            expressions=[e.encode() for e in expressions],
            ids=list(range(len(expressions))),
            elements=len(expressions),
            flags=flags,
        )
        return hyperscan.dumpb(database)

    def first_ends(self, text: str) -> dict[int, int] | None:
        """Expression index -> where (in characters) its earliest possible match ends, for
        the expressions that may match in ``text``; None when the text cannot be scanned."""
        ends: dict[int, int] = {}
        # (the binding parses keyword arguments slowly: a microsecond a call, more than the
        # scan itself, so the handler and context go by position)
        if text.isascii():
            database = self._databases().get(0) or self._database(0)
            database.scan(text.encode("ascii"), _record, 0, ends)
            return ends
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return None
        database = self._databases().get(1) or self._database(1)
        database.scan(data, _record, 0, ends)
        # an end inside a character (prefilter mode may report one) counts from before it
        return {index: len(data[:end].decode("utf-8", "ignore")) for index, end in ends.items()}


def _record(index: int, start: int, end: int, flags: int, ends: dict[int, int]) -> None:
    ends[index] = end


def _loaded(serialised: bytes) -> _Database:
    database = hyperscan.loadb(serialised, hyperscan.HS_MODE_BLOCK)
    database.scratch = hyperscan.Scratch(database)
    return cast(_Database, database)


@lru_cache(maxsize=32)
def compiled(expressions: tuple[str, ...]) -> Sieve | None:
    """The sieve over ``expressions``, built once (None without Hyperscan)."""
    if hyperscan is None or not expressions:
        return None
    return Sieve(expressions)
