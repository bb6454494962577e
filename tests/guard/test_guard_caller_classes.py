"""The person a call note or a form speaks of by their role (a caller, a requester, a
participant), and a question put in general, which tells of no one."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, RACE, RELIGION, SEXUAL_ORIENTATION, UNION


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Dzwoniący mówi, że jest gejem i pyta o polisę dla partnera.", SEXUAL_ORIENTATION),
        ("Wnioskodawczyni podaje, że jest Romką.", RACE),
        ("La chiamante riferisce di essere in dialisi tre volte a settimana.", HEALTH),
        ("L'appelant précise qu'il est musulman pratiquant.", RELIGION),
        ("Teilnehmerin gibt an, dass sie Diabetikerin ist.", HEALTH),
        ("Passenger says he is on dialysis and needs a late check-in.", HEALTH),
    ],
)
def test_a_role_names_the_person_spoken_of(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anruferin fragte allgemein, wie lange Diagnosen gespeichert werden.",
        "Caller asked generally whether IVF is covered; no personal details given.",
        "Le client se renseigne en général sur la prise en charge de la dialyse.",
        "La llamante pregunta en general si cubrimos la fisioterapia.",
        "Beller vraagt in het algemeen of fysiotherapie vergoed wordt.",
        "Dzwoniąca pytała ogólnie o refundację insuliny.",
    ],
)
def test_a_question_in_general_tells_of_no_one(text: str) -> None:
    assert found(text) & {HEALTH, RELIGION, RACE, SEXUAL_ORIENTATION} == set()


def test_a_question_in_general_still_tells_when_the_person_is_named() -> None:
    text = "Caller asked generally whether IVF is covered; her second cycle starts in May."
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are you a member of a trade union? Yes - Unison",
        "Sind Sie Gewerkschaftsmitglied? Ja, IG Metall.",
        "Êtes-vous syndiqué ? Oui – CFDT",
    ],
)
def test_a_question_answered_with_a_bare_yes(text: str) -> None:
    assert UNION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are you a member of a trade union? No",
        "Union membership? Yes we ask this on the form, is that allowed?",
    ],
)
def test_a_question_not_answered_yes(text: str) -> None:
    assert UNION not in found(text)
