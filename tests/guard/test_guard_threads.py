"""A thread: a chat export or a transcript whose lines open with their speakers. A term in
a turn is said by someone the reader can identify, of themself or of someone they know;
a question put to the group of who has it names no one."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    HEALTH,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
)
from troth.guard.threads import Turn, asked_who, turn_at, turns


def test_a_chat_export_is_read_as_turns() -> None:
    text = "[10:02] Ines: bist du da?\n[10:03] Bernd: gleich\n[10:05] Ines: ok"
    assert [t.speaker for t in turns(text)] == ["Ines", "Bernd", "Ines"]
    assert turn_at(text, text.index("gleich")) == Turn("Bernd", 26, 48)


def test_a_call_transcript_of_two_roles_is_read_as_turns() -> None:
    text = "Agent: how can I help?\nCaller: it's about my order"
    assert [t.speaker for t in turns(text)] == ["Agent", "Caller"]


@pytest.mark.parametrize(
    "text",
    [
        "Name: Jonas Weber\nDiagnose: Asthma\nStation: 4B",  # a form's fields
        "Betreff: Urlaub\nDatum: 3. März",
        "Ines: bist du da?",  # one speaker alone
        "Ines: hallo\nBernd: hallo",  # two lines, no one speaks again
    ],
)
def test_fields_and_a_single_line_are_no_thread(text: str) -> None:
    assert turns(text) == ()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "[18:01] Vera: weißt du was von Onkel Heinz?\n[18:04] Malte: er hatte einen "
            "Schlaganfall, aber er spricht schon wieder\n"
            "[18:05] Vera: zum Glück",
            HEALTH,
        ),
        (
            "Bea: como foi o fim de semana?\nJoana: fomos à festa cigana da família do Rui, "
            "três dias de dança\nBea: que inveja\nJoana: para o ano vens",
            RACE,
        ),
        (
            "Olek: co u Marty?\nIga: po operacji kolana chodzi o kulach, rehabilitacja "
            "od stycznia\nOlek: pozdrów ją",
            HEALTH,
        ),
        (
            "Mila: wie is er zondag?\nJoost: ik niet, ik ga naar de mis met oma, daarna "
            "koffie bij de pastoor\nMila: ok, dan zaterdag",
            RELIGION,
        ),
    ],
)
def test_a_turn_of_a_thread_speaks_of_someone(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("[20:08] Sanne: laat even weten wie er een notenallergie heeft", "notenallergie"),
        ("Who has a nut allergy?", "allergy"),
        ("Wer von euch hat eine Laktoseintoleranz?", "Laktoseintoleranz"),
        ("¿Quién es celíaco en el grupo?", "celíaco"),
        ("Nina: kto ma uczulenie na orzechy?", "uczulenie"),
    ],
)
def test_a_question_of_who_has_it_is_asked_of_a_group(sentence: str, term: str) -> None:
    assert asked_who(sentence, sentence.index(term))


def test_who_after_a_noun_tells_of_someone() -> None:
    sentence = "my son, who has asthma, needs his inhaler"
    assert not asked_who(sentence, sentence.index("asthma"))


def test_a_group_asked_who_has_an_allergy_names_no_one() -> None:
    text = (
        "[19:30] Femke: de taart is besteld voor vrijdag\n[19:31] Koen: top\n"
        "[19:33] Femke: laat even weten wie er allergieën heeft"
    )
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nacho: ¿viene Rafa?\nCarla: sí, y ¿sabías que Rafa tiene novio? uno de Vigo",
        "Tom has a boyfriend now, they met at the climbing gym",
        "Kasia ma dziewczynę od roku, bardzo fajną",
        "Luca ha il ragazzo da due anni",
    ],
)
def test_a_person_named_who_has_a_partner_of_their_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna has a boyfriend now, they met at the climbing gym",
        "Marie a une copine qui habite à Lyon",  # a "copine" may be a friend
        "Jan heeft een vriend in Gent",
    ],
)
def test_a_partner_of_the_other_gender_or_a_friend_is_no_orientation(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


def test_a_chat_about_a_show_seen_last_night_is_about_its_characters() -> None:
    text = (
        "Ruud: zag je Spoorloos gisteravond?\nLies: die man die zijn zus in Chili vond\n"
        "Ruud: die DNA-test aan het eind was sterk"
    )
    assert found(text) == set()
