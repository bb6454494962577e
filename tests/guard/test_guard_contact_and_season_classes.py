"""A partner named as a record's contact beside the record's own person, PrEP beside a
partner, and a fast kept in a named season of fasting."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, GENETIC, RELIGION, SEXUAL_ORIENTATION, UNION


@pytest.mark.parametrize(
    "text",
    [
        "Notfallkontakt: Lukas Brandt (Ehemann) – Mitarbeiter: Felix Brandt",
        '"Giulia Neri";"contatto di emergenza";"Sara Neri, moglie"',
        "Noodcontact: Sanne de Wit (echtgenote) – medewerker: Eva de Wit",
        "PrEP-Rezept erneuert; neuer Partner seit dem Sommer, Kontrolle im Februar.",
        # the holder of an account as the record's person
        "Contacto de emergencia: Diego Ruiz (marido) — Titular: Mario Ruiz",
        # a named person and their partner named too
        "Pride-Umzug mit Jonas und seinem Mann Felix",
        "Aperitivo con Giulia e sua moglie Sara sabato",
    ],
)
def test_same_gender_partner_in_a_record(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a partner of the other gender
        "Notfallkontakt: Lena Brandt (Ehefrau) – Mitarbeiter: Felix Brandt",
        '"Giulia Neri";"contatto di emergenza";"Paolo Neri, marito"',
        # no person of the record named: no gender to compare
        "Emergency contact: Sam Hale (husband)",
        # a couple of two genders
        "Cena con Laura y su marido Pablo",
        # the verb "prep", not the medicine
        "Meal prep with my partner every Sunday",
    ],
)
def test_no_same_gender_partner(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm fasting for Ramadan, could the team lunch move to after sunset?",
        "ik vast tijdens de Ramadan, dus geen lunchmeeting voor mij",
        '{"medewerker":"Ruth Cohen","verlof":"Jom Kipoer"}',
    ],
)
def test_a_fast_kept_in_its_season(text: str) -> None:
    assert RELIGION in found(text)


def test_a_season_named_with_no_one_fasting_is_no_ones() -> None:
    assert RELIGION not in found("Ramadan fasting times are listed on the mosque's website.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a person named by a title carries the sentence: "M. Rey", "Sra. Vidal"
        ("Dossier de M. Girard : test de paternité positif, transmis à l'avocat.", GENETIC),
        ("Sra. Vidal llama: el informe de su prueba de paternidad ya está listo.", GENETIC),
        ("Laut Abstammungsgutachten ist Frau Kern die leibliche Mutter.", GENETIC),
        # a vein pattern enrolled for a named employee
        ('4412;"Berg, Ola";riconoscimento venoso attivo;ingresso 2', BIOMETRIC),
        # a member's number beside a union, in a question
        ("Gilt der Rabatt auch für IG-Metall-Mitglieder? Meine Mitgliedsnummer: 55120934.", UNION),
    ],
)
def test_named_by_a_title_and_by_a_number(text: str, category: str) -> None:
    assert category in found(text)


def test_a_professors_signature_is_a_workplace() -> None:
    assert found("Prof. Anna Rossi / Direttrice UOC Genetica Medica / Ospedale di Padova") == set()
