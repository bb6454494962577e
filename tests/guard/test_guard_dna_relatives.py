"""Relatives found by a DNA match are a result of a genetic analysis of the person; an
advert for finding relatives is no one's."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import GENETIC


@pytest.mark.parametrize(
    "text",
    [
        "my ancestry results matched me with a half brother in Leeds, mum is very quiet",
        "Via MyHeritage heb ik een halfzus gevonden, mijn vader wist van niets",
        "Mi prueba de ADN me encontró un medio hermano en Sevilla.",
        "23andMe says I have a second cousin in Porto, never heard of her",
    ],
)
def test_a_relative_found_by_dna(text: str) -> None:
    assert GENETIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Find your long-lost cousins with a DNA kit – 30 % off until Sunday.",
        "My cousin is visiting Ohio next week, he loves the ancestry museum there.",
    ],
)
def test_no_relative_found_by_dna(text: str) -> None:
    assert GENETIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Resultats_sequencage_genome_Maman_2025.zip",
        "relatorio-farmacogenetico-CYP2D6-Rui-Costa.pdf",
    ],
)
def test_a_genetic_file_of_a_person(text: str) -> None:
    assert GENETIC in found(text)


def test_a_sequencers_file_is_no_ones() -> None:
    assert GENETIC not in found("DNA_sequencer_firmware_v2.bin")
