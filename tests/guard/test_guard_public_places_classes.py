"""Reviews and public notes that use a category's words of no one: goods with a
fingerprint or a DNA word, a pet's medicine, a strike of a transport, an awareness day, a
museum, examples on a form, a note that names no one."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    GENETIC,
    HEALTH,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    UNION,
)

WATCHED = {BIOMETRIC, CHILD, GENETIC, HEALTH, RACE, RELIGION, UNION}


@pytest.mark.parametrize(
    "text",
    [
        "Serratura con impronta digitale di Yale: montaggio facile, app lenta. Prodotto ok.",
        "DNA-kit van Bol.com: snel geleverd, duidelijke uitleg, nog niet gebruikt.",
        "Mon chat a 12 ans et il prend de la cortisone, normal ?",
        "Mein Hund hat Arthrose, kennt jemand einen guten Tierarzt?",
        "Streik bei der Bahn laut Nachrichten, Zug um 8 fällt aus",
        '{"evento": "Giornata mondiale del diabete", "luogo": "Piazza Maggiore", "per": "tutti"}',
        "Muzeum Żydowskie: świetne zwiedzanie z przewodnikiem, polecam.",
        "Allergies or dietary needs? (e.g. halal, kosher, coeliac)",
        "Anruf: Apotheke fragt nach Preisen für Schwangerschaftstests. Keine Personendaten.",
        "Leerkracht vraagt prijs voor excursie met groep 5 en 6. Geen kind genoemd.",
    ],
)
def test_no_disclosure(text: str) -> None:
    assert found(text) & WATCHED == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Le kit ADN m'a trouvé une demi-sœur en Belgique !", GENETIC),
        ('{"cliente": "R. Nunes", "kit": "MyHeritage", "resultado": "40% ibérico"}', GENETIC),
        ('"handicap": "malvoyante, chien guide"', HEALTH),
        ("Il cane del vicino ha morso mia figlia (6), le hanno dato i punti.", CHILD),
        ("Ich registriere morgen meinen Fingerabdruck am neuen Türschloss im Büro.", BIOMETRIC),
    ],
)
def test_still_disclosed(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('{"iscritto": "Matteo Riva", "anni": 8, "corso": "nuoto"}', CHILD),
        ("Reserva: 2 adultos + 1 niño (Pablo, 5), cuna por favor", CHILD),
        ("Père Olivier Lambert\nCuré de la paroisse Saint-Paul", RELIGION),
    ],
)
def test_ages_in_records_and_a_priests_title(text: str, category: str) -> None:
    assert category in found(text)


def test_a_fathers_name_is_no_priests() -> None:
    assert RELIGION not in found("mon père Jean Moreau arrive demain")


@pytest.mark.parametrize(
    "text",
    [
        "Appartamento a Lecce, noi due uomini sposati da poco: accoglienza perfetta.",
        "Como pareja de mujeres nos trataron genial en el hotel.",
        "Wij zijn een stel van twee mannen en voelden ons welkom.",
    ],
)
def test_a_couple_named_by_its_genders(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


def test_member_benefits_of_a_union() -> None:
    assert UNION in found(
        "Über die IG BCE Mitgliedervorteile einen Mietwagen gebucht, 10 % billiger."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lieferung von Christliche Bücherstube GmbH ist angekommen",
        "Invoice from Catholic Supplies Ltd, net 30",
    ],
)
def test_a_companys_name(text: str) -> None:
    assert RELIGION not in found(text)


def test_a_person_who_works_at_a_company_still_tells_their_faith() -> None:
    assert RELIGION in found("Ich bin Katholikin und arbeite bei Müller GmbH")


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Pieter Smit\nInstituut voor Klinische Genetica\nErasmus MC",
        "Seminario: biometria e privacy sul lavoro, ore 10",
        "PCR_DNA_protocol_v3.pdf",
    ],
)
def test_an_institute_a_seminar_a_protocol(text: str) -> None:
    assert found(text) & {BIOMETRIC, GENETIC, HEALTH} == set()
