"""A primary class named by its year and a letter ("(3b)", "3ªB", "Y4", "terza A", "z
trzeciej b") beside a child named or a parent, where a school is spoken of; not a floor
and a door, an upper school's class or an ordinal of an upper year."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD


@pytest.mark.parametrize(
    "text",
    [
        "Elternsprechtag: Lena Vogt (2a) – Hr. Brandt, 16:10",
        "Parents' evening – Noah Price (Y3) with Miss Hall, 17:40",
        "Colloquio maestra – 4ªC – Matteo – 16:30",
        "ciao, sono il papà di Giorgio di quarta B, oggi resta a casa con la febbre",
        "dzień dobry, tata Oli z drugiej a, Ola dziś nie przyjdzie",
        "Tutoría 3º B: reunión con los padres de Nerea el jueves",
    ],
)
def test_a_primary_class_code_beside_a_child_is_a_child(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Calle Mayor 12, 3ºB, Madrid – entregar a Lucía",
        '{"eleve":"Lucas Morel","classe":"3e B","option":"latin"}',
        "Ouderavond 2e klas – Sem – 19:30",
        "Matura 2027: Zofia Wrona, klasa 4c liceum, zwolniona z religii",
        "Sala 3B: riunione con la maestra Paola alle 10",
        "Elternsprechtag verschoben – Frau Roth, Klassenlehrerin der 3a, jetzt Do 15:00",
    ],
)
def test_a_floor_an_upper_class_or_a_teachers_room_is_no_child(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ich bin die einzige Erzieherin in der Kita, die Türkisch spricht",
        "soy auxiliar en la guardería del barrio desde hace tres años",
    ],
)
def test_one_who_works_at_a_nursery_is_no_child_there(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text", ["Hi, Poppy (2½) has a cold today", "Leo (3,5) geht seit Mai in die Kita"]
)
def test_a_childs_age_with_a_half_after_the_name_is_a_child(text: str) -> None:
    assert CHILD in found(text)


def test_hours_and_a_half_in_brackets_are_no_age() -> None:
    assert CHILD not in found("Meeting room (2½ hours) booked for the review")
