"""What the speakers of a thread tell of themselves and of their own people: a partner of
the speaker's gender, a party's congress, an operation, a fast kept, a grandmother's
origin; and a friend, a family's habit and a league against an illness, which tell of
none of it."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    UNION,
)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "[18:02] Pedro: sábado no puedo, mi novio Álvaro tiene boda\n"
            "[18:03] Lucía: vaya\n[18:04] Pedro: otro finde",
            SEXUAL_ORIENTATION,
        ),
        (
            "[23:01] Jonas: sorry, komme grad vom Landesparteitag, die Debatte ging ewig\n"
            "[23:02] Mia: egal\n[23:03] Jonas: gute Nacht",
            POLITICS,
        ),
        (
            "[08:50] Inès : info, absente lundi, je me fais opérer du ménisque\n"
            "[08:51] Paul : bon courage\n[08:52] Inès : merci",
            HEALTH,
        ),
        (
            "[12:01] Omar: lunch samen?\n[12:02] Yusuf: deze maand niet, ik eet pas na "
            "zonsondergang\n[12:03] Omar: helder",
            RELIGION,
        ),
        (
            "[20:01] Kim: found the old photos\n[20:02] Sam: the caravan ones?\n"
            "[20:03] Kim: yes! Nan was Romani, she grew up on the road",
            RACE,
        ),
    ],
)
def test_a_speaker_tells_of_themself_or_their_own(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "[17:02] Miriam: ich bring Samstag meine Freundin mit\n[17:03] Katrin: gerne\n"
        "[17:04] Miriam: super",
        "[17:02] Bas: ik neem mijn vriend mee naar de borrel\n[17:03] Eva: leuk\n"
        "[17:04] Bas: tot dan",
    ],
)
def test_a_friend_of_the_speakers_gender_is_no_partner(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gran says it's in the family DNA to be twenty minutes early to everything",
        "[10:01] Anne : pour Octobre rose la Ligue contre le cancer envoie des rubans\n"
        "[10:02] Marc : top\n[10:03] Anne : je les pose à l'accueil",
    ],
)
def test_a_habit_or_a_league_tells_of_no_one(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Forum Gesundheit › Schilddrüse\nanna_77: ich habe seit drei Jahren Hashimoto",
        "[10:41] Lea: la guarde llamó, Martín tiene boca-mano-pie\n[10:42] Dani: vaya\n"
        "[10:43] Lea: lo recojo yo",
        "Klient: seit dem neuen Blutdruckmittel schlafe ich schlecht\nBerater: seit wann?\n"
        "Klient: seit Oktober",
    ],
)
def test_conditions_and_medicines_said_plainly(text: str) -> None:
    assert HEALTH in found(text)


def test_a_letter_to_a_union_from_its_member() -> None:
    text = "Spett. FLC CGIL Padova,\n\nsono iscritto da marzo e chiedo un appuntamento."
    assert UNION in found(text)


def test_a_letter_to_a_union_from_no_member_is_no_membership() -> None:
    text = "Spett. FLC CGIL Padova,\n\nvorrei sapere quanto costa l'iscrizione."
    assert UNION not in found(text)


def test_haemophilia_declined_in_polish() -> None:
    assert HEALTH in found("Badanie potwierdziło u mnie hemofilię B, jak u dziadka.")


@pytest.mark.parametrize(
    "text",
    [
        "Famille gitane, suivi du programme de réussite éducative, dossier 2026-114",
        "presiedo l'associazione delle famiglie afrodiscendenti del quartiere",
    ],
)
def test_one_familys_origin_or_leading_ones_community(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("SUMMARY:OOO - Yom Kippur, fasting\nORGANIZER:mailto:r.cohen@example.org", RELIGION),
        ("Kollegin Aylin fragt, ob sie im Fastenmonat ihre Pause tauschen darf.", RELIGION),
        ("Collega Samira vraagt of zij in de vastenmaand haar pauze mag ruilen.", RELIGION),
        ("heute leite ich den Konfi-Unterricht, bin ab 15 Uhr weg", RELIGION),
    ],
)
def test_observance_of_ones_own(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "oggi lavoro da casa, ho la febbre e sono KO",
        "Der Döner dort ist halal zertifiziert, die Soße zu scharf.",
    ],
)
def test_worn_out_or_a_dish_is_no_party_and_no_faith(text: str) -> None:
    assert POLITICS not in found(text) and RELIGION not in found(text)
