"""One engine over a registry of recognizers: every recognizer runs, overlaps are settled."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from troth.guard.address import AddressRecognizer
from troth.guard.children import ChildSignalRecognizer
from troth.guard.detection import CHILD, SPECIAL_CATEGORIES, Detection
from troth.guard.gates import Gate, Joined, words_of
from troth.guard.names import NameRecognizer
from troth.guard.naming import person_named
from troth.guard.recognizers import PatternRecognizer, Recognizer, pattern_recognizers
from troth.guard.sieve import Sieve, compiled, reach_of
from troth.guard.special import SpecialCategoryRecognizer
from troth.guard.tables import Table, column_names, schema_text, table_of

# Pattern matches with a checksum outrank the looser lexicon matches they overlap.
# An address and a phone number settle by score: a number beside a street name is no phone
# unless a phone word stands near it.
_UNCONFIRMED: dict[Gate, Gate] = {}
SENSITIVE = frozenset(SPECIAL_CATEGORIES) | {CHILD}
_LONG = 48  # characters: a text this long is analysed alone, not joined with others
_PRIORITY = {"card": 6, "iban": 6, "email": 5, "ipv4": 5, "ipv6": 5, "mac": 5, "phone": 3,
             "address": 3}  # fmt: skip


class Engine:
    """Runs its recognizers on a text and returns the detections, overlaps resolved.

    Ordinary personal data (contact details, identifiers, names, addresses) keeps
    one detection per stretch of text: the stronger recognizer wins. Special
    categories and children's signals are kept beside them: a name may sit inside
    a sentence that reveals a diagnosis.
    """

    def __init__(
        self, recognizers: Iterable[Recognizer], min_score: float = 0.5, *, sieve: bool = True
    ) -> None:
        self.recognizers: list[Recognizer] = list(recognizers)
        self.min_score = min_score
        self.use_sieve = sieve
        # The pattern recognizers go through the sieve (when Hyperscan is installed), each
        # with the longest match it can make: one sieved by its own pattern searches from
        # near where the first possible match ends, one with a stricter sieve (of valid
        # matches only) from the start. The others keep their gates.
        self._sieved: list[PatternRecognizer] = [
            r for r in self.recognizers if isinstance(r, PatternRecognizer)
        ]
        self._reach: list[int | None] = [
            None if r.sieve else reach_of(r.pattern) for r in self._sieved
        ]
        self._unsieved = [r for r in self.recognizers if not isinstance(r, PatternRecognizer)]
        # detections keep the registry's order (it settles ties): the sieved ones first
        self._sieved_first = self.recognizers == [*self._sieved, *self._unsieved]
        self._sieve_expressions = tuple(r.sieve or r.pattern.pattern for r in self._sieved)
        self._sieve: Sieve | None | bool = False  # False: not built yet
        self._cut: dict[frozenset[str], Engine] = {}  # what only() gave, by categories

    @property
    def sieve(self) -> Sieve | None:
        """The Hyperscan sieve of the pattern recognizers (None: the gates alone)."""
        if self._sieve is False:
            usable = self.use_sieve and self._sieved_first
            self._sieve = compiled(self._sieve_expressions) if usable else None
        return self._sieve  # type: ignore[return-value]

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.recognizers]

    def only(self, categories: Iterable[str]) -> Engine:
        """An engine with the recognizers that report any of ``categories``.

        Recognizers of ordinary personal data settle overlaps among themselves (an IP
        address is not also a phone number): a recognizer that is not wanted is kept when
        it could win an overlap against one that is (its priority is at least as high) and
        is a pattern. The engine itself when every recognizer is kept; remembered per set
        of categories.
        """
        key = frozenset(categories)
        cut = self._cut.get(key)
        if cut is None:
            if len(self._cut) > 64:
                self._cut.clear()
            cut = self._cut[key] = self._only(key)
        return cut

    def _only(self, wanted: frozenset[str]) -> Engine:
        sensitive = set(SPECIAL_CATEGORIES) | {CHILD}

        def priority(r: Recognizer) -> int:
            return _PRIORITY.get(r.name, 1)

        chosen = [r for r in self.recognizers if wanted & set(r.categories)]
        lowest = min(
            (priority(r) for r in chosen if not set(r.categories) <= sensitive), default=None
        )
        if lowest is not None:
            # names and addresses (the lowest priority) are never added for this: one would
            # only hide the other where both are unsure
            chosen += [
                r
                for r in self.recognizers
                if r not in chosen
                and not set(r.categories) & sensitive
                and priority(r) >= lowest
                and priority(r) > 1
            ]
        chosen.sort(key=self.recognizers.index)
        if len(chosen) == len(self.recognizers):
            return self
        return Engine(chosen, self.min_score, sieve=self.use_sieve)

    def analyze(self, text: str) -> list[Detection]:
        return self._analyze(text, shaped=True)

    def read_shape(
        self, text: str, found: list[Detection], analyze: Callable[[str], list[Detection]]
    ) -> list[Detection]:
        """``found`` in ``text`` as its shape says: a table's rows read by their header
        (each with ``analyze``), a schema's or a header's names of columns as no one's."""
        if "\n" in text:
            table = table_of(text)
            return found if table is None else self._read_table(table, found, analyze)
        if not found or (" " in text and text[:1] != "{" and not text.lstrip().startswith("{")):
            return found  # (a line of words: no schema, no names of columns)
        if (column_names(text) or schema_text(text)) and not person_named(text):
            return [d for d in found if not _sensitive(d)]  # a schema's columns: no one's
        return found

    def _read_table(
        self, table: Table, found: list[Detection], analyze: Callable[[str], list[Detection]]
    ) -> list[Detection]:
        """``found`` with what each row says as its header's "column: value" pairs, over
        the row; none of the special categories when no column or cell names a person."""
        rows = table.as_fields()
        extra = [replace(d, start=start, end=end) for start, end, f in rows for d in analyze(f)]
        found = self._settle(found + extra) if extra else found
        if table.names_a_person() or any(person_named(f) for _, _, f in rows):
            return found
        return [d for d in found if not _sensitive(d)]  # "regione;iscritti_sindacati;anno"

    def _analyze(self, text: str, shaped: bool = False) -> list[Detection]:
        """What the recognizers find in ``text``; ``shaped``, read by its shape too."""
        if not text:
            return []
        found: list[Detection] = []
        sieve = self._sieve if self._sieve is not False else self.sieve
        ends = sieve.first_ends(text) if sieve is not None else None  # type: ignore[union-attr]
        if ends is None:
            found = self._settle(self._gated(text, self.recognizers, found))
        else:
            if ends:
                sieved, reaches = self._sieved, self._reach
                for slot in sorted(ends) if len(ends) > 1 else ends:
                    reach, end = reaches[slot], ends[slot]
                    start = 0 if reach is None or end <= reach else end - reach
                    found += sieved[slot].scan_from(text, start)
            if self._unsieved:
                self._gated(text, self._unsieved, found)
            if found:
                found = self._settle(found)
        if not shaped or ("\n" not in text and (not found or (" " in text and text[:1] != "{"))):
            return found  # a line of words: no table, no schema (the common case, kept fast)
        return self.read_shape(text, found, self._analyze)

    @staticmethod
    def _gated(text: str, recognizers: list[Recognizer], found: list[Detection]) -> list[Detection]:
        """``found`` with what each of ``recognizers`` whose gate admits ``text`` finds."""
        words: frozenset[str] | None = None
        for recognizer in recognizers:
            gate = recognizer.gate
            if gate is not None:
                if gate.either is not None or gate.tokens is not None:
                    if not gate.admits(text):
                        continue
                else:
                    if gate.pattern is not None and gate.pattern.search(text) is None:
                        continue
                    if gate.words is not None:
                        if words is None:
                            words = words_of(text)
                        if not gate.words(words):
                            continue
            found += recognizer.scan(text)
        return found

    def analyze_many(self, texts: Sequence[str]) -> list[list[Detection]]:
        """``analyze`` of each text. Short texts (a column's values) are analysed together,
        the gates run once over all of them; a longer one costs less alone, and so does
        one of several lines (a table's rows are read by their header)."""
        long = [i for i, text in enumerate(texts) if len(text) > _LONG or "\n" in text]
        if long and self.recognizers:
            alone = set(long)
            results = self._analyze_short(
                [t if i not in alone else "" for i, t in enumerate(texts)]
            )
            for index in long:
                results[index] = self.analyze(texts[index])
            return results
        return self._analyze_short(texts)

    def _analyze_short(self, texts: Sequence[str]) -> list[list[Detection]]:
        results: list[list[Detection]] = [[] for _ in texts]
        if not texts or not self.recognizers or not any(texts):
            return results
        joined = Joined(texts)
        every = range(len(texts))
        pending: dict[int, list[Detection]] = {}
        sensitive = set(SPECIAL_CATEGORIES) | {CHILD}
        covered: dict[int, int] = {}
        level: int | None = None
        sieved = self._sieved_texts(texts)
        whole: set[int] = set()  # texts with a detection spanning them whole
        for recognizer in sorted(self.recognizers, key=lambda r: -_PRIORITY.get(r.name, 1)):
            priority = _PRIORITY.get(recognizer.name, 1)
            if level is not None and priority < level and whole:
                covered = self._covered(texts, pending, whole)
            level = priority
            scan_many = getattr(recognizer, "scan_many", None) if joined.split_safe else None
            gate = recognizer.gate
            if scan_many is not None and gate is not None and gate.confirm is not None:
                # the pattern itself runs once over the admitted texts: no need to confirm
                gate = _UNCONFIRMED.get(gate) or _UNCONFIRMED.setdefault(
                    gate, replace(gate, confirm=None)
                )
            chosen: set[int] | None  # None: every text
            if sieved is not None and isinstance(recognizer, PatternRecognizer):
                chosen = sieved.get(self._sieved.index(recognizer), set())
            else:
                chosen = joined.candidates(gate)
            indexes = every if chosen is None else sorted(chosen)
            if covered and not set(recognizer.categories) & sensitive:
                # a text a stronger detection spans whole holds nothing weaker of this kind
                indexes = [i for i in indexes if covered.get(i, 0) <= priority]
            if scan_many is not None:
                indexes = [i for i in indexes if texts[i]]
                for position, hits in scan_many([texts[i] for i in indexes]).items():
                    index = indexes[position]
                    pending.setdefault(index, []).extend(hits)
                    if any(d.start == 0 and d.end == len(texts[index]) for d in hits):
                        whole.add(index)
                continue
            for index in indexes:
                text = texts[index]
                if text:
                    hits = recognizer.scan(text)
                    if hits:
                        pending.setdefault(index, []).extend(hits)
                        if any(d.start == 0 and d.end == len(text) for d in hits):
                            whole.add(index)
        for index, found in pending.items():
            results[index] = self._settle(found)
        return results

    def _sieved_texts(self, texts: Sequence[str]) -> dict[int, set[int]] | None:
        """Sieve slot -> the texts its expression may match in (None: no sieve); a text the
        sieve cannot take counts as admitted by every slot."""
        sieve = self.sieve
        if sieve is None:
            return None
        admitted: dict[int, set[int]] = {slot: set() for slot in range(len(self._sieved))}
        first_ends = sieve.first_ends
        for index, text in enumerate(texts):
            if not text:
                continue
            ends = first_ends(text)
            for slot in admitted if ends is None else ends:
                admitted[slot].add(index)
        return admitted

    def _covered(
        self, texts: Sequence[str], pending: dict[int, list[Detection]], whole: set[int]
    ) -> dict[int, int]:
        """Text -> the priority of a kept detection of ordinary data spanning it whole (of
        the texts in ``whole``, those with such a detection kept or not)."""
        covered: dict[int, int] = {}
        for index in whole:
            size = len(texts[index])
            found = pending[index]
            if len(found) == 1:  # one detection, spanning the text: kept when sure enough
                d = found[0]
                if d.score >= self.min_score and d.category not in SENSITIVE:
                    covered[index] = _PRIORITY.get(d.recognizer, 1)
                continue
            for d in self._settle(list(found)):
                if (
                    d.start == 0
                    and d.end == size
                    and d.category not in SPECIAL_CATEGORIES
                    and (d.category != CHILD)
                ):
                    covered[index] = max(covered.get(index, 0), _PRIORITY.get(d.recognizer, 1))
        return covered

    def _settle(self, found: list[Detection]) -> list[Detection]:
        if len(found) == 1:
            return found if found[0].score >= self.min_score else []
        ordinary: list[Detection] = []
        sensitive: list[Detection] = []
        for detection in found:
            if detection.score < self.min_score:
                continue
            if detection.category in SPECIAL_CATEGORIES or detection.category == CHILD:
                sensitive.append(detection)
            else:
                ordinary.append(detection)
        if len(ordinary) > 1:
            ordinary.sort(
                key=lambda d: (-_PRIORITY.get(d.recognizer, 1), -d.score, -(d.end - d.start))
            )
            kept: list[Detection] = []
            for candidate in ordinary:
                if not any(candidate.overlaps(k) for k in kept):
                    kept.append(candidate)
            ordinary = kept
        if not sensitive and len(ordinary) < 2:
            return ordinary
        return sorted(ordinary + sensitive, key=lambda d: (d.start, d.end))


def _sensitive(detection: Detection) -> bool:
    return detection.category in SPECIAL_CATEGORIES or detection.category == CHILD


def build_engine(
    child_age: int = 13,
    *,
    lexicons: bool = True,
    classifier: bool = True,
    today: date | None = None,
) -> Engine:
    """The registry: patterns always; names, addresses and children with ``lexicons``;
    the special categories (lexicon and classifier) with ``classifier``. Birth dates are
    read against ``today`` (the day of each check when not given)."""
    recognizers: list[Recognizer] = list(pattern_recognizers())
    if lexicons:
        recognizers += [
            NameRecognizer(),
            AddressRecognizer(),
            ChildSignalRecognizer(child_age, today),
        ]
    if classifier:
        recognizers.append(SpecialCategoryRecognizer())
    return Engine(recognizers)


@lru_cache(maxsize=8)
def default_engine(child_age: int = 13, today: date | None = None) -> Engine:
    """The full engine, built once per child age (and per day birth dates are read against,
    when one is fixed: the day of each check otherwise)."""
    return build_engine(child_age, today=today)
