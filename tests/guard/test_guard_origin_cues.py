"""A people's word said of a person: a generation of descent, a record's self-description,
a people the lexicon lacked.

"Als Indo van de derde generatie", "sono cinese di seconda generazione", a record's
"persona nera" beside the named employee, the Sahrawi people. A people's word with no person
("Indo-European languages", "the black woman on the poster") stays unfound.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import RACE
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Als Indo van de tweede generatie ken ik dit gerecht van thuis.",
        "Sono cinese di seconda generazione, nata a Prato.",
        '{"dipendente": "M. Conti", "autodichiarazione": "donna nera"}',
        "Soy saharaui y vivo en Vitoria desde 2010.",
        "Fatima Bouh, presidenta de la Asociación de Saharauis de Navarra",
    ],
)
def test_a_people_said_of_a_person_is_found(text: str) -> None:
    assert RACE in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Indo-European languages course, room 4",
        "The black woman on the poster looked happy.",
        "Documental sobre el Sáhara Occidental esta noche en La 2.",
    ],
)
def test_a_peoples_word_with_no_one_is_not(text: str) -> None:
    assert RACE not in categories(text)
