"""The special-category lexicon: terms of eight languages matched on the words of a text.

Words are the letter runs of a text, lower-cased, accents removed; a run in camelCase
("MariaPregnancyScan") is split too, so identifiers, file and host names are read as
words. A term is a sequence of word tests: the word itself, a stem (the word begins
with it), a head (a longer word ends with it: a compound) or a part (a longer word
holds it). The lexicon is built by :mod:`troth.guard.lexicon_build` into
``data/special_lexicon.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from troth.guard.memo import Memo, last_text

LEXICON_PATH = Path(__file__).parent / "data" / "special_lexicon.json"
# kinds of term, by how much context it needs
PLAIN, AMBIGUOUS, ORIGIN, CUE = "plain", "ambiguous", "origin", "cue"
# plain terms that count only as written, with their accents: folded, they are a common
# word of another language (Portuguese "islã" and Spanish "isla")
ACCENTED = "accented"
_RUN = re.compile(r"[^\W\d_]+")
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
MIN_STEM = 3


def fold(word: str) -> str:
    """``word`` lower-cased, without accents ("Diabético" -> "diabetico")."""
    lowered = word.lower().translate(_FOLD)
    if lowered.isascii():
        return lowered
    return "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Word:
    """A test of one word: ``exact``, ``stem`` (starts), ``head`` (ends) or ``part`` (holds)."""

    text: str
    how: str = "exact"

    def test(self, word: str) -> bool:
        if self.how == "exact":
            return word == self.text
        if self.how == "stem":
            return word.startswith(self.text)
        if self.how == "head":
            return word.endswith(self.text) and len(word) > len(self.text) + 2
        return self.text in word


def parse_term(term: str) -> tuple[str, tuple[Word, ...]]:
    """(kind, word tests) of a term written as in :mod:`troth.guard.lexicon_source`."""
    kind = PLAIN
    if term.startswith("?") or term.endswith("?"):
        kind, term = AMBIGUOUS, term.strip("?")
    if term.startswith("^"):
        kind, term = ORIGIN, term[1:]
    head = term.startswith("*")
    stem = term.endswith("*")
    runs = _RUN.findall(fold(term.strip("*")))
    if any(char.isdigit() for char in term):
        raise ValueError(f"term {term!r} holds a digit: words are letter runs")
    words = [Word(run) for run in runs]
    if not words:
        raise ValueError(f"term {term!r} has no word")
    if (head or len(words) == 1) and len(words[0].text) < 3 and kind == PLAIN:
        kind = AMBIGUOUS  # a word of one or two letters is an abbreviation of many things
    if head and len(words[0].text) < 4:
        raise ValueError(f"the head of the compound {term!r} is shorter than 4 letters")
    if head and stem and len(words) == 1:
        words[0] = Word(words[0].text, "part")
    else:
        if head:
            words[0] = Word(words[0].text, "head")
        if stem:
            words[-1] = Word(words[-1].text, "stem")
    return kind, tuple(words)


@dataclass(frozen=True, slots=True)
class Term:
    category: str
    kind: str
    words: tuple[Word, ...]
    accented: bool = False  # counts only where the text keeps its accents


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found over ``tokens[first:last]`` (character span ``start``-``end``)."""

    term: Term
    first: int
    last: int
    start: int
    end: int


# words of a phrase too common to stand for it at the gate: negations, "with", "have"
_COMMON = frozenset(
    """geen keine kein keinen sans senza sin sem without ohne zonder bez with have being
    avec mit met con com""".split()
)


class Lexicon:
    """Terms indexed by the test of their first word."""

    def __init__(self, terms: list[Term], foreign: dict[str, frozenset[str]] | None = None) -> None:
        self.terms = terms
        self._index = _Index(terms, foreign or {})
        self.starting = Memo(self._starting, limit=200_000)
        # the gate: each term by its longest word (the rarest) that is not a negation or
        # "with" ("geen zin in seks" by "seks"), with the kinds it holds
        keyed = [
            Term(
                t.category,
                t.kind,
                (max(t.words, key=lambda w: (w.text not in _COMMON, len(w.text))),),
            )
            for t in terms
        ]
        self._gate_terms = keyed
        self._gate_index = _Index(keyed, foreign or {})
        self.kinds = Memo(self._kinds, limit=200_000)

    def _starting(self, word: str) -> tuple[int, ...]:
        """The terms whose first word test ``word`` (folded) passes."""
        return tuple(self._index.matching(word))

    def _kinds(self, word: str) -> frozenset[str]:
        """The kinds of the terms whose longest word ``word`` (folded) may be."""
        return frozenset(self._gate_terms[i].kind for i in self._gate_index.matching(word))

    def find(self, tokens: list[tuple[str, int, int]]) -> list[Hit]:
        """The terms over the folded ``tokens`` (word, start, end): the longest at each
        place, places taken once."""
        hits: list[Hit] = []
        starting = self.starting
        position = 0
        count = len(tokens)
        while position < count:
            best: Hit | None = None
            for index in starting[tokens[position][0]]:
                term = self.terms[index]
                size = len(term.words)
                if position + size > count:
                    continue
                if all(
                    test.test(tokens[position + k][0]) for k, test in enumerate(term.words[1:], 1)
                ):
                    if best is None or (size, len(term.words[0].text)) > (
                        best.last - best.first,
                        len(best.term.words[0].text),
                    ):
                        last = position + size
                        best = Hit(term, position, last, tokens[position][1], tokens[last - 1][2])
            if best is not None:
                hits.append(best)
                position = best.last
            else:
                position += 1
        return hits


