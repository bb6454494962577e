"""A fast kept until sunset tells a faith without naming it; a fast or a sunset alone does
not."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import RELIGION
from troth.guard.observance import fasting_till_sunset


@pytest.mark.parametrize(
    "text",
    [
        "can't do the team dinner, I'm fasting until sundown all month",
        "Mittagessen ohne mich, ich faste bis Sonnenuntergang",
        "je jeûne jusqu'au coucher du soleil, on se voit après",
        "no como nada hasta la puesta del sol, estoy de ayuno",
        "salto il pranzo, digiuno fino al tramonto",
        "estou de jejum até ao pôr do sol esta semana",
        "ik vast tot zonsondergang, dus geen lunch voor mij",
        "poszczę do zachodu słońca, więc nie jem obiadu",
    ],
)
def test_a_fast_until_sunset_is_a_religious_observance(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fasting blood test booked for 8am, lab on floor 2",  # a fast with no sunset
        "Der Park ist bis Sonnenuntergang geöffnet",  # a sunset with no fast
        "Terraza abierta hasta la puesta del sol",
        "Fast delivery, arrived before sunset the same day",  # "fast": quick
        "We staan vast in de file, aankomst na zonsondergang",  # "vast": stuck
    ],
)
def test_a_fast_or_a_sunset_alone_is_no_observance(text: str) -> None:
    assert RELIGION not in found(text)


def test_the_fast_word_is_the_span() -> None:
    text = "Sorry, fasting till sunset today. Call me at 7?"
    assert [text[s:e] for s, e in fasting_till_sunset(text)] == ["fasting"]


@pytest.mark.parametrize(
    "text",
    [
        # a named person's fast kept for a month, or with meals moved to the evening
        "Mar 2027: Yusuf fasting – move team lunches to after 18:30 or skip them",
        "Feb/März 2027: Hamza fastet – Teamessen bitte nach 18 Uhr oder ausfallen lassen",
        "Feb/mar 2027: Youssef ayuna todo el mes, las comidas de equipo se anulan",
        "lut/mar 2027: Jusuf pości cały miesiąc – obiady zespołowe odwołać",
        # the Sabbath's hours kept by a guest
        "Client M. Attal demande que la porte ne soit pas électronique du vendredi coucher "
        "du soleil au samedi soir ; il prendra l'escalier.",
        "Gast dhr. Cohen vraagt dat de deur van vrijdag zonsondergang tot zaterdagavond "
        "niet elektronisch opent; hij neemt dan de trap.",
    ],
)
def test_a_fast_for_a_month_or_the_sabbaths_hours_kept_by_someone(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna is fasting before her blood test, nothing after 20:00",
        "Ramadan fasting hours: the canteen opens after 18:00",
        "Our lifts run in Shabbat mode from Friday sunset to Saturday night",
        "The shop is closed from Friday sunset until Saturday evening",
    ],
)
def test_a_medical_fast_or_hours_kept_by_no_one_are_no_observance(text: str) -> None:
    assert RELIGION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Hausverwaltung, wir feiern nächste Woche Chanukka – ist das mit dem Brandschutz ok?",
        "We celebrate Diwali at home every year, so the 12th is off for me",
        "Prière du vendredi 13h30 – mosquée de la rue Polonceau",
    ],
)
def test_a_feast_the_writer_celebrates_or_a_prayer_in_an_agenda(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The city celebrates Diwali with lights on Main Street",
        '{"viaggio":"pellegrinaggio Lourdes","posti_liberi":12,"organizza":"parrocchia San Rocco"}',
    ],
)
def test_a_feast_of_a_city_or_an_offers_places_are_no_ones(text: str) -> None:
    assert RELIGION not in found(text)


def test_a_cleric_under_a_name_with_two_small_words() -> None:
    signature = (
        "Willem van der Velde\nPredikant, Gereformeerde Kerk Zwolle-Zuid\nKerkstraat 4, Zwolle"
    )
    assert RELIGION in found(signature)


def test_a_fast_word_with_its_accent_opens_the_reading() -> None:
    # the gate's list holds "jeune" folded; the text writes "jeûne"
    assert RELIGION in found("Cette année Karim jeûne tout le mois, les déjeuners après 18h30")


@pytest.mark.parametrize(
    "text",
    [
        "lads I'm off the booze till Easter, giving it up for Lent so I'll be on soda",
        "Fatima (8) kan zaterdag niet naar zwemles, ze gaat dan naar Koranles bij de moskee.",
        '{"helfer": "Tobias Lang", "rolle": "Leiter der Messdienergruppe St. Georg"}',
    ],
)
def test_lent_quran_lessons_and_altar_servers(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize("text", ["I lent him my car last week", "The bank lent us the deposit"])
def test_lent_the_verb_is_no_season(text: str) -> None:
    assert RELIGION not in found(text)


def test_a_season_the_writer_keeps_after_it_is_named() -> None:
    text = "it's still Lent and I've given up meat and booze, I'd be terrible company"
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "can we do 6:30 instead? I break my fast at about 6:10 this month",
        "Questo mese esco alle 17, rompo il digiuno verso le 17:40 con la famiglia",
        "W tym miesiącu proszę o spotkania przed 16:00, przerywam post około 16:20",
        "Rendez-vous après 19h s'il vous plaît, nous rompons notre jeûne à 18h45 ce mois-ci",
        "Tue–Thu: leave 16:00 sharp, opening the fast at home with family",
    ],
)
def test_breaking_the_fast_at_an_hour_is_religious(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "breakfast at 8:00 in the lobby, lunch at 12:30",
        "Lunch break: fast food at 12:30?",
        "we break at 4pm for coffee, fast turnaround on the review after",
    ],
)
def test_breakfast_and_a_break_are_not_a_fast(text: str) -> None:
    assert RELIGION not in found(text)
