"""A condition named as what a genetic test looked for is genetic data, not health data;
an illness found or confirmed beside the result is health too."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH
from troth.guard.tested_for import condition_sought


@pytest.mark.parametrize(
    "text",
    [
        "Uitslag klinisch geneticus: ik heb de mutatie voor hemochromatose niet, mijn broer wel.",
        "Genetica Sant'Orsola – esito del pannello trombofilia di mia sorella",
        "Poradnia genetyczna: wynik badania na fenyloketonurię u Zosi jest już do odbioru",
        "Le généticien m'a donné le résultat du dépistage drépanocytose de mon fils.",
        "Opa ist positiv auf das Huntington-Gen getestet, Termin in der Humangenetik am Freitag.",
    ],
)
def test_a_condition_a_genetic_test_looked_for_is_not_health(text: str) -> None:
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "el estudio genético confirmó que tengo hipercolesterolemia familiar, ya tomo estatinas",
        "Analisi genetica: confermata fibrosi cistica nel sig. Bruni, inizia la fisioterapia.",
        "o teste genético deu positivo para a doença de Huntington e já tenho tremores",
    ],
)
def test_an_illness_found_by_a_genetic_test_is_health(text: str) -> None:
    assert HEALTH in found(text)


def test_the_reading_needs_a_gene_or_in_a_genetic_text_a_test() -> None:
    words = "the panel for thrombophilia".split()
    assert condition_sought(words, 3, 3, genetic=True)
    assert not condition_sought(words, 3, 3, genetic=False)  # a blood panel is care
    words = "the lynch syndrome gene".split()
    assert condition_sought(words, 2, 2, genetic=False)
    words = "a mutation positive for thrombophilia".split()
    assert not condition_sought(words, 4, 4, genetic=True)
