"""Strike pay received, a rite joined with one's parish, a party's posters put up, and a
campaign for "our candidate".

Strike pay comes from a union's fund to its members on strike: receiving it tells of a
union membership. A pilgrimage or a rosary the writer makes with a parish is the writer's
observance, though the sentence names the parish as an institution.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import POLITICS, RELIGION, UNION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "My strike pay finally came through, just enough for the gas bill",
        "Das Streikgeld für die zwei Wochen ist bei mir endlich angekommen",
        "J'ai enfin reçu l'indemnité de grève de la caisse de grève, ouf",
        "Me ha llegado el dinero del fondo de resistencia por los días de huelga",
        "Mi è arrivata la cassa di resistenza per i giorni di sciopero",
        "Eindelijk mijn stakingsuitkering binnen, scheelt voor de huur",
    ],
)
def test_strike_pay_received_is_a_union_membership(text: str) -> None:
    assert UNION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Byłam z parafią na pielgrzymce do Częstochowy, nocleg w domu pielgrzyma",
        "Byliśmy z parafią na pielgrzymce w Licheniu, pensjonat czysty, polecam",
        "Nous sommes allés avec la paroisse en pèlerinage à Lisieux, hôtel très correct",
    ],
)
def test_a_rite_joined_with_ones_parish_is_ones_own(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "The parish pilgrimage to Walsingham leaves at 7am, coach from the church car park",
        "Pielgrzymka parafialna do Częstochowy – zapisy w kancelarii do piątku",
    ],
)
def test_a_parish_pilgrimage_announced_is_no_ones(text: str) -> None:
    assert RELIGION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "bin heute Abend beim Plakatieren für die SPD in Ehrenfeld, später Pizza?",
        "tutta la notte in giro per le affissioni del PD, sono a pezzi",
    ],
)
def test_putting_up_a_partys_posters_is_backing_it(text: str) -> None:
    assert POLITICS in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "spent Saturday knocking on doors for our candidate in Ward 3, feet are gone",
        "den ganzen Abend Flyer für unseren Kandidaten verteilt, jetzt ein Bier",
        "toute la soirée à coller des affiches pour notre candidate, je suis morte",
        "hele dag flyers rondgebracht voor onze kandidaat, kapot",
    ],
)
def test_campaigning_for_our_candidate_is_backing_them(text: str) -> None:
    assert POLITICS in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our candidate for the Head of Sales role starts Monday; door code is 4411",
        "Unsere Kandidatin für die Stelle kommt am Montag, bitte Flyer für den Empfang drucken",
    ],
)
def test_a_jobs_candidate_is_no_party_backing(text: str) -> None:
    assert POLITICS not in categories(text)
