"""A letter to a class's parents that names no child tells of no child.

The class is a group no one can pick out; a child named in the letter is someone again,
and a teacher's name after a title is no child's.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.children.letters import to_a_class
from troth.guard.detection import CHILD
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Dear parents of Year 3, the trip to the farm is on Friday; packed lunch please.",
        "Liebe Eltern der 2b, am Montag fällt der Sportunterricht aus.",
        "Chers parents de CM1, la sortie au musée est reportée à jeudi.",
        "Estimadas familias de 3º de primaria: el viernes hay excursión al planetario.",
        "Cari genitori della 4A, la gita al museo è rinviata a giovedì.",
        "Beste ouders van groep 5, vrijdag is er een studiedag. Juf Anouk",
        "Drodzy rodzice klasy 2b, w piątek wycieczka do zoo.",
    ],
)
def test_a_letter_to_a_class_names_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dear parents of Year 3, Oliver left his coat in the hall.",
        "Beste ouders van groep 5, Daan is zijn jas vergeten.",
        "Chers parents de CM1, Léa a retrouvé son doudou.",
    ],
)
def test_a_child_named_in_the_letter_is_someone(text: str) -> None:
    assert CHILD in categories(text)


def test_a_teachers_name_and_the_greeting_are_no_childs() -> None:
    assert to_a_class("Meester Jeroen: Beste ouders, groep 6b gaat naar het museum.")
