"""No meat kept for a day or a season of the Church, and a faith's diet beside a named
person, are observances; a menu or an offer to many is no one's."""

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
        "no meat for me on Ash Wednesday, so just the salad please",
        "Aschermittwoch – heute kein Fleisch, ich bring mir Fischbrötchen mit",
        "pas de viande pour moi pendant le carême, je prendrai le poisson",
        "esta cuaresma sin carne los viernes, ya lo sabéis",
        "niente carne il venerdì di quaresima, per me pesce",
        "Wielki Piątek, więc bez mięsa, zamówię pierogi ruskie",
    ],
)
def test_no_meat_on_a_church_day_is_an_observance(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Canteen menu for Lent: no meat on Fridays, fish pie instead",
        "Speisekarte zum Aschermittwoch: Fischgerichte, kein Fleisch",
        "no meat in the freezer again, shopping list on the fridge",
    ],
)
def test_a_menu_or_no_church_day_is_no_observance(text: str) -> None:
    assert RELIGION not in categories(text)


def test_going_to_mass_in_polish_is_found() -> None:
    assert RELIGION in categories("w niedzielę nie mogę rano, chodzę na mszę o 9")


@pytest.mark.parametrize(
    "text",
    [
        "Teilnehmer Sommerfest – D. Rosenberg – Essen: koscher",
        "Attendees: J. Cohen – meal: kosher, sealed please",
        "Lista invitati – A. Haddad – pasto: halal",
    ],
)
def test_a_faiths_diet_beside_a_named_person_is_their_observance(text: str) -> None:
    assert RELIGION in categories(text)
