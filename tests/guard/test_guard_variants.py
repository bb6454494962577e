"""A gene's symbol written with what was found in it is someone's genetic result, when the
text speaks of someone; the symbol alone, a booking code or a research claim is not."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import GENETIC
from troth.guard.variants import variant_results


@pytest.mark.parametrize(
    "text",
    [
        "Vorbefunde: Humangenetik Kiel, SCN5A-Mutation bei mir nachgewiesen.",
        "The patient carries a pathogenic LDLR variant, her sister not yet tested.",
        "leerling;test;uitslag\nDaan Visser;ACTN3 R577X;XX",
        "Ho fatto il test: sono portatrice di una mutazione nel gene BRCA1.",
        "Wynik Pani Ewy Nowak: HFE C282Y homozygota, kontrola ferrytyny.",
        "Mi resultado de farmacogenética: CYP2C19 *2/*2, metabolizador lento.",
        "Análise do Sr. Rui Costa: HLA-B27 positivo.",
    ],
)
def test_a_gene_and_its_finding_about_someone_is_genetic(text: str) -> None:
    assert GENETIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "TP53 mutations are found in about half of all human cancers.",
        "Il codice della mia prenotazione è PDM4XR, è corretto?",
        "Mein Testergebnis: COVID19 positiv, ich bleibe zu Hause.",
    ],
)
def test_a_symbol_with_no_one_or_a_code_is_not_genetic(text: str) -> None:
    assert GENETIC not in found(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("NOTCH3-mutatie bevestigd", "NOTCH3-mutatie"),
        ("Befund: MYH7 c.1208G>A", "MYH7 c.1208G>A"),
        ("APOE rs429358 CC", "APOE rs429358"),
        ("mutación en el gen BRCA2", "mutación en el gen BRCA2"),
    ],
)
def test_the_span_covers_the_gene_and_the_finding(text: str, span: str) -> None:
    assert [text[s:e] for s, e in variant_results(text)] == [span]


@pytest.mark.parametrize("text", ["HER2 positive", "BRCA2 at the clinic", "the A320 variant"])
def test_no_finding_or_no_gene_gives_nothing(text: str) -> None:
    assert variant_results(text) == []
