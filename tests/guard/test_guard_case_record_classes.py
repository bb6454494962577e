"""Case records of public bodies: a record's parent and the partner its note names, a
household's spouse titled as the applicant is, a detainee's medication."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, POLITICS, SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    "text",
    [
        '{"dossier":"ASE-2026-0101","pere":"Luc Martin","note":"vit avec son compagnon Hugo"}',
        '{"fascicolo":"SS-2026-0202","madre":"Anna Ferri","nota":"convive con la compagna Sara"}',
        '{"zaak":"JB-2026-0303","vader":"Joost Smit","toelichting":"woont met zijn vriend Pieter"}',
        '{"sprawa":"MOPS/2026/404","matka":"Ola Nowak","uwagi":"mieszka z partnerką Kasią"}',
        "Composition du foyer : Mme Léa Petit, demandeuse ; Mme Inès Petit, épouse",
    ],
)
def test_a_records_person_and_a_partner_of_their_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"processo":"CPCJ-2026-0505","mae":"Rita Sousa","nota":"vive com o companheiro Rui"}',
        '{"fascicolo":"SS-2026-0606","madre":"Anna Ferri","nota":"la figlia vive con la '
        'compagna Sara"}',
        "Composition du foyer : M. Paul Petit, demandeur ; Mme Inès Petit, épouse",
    ],
)
def test_a_partner_of_the_other_gender_or_a_relatives_is_not(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"gedetineerde":"K. Bos","afdeling":"PPC","medicatie":"Risperdal 2 mg"}',
        '{"osadzony":"Jan Lis","oddzial":"II","leki":"Depakine Chrono 500"}',
        '{"detenuto":"M. Russo","reparto":"C","terapia":"Zyprexa 10 mg"}',
    ],
)
def test_a_detainees_medication_is_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"requerente":"Ivan P.","pais":"Bielorrússia","motivo":"membro da oposição, preso"}',
        "asilo_Venezuela_JPerez_opositor_preso_politico_2019.pdf",
        '{"asielzoeker":"Samuel T.","asielmotief":"lid van een oppositiebeweging"}',
        "Voto Azione da sempre, ma l'anagrafe ha fatto un buon lavoro.",
        "Sempre votei PS, mas o atendimento foi mau.",
    ],
)
def test_an_asylum_ground_or_ones_own_vote_is_political(text: str) -> None:
    assert POLITICS in found(text)


def test_a_vote_of_a_party_in_parliament_is_no_ones() -> None:
    assert POLITICS not in found("Il voto di Azione in aula è stato decisivo.")
