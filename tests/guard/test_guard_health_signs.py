"""A health word on a signature's line is the signer's when they are away for it or it is
a status of disability.

"Agnès Roy · Comptabilité\\nAbsente le mardi (chimiothérapie)" tells the signer's
treatment; a practitioner's job line ("Infirmier en oncologie") and an absence with no
health word tell none.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import HEALTH
from troth.guard.engine import build_engine
from troth.guard.health_signs import signers_own

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Karin Vos · Inkoop\nAfwezig op donderdag (dialyse), mail gerust",
        "Lucía Prieto\nAdministración, Grupo Norte\nAusente los lunes por quimioterapia",
        "Marco Galli\nUfficio acquisti\nAssente il venerdì – dialisi",
        "Claire Petit\nComptabilité\nRQTH – merci de privilégier les mails",
    ],
)
def test_the_signers_own_treatment_or_status_is_health(text: str) -> None:
    assert HEALTH in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Marc Blanc\nInfirmier en oncologie, CHU Rennes\nAbsent le vendredi",
        "Dr Anna Weber\nKardiologie, Klinikum Nord\nMo–Fr abwesend bis 12 Uhr",
        "Paul Durand · Achats\nAbsent le lundi, merci de votre patience",
    ],
)
def test_a_job_line_or_an_absence_alone_is_not(text: str) -> None:
    assert HEALTH not in categories(text)


def test_the_term_must_stand_after_a_name_line() -> None:
    text = "Absente le mardi (chimiothérapie)"
    assert not signers_own(text, 18, 32, False)
    signed = "Agnès Roy · Comptabilité\n" + text
    assert signers_own(signed, 18 + 26, 32 + 26, False)


@pytest.mark.parametrize(
    "text",
    [
        "Visita fisiatra ASL Roma 2 09:30, portare impegnativa",
        "Consulta ginecologista Dra. Ana, 15h",
        "Termin Kardiologe Dr. Berg 8:15",
        "inhalator-sypialnia-dziadek-jan",
        "vernevelaar-kamer-oma-truus",
        "concentrador-de-oxigénio-avó-rosa",
        "ho lasciato la Cardioaspirina in ufficio, domani la riprendo",
    ],
)
def test_an_agendas_visit_or_a_persons_device_is_health(text: str) -> None:
    assert HEALTH in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nebulizer 3-pack, 29.99 €",
        "The cardiology department moves to building C next week.",
    ],
)
def test_goods_or_a_department_are_not(text: str) -> None:
    assert HEALTH not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Su di me: papà di tre, architetto, in remissione da un linfoma da due anni.",
        "Über mich: Lehrerin, Gärtnerin, seit 2019 mit einem Lymphom in Remission.",
    ],
)
def test_an_about_me_field_is_its_writers(text: str) -> None:
    assert HEALTH in categories(text)


def test_the_same_word_outside_an_about_me_field_needs_a_person() -> None:
    assert HEALTH not in categories("Un convegno sul linfoma di Hodgkin si terrà nell'aula magna.")


@pytest.mark.parametrize(
    "text",
    [
        "Marta Gil, Compras. Estaré de baja por maternidad hasta el 1 de abril.",
        "Rita Costa, Vendas. Estarei de licença de maternidade até março.",
    ],
)
def test_the_writers_leave_in_a_future_first_person_is_health(text: str) -> None:
    assert HEALTH in categories(text)
