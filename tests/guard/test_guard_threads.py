"""A thread: a chat export or a transcript whose lines open with their speakers. A term in
a turn is said by someone the reader can identify, of themself or of someone they know;
a question put to the group of who has it names no one."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    HEALTH,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
)
from troth.guard.threads import Turn, asked_who, turn_at, turns


def test_a_chat_export_is_read_as_turns() -> None:
    text = "[10:02] Ines: bist du da?\n[10:03] Bernd: gleich\n[10:05] Ines: ok"
    assert [t.speaker for t in turns(text)] == ["Ines", "Bernd", "Ines"]
    assert turn_at(text, text.index("gleich")) == Turn("Bernd", 26, 48, 40)


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


def test_a_speakers_role_is_no_term() -> None:
    text = (
        "Counsellor: the results are back, both normal.\nJana: thank you\n"
        "Counsellor: I'll send the letter today.\nJana: great"
    )
    assert found(text) == set()


def test_a_reply_quoting_a_reminder_to_all_staff_names_no_one() -> None:
    text = (
        "Thanks Anna, noted, I'll pass it on to the team leads.\n\n"
        "On Mon 3 Nov 2025, Anna Berg (Privacy) wrote:\n"
        "> Dear all,\n> please don't post anything about illnesses, pregnancies, religion or "
        "union membership in the Teams channels. Sick notes go straight to HR.\n> Anna Berg"
    )
    assert found(text) == set()


def test_a_reply_quoting_someones_own_news_still_tells_of_them() -> None:
    text = (
        "Of course, let's move it. Take care!\n\n"
        "Le lun. 3 nov. 2025, Paula Roche a écrit :\n"
        "> Bonjour Marc, je commence une chimiothérapie lundi, je préfère décaler la revue."
    )
    assert HEALTH in found(text)


def test_a_forwarded_offer_names_no_one() -> None:
    text = (
        "lol straight to the bin. Coffee Thursday?\n\n"
        "---------- Forwarded message ---------\nFrom: RootsDNA Offers\n"
        "Subject: Cyber Monday: 50% off DNA kits!\n"
        "> Find out where you come from and meet cousins you never knew."
    )
    assert found(text) == set()


def test_a_chat_opened_by_its_groups_name_and_a_show_seen() -> None:
    text = (
        "Serienabend 📺\n[21:58] Tina: habt ihr die letzte Folge vom Bergdoktor gesehen?\n"
        "[21:59] Ute: ja! der Tumor vom Doktor 😭\n[22:00] Tina: und seine Frau daneben"
    )
    assert HEALTH not in found(text)


def test_teachers_among_themselves_speak_of_their_classes() -> None:
    text = (
        "Salle des profs 📚\n[15:40] Mme Roux: ma classe de CE2 fait les Romains, "
        "il me faut des boîtes\n[15:42] M. Petit: je demande dans la mienne\n"
        "[15:45] Mme Roux: merci !"
    )
    assert CHILD not in found(text)


def test_a_youth_category_in_a_clubs_notice_with_its_commenters() -> None:
    text = (
        "Club de fútbol Arganzuela – pruebas alevín y benjamín\nSáb 29/11, 10:00\n\n"
        "Comentarios:\nEntrenador Julio: traed botas y agua.\nMarta: ¿hace falta ficha?\n"
        "Entrenador Julio: no, solo para competir.\nMarta: gracias"
    )
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer: I bought the door lock with the fingerprint reader. How many fingerprints "
        "can it hold?\nAgent: up to 50, stored in the lock.\nCustomer: thanks",
        "[09:15] Jana: FaceUnlock geht Montag für alle Nutzer live\n[09:16] Tom: super\n"
        "[09:17] Jana: die Templates bleiben auf dem Gerät",
    ],
)
def test_a_device_bought_or_a_feature_for_all_is_no_ones_sample(text: str) -> None:
    assert BIOMETRIC not in found(text)


def test_a_sample_taken_after_buying_is_still_one() -> None:
    assert BIOMETRIC in found("I bought a new phone and registered my fingerprint on it")


def test_a_replys_own_words_under_the_quote_are_its_writers() -> None:
    text = (
        "Am Mo., 16. Nov. schrieb Walter Huber:\n> Alles gut nach dem Sturz?\n\n"
        "Ja, danke: keine Fraktur, nur ein großer blauer Fleck. Montag bin ich zurück."
    )
    assert HEALTH in found(text)
