"""A rite of a life (a first communion, a baptism) of someone named or of kin is their
faith's practice, also when a question or a parish in the sentence would otherwise make it
no one's; "mamma", "maman" and "Mutti" are kin."""

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
        "La mamma di Giulia chiede se può uscire prima sabato per la cresima in parrocchia.",
        "Herr Schulz meldet seinen Sohn Ben für die Erstkommunion in St. Anna an.",
        "Erstkommunion von Mia ist am 3. Mai, bitte freihalten!",
        "La maman de Hugo demande s'il peut partir plus tôt pour sa communion à la paroisse.",
    ],
)
def test_a_rite_of_someone_named_or_of_kin_is_their_faith(text: str) -> None:
    assert RELIGION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Anmeldung zur Erstkommunion 2027 ist im Pfarrbüro bis Ende Januar möglich.",
        "The parish hall is booked for First Communion breakfasts every Saturday in May.",
    ],
)
def test_a_rite_announced_to_all_is_no_ones(text: str) -> None:
    assert RELIGION not in categories(text)
