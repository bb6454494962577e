"""Words spelled as another language's word, pages of common questions, a mother tongue
and teachers' meetings: no disclosure."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, HEALTH, RELIGION, UNION

WATCHED = {CHILD, HEALTH, RELIGION, UNION}


@pytest.mark.parametrize(
    "text",
    [
        # an accent an acronym never has: German "Süd" is not the union SUD
        "Lager Süd, Schichtleiter: Jan Brandt",
        # English "aid" is not the Aïd
        "Maria Costa\nOffice Manager\nFirst Aid certified",
        # a page of common questions speaks to any reader
        "FAQ schoolreis: mag mijn kind medicijnen meenemen? Ja, geef ze aan de leerkracht.",
        "Häufige Fragen: Darf mein Kind Medikamente mitnehmen? Ja, mit Formular.",
        # a mother tongue is not nursery school
        "Langue maternelle : portugais",
        # teachers meet about a class, with no child
        "vergadering leerkrachten groep 6, lokaal 12",
        # Polish "są" (are) is not French "sa" (his): a question in general
        "Klient pyta ogólnie, jakie dokumenty są potrzebne do urlopu macierzyńskiego.",
    ],
)
def test_no_disclosure(text: str) -> None:
    assert found(text) & WATCHED == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Je suis adhérente à SUD Rail depuis 2019.", UNION),
        ("Aid al-Fitr: I'm off on Friday, we celebrate with my family", RELIGION),
        ("on fête l'Aïd chez ma mère samedi", RELIGION),
        ("Léa entre en maternelle en septembre.", CHILD),
        ("Jestem na urlopie macierzyńskim do marca.", HEALTH),
    ],
)
def test_the_term_itself_still_counts(text: str, category: str) -> None:
    assert category in found(text)
