"""Special categories: a lexicon finds the term; the classifier decides if a person is revealed."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from troth.guard.classifier import RevealModel, load_model
from troth.guard.detection import Detection
from troth.guard.gates import Gate
from troth.guard.memo import Memo
from troth.guard.special_terms import SPECIAL_TERMS

RELATIONS = re.compile(
    r"\b(?:wife|husband|spouse|partner|son|daughter|child|kid|mother|mom|mum|father|dad|"
    r"brother|sister|colleague|boss|friend|neighbou?r|grandmother|grandfather|aunt|uncle|"
    r"frau|mann|sohn|tochter|kind|mutter|vater|bruder|schwester|kollegin|kollege|"
    r"esposa|esposo|marido|hijo|hija|madre|padre|hermano|hermana|"
    r"femme|mari|fils|fille|enfant|mère|père|frère|sœur|soeur)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_META = frozenset("\\()[]?*+{|.^$")
_LETTERS = re.compile(r"[^\W\d_]*")
# Terms that do not start with a literal of three letters: (a word each of them must hold,
# the words a match of it may start with).
GATE_WORD_OF: dict[str, tuple[str, str]] = {
    "in (?:the )?hospital": ("hospital", "in"),
    "(?:broken|fractured) (?:leg|arm|wrist|hip)": ("leg arm wrist hip", "broken fractured"),
    "23andme": ("andme", "23andme"),
    "d'origine (?:maghrébine|africaine|asiatique)": ("origine", "d"),
    "(?:pro|anti)[- ](?:choice|life|brexit)": ("choice life brexit", "pro anti"),
    "la france insoumise": ("insoumise", "la"),
    "(?:trade |labou?r )?union (?:member(?:ship)?|dues|rep(?:resentative)?|meeting|card)": (
        "union",
        "trade labour labor union",
    ),
    "ig metall": ("metall", "ig"),
    "my (?:boyfriend|husband) and i(?= .{0,40}\\b(?:he|him)\\b)": ("boyfriend husband", "my"),
}
_WORD_START = re.compile(r"(?<![\w-])\w+")
_ASCII_WORD_START = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_]+")  # the same in ASCII, faster


def literal_prefix(fragment: str) -> str:
    """The letters a match of ``fragment`` must start with (lower-cased; may be empty)."""
    out = []
    for char in fragment:
        if char in _META:
            if char in "?*{" and out:
                out.pop()
            break
        out.append(char)
    return _LETTERS.match("".join(out).lower()).group()  # type: ignore[union-attr]


class TermStarts:
    """Where a lexicon term can match: a word gate, and a test of the word a match starts with.

    A term with a literal prefix of three or more letters starts with a word whose first
    three to five letters are that prefix; the others are listed in :data:`GATE_WORD_OF`.
    """

    def __init__(self, fragments: list[str]) -> None:
        by_length: dict[int, set[str]] = {3: set(), 4: set(), 5: set()}
        must_hold: set[str] = set()
        starts: set[str] = set()
        for fragment in fragments:
            prefix = literal_prefix(fragment)
            if len(prefix) >= 3:
                by_length[min(5, len(prefix))].add(prefix[:5])
            elif fragment in GATE_WORD_OF:
                held, start = GATE_WORD_OF[fragment]
                must_hold.update(held.split())
                starts.update(start.split())
            else:
                raise ValueError(f"special term {fragment!r} needs an entry in GATE_WORD_OF")
        self.p3, self.p4, self.p5 = (frozenset(by_length[n]) for n in (3, 4, 5))
        self.must_hold = frozenset(must_hold)
        # word -> a term's first letters begin it or a term needs it (remembered)
        self._gate_word = Memo(self._is_gate_word, limit=200_000)
        self.starts = frozenset(starts)

    def prefixed(self, word: str) -> bool:
        return word[:5] in self.p5 or word[:4] in self.p4 or word[:3] in self.p3

    def _is_gate_word(self, word: str) -> bool:
        return self.prefixed(word) or word in self.must_hold

    def gate_words(self, seen: set[str] | frozenset[str]) -> set[str]:
        return set(filter(self._gate_word.__getitem__, seen))


_FIRST_NAME_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _is_surname(text: str, start: int) -> bool:
    """A capitalised term right after a capitalised first name is a surname ("Katrin Krebs")."""
    if not text[start].isupper():
        return False
    before = _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    from troth.guard.names import name_lexicons

    return before.group(1).lower() in name_lexicons()[0]


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]`` (at most 300 characters)."""
    left = max(0, start - 300)
    head = text[left:start]
    stops = [m.end() for m in _SENTENCE_END.finditer(head)]
    s = left + stops[-1] if stops else left
    tail = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    e = tail.start() if tail else min(len(text), end + 300)
    return s, e


