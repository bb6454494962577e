"""A cleric named by their title or role, an origin given as a label's value, a person
named in the sentence, a worker spoken of, and a condition lived with since it began."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, RACE, RELIGION


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a cleric named by their title, or their role beside their name
        ("Suor Chiara Bassi · Figlie della Carità · Mensa San Vincenzo", RELIGION),
        ("Ks. Marek Zieliński, parafia Bożego Ciała", RELIGION),
        ("Rabbi David Levy, Congregation Beth Shalom", RELIGION),
        ("Yusuf Demir\nLagerist\nehrenamtlicher Imam, Moschee Nord", RELIGION),
        # an origin as a label's value
        ("Herkunft (freiwillige Angabe): vietnamesisch", RACE),
        # a worker spoken of
        ("La trabajadora denuncia insultos por ser de origen gitano.", RACE),
        # a person named in the sentence
        ("Dienstreise: Kollege Tarek Aziz bittet um eine Pause für das Freitagsgebet.", RELIGION),
        # a condition lived with since it began
        ("Monika Kern\nTeamleitung Versand\nWiedereinstieg nach Schlaganfall", HEALTH),
        ("Livraison laissée chez la voisine, Mme Roux ne descend plus depuis son AVC.", HEALTH),
    ],
)
def test_disclosed(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # kin, not a cleric
        "mi padre Manuel Sousa llega mañana en tren",
        # a street named after a saint
        "Via Padre Pio 12, Milano",
        # a professional's signature in the field
        "Dr. Jan Vos / Hoofd Klinische Genetica / Radboudumc",
        # a dog's breed, not an origin
        "Race du chien : berger australien",
    ],
)
def test_not_disclosed(text: str) -> None:
    assert found(text) & {HEALTH, RACE, RELIGION} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lenz lives at 12 Rue Imam Al Bakri, Tunis",
        "Calle Padre Manuel Rodríguez 4, Sevilla",
    ],
)
def test_a_street_named_after_a_cleric(text: str) -> None:
    assert RELIGION not in found(text)
