"""Biometric data as casework and everyday devices name it: a ten-print card, a mugshot
record, an asylum seeker's Eurodac hit, a hand read by a canteen's reader; a system named in
a job advert is no one's sample. And words of chats: an STI test, "bollera", a course of
chemotherapy, an erection."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, HEALTH, SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    "text",
    [
        "FAED_fiche_decadactylaire_gardé_à_vue_LDupont_2026-03.tif",
        "karta_daktyloskopijna_zatrzymany_PNowak_KMP_Radom.tif",
        "cartellino_fotosegnaletico_impronte_GBianchi_Questura_Bari.tif",
        "ficha_lofoscopica_arguido_RSilva_PJ_Braga.tif",
        '{"richiedente":"Amadou Diallo","eurodac":"hit categoria 1 (Grecia)","dublino":true}',
        "La badgeuse à contour de la main ne reconnaît plus ma main gauche. Matricule 4410.",
        "Kinga: tak, wczoraj zapisali moją rękę i teraz płacę bez karty",
    ],
)
def test_a_persons_sample_in_casework_words(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"bando":"Istruttore - Ufficio immigrazione","requisiti":"conoscenza del sistema AFIS"}',
        '{"ogloszenie":"Inspektor","wymagania":"znajomość ustawy i systemu Eurodac"}',
    ],
)
def test_a_system_named_in_a_job_advert_is_no_ones(text: str) -> None:
    assert BIOMETRIC not in found(text)


def test_an_sti_test_and_a_word_of_ones_own() -> None:
    assert HEALTH in found("Max: ik heb een soa-test aangevraagd bij de GGD")
    assert SEXUAL_ORIENTATION in found("Txell: que soy bollera y a mucha honra")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Daan: hij krijgt nu elke drie weken zijn kuur in het ziekenhuis", HEALTH),
        ("Caro: il a ses séances de rayons tous les matins, il est épuisé", HEALTH),
        ("Con il nuovo farmaco ho problemi di erezione, è normale?", SEXUAL_ORIENTATION),
    ],
)
def test_words_of_treatment_and_of_sex_life(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fingerprint reader at gate 2 is broken again, use gate 3.",
        "Der Fingerabdruck-Leser am Eingang Nord ist defekt, bitte Eingang Süd nutzen.",
    ],
)
def test_a_reader_that_names_no_one_is_a_device(text: str) -> None:
    assert BIOMETRIC not in found(text)


def test_the_writers_own_reader_still_knows_them() -> None:
    assert BIOMETRIC in found("My fingerprint reader at the door no longer recognises me.")
