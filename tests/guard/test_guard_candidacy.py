"""Standing for an elected office is a political act: a council, a parliament, a mayor's
office or an election. A club's board, a student or works council and a thing that runs
are not."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import POLITICS


@pytest.mark.parametrize(
    "text",
    [
        "Grund für unbezahlten Urlaub: Kandidatur für den Gemeinderat Ettlingen",
        "Motivo dell'aspettativa: sono in lista per il consiglio comunale di Monza",
        "Powód urlopu bezpłatnego: kandyduję do rady gminy Kobyłka z listy komitetu",
        "I am standing for the town council in May and need the last week off",
        "Elle est candidate aux municipales à Lyon, elle prend ses congés en mars",
    ],
)
def test_standing_for_an_elected_office(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are looking for a candidate for the council of our tennis club",
        "I am running for student council at my college",
        "She is running for the works council next spring",
        "The election server runs the count tonight",
        "I cannot stand the council anymore, the bins are never collected",
        "Job opening: candidates for the parliament's IT helpdesk should apply by May",
    ],
)
def test_no_elected_office_stood_for(text: str) -> None:
    assert POLITICS not in found(text)