class SpecialCategoryRecognizer:
    """Terms of the eight special categories, kept when the classifier reads a revelation."""

    name = "special_categories"

    def __init__(self, model: RevealModel | None = None, threshold: float = 0.5) -> None:
        self.model = model or load_model()
        self.threshold = threshold
        self.categories = tuple(SPECIAL_TERMS)
        alternatives = []
        self._group_category: dict[str, str] = {}
        for index, (category, terms) in enumerate(SPECIAL_TERMS.items()):
            group = f"c{index}"
            self._group_category[group] = category
            alternatives.append(f"(?P<{group}>{'|'.join(terms)})")
        self.pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE
        )
        self.starts = TermStarts([t for terms in SPECIAL_TERMS.values() for t in terms])
        self.gate = Gate(words=self.starts.gate_words)
        # the terms a match may begin with, by the first letters of the word (or the word)
        self._terms: list[tuple[str, str]] = [
            (f"c{index}", term)
            for index, terms in enumerate(SPECIAL_TERMS.values())
            for term in terms
        ]
        self._by_key: dict[str, list[int]] = {}
        for position, (_, term) in enumerate(self._terms):
            prefix = literal_prefix(term)
            keys = [prefix[:5]] if len(prefix) >= 3 else GATE_WORD_OF[term][1].split()
            for key in keys:
                self._by_key.setdefault(("" if len(prefix) >= 3 else "=") + key, []).append(
                    position
                )
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}
        # per lower-cased word, remembered
        self._pattern_for = lru_cache(maxsize=100_000)(self._pattern_of)

    def _pattern_of(self, word: str) -> re.Pattern[str] | None:
        """The lexicon pattern cut down to the terms that may match at a word starting so
        (the same first match: the terms left out cannot match there)."""
        by_key = self._by_key
        chosen = sorted(
            {*by_key.get(word[:5], ()), *by_key.get(word[:4], ()), *by_key.get(word[:3], ()),
             *by_key.get("=" + word, ())}
        )  # fmt: skip
        pattern = None
        if chosen:
            key = tuple(chosen)
            pattern = self._subsets.get(key)
            if pattern is None:
                groups: dict[str, list[str]] = {}
                for position in chosen:
                    group, term = self._terms[position]
                    groups.setdefault(group, []).append(term)
                alternatives = "|".join(f"(?P<{g}>{'|'.join(t)})" for g, t in groups.items())
                pattern = self._subsets[key] = re.compile(
                    r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE
                )
        return pattern

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def _matches(self, text: str) -> list[re.Match[str]]:
        """What ``pattern.finditer`` finds, trying the pattern only where a term may start."""
        out: list[re.Match[str]] = []
        after = 0
        words = list((_ASCII_WORD_START if text.isascii() else _WORD_START).finditer(text))
        patterns = list(map(self._pattern_for, map(str.lower, map(re.Match.group, words))))
        # only the words a term may start at are looked at one by one
        for index in compress(range(len(words)), patterns):
            word = words[index]
            if word.start() < after:
                continue
            match = patterns[index].match(text, word.start())  # type: ignore[union-attr]
            if match is not None:
                out.append(match)
                after = match.end() if match.end() > match.start() else match.end() + 1
        return out

    def scan(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        for match in self._matches(text):
            category = self._group_category[match.lastgroup or ""]
            start, end = match.span()
            if _is_surname(text, start):
                continue
            s, e = sentence_around(text, start, end)
            masked = text[s:start] + " <t> " + text[end:e]
            probability = self.model.probability(masked)
            if probability < self.threshold:
                continue
            about_other = RELATIONS.search(text, s, e) is not None
            found.append(
                Detection(category, start, end, self.name, round(probability, 3), about_other)
            )
        return found
