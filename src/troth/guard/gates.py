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
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, repeat
from typing import Protocol, overload

from troth.guard.memo import last_text

WORD = re.compile(r"[^\W\d_]+")
ASCII_WORD = re.compile(r"[a-z]+")
SEPARATOR = "\x00"  # no gate pattern matches it, so no gate match spans two texts

_MARK = "\x01"  # what a gate match (and the rest of its text) becomes
_ONCE: dict[re.Pattern[str], re.Pattern[str]] = {}
_SEARCHES = 32  # texts found one search each before the rest is marked in C
_TOKEN_WALKS: dict[re.Pattern[str], re.Pattern[str]] = {}
_WALKS: dict[re.Pattern[str], re.Pattern[str]] = {}
_LETTER = re.compile(r"[^\W\d_]")
# every ASCII character that is not a letter becomes a space: an ASCII text's letter runs
# are then what ``str.split`` gives (a translation of ASCII text is done a byte at a time)
_ASCII_NOT_LETTER = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})
_ALTERNATIVES = 200  # words up to which they are searched for rather than walked to
# places a text, on average, where a word found with str.find is passed over (inside a longer
# run) before all are searched for with one pattern
_FINDS = 0.125


@last_text
def words_of(text: str) -> frozenset[str]:
    """The lower-cased letter runs of ``text`` (the last text's are remembered: the gates and
    recognizers of one text ask for them in turn)."""
    # an ASCII text's letter runs are its [a-z] runs once lower-cased (a narrower class
    # the search tries faster)
    return frozenset((ASCII_WORD if text.isascii() else WORD).findall(text.lower()))


def word_set(words: frozenset[str]) -> WordTest:
    """A word test: the words of the text that are in ``words``, each word as a text's letter
    runs meet it: one that lower-casing left with a mark that is no letter ("İbrahim" ->
    "i\u0307brahim") is met as its longest run ("brahim")."""
    split = {w: WORD.findall(w) for w in words if not w.isalpha()}
    runs = words | {max(found, key=len) for found in split.values() if found}
    return lambda seen: seen & runs


class WordTest(Protocol):
    """The words of a text a gate lets through: given a set, a new set the caller may change;
    given a frozen set, a set of some kind (only read)."""

    @overload
    def __call__(self, seen: set[str], /) -> set[str]: ...
    @overload
    def __call__(self, seen: frozenset[str], /) -> Set[str]: ...


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

    def admits(self, text: str, words: frozenset[str] | None = None) -> bool:
        if self.either is not None and self.either.admits(text, words):
            return True
        if self.pattern is not None and self.pattern.search(text) is None:
            return False
        if self.words is not None:
            if self.tokens is not None:
                return bool(self.words(set(self.tokens.findall(text.lower()))))
            return bool(self.words(words_of(text) if words is None else words))
        return True

    def among(self, joined: Joined) -> set[int] | None:
        """The indexes of the texts of ``joined`` this gate admits (None: every text).

        A subclass that answers ``admits`` another way answers this its own way too.
        """
        return joined.gated(self)


