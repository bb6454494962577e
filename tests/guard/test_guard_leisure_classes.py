"""What customers of travel, shops and leisure write tells as much as anywhere: a member's
question about their union's discount, a couple named in a booking, a face compared with a
passport's photo, a voice kept as a password, a dating bio."""

from __future__ import annotations

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


@pytest.mark.parametrize(
    "text",
    [
        "geldt de FNV-korting ook voor het zwembad? ik ben al jaren lid",
        "does the Unison discount cover the spa too? I'm a member since 2012",
        "lo sconto CGIL vale anche per il campeggio? sono iscritta dal 2019",
    ],
)
def test_a_members_question_about_the_unions_discount_tells(text: str) -> None:
    assert UNION in found(text)


def test_a_question_with_no_member_tells_nothing() -> None:
    assert UNION not in found("Gilt der IG-Metall-Rabatt auch für Nichtmitglieder?")


@pytest.mark.parametrize(
    "text",
    [
        "Wir (Jonas und mein Mann Tobias) kommen am Freitag, bitte ein Doppelbett.",
        "We (Pieter en mijn vriend Daan) willen graag een tafel voor twee op zaterdag.",
        "chcę zrobić niespodziankę mojej dziewczynie, stolik na sobotę, jestem Kasia",
        "Prenota la cena la Sig.ra Laura Conti con sua moglie Giulia, il 14 alle 20.",
        '{"app": "Feeld", "bio": "poliamorosa, amo viaggiare e il mare"}',
    ],
)
def test_a_couple_in_a_booking_or_a_bio_tells_orientation(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "El poliamor en la televisión: un debate con expertos",
        "Prenota la cena il Sig. Marco Conti con sua moglie Giulia, il 14 alle 20.",
    ],
)
def test_a_topic_or_a_man_and_his_wife_tells_no_orientation(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mevr. Bakker zegt dat de incheckzuil haar gezicht met haar paspoort vergeleek.",
        "die Banking-App hat meine Stimme als Passwort gespeichert, wie lösche ich das?",
    ],
)
def test_a_face_compared_or_a_voice_stored_is_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mme Roux demande un reçu pour son don au PCF ; elle en est adhérente depuis 2015.",
        "Il sig. Galli chiede la ricevuta per la cena del PD, ne è iscritto da anni.",
    ],
)
def test_a_member_of_the_party_just_named_is_political(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2027-07-05,Centro Estivo,Matteo Bruni,nato 02/03/2016,padre Luca Bruni",
        "Mi padre dice que el hotel era mejor el año pasado, y mi madre está de acuerdo.",
    ],
)
def test_a_father_written_padre_is_no_priest(text: str) -> None:
    assert RELIGION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2027-07-05,Colónia de Férias,Tomás Reis,nasc. 14/02/2017,mãe Ana Reis",
        "Anmeldung_Ferienlager_Paul_7J.pdf",
    ],
)
def test_a_birth_date_or_an_age_in_a_camps_record_is_a_childs(text: str) -> None:
    assert CHILD in found(text)


def test_a_number_of_years_after_a_thing_is_no_age() -> None:
    assert CHILD not in found("Motor_5J_Garantie.pdf")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Beim Check-in wurde ich als einziger Schwarzer nach dem Ausweis gefragt.", RACE),
        ("we hadden voor mijn vrouw kosjere maaltijden besteld, zij houdt kasjroet", RELIGION),
        ("olá, na quaresma não como carne, o menu do jantar tem peixe para mim?", RELIGION),
        ('Sinistre 9120,Mme L. Petit,"test prédictif positif en 2021, aucun symptôme"', GENETIC),
        ("Di 8:00 Emma (3. Klasse) zum Kieferorthopäden, Zahnspange kontrollieren", HEALTH),
        ("Za 10:00 Hans & Specsavers – nieuwe bril na staaroperatie opa", HEALTH),
    ],
)
def test_customers_words_of_a_category(text: str, category: str) -> None:
    assert category in found(text)


def test_a_surname_is_no_origin() -> None:
    assert RACE not in found("Alice Schwarzer schreibt heute in der Emma über Mode.")


def test_leading_ones_peoples_association_in_a_signature_is_an_origin() -> None:
    assert RACE in found("Jan Kwiek | Prezes, Stowarzyszenie Romów Polskich | Tarnów")
    assert RACE not in found("Roman Dębicki | Prezes, Stowarzyszenie Miłośników Kolei | Kraków")


@pytest.mark.parametrize(
    "text",
    [
        "Marta Ruiz · Directora\nLos lunes salgo antes: mi mujer, Elena, trabaja de noche.",
        "Tomasz Nowak | Kierownik sklepu\nW środy odbieramy z mężem córkę z przedszkola.",
        "ik ben aseksueel, dus nee, geen interesse in die date",
    ],
)
def test_a_signatures_writer_and_their_spouse_or_a_word_of_orientation(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


def test_a_signatures_writer_and_a_spouse_of_the_other_gender_tell_nothing() -> None:
    text = "Peter Brandt · Vertrieb\nFreitags hole ich mit meiner Frau die Kinder ab."
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aminata Ba, présidente de l'association des Peuls de Saint-Denis",
        "Ousmane Ndiaye | Presidente, Associazione Wolof di Torino",
    ],
)
def test_leading_a_west_african_peoples_association_is_an_origin(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je parle wolof et arabe, pour le poste d'accueil.",
        "Ich spreche Kurdisch und Deutsch, gern auch am Telefon.",
        "hablo árabe en casa con mis padres",
    ],
)
def test_a_language_spoken_is_no_origin(text: str) -> None:
    assert RACE not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oakfield Primary: Noah's fingerprint has now been registered for the lunch till.",
        "Our porter Ken Adler's face enrolment keeps failing since he shaved, please redo it",
    ],
)
def test_a_persons_own_sample_named_by_a_possessive_is_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)


def test_a_products_sample_reader_is_no_ones() -> None:
    assert BIOMETRIC not in found("The iPhone's face unlock beats Samsung's fingerprint reader.")


def test_canvassing_a_ward_for_a_party_is_political() -> None:
    text = "Canvassing Elm ward w/ Sam & Priya (Lib Dems), meet at the library 10am"
    assert POLITICS in found(text)
