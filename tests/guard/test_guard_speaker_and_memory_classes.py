"""Classes of text about who is spoken of and when: French "il" before a verb of being, a
treatment word that another language writes the same, childhood told by an adult, a
form's label left optional, and readers that fail to recognise the writer."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, CHILD, HEALTH, RELIGION


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # French "il" before a verb of being or having names the person spoken of
        ("Le client rappelle demain : il est sous chimiothérapie cette semaine.", HEALTH),
        ("Livraison à décaler, il a une dialyse le jeudi matin.", HEALTH),
        # a treatment word that Portuguese writes the same is still Spanish health
        ("La clienta pide otra fecha porque el lunes tiene quimioterapia en el hospital.", HEALTH),
    ],
)
def test_disclosed(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # "il" alone is Italian "the"; impersonal French "il est" sets no person
        "Il est interdit de demander la religion des candidats.",
        # English "christen" is to name a ship, not German "Christen"
        "We christen the new ferry at the harbour on Saturday.",
    ],
)
def test_not_disclosed(text: str) -> None:
    assert found(text) == set()


def test_il_before_having_names_a_person_even_before_de() -> None:
    assert HEALTH in found("Pas de livraison lundi : il a besoin d'une dialyse le matin.")


def test_impersonal_il_est_with_de_names_no_one() -> None:
    assert found("Il est possible de noter le diabète du patient ?") == set()
