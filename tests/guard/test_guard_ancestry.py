"""Shares of origins in per cent read as a DNA kit's breakdown are genetic data; a
discount in per cent beside a country is not. Zygosity words are genetic results."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import GENETIC, RACE


@pytest.mark.parametrize(
    "text",
    [
        "Test came back 40% Irish and 25% Italian, my dad is thrilled",
        "Laut Ergebnis bin ich 30 % italienisch, der Rest deutsch",
        "Il kit dice 22 % marocchino e 10 % spagnolo, mia madre ride",
        "Mijn uitslag: 35 % Turks en 8 % Grieks",
        "Wynik: 60% polskie i 15% litewskie, dziadek nie wierzy",
        "HFE C282Y homozygous, confirmed by the lab",
        "Faktor-V-Leiden heterozygot (Befund 2024)",
        "Resultado MTHFR: homocigoto para C677T",
    ],
)
def test_an_ancestry_breakdown_or_a_zygosity_is_genetic(text: str) -> None:
    assert GENETIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "20% off Italian wines this week only",
        "Spedizione gratuita, 10 % di sconto sui prodotti spagnoli",
        "Train Paris-Montparnasse → Lourdes 7h52",
        "Pociąg do Częstochowy 7:10, peron 2",
    ],
)
def test_a_share_of_a_price_or_a_trip_to_a_town_is_no_disclosure(text: str) -> None:
    assert found(text) == set()


def test_a_kits_breakdown_is_read_as_genetic_not_as_a_stated_origin() -> None:
    # the labelling rules count ancestry matches as genetic data; the origin words are
    # shares of a test result, not the person saying what they are
    categories = found("Mijn uitslag: 35 % Turks en 8 % Grieks")
    assert GENETIC in categories
    assert RACE not in categories


def test_an_origin_said_beside_a_kit_still_counts() -> None:
    assert RACE in found("Ich bin Kurdin. Das DNA-Kit kam gestern, 30 % off im Sale.")


@pytest.mark.parametrize(
    "text",
    [
        "segun el kit tengo un 14 % de ascendencia judía sefardí, mi tía no se lo cree",
        "o resultado do teste de ADN: 20 % de ascendência cigana, quem diria",
        '{"kit": "AncestryDNA", "ethnicity": "55% Nigerian, 40% English"}',
        "Me salió un 11 % bereber y mi madre no se lo cree. El kit llegó en tres días.",
    ],
)
def test_a_share_a_few_words_from_its_origin_is_a_kits_result_not_an_origin(text: str) -> None:
    assert RACE not in found(text)
