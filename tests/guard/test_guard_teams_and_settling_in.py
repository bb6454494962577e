"""A youth team's age class, a nursery's settling-in and boys or girls with their ages are
a child's; a metro line, a form's choices, a product code and adults' ages are not."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD


@pytest.mark.parametrize(
    "text",
    [
        "2017-09-12;Nowak;Lina;Turnen U10;Mitglied seit 2023",
        "The under 11 squad trains on Tuesdays at the club",
        '{"spieler":"Lukas Roth","mannschaft":"F-Jugend"}',
        "Do 15:00 früher weg – Eingewöhnung Krippe mit Hannah",
        "Fri 15:30 – leave early, Maisie's settling-in session at Little Acorns nursery",
        "Der Kinderclub hat unsere beiden Jungs (5 und 8) jeden Vormittag genommen",
        "De kinderclub nam onze twee jongens (5 en 8) elke ochtend mee",
    ],
)
def test_a_childs_team_nursery_or_age(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mit der U8 Richtung Wittenau zur Arbeit",
        "Catégorie : Poussin (U11) / Benjamin / Minime / Senior",
        "Product code U10-XL in stock",
        "we are under 10 minutes away from the club",
        "U21 national team lost again",
        "the girls (22 and 24) came to the club too",
        "The settling-in period for the new software is two weeks for every team",
    ],
)
def test_no_child_in_these(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Łóżko piętrowe dla dwóch synów (6 i 10 lat), instrukcja fatalna",
        "bunk bed for two boys (6 and 10), sturdy and easy to build",
        "Child's school year: Reception",
    ],
)
def test_two_children_with_their_ages_or_a_reception_year(text: str) -> None:
    assert CHILD in found(text)


def test_two_grown_children_with_their_ages() -> None:
    assert CHILD not in found("the two daughters (35 and 38) visited last week")


@pytest.mark.parametrize(
    "text",
    [
        "Procuro babysitter para gémeos de 7 anos, sextas à noite",
        "Ma fille rentre en 6e à la rentrée, le collège a-t-il une section foot ?",
    ],
)
def test_twins_with_their_age_or_the_first_year_of_a_french_college(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text", ["the twins are 34 now and both live abroad", "le cheval est en 6e position"]
)
def test_grown_twins_or_a_sixth_place(text: str) -> None:
    assert CHILD not in found(text)
