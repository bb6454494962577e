"""Orientation said as a couple of one gender or as who one falls for, coming out in a
laughing chat line, a fast kept until after sunset, a child's age with a word before it,
a relative named in a Polish case, and a lower-case verb that spells a party's name."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, HEALTH, POLITICS, RELIGION, SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    "text",
    [
        "Somos una pareja de dos mujeres y nos trataron genial en el hotel.",
        "Wij zijn een stel van twee vrouwen en we voelden ons hier welkom.",
        "Jesteśmy parą dwóch mężczyzn, gospodarz nie zadawał pytań.",
        "En tant que couple de lesbiennes, on redoute souvent l'accueil à la campagne.",
        "Ik heb mijn vader verteld dat ik op meisjes val.",
        "lo difícil de ser bi a mi edad es que mi madre no me cree",
        "hab mich bei meinen eltern geoutet 😂 mama hat geweint",
    ],
)
def test_orientation(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "if one of us ever got covid again would we have to log it somewhere? asking generally",
        "Wij zijn twee collega's van de afdeling inkoop.",
    ],
)
def test_no_orientation(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text) and HEALTH not in found(text)


def test_a_fast_until_after_sunset() -> None:
    assert RELIGION in found("papa fastet gerade, wir essen erst nach Sonnenuntergang")


def test_a_childs_age_with_a_word_before_it() -> None:
    assert CHILD in found("hallo opa ich bin jetzt 9 und kann schon schwimmen")


def test_an_adults_age_with_a_word_before_it() -> None:
    assert CHILD not in found("ich bin jetzt 34 und arbeite in Köln")


def test_a_verb_that_spells_a_party() -> None:
    assert POLITICS not in found("tenho 38 anos, podemos passar à sobremesa?")


def test_a_party_with_its_role() -> None:
    assert POLITICS in found("sono iscritta alla lega da due anni")
