"""What public bodies write about no one: the numbered points of a council's meeting, a
school as a polling station or an open day, an office signing on one line, a form asking on
after its options ("if yes, which union?", "Wenn ja, bitte GdB angeben")."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, HEALTH, POLITICS, RELIGION, UNION


@pytest.mark.parametrize(
    "text",
    [
        "Conseil municipal 18h - point 2 : subvention à la paroisse ; point 3 : grève des "
        "agents de la cantine",
        "Sitzung Gemeinderat 19 Uhr - TOP 4: Zuschuss für die Moschee; TOP 5: Streik im Bauhof",
        "Pleno del Ayuntamiento 10:00 - punto 3: cesión de suelo a la mezquita",
        "Consiglio comunale ore 20 - punto 2: sciopero degli autisti; punto 3: moschea",
    ],
)
def test_a_councils_points_of_business_are_no_ones(text: str) -> None:
    assert not {RELIGION, UNION, POLITICS} & found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wahlhelfer-Einweisung - Wahllokal 07, Grundschule am Park",
        "Stembureau 118 inrichten, gymzaal basisschool De Klimop, 6:45",
        "Tag der offenen Tür Grundschule Am Bach - für alle Kinder ab 5 und ihre Eltern",
        "Portes ouvertes école maternelle Les Tilleuls samedi 10h",
    ],
)
def test_a_school_as_a_venue_is_no_childs(text: str) -> None:
    assert CHILD not in found(text)


def test_a_named_childs_school_is_still_found() -> None:
    assert CHILD in found("Abholen: Lena, Grundschule am Park, Klasse 2b, 12:30")


@pytest.mark.parametrize(
    "text",
    [
        "Secretaría del Grupo Municipal Socialista, Ayuntamiento de Alcorcón, Plaza Mayor 1",
        "Técnico de Igualdad, Concejalía de Igualdad y Diversidad, Ayuntamiento de Leganés",
    ],
)
def test_an_office_signing_on_one_line_is_no_one(text: str) -> None:
    assert POLITICS not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Trade union membership (for payroll): Yes / No - if yes, which union?", UNION),
        (
            "Liegt eine Schwerbehinderung vor? Wenn ja, bitte GdB angeben und Nachweis beifügen.",
            HEALTH,
        ),
        (
            "Tiene alguna discapacidad? En caso afirmativo, indique el grado de discapacidad.",
            HEALTH,
        ),
    ],
)
def test_a_form_asking_on_after_its_options_is_no_ones(text: str, category: str) -> None:
    assert category not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Klas 2 havo B; 27 leerlingen; mentor: mevr. Smit; lokaal 2.10",
        "Aanvraag paspoort mevr. Eva Bos: vingerafdrukken afgenomen, Stadswinkel Breda, 11-11-2026",
        "4º ESO B; 29 alumnos; optativa: Religión; aula 1.05",
    ],
)
def test_an_upper_school_class_a_dates_day_or_a_subject_is_no_one(text: str) -> None:
    assert not {CHILD, RELIGION} & found(text)
