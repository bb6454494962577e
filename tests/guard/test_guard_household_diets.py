"""A faith's diet eaten by the writer's household tells a faith; a shop's or a menu's does
not.

"Halal", "kosher" and their spellings are words of several meanings: a butcher's sign, a
menu's option. Said with "we", "our", a "we" verb or the household ("en casa", "la
famiglia"), they are what the writer's people keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import RELIGION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Buena carnicería en Usera, por fin; en casa solo comemos halal desde hace años.",
        "Eindelijk een slager in Zaandam waar we halal kunnen kopen voor het hele gezin.",
        "Ottimo forno, per la cena di famiglia prendiamo solo pane kasher da loro.",
        "Preferenze alimentari: kasher (per me e mia moglie)",
    ],
)
def test_a_households_diet_is_religious(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "La nuova macelleria halal apre lunedì in via Roma.",
        "Menu options this week: vegetarian, vegan, halal.",
        "Neue Filiale mit Halal-Theke ab Montag geöffnet.",
    ],
)
def test_a_shops_or_a_menus_diet_is_not(text: str) -> None:
    assert RELIGION not in categories(text)


def test_a_named_persons_diet_and_prayer_room_needed_is_religious() -> None:
    text = '{"name": "Omar K.", "essen": "halal", "gebetsraum_benoetigt": true}'
    assert RELIGION in categories(text)


def test_a_prayer_room_as_a_facility_is_not() -> None:
    assert RELIGION not in categories("Gebetsraum im 2. OG, Schlüssel beim Empfang")


@pytest.mark.parametrize(
    "text",
    [
        '{"feligrés": "Rosa Gil", "parroquia": "San Ginés", "donativo_mensual": 15}',
        "Culte (Alsace-Moselle) : israélite",
        "Wypominki roczne;śp. Maria Kowal;zamawia: syn Piotr",
        '{"socio": "D. Cohen", "comunidad": "Comunidad Israelita de Madrid", "cuota": 30}',
    ],
)
def test_a_parishioner_or_a_communitys_member_in_a_record_is_religious(text: str) -> None:
    assert RELIGION in categories(text)
