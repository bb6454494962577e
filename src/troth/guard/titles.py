"""Titles that stand before a person's name, in the eight languages.

One list serves every reader that asks whether a word follows a title: a surname after
a title ("Frau Christ"), a teacher's title ("juf Karin"), the gender a title shows
("Mrs Clarke"), an initial after a title that is not a sentence's end ("Frau K.").
Each title is written as it stands before a name, without its dot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MALE = (
    "Mr", "Sir", "Herr", "Herrn", "Hr", "M", "Monsieur", "Sr", "Señor", "Don", "D", "Sig",
    "Signor", "Senhor", "Dhr", "Meneer", "Pan", "Pana", "Panem",
)  # fmt: skip
FEMALE = (
    "Mrs", "Ms", "Miss", "Madam", "Frau", "Fr", "Mme", "Mlle", "Madame", "Sra", "Srta",
    "Señora", "Doña", "Dña", "Sig.ra", "Signora", "Senhora", "Dona", "Mevr", "Mevrouw",
    "Pani", "Panią",
)  # fmt: skip
# titles that show no gender: a doctor's, a professor's
NEUTRAL = ("Dr", "Dra", "Prof", "Dott", "Dokter", "Doktor", "Mx")
# what a pupil calls a teacher: "juf Karin", "maestra Lucía", "Lehrerin Jung"
TEACHER = ("juf", "meester", "maestra", "maestro", "teacher", "Lehrer", "Lehrerin", "prof")

PERSONAL = MALE + FEMALE + NEUTRAL


def alternation(titles: Iterable[str], *, small: bool = False) -> str:
    """A regular-expression alternation of ``titles``, longest first. With ``small``, a title
    of two letters or more may also start with a small letter ("mr smith", "pani Ewa"); a
    one-letter title ("M.") always stands as a capital, so "I'm Anna" holds no title."""
    words = sorted(set(titles), key=lambda w: (-len(w), w))
    return "|".join(_either_case(w) if small and len(w) > 1 else re.escape(w) for w in words)


def _either_case(title: str) -> str:
    first = title[0]
    return f"[{first.upper()}{first.lower()}]{re.escape(title[1:])}"
