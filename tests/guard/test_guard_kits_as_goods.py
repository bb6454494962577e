"""A genetic test kit ordered, sent, priced or replaced is goods, not anyone's genes.

With no result read from it, a kit's order, delivery, price or replacement tells nothing
of a person. A result, a carrier status, a variant or a share of ancestry speaks of one
again, whatever the order around it.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import GENETIC
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Customer says the ancestry DNA kit arrived with a cracked tube, replacement sent.",
        "Kundin fragt nach dem Preis für das DNA-Test-Set, Rabattcode hat nicht funktioniert.",
        "Le coffret de test ADN commandé n'est pas arrivé, colis relancé auprès du transporteur.",
        "Zestaw do testu DNA nie dotarł, paczka wysłana ponownie kurierem.",
        "Il kit del test del DNA è arrivato in due giorni, ottima spedizione.",
    ],
)
def test_a_kit_as_goods_is_not_genetic(text: str) -> None:
    assert GENETIC not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "The DNA kit I ordered arrived and the results say I'm a carrier of cystic fibrosis.",
        "Das Set kam schnell, laut Befund habe ich eine BRCA2-Variante.",
        "O kit da MyHeritage chegou e o resultado mostra que sou portadora de talassemia.",
    ],
)
def test_a_result_read_from_a_kit_stays_genetic(text: str) -> None:
    assert GENETIC in categories(text)
