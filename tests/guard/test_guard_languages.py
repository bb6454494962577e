"""Special categories and children in eight languages, in the shapes texts take, and the
texts that only look like them (idioms, rules, products, blank forms, ages of objects)."""

from __future__ import annotations

from datetime import date

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    GENETIC,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    UNION,
)
from troth.guard.engine import build_engine


@pytest.mark.proves("C3", via="troth.guard.check.check")
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # plain first-person statements
        ("I'm a gay man and my partner shares this account", SEXUAL_ORIENTATION),
        ("As a Black woman I keep getting flagged by the face unlock", RACE),
        ("I'm Hindu and fast on Tuesdays, please book another day", RELIGION),
        ("All staff fingerprints were enrolled on the door controller", BIOMETRIC),
        # eight languages
        ("Ich habe Brustkrebs und bin ab Montag in der Reha.", HEALTH),
        ("Je suis délégué syndical CGT dans mon entreprise.", UNION),
        ("Soy bisexual y no quiero que eso salga en mi perfil.", SEXUAL_ORIENTATION),
        ("Sono di origine marocchina e il mio cognome viene storpiato.", RACE),
        ("Sou evangélica e vou ao culto todo domingo.", RELIGION),
        ("Ik ben lid van de PvdA sinds 2010.", POLITICS),
        ("Mam cukrzycę i potrzebuję telefonu z dużymi przyciskami.", HEALTH),
        ("Mijn DNA-test liet zien dat ik drager ben van cystic fibrosis.", GENETIC),
        # compounds, identifiers, lower-case chat, no accents
        ("Ich bin SPD-Mitglied und will keine Werbung.", POLITICS),
        ("jdoe-insulin-pump-01.local", HEALTH),
        ("MariaPregnancyScan.pdf", HEALTH),
        ("employee_fingerprint_templates.csv", BIOMETRIC),
        ("sono diabetico, uso il microinfusore", HEALTH),
        # a person's own health stated negatively is still health
        ("Customer says he isn't on any medication and has no heart condition.", HEALTH),
        # a label and its value
        ("Religion: Muslim", RELIGION),
        # a relationship that shows orientation
        ("Tom here - me and my husband are off from the 24th", SEXUAL_ORIENTATION),
        ("Il vit avec son compagnon depuis dix ans, dit l'assuré.", SEXUAL_ORIENTATION),
    ],
)
def test_a_revelation_is_found(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.proves("C3", via="troth.guard.check.check")
@pytest.mark.parametrize(
    "text",
    [
        "that update almost gave me a heart attack lol",
        "let's pray the firmware update works this time",
        "Reminder to agents: never type customers' health details into tickets.",
        "Our blog post on World Diabetes Day goes live Monday.",
        "I read an article about diabetes yesterday.",
        "Does your union-find implementation handle path compression?",
        "Sind Sie Mitglied einer Gewerkschaft?  ( ) ja  ( ) nein",
        '"mostrar_campo_religiao": false',
        "face_recognition_model_v5.onnx",
        "El lector de huellas de este móvil es rapidísimo.",
        "Europese Unie - btw 21 %",
        "Ramadan promo - 20% off dates",
        "questo cliente mi fa venire un infarto",
        "genetisch_algoritme_roosters_v2.py",
        "fernanda.roma82@hotmail.es",
        "Glorieta de Remedios Araujo 37",
        "Christmas party - Level 3 bar",
    ],
)
def test_a_mention_that_reveals_nothing_is_not_found(text: str) -> None:
    assert found(text) == set()


@pytest.mark.proves("K1", via="troth.guard.check.check")
@pytest.mark.parametrize(
    "text",
    [
        "my son is 7 and wants his own tablet",
        "9yo keeps changing the router password lol",
        "Please add a profile for my daughter Mia (9).",
        "my kid is turning 12 next week",
        "hi im 11 and my mom made this account for me",
        "Mein Sohn ist 8 Jahre alt.",
        "mon fils a 10 ans et il veut un compte",
        "mi hijo tiene 9 años",
        "mia figlia ha 8 anni",
        "meu filho tem 7 anos",
        "mijn dochter is 6 jaar",
        "mój syn ma 9 lat",
        "Gekocht voor mijn zevenjarige, hij is er dol op.",
        "Kind: Paul, sechs Jahre, Asthma",
        "she's in 4th grade and uses the laptop for homework",
        "ma fille est en CM1",
        "mijn zoon zit in groep 5",
        "Tiago Santos - 4.º ano",
        "Jacob-9yo-Switch",
        "Schoolfoto_Julia_groep3_2026.jpg",
        "Date of birth: 2017-03-02",
        "Data urodzenia: 2018-02-23",
    ],
)
def test_a_child_is_found(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.proves("K1", via="troth.guard.check.check")
@pytest.mark.parametrize(
    "text",
    [
        "The router is 12 years old and drops the connection every night.",
        "Der Router ist 12 Jahre alt und sollte ersetzt werden.",
        "Version 10 of the firmware is a 10-year-old release.",
        "We graded the 5th grade exams with the new tablets.",
        "I have been a customer for 10 years.",
        "Suitable for ages 8 and up.",
        "Kids under 12 eat free on Sundays.",
        "ma fille vient d'avoir 13 ans et veut snapchat",
        "I am 34 years old and want to close my account.",
        "Date of birth: 2013-12-05",
    ],
)
def test_what_only_looks_like_a_child_is_not_found(text: str) -> None:
    assert CHILD not in found(text)


def test_a_birth_date_is_read_against_the_day_given() -> None:
    text = "Date of birth: 2014-06-01"
    assert CHILD in {d.category for d in build_engine(today=date(2026, 12, 6)).analyze(text)}
    assert CHILD not in {d.category for d in build_engine(today=date(2027, 7, 1)).analyze(text)}


def test_the_dutch_donor_foundation_is_no_italian_union() -> None:
    assert UNION not in found("Fiom heeft een match gevonden in de KID-DNA Databank, ik bel ze.")
    assert UNION in found("Sono iscritto alla Fiom da vent'anni, delegato in fabbrica.")
