"""A message to many (a newsletter, an offer, a reminder of a rule, an announcement, a mail
to all staff) names topics, unless it names a person or its writer speaks of themself."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.bulletins import bulletin
from troth.guard.detection import HEALTH, RELIGION, UNION


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Personalrat aktuell – Januar\n\nAm 3.2. ist Gesundheitstag: Hautkrebs-Screening und "
            "Grippeimpfung durch die Betriebsärztin.",
            HEALTH,
        ),
        (
            "Lembrete LGPD – RH\n\nPedimos que ninguém envie atestados médicos pelo WhatsApp.",
            HEALTH,
        ),
        (
            "Apteka Zdrowie – promocje stycznia\n\nSyropy na kaszel 1+1, bezpłatny pomiar "
            "cholesterolu w soboty.",
            HEALTH,
        ),
        (
            "Invitation – Rencontre interreligieuse du quartier\n\nLe collectif vous invite à la "
            "salle des fêtes : prières et chants.",
            RELIGION,
        ),
        ("Avviso elezioni RSU\n\nLe liste sindacali si presentano entro il 10 febbraio.", UNION),
        ("Dear all,\n\nThe flu jab clinic is on Thursday in room 4, no booking needed.", HEALTH),
    ],
)
def test_a_message_to_many_names_no_one(text: str, category: str) -> None:
    assert category not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Parish newsletter – December\n\nPlease keep Jan Kowalski in your prayers, he is in "
            "hospital after a stroke.",
            HEALTH,
        ),
        ("Dear all,\n\nI will be off for two weeks: I have surgery on my knee on Monday.", HEALTH),
    ],
)
def test_a_person_named_or_the_writer_is_kept(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Newsletter – March\n\nNews of the club.", True),
        ("Liebe Kolleginnen und Kollegen,\n\nheute ist Sommerfest.", True),
        ("Liebe Hanne,\n\nrate mal, wer gewählt wurde.", False),
        ("Newsletter – March. News of the club.", False),
        ("I read the newsletter this morning and then I went out for a long walk.\nBye", False),
    ],
)
def test_what_a_bulletin_is(text: str, expected: bool) -> None:
    assert bulletin(text) is expected
