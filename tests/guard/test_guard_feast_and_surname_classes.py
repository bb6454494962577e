"""A feast's event for anyone, a surname before a first name in a list's cell, a union's
acronym cut short as a word, and Polish "post" in other languages are no disclosures."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import POLITICS, RELIGION, UNION


@pytest.mark.parametrize(
    "text",
    [
        "Hanukkah party in the office, bring snacks",
        "Eid staff breakfast on Thursday, 9am, meeting room 2",
        "Diwali buffet for the team - order 40 samosas",
        "Fiesta de Hanukkah en la oficina, traed algo de picar",
        '"Pastor, Miguel";"alta";"2024-03-01"',
        '"Kaplan, Sarah";"Verkauf";"Teilzeit"',
        '{"dipendente":"M. Rossi","rientro":"post operazione, part-time fino a maggio"}',
    ],
)
def test_no_ones_faith(text: str) -> None:
    assert RELIGION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We celebrate Diwali at home with my parents every year.",
        "Hanukkah at my grandparents', I light the candles with my sister",
        "Mam post w piątki, proszę o rybę zamiast mięsa.",
        "Pastor, our family's church, visits my mum on Sundays",
    ],
)
def test_someones_faith(text: str) -> None:
    assert RELIGION in found(text)


def test_an_abbreviation_is_no_union() -> None:
    assert UNION not in found('"Ruiz, Ana";"ferritina baja";"Lab. Echevarne"')


def test_the_union_by_its_acronym() -> None:
    assert UNION in found("Soy afiliada a LAB desde 2019, pago la cuota cada mes.")


def test_a_spanish_father_is_no_cleric() -> None:
    text = "Buenos días: estoy ayudando a mi padre con la declaración de la renta."
    assert RELIGION not in found(text)


def test_a_civil_parish_is_local_government() -> None:
    assert RELIGION not in found("Jane Doe\nParish Clerk, Upper Slaughter Parish Council")


def test_a_surname_after_a_short_first_name_is_no_party() -> None:
    text = '{"najemca":"Jan Nowak","wspolnajemca":"Bartosz Lewicki"}'
    assert POLITICS not in found(text)


def test_a_rite_of_a_faith_for_a_named_person() -> None:
    text = "Funeral call: Mr Yusuf Ali for his late mother. Muslim burial requested within a day."
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kerk-straat-afsluiting-tekening.pdf",
        "Objekt: Dom St. Marien, Baujahr 1240, Sanierung 2027",
    ],
)
def test_a_street_or_a_building_named_for_a_faith(text: str) -> None:
    assert RELIGION not in found(text)
