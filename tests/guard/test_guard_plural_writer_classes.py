""" "We" in a feminine plural, a name given in passing and chat shorthand for a partner tell
who is in a couple."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    "text",
    [
        "Eu e a minha mulher fomos muito bem tratadas pelo staff, voltaremos.",
        "Mi novia y yo fuimos muy bien atendidas en la recepción.",
        "Io e la mia ragazza siamo rimaste due notti, tutto perfetto.",
        "Nous sommes arrivées tard avec ma compagne, accueil adorable.",
        "me and my gf are coming to the bbq, im sophie btw",
        "ik en mijn vriend zoeken een appartement (Daan hier)",
        "can my bf come to the staff party? - ollie",
    ],
)
def test_the_couple_is_of_one_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eu e o meu marido fomos muito bem tratados pelo staff, voltaremos.",
        "Io e mia figlia siamo rimaste due notti, tutto perfetto.",
        "Estamos muy cansadas después del viaje.",
        "me and my bf are coming to the bbq, im sophie btw",
        "ich war im Urlaub mit Paul und meinem Freund Tim",
        "Nous sommes arrivées tard, accueil adorable.",
    ],
)
def test_no_couple_of_one_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)
