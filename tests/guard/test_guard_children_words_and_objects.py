"""Children named by a little one, the youngest, a Mexican "chava"; and ages that are a
job's, a program's, a dog's or a book list's.

"my little one is 2", "onze jongste is 7 maanden" speak of a child. Years in a post
("Ancienneté : 12 ans"), a till program's age ("kassasoftware is 12 jaar oud"), a dachshund
of twelve and a list of books for a school year are no child's.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import CHILD
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "my little one is 3, is the soft play open on Sunday?",
        "onze jongste is 9 maanden en slaapt eindelijk door",
        "onze oudste is 8 en wil een telefoon",
        "Nome: Leonor – Idade: 7 – Escola: EB1 de Benfica",
    ],
)
def test_a_child_by_these_words_is_found(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ancienneté dans le poste : 11 ans",
        "Betriebszugehörigkeit: 12 Jahre",
        "Onze kassasoftware is 10 jaar oud en moet vervangen worden.",
        "Nasz dziesięcioletni jamnik uwielbia ten park.",
        "elenco_libri_prima_media_2027.pdf",
        "my little one is 25 now, time flies",
    ],
)
def test_a_jobs_a_things_or_a_dogs_years_are_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Idade do esquentador: 11 anos",
        "Unser Durchlauferhitzer ist 12 Jahre alt",
        "La lavadora tiene 9 años y hace ruido",
    ],
)
def test_an_appliances_age_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text", ["our grandkids (4 and 7) loved the pool", "unsere Enkel (3 und 6) waren begeistert"]
)
def test_grandchildren_with_their_ages_are_children(text: str) -> None:
    assert CHILD in categories(text)


def test_grown_grandchildren_are_not() -> None:
    assert CHILD not in categories("mis nietos tienen 25 y 30 años")
