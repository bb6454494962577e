"""A test's result beside a genetic finding is genetic data, not health data by itself."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import GENETIC, HEALTH, POLITICS, UNION


@pytest.mark.parametrize(
    "text",
    [
        "Termin Humangenetik: Befund zur BRCA2-Analyse (meine Probe)",
        "Wynik badania genetycznego: wariant w genie PALB2 (u mnie)",
        "Ritiro referto test genetico BRCA2 della signora Galli",
    ],
)
def test_a_result_word_beside_a_genetic_finding_is_genetic_only(text: str) -> None:
    assert found(text) & {GENETIC, HEALTH} == {GENETIC}


@pytest.mark.parametrize(
    "text",
    [
        # a condition confirmed by the result is health data too
        "Befund: Hämochromatose genetisch bestätigt, HFE homozygot",
        # a result with no genetic finding stays health
        "Befund vom Kardiologen: leichte Herzinsuffizienz, Kontrolle im März",
    ],
)
def test_a_confirmed_condition_or_a_plain_result_stays_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Consejo genético Hospital Clínico – resultado BRCA1 (yo) – llevar a mi madre",
        "SUMMARY:Genetic counsellor – go through my carrier result with Sam",
        "Na genética do hospital explicaram-me que o meu teste para Huntington deu negativo.",
    ],
)
def test_the_care_around_a_genetic_test_is_no_health_of_its_own(text: str) -> None:
    categories = found(text)
    assert GENETIC in categories and HEALTH not in categories


def test_a_condition_confirmed_beside_the_test_stays_health() -> None:
    text = "my genetic test confirmed Marfan syndrome, I now see a cardiologist at the hospital"
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "soy delegado de UGT en el hospital, te acompaño a hablar con personal",
        "Assemblea FP-CGIL ospedale – faccio il verbale",
        "Cllr Tom Hale\nLabour Councillor for Moss Side\nSurgeries: second Saturday, library",
    ],
)
def test_a_place_of_care_as_a_bodys_ground_is_no_health(text: str) -> None:
    categories = found(text)
    assert HEALTH not in categories and categories & {UNION, POLITICS}


def test_a_stay_in_hospital_beside_a_union_stays_health() -> None:
    text = "Sou sócia do SEP e estive internada no hospital três semanas."
    assert HEALTH in found(text)
