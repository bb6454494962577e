"""One engine over a registry of recognizers: every recognizer runs, overlaps are settled."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from troth.guard.address import AddressRecognizer
from troth.guard.children import ChildSignalRecognizer
from troth.guard.detection import CHILD, SPECIAL_CATEGORIES, Detection
from troth.guard.names import NameRecognizer
from troth.guard.recognizers import Recognizer, pattern_recognizers
from troth.guard.special import SpecialCategoryRecognizer

# Pattern matches with a checksum outrank the looser lexicon matches they overlap.
_PRIORITY = {"card": 6, "iban": 6, "email": 5, "ipv4": 5, "ipv6": 5, "mac": 5, "phone": 3}


class Engine:
    """Runs its recognizers on a text and returns the detections, overlaps resolved.

    Ordinary personal data (contact details, identifiers, names, addresses) keeps
    one detection per stretch of text: the stronger recognizer wins. Special
    categories and children's signals are kept beside them: a name may sit inside
    a sentence that reveals a diagnosis.
    """

    def __init__(self, recognizers: Iterable[Recognizer], min_score: float = 0.5) -> None:
        self.recognizers: list[Recognizer] = list(recognizers)
        self.min_score = min_score

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.recognizers]

    def analyze(self, text: str) -> list[Detection]:
        if not text:
            return []
        ordinary: list[Detection] = []
        sensitive: list[Detection] = []
        for recognizer in self.recognizers:
            for found in recognizer.find(text):
                if found.score < self.min_score:
                    continue
                if found.category in SPECIAL_CATEGORIES or found.category == CHILD:
                    sensitive.append(found)
                else:
                    ordinary.append(found)
        ordinary.sort(key=lambda d: (-_PRIORITY.get(d.recognizer, 1), -d.score, -(d.end - d.start)))
        kept: list[Detection] = []
        for candidate in ordinary:
            if not any(candidate.overlaps(k) for k in kept):
                kept.append(candidate)
        return sorted(kept + sensitive, key=lambda d: (d.start, d.end))


def build_engine(child_age: int = 13, *, lexicons: bool = True, classifier: bool = True) -> Engine:
    """The registry: patterns always; names, addresses and children with ``lexicons``;
    the special categories (lexicon and classifier) with ``classifier``."""
    recognizers: list[Recognizer] = list(pattern_recognizers())
    if lexicons:
        recognizers += [NameRecognizer(), AddressRecognizer(), ChildSignalRecognizer(child_age)]
    if classifier:
        recognizers.append(SpecialCategoryRecognizer())
    return Engine(recognizers)


@lru_cache(maxsize=8)
def default_engine(child_age: int = 13) -> Engine:
    """The full engine, built once per child age."""
    return build_engine(child_age)
