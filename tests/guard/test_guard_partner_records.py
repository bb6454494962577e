"""Same-gender couples shown by a record's fields or a friendly closing, and a first name
that is no body part.

A child's record whose two parents are of one gender, a field "married to" a person of the
holder's gender, an Italian civil union as a field, and a partner word beside the writer's
own name after "groetjes" or "besos" show a same-gender couple. Parents of two genders, a
man married to a woman, and a closing that is no closing stay unfound. "Iris" as a first
name is no iris scan.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import BIOMETRIC, SEXUAL_ORIENTATION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a child's record with two parents of one gender
        "Parent 1: Oliver Grant; Parent 2: Samuel Grant-Ito; relationship: married",
        "Elternteil 1: Katrin Vogel (Mutter); Elternteil 2: Miriam Vogel (Mutter)",
        "Genitore 1: Paolo Neri; Genitore 2: Luca Neri",
        "Ouder 1: Sanne de Vries (moeder), Ouder 2: Femke Bakker (moeder)",
        "Progenitor 1: Lucía Gómez;Progenitor 2: Carmen Ruiz;casadas",
        # married to a person of the holder's gender, or a civil union as a field
        "Estado civil: casada con Lucía Pérez (titular: Elena Pérez)",
        '{"nome": "Giulia Rossi", "unita_civile_con": "Sara Bianchi"}',
        # a partner word and the writer's name in a friendly closing
        "mijn man en ik komen zaterdag allebei, tot dan! groetjes, Pieter",
        "mi novia y yo llegamos el viernes por la noche. besos, Lucía",
    ],
)
def test_a_same_gender_couple_in_a_record_or_a_closing_is_found(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parent 1: Anna Grant; Parent 2: Samuel Grant; relationship: married",
        "Elternteil 1: Katrin Vogel (Mutter); Elternteil 2: Jonas Vogel (Vater)",
        "Estado civil: casado con Lucía Pérez (titular: Javier Pérez)",
        "mijn vrouw en ik komen zaterdag allebei, tot dan! groetjes, Pieter",
        "Parent 1: Anna Grant",
    ],
)
def test_a_couple_of_two_genders_or_one_parent_is_not_found(text: str) -> None:
    assert SEXUAL_ORIENTATION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben Fleur en mijn collega is Iris, wij doen samen de planning",
        "Convocation_AG_Residence_Iris_2027.pdf",
        "10h Centro de Saúde Arco Íris – reunião de equipa",
        "Agente (Iris): buenos días, ¿en qué puedo ayudarle?",
    ],
)
def test_iris_as_a_name_is_no_biometric(text: str) -> None:
    assert BIOMETRIC not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iris-Scan von Herrn Maier für den Serverraum gespeichert",
        "Iris scan enrolled for Tom Hale at gate 3",
        "Lecteur iris : gabarit de Mme Roux enregistré",
    ],
)
def test_an_iris_scanned_stays_biometric(text: str) -> None:
    assert BIOMETRIC in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Über mich: Jonas, 38, verheiratet mit Felix, zwei Katzen in Leipzig.",
        "Tomasz Nowak, kierownik zmiany. Pozdrowienia także od mojego partnera Marka.",
        "certidao_casamento_joao_e_sergio.pdf",
    ],
)
def test_a_partner_of_the_writers_or_the_records_gender_is_found(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Über mich: Jonas, 38, verheiratet mit Anna, zwei Katzen in Leipzig.",
        "Tomasz Nowak, kierownik zmiany. Pozdrowienia także od mojej żony Ani.",
        "certidao_casamento_joao_e_ines.pdf",
    ],
)
def test_a_partner_of_the_other_gender_is_not(text: str) -> None:
    assert SEXUAL_ORIENTATION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"versicherter": "Lukas Maier", "mitversichert": "Tim Maier", "verhaeltnis": "Ehegatte"}',
        '{"medewerker": "Eva de Wit", "partner": "Lotte Bos", "relatie": "samenwonend"}',
        "pracownik: Marek K.;osoba wspólnie zamieszkująca: Piotr W. (partner)",
        "Ginásio – plano casal: Rita Lopes + Marta Dias",
        '{"inscrição": "Corrida", "equipa": "Pedro e Tiago Lima", "categoria": "casal"}',
    ],
)
def test_a_couples_field_with_two_names_of_one_gender_is_found(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"versicherter": "Lukas Maier", "mitversichert": "Anna Maier", "verhaeltnis": "Ehegatte"}',
        "Ginásio – plano casal: Rita Lopes + João Dias",
        "Umowa spółki: wspólnicy Marek K. i Piotr W.",
    ],
)
def test_a_couple_of_two_genders_or_business_partners_are_not(text: str) -> None:
    assert SEXUAL_ORIENTATION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"huurders": ["Bram de Vries", "Joost de Vries"], "relatie": "echtgenoten"}',
        "Familienversicherung;Weber, Lea;Lebenspartnerin von Weber-Brandt, Nina;seit 2020",
        "samenlevingscontract_Sanne_en_Eva_notaris.pdf",
    ],
)
def test_spouses_a_partner_and_a_cohabitation_contract_of_one_gender_are_found(
    text: str,
) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


def test_a_cohabitation_contract_of_two_genders_is_not() -> None:
    assert SEXUAL_ORIENTATION not in categories("samenlevingscontract_Sanne_en_Tom_notaris.pdf")
