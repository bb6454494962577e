"""Disclosures written close to their no-one twins: an age in a clause, a treatment beside a
gene, "as a couple of …", a record's relationship and title, a person's flag, a roster's
date of birth. Each class has a control that must stay unfound."""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    HEALTH,
    POLITICS,
    RELIGION,
    SEXUAL_ORIENTATION,
)
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Our son, who is 7, lost his scarf at the swimming pool on Friday.",
        "nuestro hijo, que tiene 6 años, se dejó la bufanda en la piscina",
        "notre fils, qui a 7 ans, a perdu son écharpe à la piscine",
        "nasz syn, który ma 7 lat, zgubił szalik na basenie",
        "unser Sohn, der 7 ist, hat seinen Schal im Schwimmbad vergessen",
    ],
)
def test_an_age_in_a_clause_after_a_child_word_is_a_child(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our son, who is 15, lost his scarf at the swimming pool on Friday.",
        "our daughter, who is 20 minutes late, sends her apologies",
    ],
)
def test_an_older_child_or_a_measure_in_the_clause_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Historial: mutación BRCA1, histerectomía profiláctica en 2022",
        "Vorgeschichte: BRCA2-Mutation, prophylaktische Mastektomie 2021",
        "Anamnese: mutatie in BRCA1, preventieve mastectomie in 2020",
    ],
)
def test_a_treatment_beside_a_gene_is_health(text: str) -> None:
    assert HEALTH in categories(text)


def test_the_condition_a_gene_test_sought_is_not_health() -> None:
    assert HEALTH not in categories("Test: mutation for familial hypercholesterolaemia, negative")


@pytest.mark.parametrize(
    "text",
    [
        "Come coppia di gay ci siamo trovati benissimo in questo agriturismo.",
        "Als lesbisches Paar haben wir uns hier sofort wohlgefühlt.",
        "Jako para gejów czuliśmy się tu świetnie.",
        "Jako lesbijka nie miałam tu żadnych problemów.",
    ],
)
def test_as_a_couple_of_is_said_of_the_writers(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name":"Chris Doyle","title":"Mr","next_of_kin":"Adam Doyle","relationship":"husband"}',
        '{"name":"Anke Vos","anrede":"Frau","notfallkontakt":"Ilse Vos","beziehung":"Ehefrau"}',
        '{"nome":"Paolo Gatti","titolo":"Sig.","contatto":"Marco Gatti","relazione":"marito"}',
    ],
)
def test_a_records_own_title_and_a_spouse_of_that_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


def test_a_records_spouse_of_the_other_gender_is_no_disclosure() -> None:
    text = '{"name":"Chris Doyle","title":"Mr","next_of_kin":"Anna Doyle","relationship":"wife"}'
    assert SEXUAL_ORIENTATION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        '"fingerprint_verified": true, "person": "Jonas Weber", "gate": "B2"',
        '"iris_enrolled": true, "member": "R. Okafor"',
    ],
)
def test_a_persons_biometric_flag_is_biometric(text: str) -> None:
    assert BIOMETRIC in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Weber;Mia;03.02.2018;Hort ja;Bus nein",
        "Lefèvre;Chloé;21/06/2016;cantine;CM1",
        "Nowak;Zosia;2019-04-11;przedszkole;świetlica",
    ],
)
def test_a_rosters_date_of_birth_is_a_child(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Weber;Mia;03.02.2021;Vertrieb;Vollzeit",
        "Weber;Mia;03.02.1998;Hort;Erzieherin",
    ],
)
def test_a_staff_lists_date_or_an_adults_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "I pray every evening, so please no calls after nine",
        "ich bete jeden Morgen, deshalb erst ab halb neun",
        "rezamos todas las noches en casa, mejor llamar antes",
        "ik bid elke ochtend, dus de standup liever om tien",
    ],
)
def test_praying_said_of_oneself_is_religious(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "hopefully the release goes fine tonight, I pray",
        "ich bete, dass der Server heute hält",
        "je prie pour que l'imprimante marche demain",
    ],
)
def test_praying_for_a_thing_to_work_is_no_faith(text: str) -> None:
    assert RELIGION not in categories(text)


@pytest.mark.parametrize(
    "text",
    ["sin religión (agnóstico)", "senza religione, ateo", "I'm not religious, never have been"],
)
def test_no_faith_of_ones_own_is_a_belief(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yom Kippur – unreachable all day",
        "Shabbat – telefoon uit vanaf vrijdagavond",
        "Rosh Hashana – ganztägig nicht erreichbar",
    ],
)
def test_a_holy_day_kept_offline_in_ones_calendar_is_religious(text: str) -> None:
    assert RELIGION in categories(text)


def test_a_holy_day_that_closes_an_office_is_no_ones() -> None:
    assert RELIGION not in categories("Yom Kippur – office closed, deliveries on Thursday")


@pytest.mark.parametrize(
    "text",
    [
        "je suis de droite depuis toujours, votre édito m'énerve",
        "soy de izquierdas de toda la vida",
        "sono sempre stata di sinistra",
        "I'm right-wing and I don't hide it",
        "jestem lewicowy od liceum",
    ],
)
def test_a_political_side_said_of_oneself_is_political(text: str) -> None:
    assert POLITICS in categories(text)


@pytest.mark.parametrize(
    "text",
    ["ich bin links abgebogen, dann geradeaus", "la salida está a la izquierda del ascensor"],
)
def test_a_side_of_the_road_is_no_opinion(text: str) -> None:
    assert POLITICS not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hna. Ana de la Cruz Pérez\nColegio Santa Ana, Zaragoza",
        "Sor Lucía de los Ángeles Martín – Residencia San José",
    ],
)
def test_a_nun_named_with_her_surnames_particles_is_religious(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anmeldung Kinderturnen: Lea, geb. 05/2019, Gruppe Mäuse",
        "Inscription judo : Noah, né le 11/2017, ceinture blanche",
    ],
)
def test_a_birth_month_and_year_under_its_label_make_a_child(text: str) -> None:
    assert CHILD in categories(text)


def test_an_adults_birth_month_and_year_make_no_child() -> None:
    assert CHILD not in categories("Trainer: Jonas Weber, geb. 04/1988, Lizenz C")


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz Lis\nJestem w trakcie leczenia onkologicznego, odpisuję z opóźnieniem",
        "arret_travail_Martin_Chloe_nov2026.pdf",
        "e-ZLA od 03.12 do 10.12, kod A",
        "Thursday 7pm church hall meeting – 9 months without a drink next week",
    ],
)
def test_sick_leave_treatment_and_sobriety_words_are_health(text: str) -> None:
    assert HEALTH in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "mi móvil se desbloquea con mi cara desde ayer, muy cómodo",
        "le club de sport m'ouvre la porte avec mon visage maintenant",
    ],
)
def test_a_door_or_phone_that_opens_by_ones_face_is_biometric(text: str) -> None:
    assert BIOMETRIC in categories(text)


def test_a_phone_feature_for_anyone_is_no_ones() -> None:
    assert BIOMETRIC not in categories("the new phones unlock with your face, nice feature")
