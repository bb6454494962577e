"""A person's colour of skin, said of themselves, of someone else, or of what they are.

"As a Black woman", "jako czarna kobieta", "da donna nera italiana", "en tant que femme
noire", "bin schwarz und deutsch", "soy negra": a colour beside a word for a person after
"as", or after "I am" and closing its clause, is a racial or ethnic origin. The colour
alone is not ("schwarz gefahren" is riding without a ticket, "a black coat" a coat).
"""

from __future__ import annotations

import re

# colours of skin in the eight languages, in their genders and numbers
_COLOUR = (
    r"(?:black|white|schwarze?[rn]?|wei(?:ss|ß)e?[rn]?|noire?s?|blanche?s?|negr[oa]s?|"
    r"blanc[oa]s?|ner[oa]|ner[ei]|bianc[oa]|bianch[ei]|pret[oa]s?|branc[oa]s?|zwarte?|"
    r"witte?|czarn[aey]|czarny|czarnoskór\w*|biał[aey]|biały)"
)
# a word for a person, in the singular, as it follows "as a"; in French, Spanish, Italian
# and Portuguese the colour comes after it ("femme noire", "donna nera")
_PERSON_BEFORE = (
    r"(?:femme|homme|personne|fille|garçon|mère|père|mujer|hombre|persona|chica|chico|madre|"
    r"padre|donna|uomo|ragazza|ragazzo|mulher|homem|pessoa|menina|rapariga|rapaz|mãe|pai)"
)
_PERSON = (
    r"(?:woman|man|person|girl|boy|guy|mother|father|mum|mom|dad|parent|frau|mann|mensch|"
    r"mädchen|junge|mutter|vater|femme|homme|personne|fille|garçon|mère|père|mujer|hombre|"
    r"persona|chica|chico|madre|padre|donna|uomo|ragazza|ragazzo|mulher|homem|pessoa|"
    r"menina|rapariga|rapaz|mãe|pai|vrouw|persoon|meisje|jongen|moeder|vader|kobieta|"
    r"mężczyzna|osoba|dziewczyna|chłopak|matka|ojciec)"
)
_AS = (
    r"\b(?:as an?|als(?:\s+eine?r?)?|en tant que|comme|como|come|in quanto|da|jako|enquanto|"
    r"being an?)\s+(?:(?:une?|una?|uma?|een)\s+)?"
)
_AS_COLOUR = re.compile(
    rf"{_AS}(?:{_COLOUR}\s+{_PERSON}|{_PERSON_BEFORE}\s+{_COLOUR})\b",
    re.IGNORECASE,
)
# "I'm Black, and …", "bin schwarz und deutsch", "soy negra", "jestem czarna"
_I_AM_COLOUR = re.compile(
    rf"(?:\b(?:i'?m|i am|ich bin|je suis|soy|sono|sou|ik ben|jestem)|(?:^|[.!?]\s*)bin)\s+"
    rf"(?:(?:also|auch|aussi|también|anche|também|ook|też)\s+)?{_COLOUR}\b"
    r"(?=\s*(?:[,.;!?)]|$|(?:and|und|et|y|e|en|i|but|aber|mais|pero|ma|mas|maar|ale)\b))",
    re.IGNORECASE,
)
# said of someone else: "weil er Schwarz ist", "because she is Black", "omdat hij zwart is"
_THEY_ARE_COLOUR = re.compile(
    rf"\b(?:(?:he|she|er|sie|il|elle|él|ella|lui|lei|ele|ela|hij|zij|on|ona)\s+"
    rf"(?:is|ist|est|es|è|é|jest)\s+{_COLOUR}\b"
    r"(?=\s*(?:[,.;!?)]|$|(?:and|und|et|y|e|en|i|but|aber|mais|pero|ma|mas|maar|ale)\b))|"
    rf"\b(?:er|sie|hij|zij)\s+{_COLOUR}\s+(?:ist|is)\b)",
    re.IGNORECASE,
)
# the only one of a colour among others: "seul Noir du groupe", "the only Black guy there",
# "o único negro do grupo", "jedynego czarnoskórego w grupie"
_ONLY_COLOUR = re.compile(
    r"\b(?:the only|(?:le |la )?seule?|(?:el |la |o |a )?únic[oa]|(?:l')?unic[oa]|"
    r"(?:der |die )?einzigen?|(?:de )?enige|jedyn\w*)\s+"
    rf"{_COLOUR}(?:\s+{_PERSON})?\b(?=\s+(?:in|of|du|de|do|da|del|della|"
    r"im|in der|van|w|there|here|ici|aquí|aqui|qui|hier|tam)\b)",
    re.IGNORECASE,
)
GATE_WORDS = frozenset(
    """black white schwarz schwarze schwarzer schwarzen weiss weisse weisser weissen noir
    noire noirs noires blanc blanche blancs blanches negro negra negros negras blanco blanca
    blancos blancas nero nera neri nere bianco bianca bianchi bianche preto preta pretos
    pretas branco branca brancos brancas zwart zwarte wit witte czarna czarny czarne biala
    bialy biale czarnoskory czarnoskorego czarnoskora czarnoskorej biała biały białe
    czarnoskóry czarnoskórego czarnoskóra czarnoskórej""".split()
)