class _Index:
    """Word tests of terms indexed for lookup by a word. ``foreign`` holds, for a stem, the
    words of other languages it begins but does not match."""

    def __init__(self, terms: list[Term], foreign: dict[str, frozenset[str]]) -> None:
        self.foreign = foreign
        self.exact: dict[str, list[int]] = {}
        self.stem: dict[str, list[int]] = {}
        self.head: dict[str, list[int]] = {}
        self.part: list[tuple[str, int]] = []
        for index, term in enumerate(terms):
            word = term.words[0]
            if word.how == "exact":
                self.exact.setdefault(word.text, []).append(index)
            elif word.how == "stem":
                self.stem.setdefault(word.text, []).append(index)
            elif word.how == "head":
                self.head.setdefault(word.text, []).append(index)
            else:
                self.part.append((word.text, index))
        self.stem_sizes = sorted({len(s) for s in self.stem})
        self.head_sizes = sorted({len(h) for h in self.head})

    def matching(self, word: str) -> list[int]:
        found = list(self.exact.get(word, ()))
        size = len(word)
        for n in self.stem_sizes:
            if n > size:
                break
            stem = word[:n]
            if stem in self.stem and word not in self.foreign.get(stem, ()):
                found += self.stem[stem]
        for n in self.head_sizes:
            if n + 2 >= size:
                break
            found += self.head.get(word[-n:], ())
        found += [index for text, index in self.part if text in word and text != word]
        return found


@last_text
def tokens_of(text: str) -> list[tuple[str, int, int]]:
    """The folded words of ``text`` with their spans; camelCase runs split. The last text's
    tokens are kept (the readers of one text ask for them in turn); callers never change
    the list they get."""
    out: list[tuple[str, int, int]] = []
    append = out.append
    folded = _FOLDED
    at = 0  # each letter run's span follows from the lengths before it (no match objects)
    for gap, run in _GAP_AND_RUN.findall(text):
        start = at + len(gap)
        at = start + len(run)
        if run.islower() or run[1:].islower() or run.isupper():
            append((folded[run], start, at))
            continue
        pieces = _HUMP.split(run)
        if len(pieces) > 1 and all(len(piece) >= 3 for piece in pieces):
            for piece in pieces:  # "PvdA" and "iPhone" stay whole
                append((folded[piece], start, start + len(piece)))
                start += len(piece)
            continue
        append((folded[run], start, at))
    return out


# the characters before a letter run, and the run
_GAP_AND_RUN = re.compile(r"([\W\d_]*)([^\W\d_]+)")
_FOLDED: Memo[str] = Memo(fold, limit=200_000)


@lru_cache(maxsize=1)
def written_as_listed(text: str, hit: Hit) -> bool:
    """The hit's term counts as the text writes it: an accented term only with an accent
    ("islã", not "Isla")."""
    return not hit.term.accented or not text[hit.start : hit.end].isascii()


def load_lexicon(path: Path = LEXICON_PATH) -> tuple[Lexicon, Lexicon]:
    """The shipped lexicon and the words of origin (``python -m troth.guard.lexicon_build``
    builds both)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    terms: list[Term] = []
    cues: list[Term] = []
    for category, by_kind in raw["terms"].items():
        for kind, written in by_kind.items():
            for term in written:
                parsed, words = parse_term(term)
                chosen = cues if kind == CUE else terms
                if kind == ACCENTED:
                    terms.append(Term(category, PLAIN, words, accented=True))
                    continue
                chosen.append(Term(category, AMBIGUOUS if parsed == AMBIGUOUS else kind, words))
    foreign = {stem: frozenset(words) for stem, words in raw.get("foreign_words", {}).items()}
    return Lexicon(terms, foreign), Lexicon(cues)


@lru_cache(maxsize=1)
def load_languages(
    path: Path = LEXICON_PATH,
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[frozenset[str], frozenset[str]]]]:
    """The languages each marker word marks, and each person's word that is a common word
    elsewhere with (its own languages, the others), as the lexicon's build found them."""
    raw = json.loads(path.read_text(encoding="utf-8")).get("languages", {})
    markers: dict[str, set[str]] = {}
    for language, words in raw.get("markers", {}).items():
        for word in words:
            markers.setdefault(word, set()).add(language)
    homographs = {
        word: (frozenset(both["own"]), frozenset(both["other"]))
        for word, both in raw.get("homographs", {}).items()
    }
    return {w: frozenset(ls) for w, ls in markers.items()}, homographs


@lru_cache(maxsize=1)
def load_false_friends(
    path: Path = LEXICON_PATH,
) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each term's word that means something else in other languages, with (the languages
    whose lists hold it, the languages where it is another word)."""
    raw = json.loads(path.read_text(encoding="utf-8")).get("languages", {})
    return {
        word: (frozenset(both["own"]), frozenset(both["other"]))
        for word, both in raw.get("false_friends", {}).items()
    }
