"""Children's ages in brackets after the children themselves ("los niños (4 y 6 años)"), a
child's ordinal said alone ("my twins' 10th"), a named child's teacher ("la profe de Álex
(2º Primaria)"), and a limit said with an article ("até aos 12 anos")."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD


@pytest.mark.parametrize(
    "text",
    [
        "Fuimos con los niños (4 y 6 años) y el parque acuático estaba cerrado.",
        "We took the kids (5 and 9) and the pool was shut, shame.",
        "Wir waren mit den Kindern (3 und 7) dort, der Spielplatz war zu.",
        "Booked the hall for my son's 9th, the staff were lovely.",
        "The twins' 8th party was a hit, thanks to the team!",
        "Rendez-vous avec la maîtresse de Léa (CE1) à 16h30",
        "SUMMARY:Reunión con la profe de Nico (3º Primaria)",
    ],
)
def test_a_childs_age_or_year_is_found(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crianças até aos 12 anos não pagam entrada na piscina municipal.",
        "The rooms (4 and 6) were cleaned late.",
        "my son's 10th grade teacher retired",
        "my daughter's 14th was a quiet one",
        "La profe de 2º Primaria está de baja hasta enero.",
    ],
)
def test_a_limit_a_room_or_an_older_child_is_not(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "hallo ich bin mia und bin 9 ich hab meinen ausweis verloren",
        "Wniosek na córkę Zofię, urodzonej 14.03.2025, odrzucono.",
        "Wniosek na syna Jana, urodzonego 02.08.2019, czeka na podpis.",
    ],
)
def test_a_child_saying_their_age_or_a_birth_in_polish_cases(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    ["ich komme gleich und bin 10 Minuten zu spät", "Pan Jan Nowak, urodzonego 02.08.1970"],
)
def test_a_delay_or_an_adults_birth_is_no_child(text: str) -> None:
    assert CHILD not in found(text)


def test_a_class_code_of_a_pupil_born_thirteen_years_ago_is_no_child() -> None:
    assert CHILD not in found("Alunno: Marco Neri; nato il 02/03/2013; classe 3ª C secondaria")
    assert CHILD in found("Alunno: Marco Neri; nato il 02/03/2017; classe 3ª C")