def skin_colour(text: str) -> list[tuple[int, int]]:
    """Spans where a person says the colour of their skin, or is called by it after
    "as"."""
    patterns = [_AS_COLOUR, _I_AM_COLOUR, _THEY_ARE_COLOUR]
    if _ONLY.search(text):
        patterns.append(_ONLY_COLOUR)
    return [m.span() for pattern in patterns for m in pattern.finditer(text)]


# the words "only" of :data:`_ONLY_COLOUR`, a quick test before it
_ONLY = re.compile(r"only|seul|únic|unic|einzig|enige|jedyn", re.IGNORECASE)


# colours written before the noun they describe (English, German, Dutch, Polish), folded
_BEFORE_NOUN = frozenset(
    """black white schwarz schwarze schwarzer schwarzen schwarzes weiss weisse weisser
    weissen weisses zwart zwarte wit witte czarna czarny czarne czarnego czarnej biala
    bialy biale bialego bialej""".split()
)
# a belt of a martial art, whose colour follows it in the Romance languages
_BELTS = frozenset("ceinture cinturon cinturón cintura faixa".split())
# words for people, and the small words that may follow a colour said of a person
_PEOPLE = frozenset(
    """woman women man men person people girl girls boy boys guy guys mother father mum mom
    dad parent parents family families community kid kids child children frau frauen mann
    manner mensch menschen madchen junge mutter vater familie familien gemeinschaft vrouw
    vrouwen persoon mensen meisje jongen moeder vader familie gemeenschap kobieta kobiety
    mezczyzna mezczyzni osoba osoby dziewczyna chlopak matka ojciec rodzina british
    american britin brite deutsche deutscher nederlander nederlandse polka polak and und en
    i or oder of ale but aber maar staff network networks netzwerk netwerk employees members
    students student colleagues kollegen kolleginnen collegas mitarbeitende
    am im an in auf bei mit von zu als wie war ist bin wurde wird hat nach vor unter ohne
    fur gegen durch der die das dem den des ein eine einer the at on in by with was is who
    from for to aan op bij met van als was werd is naar voor door de het een na w z przy
    jest byl byla do od dla""".split()
)


def colour_of_a_thing(words: list[str], index: int) -> bool:
    """A colour written before a noun that names no person: "schwarze Kleidung", "black
    dress", "zwarte auto" (a colour of a thing, not of a person's skin)."""
    if index > 0 and words[index - 1] in _BELTS:
        return True  # "ceinture noire", "cinturón negro": a grade in a martial art
    if words[index] not in _BEFORE_NOUN or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return after.isalpha() and after not in _PEOPLE
