"""Parties and unions by their names across the eight countries, and the roles, gifts and
campaign work that tie a person to them."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import POLITICS, UNION


@pytest.mark.parametrize(
    "text",
    [
        "I joined SIPTU last spring when the hospital went private.",
        "Mitglied im dbb seit 2010, bitte Rabatt eintragen.",
        "Je suis adhérent à Solidaires depuis mon premier poste.",
        "Soy afiliada a la CNT, me llamaron para la asamblea.",
        "Sono iscritta alla FLC CGIL della mia scuola.",
        "Pago as quotas da APEOESP todos os meses.",
        "Ik ben lid van de AOb en betaal mijn contributie per maand.",
        "Należę do OZZL od czasu rezydentury.",
        "Secrétaire ABVV Gent, permanence le mardi",
    ],
)
def test_a_persons_union_is_found_by_its_name(text: str) -> None:
    assert UNION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Landesvorsitzende der Jusos in Hessen, Termin am Dienstag",
        "Wahlkampfstand der SPD – ich stehe von 10 bis 12",
        "Donativo Podemos 2026 – 40 €",
        "bijdrage GroenLinks 2025 – €120",
        "Fui interventora del PSOE en las municipales.",
        "Membro do Livre e mandatária da candidatura em Braga.",
        "Jestem w Konfederacji od trzech lat, zbieram podpisy w Łodzi.",
    ],
)
def test_roles_gifts_and_campaign_work_tie_a_person_to_a_party(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A prova de vida da pensão foi feita ontem na Segurança Social.",
        "Buongiorno, ho ordinato i cerchi in lega per la Panda.",
        "We booked the lab for Tuesday, I'm presenting the results.",
        "Uso la app todos los días para el trabajo.",
    ],
)
def test_union_and_party_names_that_are_common_words_need_more(text: str) -> None:
    assert found(text) & {UNION, POLITICS} == set()


@pytest.mark.parametrize(
    "text",
    [
        "ieri al gazebo del pd a raccogliere firme tutto il pomeriggio",
        "tessera_PD_Rossi_2027.jpg",
        "legitymacja_partyjna_PSL_Nowak.jpg",
    ],
)
def test_campaign_work_and_party_cards_tie_a_person_to_a_party(text: str) -> None:
    assert POLITICS in found(text)


def test_a_lower_case_acronym_with_no_role_is_a_word() -> None:
    assert POLITICS not in found("po pracy idziemy na piwo, kto idzie?")


@pytest.mark.parametrize(
    "text",
    [
        # a party's branch of a place is no first name and a surname
        "Attività esterne / conflitti di interesse: tesoriera della sezione della Lega di Treviso",
        # a party office under one's own name
        "Marleen de Vries\nGemeenteraadslid GroenLinks-PvdA\nGemeente Utrecht, kamer 204",
    ],
)
def test_a_party_office_in_a_form_or_a_signature(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a member's card held by the writer
        "Mit meinem GdP-Ausweis gab es 15 % auf die neue Brille, ging ganz schnell",
        # training for a union's delegates, attended by someone named
        "Lun-mié: Sandra en el curso de formación para delegados de UGT, no está",
        "Seg-qua: Sandra na formação da CGTP para novos delegados sindicais",
    ],
)
def test_a_members_card_or_delegates_training(text: str) -> None:
    assert UNION in found(text)


def test_a_card_of_no_one() -> None:
    assert UNION not in found("The GdP card design won an award this year")


@pytest.mark.parametrize(
    "text",
    [
        # a greeting before a union's acronym is no first name
        "Beste ACV, ik ben al 22 jaar lid en heb een probleem met mijn ontslagvergoeding",
        # a cadre's meeting on a collective agreement: a role, not the union as a body
        "kan morgen niet lunchen, moet naar het kaderoverleg van de FNV over de cao",
    ],
)
def test_a_union_greeted_or_a_cadres_meeting(text: str) -> None:
    assert UNION in found(text)
