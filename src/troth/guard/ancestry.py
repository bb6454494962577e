"""An ancestry breakdown from a DNA kit: shares of origins given in per cent; relatives
found by a DNA match.

"Kit said I'm 12% Scandinavian and 3% Sardinian", "deu 18 % africano ocidental", "12 % Iers
volgens de uitslag": a share of an origin is the result of a genetic analysis of the
person, and it is read as that, not as an origin the person states. One share counts
beside a word of the test ("kit", "DNA", "uitslag"); two shares count alone. "20 % off
Italian wines" has one share and no test word, and is left alone.
"""

from __future__ import annotations

import re

from troth.guard.context import first_person, kin_named
from troth.guard.detection import RACE, RELIGION
from troth.guard.lexicon import Hit

# a share in per cent before the origin word, perhaps with up to three words between
# ("18 % africano", "1 % Noord-Afrikaans", "12% de ascendência judaica sefardita")
_SHARE_BEFORE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%\s*(?:[^\W\d_]+[\s'’-]+){0,3}$")
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
        and _SHARE_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
    ]
    if len(shares) >= 2 or (shares and not TEST_WORDS.isdisjoint(words)):
        return shares
    return []


# a DNA test or a genealogy site's match, and the relatives it finds (folded words)
DNA_WORDS = frozenset(
    """dna adn ancestry ancestrydna myheritage 23andme ftdna familytreedna""".split()
)
KIN_FOUND = frozenset(
    """cousin cousins cousine cousines sibling siblings halfbrother halfsister halbbruder
    halbschwester vetter cousinen hermanastro hermanastra primo primos cugino cugina cugini
    fratellastro sorellastra halfbroer halfzus kuzyn kuzynka przyrodni przyrodnia matched
    match matches treffer correspondance coincidencia corrispondenza""".split()
)
_MATCHED = frozenset(
    "matched match matches treffer correspondance coincidencia corrispondenza".split()
)
# relatives in two words: "half brother", "demi-frère", "medio hermano", "meio-irmão"
_HALF = frozenset("half demi medio media meio meia".split())
_KIN = frozenset("brother sister frere soeur hermano hermana irmao irma".split())


def _kin_found(listed: list[str], words: frozenset[str]) -> bool:
    if not words.isdisjoint(KIN_FOUND):
        return True
    return any(a in _HALF and b in _KIN for a, b in zip(listed, listed[1:], strict=False))


def relatives_matched(
    tokens: list[tuple[str, int, int]], words: frozenset[str]
) -> list[tuple[int, int]]:
    """The span of a DNA word when the text says it found the writer's or a relative's kin
    ("ancestry just matched me with a half-sibling", "via MyHeritage een halfbroer
    gevonden", "cousin germain probable grâce à l'ADN"): a result of a genetic analysis
    of a person."""
    listed = [t[0] for t in tokens]
    if not _kin_found(listed, words):
        return []
    if not (first_person(listed) or kin_named(listed)):  # the writer, or "dad", "pap"
        return []  # "find your cousins with MyHeritage": an advert, no one's result
    spans = [(start, end, word) for word, start, end in tokens if word in DNA_WORDS]
    if all(word == "ancestry" for *_, word in spans) and words.isdisjoint(_MATCHED):
        return []  # "the ancestry museum": the site's name needs its match
    return [(start, end) for start, end, _ in spans][:1]


# centimorgans shared with a match, a DNA site's measure of kinship, as a record's key:
# {"user": "tom_h", "match": "1st cousin", "shared_cM": 870}, "cM_partages", "gedeelde_cM"
SHARED_WORDS = frozenset(
    """shared partages partagés compartidos compartilhados condivisi gedeelde wspolne wspólne
    geteilte geteilt""".split()
)
_SHARED_CM = re.compile(
    r"(?i:shared|partag[ée]s|compartidos|compartilhados|condivisi|gedeelde|wsp[oó]lne|"
    r"geteilte?)[_ -]?cM\b|\bcM[_ -]?(?i:shared|partag[ée]s|compartidos|compartilhados|"
    r"condivisi|gedeelde|wsp[oó]lne|geteilte?)"
)


def shared_centimorgans(text: str) -> list[tuple[int, int]]:
    """The span of a key of centimorgans shared with a DNA match."""
    return [m.span() for m in _SHARED_CM.finditer(text)]
