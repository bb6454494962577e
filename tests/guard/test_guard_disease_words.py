"""Conditions named by the ICD-10's words count beside the person who has them, also a
grandparent, an aunt or a nephew; the same words about no one do not. A verb of the first
person and a form's notes or needs name the person too."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH


@pytest.mark.parametrize(
    "text",
    [
        "Mi madre tiene fibromialgia desde hace años, casi no duerme.",
        "O meu marido tem tendinite no ombro direito, não pode carregar peso.",
        "I've had blepharitis for months, my eyes sting every morning.",
        "Tenho cefaleia quase todos os dias desde o acidente.",
        "Mi abuela tiene hipercolesterolemia y toma pastillas.",
        "Mein Opa hat eine Koxarthrose, die Treppe schafft er nicht mehr.",
        "Ma tante a une sarcoïdose, elle est suivie à Lyon.",
        "Mia nonna soffre di cefalea da anni.",
    ],
)
def test_a_condition_of_a_person(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fibromialgia: guía para pacientes y familias, descarga gratuita.",
        "La scoliose touche surtout les adolescentes, dit l'article.",
        "Hipercolesterolemia: charla abierta el jueves en el centro cívico.",
        "Ik heb enkel een vraag over de factuur.",
    ],
)
def test_a_condition_about_no_one(text: str) -> None:
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Recibo quimioterapia los martes, no puedo ir a la reunión.",
        "Convivo con la fibromialgia da anni.",
        "Recebo quimioterapia às terças, não posso ir à reunião.",
    ],
)
def test_a_verb_of_the_first_person_names_the_writer(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Access needs: wheelchair user, ground-floor room please",
        "Besoins particuliers pour le séminaire : fauteuil roulant, chambre adaptée",
        "Necessidades especiais: uso cadeira de rodas",
    ],
)
def test_a_need_given_in_a_form_is_the_persons(text: str) -> None:
    assert HEALTH in found(text)


def test_a_need_offered_as_an_option_is_no_ones() -> None:
    assert HEALTH not in found("Access needs: [ ] wheelchair [ ] hearing loop [ ] none")


@pytest.mark.parametrize(
    "text",
    [
        "Mijn nieuwe hoortoestellen piepen bij het bellen, kan ik ze laten nakijken?",
        "Apotheek – Concor 5 + Zyloric – voor opa – 14,30 €",
    ],
)
def test_more_words_of_health(text: str) -> None:
    assert HEALTH in found(text)


def test_a_medicine_with_its_price_is_goods() -> None:
    assert HEALTH not in found("Apotheek – Ibuprofen 400 mg, 20 stuks – 4,99 €")


@pytest.mark.parametrize(
    "text",
    [
        "Since my MS got worse I work from home on Fridays.",
        "Meine Schwester hat MS und braucht einen Parkplatz nah am Eingang.",
        "Ik heb MS en kan niet lang staan, graag een stoel bij de balie.",
        "Physio for her MS on Tuesdays, so she leaves at 3.",
    ],
)
def test_multiple_sclerosis_by_its_capitals_said_of_someone(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please install MS Office and MS Teams on the new laptops.",
        "Ms Hale called about the invoice; sent a copy.",
        "Response time is 250 ms at peak.",
        "She holds an MS in Data Science from Leeds.",
    ],
)
def test_ms_as_software_a_title_or_a_unit_is_no_illness(text: str) -> None:
    assert HEALTH not in found(text)
