"""A roster's row: a pupil's or a child's names, then their date of birth.

"Schulz;Emil;12.05.2017;Hort ja", "Moreau;Lucas;14/09/2015;demi-pensionnaire;6e B": a
surname and a first name in the first two cells, a full date in the third. A date there
is a birth date only in a row of a school or of childcare (a staff list's third cell is
as often the day someone started), so the row must also say one of those.
"""

from __future__ import annotations

import re
from datetime import date

from troth.guard.children.births import age_on, parse_birth
from troth.guard.children.people import is_first_name
from troth.guard.children.schools import SCHOOL_WORDS
from troth.guard.detection import CHILD, Detection
from troth.guard.letters import CAP_NAME

_CELL = r"\s*[;|\t]\s*[\"']?"
_ROW = re.compile(
    rf"^\s*[\"']?{CAP_NAME}(?:[ -]{CAP_NAME})*[\"']?{_CELL}(?P<name>{CAP_NAME})[\"']?{_CELL}"
    r"(?P<d>\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{1,2}-\d{1,2})[\"']?\s*(?:[;|\t]|$)"
)
# childcare and school life a row may note: after-school care, lunch, the school bus
CARE_WORDS = frozenset(
    """hort kita krippe kindergarten ogs fahrschüler fahrschuler schulbus creche crèche
    cantine pensionnaire externe garderie guardería guarderia comedor asilo nido
    mensa doposcuola refeição refeicao atl bso kinderopvang tso overblijven przedszkole
    żłobek zlobek świetlica swietlica stołówka stolowka nursery reception""".split()
)
# a class as a cell: "6e B", "3a", "CM1", "2º A"
_CLASS_CELL = re.compile(
    r"[;|\t]\s*[\"']?(?:\d{1,2}\s?(?:e|º|ª|°)?\s?[A-Ea-e]|CP|CE[12]|CM[12])[\"']?\s*(?:[;|\t]|$)"
)


def roster_births(
    text: str, words: frozenset[str], child_age: int, today: date | None
) -> list[Detection]:
    """A child's date of birth in a roster's row of a school or of childcare."""
    m = _ROW.match(text)
    if m is None or not is_first_name(m.group("name")):
        return []
    if words.isdisjoint(CARE_WORDS) and words.isdisjoint(SCHOOL_WORDS):
        if _CLASS_CELL.search(text) is None:
            return []
    born = parse_birth(m.group("d"))
    today = today or date.today()
    if born is None or born > today or age_on(born, today) >= child_age:
        return []
    return [Detection(CHILD, *m.span("d"), "children.birth_date", 0.85)]
