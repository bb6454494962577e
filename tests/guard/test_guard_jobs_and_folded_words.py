"""Words that name a job, an office or a way of speaking, not a person's category: a term
whose accents, folded away, leave another language's common word ("islã" and "Isla"), a
hospital someone works in, saying a thing aloud, an election to a club's office, and a
practitioner's or a clerk's title in a signature."""

from __future__ import annotations

import json

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    GENETIC,
    HEALTH,
    POLITICS,
    RELIGION,
    SEXUAL_ORIENTATION,
)
from troth.guard.lexicon import LEXICON_PATH


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese "islã" folds to Spanish "isla", an island and a girl's name
        "Isla will bring the signed form on Monday",
        "la isla de Mallorca es preciosa en octubre",
        # working at a hospital is a job there, not a stay
        "Mi marido trabaja a turnos en el hospital, así que recogeré yo el paquete",
        "my mum works at the hospital so she can't take the delivery",
        "Elle travaille de nuit à l'hôpital, merci de livrer le matin",
        "Pracuje w szpitalu na nocne zmiany, proszę o dostawę rano",
        # aloud: "em voz alta" is no voice enrolled
        "finalmente digo em voz alta: mudei de emprego e estou contente",
        # an election to a club's or a union's office, not a political opinion
        "so I've been voted in as steward of the allotment society, more meetings",
        # a treasurer of a tennis club
        "Gert-Jan Hoekstra\nPenningmeester, Tennisvereniging De Lobbers",
        # a practitioner's title and a clerk's office in a signature
        "Dr. Karin de Ruiter\nHuisarts\nGezondheidscentrum De Hoven",
        "Bernd Krüger\nSachbearbeiter Kirchensteuerstelle\nFinanzamt Köln-Ost",
    ],
)
def test_a_job_an_office_or_a_folded_word_is_no_disclosure(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("sou muçulmano e o islã é a minha fé", RELIGION),
        ("my mum is in the hospital since she fell at work", HEALTH),
        ("He worked hard, now he is in hospital with pneumonia", HEALTH),
        ("Mein Arzt sagt, ich habe Diabetes", HEALTH),
        (
            "estou tão cansada. a Rita (a minha namorada, sim, finalmente digo em voz alta) "
            "vai buscar-me às 8",
            SEXUAL_ORIENTATION,
        ),
        ("Ich kandidiere im März für die ÖDP im Gemeinderat", POLITICS),
        ("he dado de alta mi huella en el gimnasio para entrar", BIOMETRIC),
        ('{"empleado": "E-2201", "biometria": "huella", "registrada": "2026-09-01"}', BIOMETRIC),
        ("Eva Smit | Penningmeester CDA Haarlem", POLITICS),
        ("I voted for the Greens again, sorry not sorry", POLITICS),
    ],
)
def test_the_category_itself_still_counts(text: str, category: str) -> None:
    assert category in found(text)


def test_a_folded_term_that_is_another_languages_word_counts_only_as_written() -> None:
    religion = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["terms"][RELIGION]
    assert "islã" in religion["accented"]
    assert "islã" not in religion["plain"] + religion["ambiguous"]


def test_the_build_compares_the_folded_form_with_other_languages() -> None:
    pytest.importorskip("wordfreq")
    from troth.guard.lexicon_build import collides, folds_into_another

    assert folds_into_another("islã", "pt", {"pt": {"islã"}})
    assert not collides("islã", "pt", {"pt": {"islã"}})  # as written, no other word
    assert not folds_into_another("muçulmano", "pt", {"pt": {"muçulmano"}})
    assert not folds_into_another("islam", "en", {"en": {"islam"}})  # no accent to fold


@pytest.mark.parametrize(
    "text",
    [
        # a named person's own health, stated negatively, is health
        "Exame de admissão – Rosa Teixeira: sem doença cardíaca, sem alergias conhecidas.",
        "Einstellungsuntersuchung – Monika Haase: keine Herzerkrankung, keine Allergien.",
    ],
)
def test_a_named_persons_health_stated_negatively_counts(text: str) -> None:
    assert HEALTH in found(text)


def test_a_portuguese_no_is_in_the_not_a_negation() -> None:
    assert SEXUAL_ORIENTATION in found(
        "Marcha do Orgulho – vou no bloco bi, eu levo a faixa, 16h Praça da República"
    )
    assert found("There are no bisexual options in the form, please add them") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Asegurada con mutación BRCA1 confirmada, sin cáncer. Pregunta por la póliza de vida.",
        "Erfelijkheidsonderzoek: bij mij is een BRCA1-mutatie gevonden, nog geen ziekte",
        "She had a BRCA2 test which came back positive. She has had no cancer diagnosis.",
    ],
)
def test_a_genetic_result_with_no_illness_is_genetic_only(text: str) -> None:
    assert found(text) == {GENETIC}


def test_a_genetic_result_with_an_illness_is_both() -> None:
    assert found("BRCA1-Mutation gefunden, Brustkrebs 2024 behandelt") >= {GENETIC, HEALTH}


@pytest.mark.parametrize(
    "text",
    [
        # the aids of a person who does not see or hear well
        "New starter Marcus (starts 4 Jan): standard laptop plus a braille display.",
        "Tom Reilly · Accounts\nPlease email rather than phone – I lip-read on video calls",
        "Incorporación de Dña. Nuria Campos el 04/01: pedir licencia del lector de pantalla "
        "y línea braille.",
        "Nuova collega Dott.ssa Nadia Russo: ordinare il lettore di schermo e una barra braille.",
        "dsl j'arrive en retard, mon capteur a sonné et j'ai dû me resucrer",
    ],
)
def test_an_aid_to_seeing_or_hearing_is_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our website works with every screen reader on the market",
        "czytnik-linii-papilarnych-wejscie-B",  # a reader of fingerprints at a door
    ],
)
def test_a_reader_as_a_product_or_a_device_is_no_disclosure(text: str) -> None:
    assert found(text) == set()
