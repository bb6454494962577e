"""A union's acronym that is a word of another language ("NEU") is the union in a text of
its own language; unions by their names, and handing out leaflets for a party, are
membership and opinion."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import POLITICS, UNION


@pytest.mark.parametrize(
    "text",
    [
        "Priya Shah, NEU workplace rep, Oakfield Primary",
        "Memberships: NEU (branch secretary)",
        "Sou sócio do SPGL desde 2015, o desconto aplica-se?",
        "Please stop taking the SITAVA dues from my salary. Member no. 2231",
        "I'm a paid-up member of Equity, they are checking my contract.",
        "Please apply the Prospect member rate to my renewal.",
    ],
)
def test_union_membership(text: str) -> None:
    assert UNION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Auto ist neu und die Gewerkschaft zahlt dafür nichts.",
        "The prospect of a new job is exciting.",
        "Private equity firms bought the chain last year.",
    ],
)
def test_no_union(text: str) -> None:
    assert UNION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "zaterdag de hele ochtend geflyerd voor GroenLinks bij de Albert Heijn",
        "j'ai tracté pour les Écolos devant la gare ce matin",
        "flyerde am Samstag für die Grünen in der Fußgängerzone",
    ],
)
def test_leaflets_for_a_party(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Caller asked how to register for a postal vote now that she lives abroad.",
        "Ik herken je stem, Sanne. Je hebt drie nieuwe berichten.",
    ],
)
def test_voting_with_no_side_is_no_opinion(text: str) -> None:
    assert POLITICS not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "yo voté a Milei y no me arrepiento",
        "I've voted Plaid every single election and I'm not changing now",
        "ik stem al jaren op de SP, dat verandert niet",
    ],
)
def test_a_vote_for_a_side(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Panfletagem do PL – feira de domingo – 8h (eu e o Beto)",
        "mijn neef is actief geworden bij Forum voor Democratie",
    ],
)
def test_more_party_work(text: str) -> None:
    assert POLITICS in found(text)


def test_a_union_card_for_a_discount() -> None:
    assert UNION in found("Con el carné de USO me hicieron un 10 % en el hotel.")


@pytest.mark.parametrize(
    "text",
    [
        '{"customer":"Green Party – Leeds branch","invoice":"INV-88","amount":120.00}',
        '{"cliente":"Partido Socialista – Federação do Porto","fatura":"FT-9","valor":90.00}',
    ],
)
def test_a_party_invoiced_as_a_customer(text: str) -> None:
    assert POLITICS not in found(text)
