"""A party's meeting the writer leads tells a political opinion; a club's does not.

The body must be one only a party has (a Constituency Labour Party, a Conservative
association, a Brazilian "diretório", a party's youth wing, the "festa dell'Unità"), or a
party named right after a body's word. The writer must chair it, present, speak or take
the minutes.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import POLITICS
from troth.guard.engine import build_engine
from troth.guard.party_meetings import leads_party_meeting

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "CLP exec Thursday - I'm chairing, agenda to follow",
        "can't do Monday, it's our CLP meeting and I'm minutes sec this year",
        "Conservative association dinner committee, I'm taking the minutes",
        "Diretório estadual 20h – sou eu que apresento o relatório",
        "Jusos Unterbezirk Dienstag – ich leite die Sitzung",
        "Festa dell'Unità di Reggio: presento io il bilancio venerdì",
        "Direzione provinciale PD – presiedo io, ore 21",
        "Congrès des jeunes LR samedi – c'est moi qui préside la table",
    ],
)
def test_a_party_meeting_the_writer_leads_is_political(text: str) -> None:
    assert POLITICS in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tennis club AGM - I'm chairing, bring the minutes",
        "Jahreshauptversammlung Sportverein – ich leite die Sitzung",
        "Exchange rate CLP to EUR, I will chair the finance call",
        "CLP general committee on Thursday, agenda attached",
    ],
)
def test_a_clubs_meeting_or_a_body_with_no_one_leading_is_not(text: str) -> None:
    assert POLITICS not in categories(text)


def test_the_reading_needs_the_writer_to_lead() -> None:
    assert leads_party_meeting("CLP general committee – I'm chairing") == [(0, 3)]
    assert leads_party_meeting("CLP general committee, room 4") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ana Costa\nVice-presidente da JSD Distrital do Porto",
        "Lucas Martin, responsable des Jeunes Républicains du Rhône",
        "Sono nei Giovani Democratici di Bologna da tre anni",
        "I've been a paid-up member of Plaid since uni",
        "szef mi zwrócił uwagę na moją przypinkę PiS, serio",
    ],
)
def test_a_partys_youth_wing_or_its_badge_is_political(text: str) -> None:
    assert POLITICS in categories(text)


def test_plaid_the_cloth_is_not_a_party() -> None:
    assert POLITICS not in categories("nice plaid shirt, where is it from?")


@pytest.mark.parametrize(
    "text",
    [
        "Ehrenamt: Kreisrätin im Landkreis Tübingen für die Freien Wähler",
        "Joost Bakker, wethouder Wonen (GroenLinks-PvdA), Gemeente Arnhem",
        "Byłem na marszu z kolegami z Ruchu Narodowego, świetna atmosfera.",
    ],
)
def test_a_partys_office_holder_or_its_declined_name_is_political(text: str) -> None:
    assert POLITICS in categories(text)
