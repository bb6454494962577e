"""A pattern of many alternatives, tried only on text that may hold a match.

Before the pattern runs, a substring test looks for the longest literal word of each
alternative. Most text holds none of them and is passed over at the cost of that test.
"""

from __future__ import annotations

import re

from troth.guard.lexicon import fold
from troth.guard.memo import Memo

_ESCAPE = re.compile(r"\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}")
_GROUP_OPEN = re.compile(r"\(\?(?:P<\w+>|:)")
_LOOK = re.compile(r"\(\?<?[=!]")
LETTER_RUN = re.compile(r"[^\W\d_]+")
# a quantifier that lets what stands before it be left out: "?", "*", "{0,3}"
_MAY_BE_NONE = re.compile(r"[?*]|\{0?,")
_OPTIONAL_LETTER = re.compile(r"[^\W\d_](?:[?*]|\{0?,\d*\})")


class Prefiltered:
    """A pattern of many alternatives, tried only on a text that holds the longest literal
    word of at least one of them (a substring test in C is many times cheaper than the
    pattern, which is tried at every position)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        plain = _OPTIONAL_LETTER.sub(" ", pattern)  # "asks?" holds "ask", not "asks"
        plain = _LOOK.sub("(!", _GROUP_OPEN.sub("(", _ESCAPE.sub(" ", plain)))
        self.keys = tuple(sorted({fold(key) for key in _keys(plain)}))
        if "" in self.keys:
            # an alternative with no literal word would let every text through
            raise ValueError(f"an alternative of {pattern[:40]!r}… holds no literal word")
        self._holds = Memo(lambda word: any(key in word for key in self.keys))

    def search(self, text: str, words: list[str] | None = None) -> re.Match[str] | None:
        """The pattern's first match in ``text`` (``words``: its folded words, when known)."""
        if words is not None:
            holds = self._holds
            if not any(holds[w] for w in words):
                return None
        else:
            lower = fold(text)
            if not any(key in lower for key in self.keys):
                return None
        return self.pattern.search(text)


def _alternatives(fragment: str) -> list[str]:
    """The alternatives of ``fragment`` at its top level."""
    out, depth, current = [], 0, ""
    for char in fragment:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += char
    return [*out, current]


def _groups(fragment: str) -> tuple[str, list[str]]:
    """``fragment`` with its top-level groups blanked out, and the groups' contents; a
    group that may be left out ("(?:very )?") starts with "!", as a look-around does."""
    outside, groups, depth, current = "", [], 0, ""
    for at, char in enumerate(fragment):
        if char == "(":
            depth += 1
            if depth == 1:
                current = ""
                outside += " "
                continue
        elif char == ")":
            depth -= 1
            if depth == 0:
                optional = _MAY_BE_NONE.match(fragment, at + 1) is not None
                groups.append("!" + current if optional else current)
                continue
        if depth:
            current += char
        else:
            outside += char
    return outside, groups


def _keys(fragment: str) -> set[str]:
    """Letter runs one of which every match of ``fragment`` holds: for each alternative,
    its longest literal run outside groups, or else the keys of its first group."""
    keys: set[str] = set()
    for alternative in _alternatives(fragment):
        outside, groups = _groups(alternative)
        runs = LETTER_RUN.findall(outside.lower())
        if runs:
            keys.add(max(runs, key=len))
        elif [g for g in groups if not g.startswith("!")]:
            keys |= _keys(next(g for g in groups if not g.startswith("!")))
        else:
            keys.add("")  # a match may hold no letter: every text is tried
    return keys
