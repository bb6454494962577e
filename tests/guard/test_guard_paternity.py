"""A paternity test's result told in words is genetic; paternity leave, a legal
acknowledgment and an offer of tests are not."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import GENETIC, HEALTH
from troth.guard.paternity import paternity_result


@pytest.mark.parametrize(
    "text",
    [
        "The lab called: the result confirms Mr Hale as the biological father.",
        "Resultado recibido: mi hermano no es el padre biológico de la niña.",
        "dag mevrouw Jansen, de uitslag sluit het vaderschap uit, het rapport volgt per post",
        "Le résultat est tombé : M. Roche n'est pas le père biologique.",
        "Wynik przyszedł: ojcostwo Marka potwierdzone w 99,99 %.",
    ],
)
def test_a_paternity_result_for_a_person_is_genetic(text: str) -> None:
    assert GENETIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We offer paternity tests with results in 5 days, from 149 €.",
        "Congé de paternité confirmé du 3 au 28 mars pour M. Dubois.",
        "Paternity leave confirmed for Tom from 2 March.",
    ],
)
def test_an_offer_or_a_fathers_leave_is_not_genetic(text: str) -> None:
    assert GENETIC not in found(text)


def test_the_reading_needs_a_result_beside_the_parent() -> None:
    assert paternity_result("Is he my biological father? I never asked.") == []
    text = "de uitslag bevestigt het vaderschap"
    assert paternity_result(text) == [(text.index("vaderschap"), len(text))]


def test_a_films_subtitle_spoken_by_a_character_tells_of_no_one() -> None:
    text = "00:41:02 --> 00:41:05\n[DON ANSELMO] ¡No es tu hijo, la prueba de ADN lo dice!"
    assert GENETIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The customer closed her genealogy account: the DNA match showed that the man who "
        "raised her is not her biological father.",
        "Klientka zamyka konto: dopasowanie DNA pokazało, że nie jest to jej biologiczny ojciec.",
    ],
)
def test_a_dna_match_that_showed_a_parent_is_genetic(text: str) -> None:
    assert GENETIC in found(text)


def test_cancelling_a_subscription_is_no_sick_leave() -> None:
    assert HEALTH not in found("El cliente da de baja la suscripción premium desde hoy.")
    assert HEALTH in found("Estoy de baja desde el lunes por la espalda, vuelvo el 20.")
