"""An ancestry breakdown from a DNA kit: shares of origins given in per cent.

"Kit said I'm 12% Scandinavian and 3% Sardinian", "deu 18 % africano ocidental", "12 % Iers
volgens de uitslag": a share of an origin is the result of a genetic analysis of the
person, and it is read as that, not as an origin the person states. One share counts
beside a word of the test ("kit", "DNA", "uitslag"); two shares count alone. "20 % off
Italian wines" has one share and no test word, and is left alone.
"""

from __future__ import annotations

import re

from troth.guard.detection import RACE, RELIGION
from troth.guard.lexicon import Hit

# a share in per cent right before the origin word, perhaps with one word between
# ("18 % africano", "1 % Noord-Afrikaans")
_SHARE_BEFORE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%\s*(?:[^\W\d_]+[\s-]+)?$")
# words of a DNA test or its result, in the eight languages (lower-cased)
TEST_WORDS = frozenset(
    """kit dna adn test result results results' ergebnis resultat résultat resultado
    resultados risultato risultati uitslag wynik wyniki ancestry herkunftsanalyse
    ancestrydna myheritage 23andme""".split()
)
_ORIGINS = (RACE, RELIGION)  # "2% żydowskie aszkenazyjskie": a people named by its faith


def ancestry_shares(text: str, hits: list[Hit], words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of origin words given as shares in per cent, when they read as a DNA
    kit's breakdown (``words``: the text's lower-cased words)."""
    shares = [
        (hit.start, hit.end)
        for hit in hits
        if hit.term.category in _ORIGINS
        and _SHARE_BEFORE.search(text, max(0, hit.start - 24), hit.start) is not None
    ]
    if len(shares) >= 2 or (shares and not TEST_WORDS.isdisjoint(words)):
        return shares
    return []
