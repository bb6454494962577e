"""Special categories: a lexicon finds the term; the classifier decides if a person is revealed."""

from __future__ import annotations

import re

from troth.guard.classifier import RevealModel, load_model
from troth.guard.detection import Detection
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

    def find(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        for match in self.pattern.finditer(text):
            category = self._group_category[match.lastgroup or ""]
            start, end = match.span()
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
