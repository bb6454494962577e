"""A colour of skin said of oneself, or after "as" beside a word for a person, is a racial
or ethnic origin; a colour of clothes, a pale face or fare dodging is not."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import RACE


@pytest.mark.parametrize(
    "text",
    [
        "jako czarny mężczyzna słyszę to pytanie co tydzień",
        "da donna nera mi chiedono sempre di dove sono",
        "en tant que femme noire, je le vis chaque jour au bureau",
        "bin schwarz und deutsch, fragt nicht woher ich wirklich komme",
        "Soy negra y estoy harta de esas preguntas.",
        "Ik ben zwart en woon al mijn hele leven in Utrecht.",
    ],
)
def test_a_colour_of_skin(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich trage als Frau gern schwarze Kleidung im Büro.",
        "Je suis blanche comme un linge après cette grippe.",
        "bin schwarz gefahren und wurde erwischt",
        "She wore a black dress to the gala.",
    ],
)
def test_no_colour_of_skin(text: str) -> None:
    assert RACE not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Tochter wird gehänselt, weil sie Schwarz ist.",
        "He gets followed around the shop because he is Black, every single time.",
    ],
)
def test_a_colour_of_skin_said_of_someone_else(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    "text",
    ["The car is black and fast.", "Der Himmel ist schwarz und es regnet."],
)
def test_a_colour_of_a_thing_said_of_it(text: str) -> None:
    assert RACE not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "il dit que le vigile l'a refoulé à la soirée, seul Noir du groupe",
        "ochroniarz nie wpuścił go na imprezę, jedynego czarnoskórego w grupie",
        "I was the only Black guy in the room, again",
        # leading a foundation of one's community
        "Ayşe Yılmaz\nVoorzitter, Stichting Koerdische Vrouwen Rotterdam\nVrijwilliger",
    ],
)
def test_the_only_one_of_a_colour_or_a_communitys_leader(text: str) -> None:
    assert RACE in found(text)


def test_the_only_thing_of_a_colour() -> None:
    assert RACE not in found("the only white car in the car park was mine")
