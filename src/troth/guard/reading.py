"""One term of a special category in its sentence: what the steps of its score read."""

from __future__ import annotations

from dataclasses import dataclass

from troth.guard.lexicon import Hit, Term


@dataclass(frozen=True, slots=True)
class Reading:
    """One term in its sentence, as the steps of its score read it."""

    term: Term
    sentence: str
    words: list[str]
    index: int
    short: bool
    text: str
    start: int  # of the sentence in the text
    end: int
    hit: Hit
    agenda: bool = False  # an entry of the writer's own agenda
