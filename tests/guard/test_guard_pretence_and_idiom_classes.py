"""An illness pretended ("fingía tener migrañas"), stress said as blood pressure "through the
roof", a thing called a cancer or a religion, a prayer for a contract, God in an exclamation:
none says anything of anyone's health or faith."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, RELIGION


@pytest.mark.parametrize(
    "text",
    [
        "Lea: t'as vu l'épisode ? le commissaire qui fait semblant d'être malade, trop drôle",
        "Sergio: y el cirujano que fingía tener migrañas para no operar, qué crack",
        "Zosia: jak sołtys udawał, że ma zawał, żeby uniknąć kontroli",
        "Owen: same, my blood pressure is through the roof with this release",
        "Javi: esto es un cáncer, tío, la migración no termina nunca",
    ],
)
def test_no_health_in_pretence_or_idiom(text: str) -> None:
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Markus: dann nicht. Der BVB ist für mich eine Religion.",
        "Annie: je prie pour que le client signe avant Noël",
        "Elena: ¡Dios mío! ni Dios sabe dónde están los backups",
        "Ju: a entrega saiu a tempo, graças a Deus",
    ],
)
def test_no_faith_in_idiom_or_exclamation(text: str) -> None:
    assert RELIGION not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Leo: pai, eu sou gay, o tio sabe, só finge que não. E tenho diabetes.", HEALTH),
        ("My blood pressure is 160/100, the GP put me on ramipril.", HEALTH),
        ("Ich habe Krebs, graças a Deus ist er früh entdeckt worden.", HEALTH),
    ],
)
def test_a_real_statement_beside_them_is_kept(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heike: habt ihr gestern den Tatort gesehen?\nBirgit: klar\nHeike: der Kommissar hatte "
        "angeblich einen Herzinfarkt 😂",
        "Marina: ¿visteis anoche 'Urgencias'?\nSergio: la enfermera escondiendo su embarazo",
        "Ola: oglądałaś wczoraj serial na TVP?\nZosia: tak, ksiądz od razu z namaszczeniem",
    ],
)
def test_a_chat_about_a_show_speaks_of_characters(text: str) -> None:
    assert not {HEALTH, RELIGION} & found(text)


def test_a_chat_opened_by_another_question_is_read() -> None:
    text = "Anna: did you see the doctor yesterday?\nBen: yes, he said my diabetes is back"
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ich bin ganz krank vor Heimweh nach Hamburg",
        "chora jestem na samą myśl o zebraniu",
        "esta papelada está a dar-me uma depressão",
        "la dichiarazione dei redditi mi fa venire la depressione",
    ],
)
def test_ill_with_longing_or_at_a_thought_is_no_health(text: str) -> None:
    assert HEALTH not in found(text)


def test_ill_with_a_fever_stays_health() -> None:
    assert HEALTH in found("ich bin krank vor Fieber seit gestern, komme nicht")
