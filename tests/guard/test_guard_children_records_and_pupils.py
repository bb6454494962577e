"""A child in a record's short keys and a file's short labels, a pupil's office or class
said by the pupil, a child starting school; and the same words of no child."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, POLITICS


@pytest.mark.parametrize(
    "text",
    [
        '{"nom":"Léa Roux","ddn":"2019-04-02","motif":"bilan orthoptique"}',
        '{"naam":"Sem de Wit","geb":"03-09-2017","afspraak":"logopedie"}',
        '{"imie":"Zosia Lis","data_ur":"2018-11-30","grupa":"Motylki"}',
        '{"nome":"Tomás","ano_nascimento":2017,"turma":"3.º A"}',
        "consulta_pediatria_Mateo_nac2021.pdf",
        "wyniki_Antek_ur2020.pdf",
        "zwemdiploma_Lotte_6jr.jpg",
    ],
)
def test_a_birth_in_short_keys_and_labels(text: str) -> None:
    assert CHILD in found(text)


def test_an_adults_short_birth_key_is_no_child() -> None:
    assert CHILD not in found('{"nom":"Paul Roux","ddn":"1979-04-02","motif":"bilan"}')


@pytest.mark.parametrize(
    "text",
    [
        "Mila Schröder · Klassensprecherin 4b · Grundschule am Park",
        "Beatriz Lopes · delegada de turma do 4.º C · EB1 da Boavista",
        "Pozdrawiam, Kuba Nowak, przewodniczący samorządu klasy 6b, SP 3 w Gdańsku",
        "hola soy Nerea de 3º B y me he dejado el estuche en clase",
        "Papa sagt, Ole kommt nach den Ferien in die Schule, er freut sich schon",
    ],
)
def test_a_pupil_or_a_child_starting_school(text: str) -> None:
    assert CHILD in found(text)


def test_a_polish_school_number_is_no_party() -> None:
    assert POLITICS not in found("Zebranie rodziców w SP 12 w Lublinie o 17:00")


def test_a_member_of_the_party_is_still_political() -> None:
    assert POLITICS in found("Jestem członkiem SP od 2019 roku")


@pytest.mark.parametrize(
    "text",
    [
        "mañana no llego, ¿alguien puede llevar a Nora (P4) al cole?",
        "quelqu'un peut récupérer Jade (GS) à la garderie demain ?",
        "czy ktoś odbierze Zosię (zerówka) ze świetlicy?",
        "Mia Keller;2b;Ergotherapie montags;Abholung Papa",
        "Pablo Ruiz;4º A;logopeda jueves;recoge su tía",
    ],
)
def test_a_year_in_brackets_after_a_name_or_a_class_in_a_pupils_row(text: str) -> None:
    assert CHILD in found(text)


def test_a_party_in_brackets_after_a_name_is_no_school_year() -> None:
    assert CHILD not in found("Vereadora Ana Reis (PS) · Câmara Municipal de Braga")
