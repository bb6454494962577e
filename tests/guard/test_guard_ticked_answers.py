"""A form's question answered by a ticked box.

"Sind Sie Mitglied einer Gewerkschaft? (freiwillig) ☒ ja – ver.di": the ticked yes answers
the question, as a written "Ja" does. An empty box beside "yes" is no answer.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import UNION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Gewerkschaftsmitglied? (optional) ☒ ja – IG BCE ☐ nein",
        "Member of a trade union? [x] yes - GMB [ ] no",
        "Êtes-vous syndiqué ? (facultatif) ☑ oui – CFDT ☐ non",
        "Lid van een vakbond? ☒ ja – CNV ☐ nee",
        "Należy Pan/Pani do związku zawodowego? (dobrowolne) ☒ tak – OPZZ ☐ nie",
    ],
)
def test_a_ticked_yes_answers_the_question(text: str) -> None:
    assert UNION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gewerkschaftsmitglied? (optional) ☐ ja ☒ nein",
        "Member of a trade union? [ ] yes [x] no",
        "Lid van een vakbond? ☐ ja ☐ nee",
    ],
)
def test_an_empty_box_beside_yes_is_no_answer(text: str) -> None:
    assert UNION not in categories(text)
