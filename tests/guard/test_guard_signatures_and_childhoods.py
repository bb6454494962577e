"""A school's year in a teacher's or a parents' council's signature, an adult's childhood
told in the past, a geneticist's signature and a union's name that begins like a genetic
word tell of no child and no one's genes; a pupil's own signature still names a child."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, GENETIC


@pytest.mark.parametrize(
    "text",
    [
        "Anja Roth · Klassenlehrerin 2a · Grundschule Am Markt",
        "Lucía Pérez · Tutora de 4º de Primaria · CEIP Miguel Hernández",
        "Marek Zieliński · przewodniczący rady rodziców SP 5 · Kraków",
        "Con 9 años veraneaba en este pueblo con mis abuelos; volver ha sido precioso.",
        "A 8 anni passavo l'estate qui dai nonni, che ricordi.",
    ],
)
def test_a_school_year_of_an_adult_is_no_child(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ella R. | Junior Reporter, Year 5 | Oakfield Primary News",
        "Mika Braun · Klassensprecherin 4c · Grundschule Süd",
    ],
)
def test_a_pupils_own_signature_names_a_child(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ruud de Vries · klinisch geneticus · Erasmus MC",
        "Dra. Inês Lobo · especialista em genética médica · Hospital de São João",
        "Dr Paul Morel · anesthésiste CHU de Lyon · délégué SNPHARE",
    ],
)
def test_a_geneticists_signature_or_a_unions_name_is_no_ones_genes(text: str) -> None:
    assert GENETIC not in found(text)
