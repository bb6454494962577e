"""A child's age or school year said plainly, in ways the lists of names and words did not
reach: "our 7yo", a pronoun's age beside a name, "tiene 8 años" after the child's name, a
name the lists lack before an age in years, a French primary year in a row or after a
name. And the same shapes that name no child."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD


@pytest.mark.parametrize(
    "text",
    [
        "Our 5yo has been asking about the dinosaur room for weeks, loved it.",
        "Physio for Freddie on Thursday (he's 8, bring his shin pads)",
        "¿Alguien puede recoger a Bruno del cole? Yo estoy en la reunión, tiene 7 años y espera.",
        "Quem pode ir buscar a Inês à natação? Estou no trabalho, ela tem 9 anos.",
        "Il papà dice che Kwame (7 anni) gioca a calcio il martedì.",
        "Amadou (8 ans) a oublié sa gourde au centre de loisirs.",
        "Noé Martin;CE2;sortie à 16h30;accompagné par sa tante",
        "Inès (CP) a une allergie aux arachides.",
    ],
)
def test_a_child_said_plainly(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le code postal (CP) est obligatoire pour la livraison.",
        "Campagne 2027 : vaccination HPV (12 ans) et dépistage visuel en CM2.",
        "Our 7 years in this house were lovely, thanks to all the neighbours.",
        "Hilfe, das Fahrrad (3 Jahre) quietscht bei jeder Bremsung.",
    ],
)
def test_the_same_shapes_that_name_no_child(text: str) -> None:
    assert CHILD not in found(text)
