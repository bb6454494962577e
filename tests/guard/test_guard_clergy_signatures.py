"""A cleric's signature and a rite kept with one's parish tell a faith.

A cleric named by a title ("Pe.", "Ds.", "Frère", "fra'", "Fr" before a signature's next
line) or by a religious order's letters after the name ("o.p.", "OFM", "SJ") is religious
data. So is a pilgrimage "we" make with "our" parish. A brother named by kin, Friday's
"Fr", and a parish hall for hire stay unfound.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import RELIGION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pe. Joaquim Ferreira\nPároco de São Pedro de Alcântara",
        "Ds. Jan de Groot, predikant, Hervormde Gemeente Urk",
        "Fr Brendan O'Neill\nParish Priest, Holy Cross, Leeds",
        "Frère Antoine Dubois\nAbbaye de Saint-Wandrille",
        "fra' Michele Conti\nConvento dei Cappuccini, Genova",
        "Thomas Keller SJ\nHochschule für Philosophie München",
        "Jean Martin, o.p.\nCouvent Saint-Jacques, Paris",
        "Beste kamers voor onze bedevaart met de parochie naar Scherpenheuvel.",
        "Nocleg idealny dla naszej pielgrzymki z parafią do Częstochowy.",
    ],
)
def test_a_clerics_signature_or_a_parish_rite_is_religious(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "mon frère Paul Martin arrive demain soir",
        "Fr 10:00 Teammeeting, Raum 4",
        "Our parish hall can be hired for birthday parties, contact the office.",
        "Fra Marco e Luca c'è sempre stata una bella amicizia.",
    ],
)
def test_kin_a_weekday_or_a_hall_for_hire_is_not_religious(text: str) -> None:
    assert RELIGION not in categories(text)


def test_a_father_described_by_his_people_is_no_priest() -> None:
    assert RELIGION not in categories("Origine (dichiarata): italo-etiope, padre amarico")


def test_a_priest_named_after_padre_stays_a_cleric() -> None:
    assert RELIGION in categories("padre Andrea Rossi celebra la messa alle 10")