@lru_cache(maxsize=256)
def _runs_of(words: frozenset[str], after: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern matching any of ``words`` as a whole letter run no character ``after``
    matches follows. Each word comes first, the letter before it is tested behind it: a
    pattern that begins with literals is searched for faster."""
    alternatives = "|".join(
        f"{re.escape(word)}(?<![^\\W\\d_]{'.' * len(word)})"
        for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(f"(?:{alternatives})(?!{after.pattern})", re.DOTALL)


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
        self._lower: str | None = None
        self._words: set[str] | None = None
        self._found: dict[tuple[re.Pattern[str], bool], set[int]] = {}
        # a text holding the separator itself is checked alone
        self.split_safe = self.text.count(SEPARATOR) == max(0, len(texts) - 1)
        # short texts (a column's values): a gate admitting many is finished in C
        self.short = len(self.text) < 40 * len(texts)

    @property
    def lower(self) -> str:
        """The joined text lower-cased (once; the gates of every recognizer share it)."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def indexes(self, pattern: re.Pattern[str], *, lower: bool = False) -> set[int]:
        """The indexes of the texts in which ``pattern`` matches (in the lower-cased texts
        with ``lower``, which only a joined text as long lower-cased may ask). Worked out
        once a pattern: the gates of several recognizers may ask."""
        found = self._found.get((pattern, lower))
        if found is None:
            text = self.lower if lower else self.text
            found = self._found[pattern, lower] = self._indexes(pattern, text)
        return set(found)  # the caller's own

    def _indexes(self, pattern: re.Pattern[str], text: str) -> set[int]:
        """One search per text that holds a match: after a text's first match the search goes
        on at the start of the next text. When many texts match, the rest is done in C: each
        text's first match and the rest of that text become one mark, the string is split
        back into texts and the marked ones are picked out (short texts only: one search per
        text is quicker over longer ones).
        """
        search = pattern.search
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
                found.update(self._marked(pattern, index + 1, text))
                break
            match = search(text, starts[index + 1])
        return found

    def _marked(self, pattern: re.Pattern[str], first: int, text: str) -> set[int]:
        """The indexes, from ``first`` on, of the texts in which ``pattern`` matches."""
        once = _ONCE.get(pattern)
        if once is None:
            if len(_ONCE) > 256:
                _ONCE.clear()
            once = _ONCE[pattern] = re.compile(
                f"(?:{pattern.pattern})[^{SEPARATOR}]*", pattern.flags
            )
        marked = once.sub(_MARK, text[self.starts[first] :]).split(SEPARATOR)
        return set(compress(count(first), map(str.endswith, marked, repeat(_MARK))))

    def words(self) -> set[str]:
        """The lower-cased letter runs of all the texts (once; every word gate shares them)."""
        if self._words is None:
            lower = self.lower
            if lower.isascii():
                self._words = set(lower.translate(_ASCII_NOT_LETTER).split())
            else:
                self._words = set(WORD.findall(lower))
        return self._words

    def word_indexes(self, test: WordTest) -> set[int]:
        """The indexes of the texts holding a word that ``test`` lets through."""
        hits = test(self.words())
        return self.texts_with(hits) if hits else set()

    def texts_with(self, hits: set[str], after: re.Pattern[str] = _LETTER) -> set[int]:
        """The indexes of the texts whose lower-cased form holds one of ``hits`` (letter runs)
        as a whole run that no character ``after`` matches follows (``after`` matches every
        letter).

        Each word is found with ``str.find`` over the lower-cased joined text, its bounds
        checked where it occurs, and the search goes on in the next text once a text holds
        it. Words that occur often inside longer runs (short words) are searched for
        together, bounds and all, by one pattern once too many such places were passed
        over; very many words, by one walk over the runs of all texts.
        """
        lower = self.lower
        if len(lower) != len(self.text) or len(hits) > _ALTERNATIVES:
            return self._walk(hits, after)
        starts = self.starts
        last = len(starts) - 1
        letter = _LETTER.match
        follows = after.match
        find = lower.find
        misses = int(_FINDS * len(starts))
        found: set[int] = set()
        for word in hits:
            size = len(word)
            at = find(word)
            while at >= 0:
                if (at == 0 or letter(lower, at - 1) is None) and follows(lower, at + size) is None:
                    index = bisect_right(starts, at) - 1
                    found.add(index)
                    if index >= last:
                        break
                    at = find(word, starts[index + 1])
                else:
                    misses -= 1
                    if misses < 0:
                        return self.indexes(_runs_of(frozenset(hits), after), lower=True)
                    at = find(word, at + 1)
        return found

    def _walk(self, hits: set[str], after: re.Pattern[str]) -> set[int]:
        """The texts holding one of ``hits``, by one walk over the runs of all texts."""
        walk = _WALKS.get(after)
        if walk is None:
            walk = _WALKS[after] = re.compile(f"[^\\W\\d_]+(?!{after.pattern})|{SEPARATOR}")
        found: set[int] = set()
        index = 0
        for token in walk.findall(self.lower):
            if token == SEPARATOR:
                index += 1
            elif token in hits:
                found.add(index)
        return found

    def token_indexes(self, tokens: re.Pattern[str], test: WordTest) -> set[int]:
        """The indexes of the texts holding a token (lower-cased) that ``test`` lets through."""
        walk = _TOKEN_WALKS.get(tokens)
        if walk is None:
            walk = _TOKEN_WALKS[tokens] = re.compile(f"{tokens.pattern}|{SEPARATOR}", tokens.flags)
        lower = self.lower
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
        return gate.among(self)

    def gated(self, gate: Gate) -> set[int] | None:
        """The texts ``gate`` admits, worked out from its fields (what ``Gate.among`` does
        unless a subclass says otherwise)."""
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
