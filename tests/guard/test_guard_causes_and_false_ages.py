"""Words that look like a disclosure and tell of no one: an illness that research or a
fundraiser is for, "one" that is an article, a duration in brackets, an age limit, the
running of a nursery, being elected to a church's board."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, GENETIC, HEALTH, POLITICS


@pytest.mark.parametrize(
    "text",
    [
        "Sábado corremos 10 km na corrida solidária, é para a pesquisa sobre doenças raras.",
        "Der Spendenlauf der Schule geht dieses Jahr an die Forschung gegen Leukämie.",
        "We're doing a bake sale fundraiser for cystic fibrosis on Friday, bring cakes!",
        "Marco: ci sei sabato? i soldi vanno alla ricerca contro la leucemia infantile",
        "Le club organise une collecte, tout va à la recherche sur la mucoviscidose.",
    ],
)
def test_an_illness_research_or_a_fundraiser_is_for_is_a_cause(text: str) -> None:
    assert HEALTH not in found(text)
    assert GENETIC not in found(text)


def test_a_fundraiser_for_ones_own_relative_still_tells_of_them() -> None:
    assert HEALTH in found("I'm running the fundraiser for my dad's leukaemia treatment")


@pytest.mark.parametrize(
    "text",
    [
        "Lena: 22. Woche, es wird ein Junge!",
        "Bij de echo bleek het: het wordt een meisje",
        "La entrevista fue bien, el puesto cumple una función clave",
    ],
)
def test_one_that_is_an_article_is_no_age(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mein Sohn wird eins im März",
        "mi hija cumple un año mañana",
    ],
)
def test_one_that_is_a_first_birthday_is_an_age(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cerchiamo un magazziniere a tempo determinato (12 mesi), inviare CV entro marzo.",
        "Nieuw op de kaart: kinderpannenkoek (t/m 8 jaar) voor € 5,50.",
        "Zum Jahresende übernehme ich die Finanzen der Kita und den Haushalt des Vereins.",
        "Je m'occupe désormais de la trésorerie de l'école maternelle du quartier.",
    ],
)
def test_a_duration_a_limit_or_a_nurserys_running_is_no_child(text: str) -> None:
    assert CHILD not in found(text)


def test_a_named_infant_in_months_is_a_child() -> None:
    assert CHILD in found("Foto von Anton (4 Wochen) beim ersten Bad")


def test_elected_to_a_church_board_is_no_political_act() -> None:
    text = "Stell dir vor, ich bin in den Kirchenvorstand gewählt worden! Ab Januar Sitzungen."
    assert POLITICS not in found(text)


def test_elected_to_a_council_is_a_political_act() -> None:
    assert POLITICS in found("Ich bin in den Gemeinderat gewählt worden!")


@pytest.mark.parametrize(
    "text",
    [
        "programa_religion_cuarto_primaria_tema3.pdf",
        "Rodzic pyta o obóz; limit wieku to 12 lat, więc syn (13 lat) nie może jechać.",
        "For the holiday club the age limit is 11 years, sorry.",
    ],
)
def test_a_class_document_or_an_age_limit_is_no_child(text: str) -> None:
    assert CHILD not in found(text)
