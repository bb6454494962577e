"""Gates: cheap necessary conditions that let a recognizer skip a text it cannot match.

A gate never decides that something *is* personal data; it only rules texts out. It
is a regular expression the text must contain somewhere, a test on the text's
lower-cased letter runs ("words"), or both. A gate must be a superset of what its
recognizer finds: a text the gate rules out holds nothing the recognizer reports.

Gates work on one text (``Gate.admits``) and on many texts at once
(``candidates``): the texts are joined and each gate runs once, in C, over the
joined string, so a column of short values costs one regular-expression pass per
gate rather than one Python call per value.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress, count, repeat

WORD = re.compile(r"[^\W\d_]+")
ASCII_WORD = re.compile(r"[a-z]+")
SEPARATOR = "\x00"  # no gate pattern matches it, so no gate match spans two texts

WordTest = Callable[[set[str]], set[str]]
_MARK = "\x01"  # what a gate match (and the rest of its text) becomes
_ONCE: dict[re.Pattern[str], re.Pattern[str]] = {}
_SEARCHES = 32  # texts found one search each before the rest is marked in C
_TOKEN_WALKS: dict[re.Pattern[str], re.Pattern[str]] = {}
_WORD_OR_SEPARATOR = re.compile(f"[^\\W\\d_]+|{SEPARATOR}")


_LAST_WORDS: list[tuple[str, frozenset[str]]] = [("", frozenset())]


def words_of(text: str) -> frozenset[str]:
    """The lower-cased letter runs of ``text`` (the last text's are remembered: the gates and
    recognizers of one text ask for them in turn)."""
    last, words = _LAST_WORDS[0]
    if last is text:
        return words
    # an ASCII text's letter runs are its [a-z] runs once lower-cased (a narrower class
    # the search tries faster)
    words = frozenset((ASCII_WORD if text.isascii() else WORD).findall(text.lower()))
    _LAST_WORDS[0] = (text, words)
    return words


def word_set(words: frozenset[str]) -> WordTest:
    """A word test: the words of the text that are in ``words``."""
    return lambda seen: seen & words


@dataclass(frozen=True)
class Gate:
    """``pattern`` must occur in the text and ``words`` (when given) must find a word in it.

    Words are the lower-cased letter runs, or the lower-cased matches of ``tokens``.
    """

    pattern: re.Pattern[str] | None = None
    words: WordTest | None = None
    tokens: re.Pattern[str] | None = None
    # a stricter pattern the text must also hold, tested only over many texts at once
    # (one text alone meets the recognizer itself sooner)
    confirm: re.Pattern[str] | None = None
    # another gate: a text either admits is admitted
    either: Gate | None = None

    def admits(self, text: str, words: set[str] | None = None) -> bool:
        if self.either is not None and self.either.admits(text, words):
            return True
        if self.pattern is not None and self.pattern.search(text) is None:
            return False
        if self.words is not None:
            if self.tokens is not None:
                return bool(self.words(set(self.tokens.findall(text.lower()))))
            return bool(self.words(words_of(text) if words is None else words))
        return True


class Joined:
    """Texts joined by :data:`SEPARATOR`, with the offset where each begins."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.text = SEPARATOR.join(texts)
        starts = []
        position = 0
        for text in texts:
            starts.append(position)
            position += len(text) + 1
        self.starts = starts
        self._words: set[str] | None = None
        self._lower_same_length: bool | None = None
        # a text holding the separator itself is checked alone
        self.split_safe = self.text.count(SEPARATOR) == max(0, len(texts) - 1)
        # short texts (a column's values): a gate admitting many is finished in C
        self.short = len(self.text) < 40 * len(texts)

    def index_at(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def indexes(self, pattern: re.Pattern[str]) -> set[int]:
        """The indexes of the texts in which ``pattern`` matches.

        One search per text that holds a match: after a text's first match the search goes on
        at the start of the next text. When many texts match, the rest is done in C: each
        text's first match and the rest of that text become one mark, the string is split
        back into texts and the marked ones are picked out (short texts only: one search per
        text is quicker over longer ones).
        """
        search = pattern.search
        text = self.text
        starts = self.starts
        last = len(starts) - 1
        found: set[int] = set()
        match = search(text)
        while match is not None:
            index = bisect_right(starts, match.start()) - 1
            found.add(index)
            if index >= last:
                break
            if self.short and len(found) >= _SEARCHES:
                found.update(self._marked(pattern, index + 1))
                break
            match = search(text, starts[index + 1])
        return found

    def _marked(self, pattern: re.Pattern[str], first: int) -> set[int]:
        """The indexes, from ``first`` on, of the texts in which ``pattern`` matches."""
        once = _ONCE.get(pattern)
        if once is None:
            once = _ONCE[pattern] = re.compile(
                f"(?:{pattern.pattern})[^{SEPARATOR}]*", pattern.flags
            )
        marked = once.sub(_MARK, self.text[self.starts[first] :]).split(SEPARATOR)
        return set(compress(count(first), map(str.endswith, marked, repeat(_MARK))))

    def words(self) -> set[str]:
        if self._words is None:
            lower = self.text.lower()
            self._lower_same_length = len(lower) == len(self.text)
            self._words = set(WORD.findall(lower))
        return self._words

    def word_indexes(self, test: WordTest) -> set[int]:
        """The indexes of the texts holding a word that ``test`` lets through."""
        hits = test(self.words())
        if not hits:
            return set()
        if not self._lower_same_length or len(hits) > 200:
            return self._word_walk(hits)
        alternatives = "|".join(re.escape(w) for w in sorted(hits, key=len, reverse=True))
        locate = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)
        starts = self.starts
        found = set()
        for m in locate.finditer(self.text):
            if m.group().lower() in hits:
                found.add(bisect_right(starts, m.start()) - 1)
        return found

    def _word_walk(self, hits: set[str]) -> set[int]:
        """The texts holding one of ``hits``, by one walk over the words of all texts."""
        found: set[int] = set()
        index = 0
        for token in _WORD_OR_SEPARATOR.findall(self.text):
            if token == SEPARATOR:
                index += 1
            elif token.lower() in hits:
                found.add(index)
        return found

    def token_indexes(self, tokens: re.Pattern[str], test: WordTest) -> set[int]:
        """The indexes of the texts holding a token (lower-cased) that ``test`` lets through."""
        walk = _TOKEN_WALKS.get(tokens)
        if walk is None:
            walk = _TOKEN_WALKS[tokens] = re.compile(f"{tokens.pattern}|{SEPARATOR}", tokens.flags)
        lower = self.text.lower()
        if len(lower) != len(self.text):
            return {i for i, t in enumerate(self.texts) if test(set(tokens.findall(t.lower())))}
        all_tokens = walk.findall(lower)
        hits = test(set(all_tokens))
        hits.discard(SEPARATOR)
        if not hits:
            return set()
        found: set[int] = set()
        index = 0
        for token in all_tokens:
            if token == SEPARATOR:
                index += 1
            elif token in hits:
                found.add(index)
        return found

    def candidates(self, gate: Gate | None) -> set[int] | None:
        """The texts ``gate`` admits (None: every text)."""
        if gate is None:
            return None
        if not self.split_safe:
            return {i for i, text in enumerate(self.texts) if gate.admits(text)}
        if gate.either is not None:
            alone = Gate(gate.pattern, gate.words, gate.tokens, gate.confirm)
            first, second = self.candidates(alone), self.candidates(gate.either)
            return None if first is None or second is None else first | second
        chosen: set[int] | None = None
        if gate.pattern is not None:
            chosen = self.indexes(gate.pattern)
            if not chosen:
                return chosen
        if gate.confirm is not None:
            confirmed = self.indexes(gate.confirm)
            chosen = confirmed if chosen is None else chosen & confirmed
            if not chosen:
                return chosen
        if gate.words is not None and gate.tokens is not None:
            by_tokens = self.token_indexes(gate.tokens, gate.words)
            chosen = by_tokens if chosen is None else chosen & by_tokens
        elif gate.words is not None:
            by_words = self.word_indexes(gate.words)
            chosen = by_words if chosen is None else chosen & by_words
        return chosen if chosen is not None else None
