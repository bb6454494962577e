"""Conversations that use a category's words of no one: money raised for a cause, a room
for prayer, an idiom of being sick of meetings, a book's narrator."""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import HEALTH, RELIGION, SEXUAL_ORIENTATION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Tom: we're raising money for Diabetes Research this spring\nAmy: count me in",
        "Corrida solidária contra o cancro: 1.200 € angariados.",
        "Spendenlauf gegen Leukämie am Sonntag, wer läuft mit?",
    ],
)
def test_money_raised_for_a_cause_is_no_ones_health(text: str) -> None:
    assert HEALTH not in categories(text)


def test_money_raised_for_a_relatives_care_is_their_health() -> None:
    assert HEALTH in categories("my dad has leukaemia and we are raising money for his care")


@pytest.mark.parametrize(
    "text",
    [
        "Notulen: stilteruimte op de tweede verdieping blijft open.",
        "Compte rendu – salle de prière : pas prévue pour l'instant.",
        "Protokoll: Gebetsraum im Neubau wird nicht eingerichtet.",
    ],
)
def test_a_room_for_prayer_is_a_facility(text: str) -> None:
    assert RELIGION not in categories(text)


def test_praying_in_the_room_yourself_is_a_practice() -> None:
    assert RELIGION in categories("I pray in the prayer room every Friday at one")


@pytest.mark.parametrize(
    "text",
    [
        "Noor: het is om ziek van te worden, alweer vier vergaderingen",
        "Léa : prie pour moi, encore deux réunions cet après-midi",
    ],
)
def test_idioms_of_meetings_are_no_ones(text: str) -> None:
    found = categories(text)
    assert HEALTH not in found
    assert RELIGION not in found


def test_a_books_narrator_is_no_one() -> None:
    text = "Q: Your narrator is a lesbian teacher in 1970s Lyon. Why that decade?\nA: My aunt."
    assert SEXUAL_ORIENTATION not in categories(text)
