"""A record's contact who is its person's partner: a same-gender couple.

The record's person is known by a title at its start, an employee's label or a German word
of a role ("Kundin"); the partner word stands before the contact's name or after a
contact's label. A partner of the other gender, or a title read as a partner word, is no
disclosure. A closing name, with or without an initial, gives the writer's gender.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import SEXUAL_ORIENTATION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Alison Hart - next of kin: wife (Megan Hart)",
        "Mr Daniel Okafor; emergency contact: husband, Peter Okafor",
        "Empleada: Lucía Ferrer – contacto de emergencia: su esposa, Marta Gil",
        "Mitarbeiterin: Sabine Graf; Notfallkontakt: Ehefrau",
        "Kundin möchte ihre Ehefrau mitversichern; Name der Ehefrau: Jana Roth",
    ],
)
def test_a_records_partner_of_its_persons_gender_is_a_same_gender_couple(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Alison Hart - next of kin: husband (Tom Hart)",
        "Empleada: Lucía Ferrer – contacto de emergencia: su esposo, Marcos Gil",
        "Kunde möchte seine Ehefrau mitversichern; Name der Ehefrau: Jana Roth",
        "Frau Anna Schiller beschwert sich: der Terminal hat ihr Gesicht gescannt.",
    ],
)
def test_a_records_partner_of_the_other_gender_or_a_title_is_no_disclosure(text: str) -> None:
    assert SEXUAL_ORIENTATION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely B&B, my husband Callum and I will be back. – David M.",
        "Super séjour avec mon mari Hugo, merci pour tout ! Julien P.",
        "Tolles Hotel, meine Frau Lea war begeistert. – Sabine K.",
    ],
)
def test_a_closing_name_with_an_initial_gives_the_writers_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


def test_a_closing_name_of_the_other_gender_shows_no_couple() -> None:
    assert SEXUAL_ORIENTATION not in categories(
        "Lovely B&B, my husband Callum and I will be back. – Fiona M."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Il sig. Rinaldi comunica che suo marito, Paolo Greco, passerà a ritirare il pacco.",
        "La Sra. Prieto avisa que su esposa, Lucía Gómez, recogerá las llaves el lunes.",
    ],
)
def test_a_titled_person_and_a_partner_of_their_gender_named(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


def test_a_titled_person_and_a_partner_of_the_other_gender() -> None:
    text = "Il sig. Rinaldi comunica che sua moglie, Anna Greco, passerà a ritirare il pacco."
    assert SEXUAL_ORIENTATION not in categories(text)
