"""The words the children's rules are built from: the numbers up to thirteen in eight
languages, the units of years and of an infant's days, weeks and months, the words for a
child, and the keys of an age field.
"""

from __future__ import annotations

import re

_NUMBERS = {
    1: "one eins ein eine un une uno una um uma een jeden jedna",
    2: "two zwei deux dos due dois twee dwa dwie",
    3: "three drei trois tres tre três drie trzy",
    4: "four vier quatre cuatro quattro quatro cztery",
    5: "five fünf cinq cinco cinque vijf pięć",
    6: "six sechs seis sei zes sześć",
    7: "seven sieben sept siete sette sete zeven siedem",
    8: "eight acht huit ocho otto oito osiem",
    9: "nine neun neuf nueve nove negen dziewięć",
    10: "ten zehn dix diez dieci dez tien dziesięć",
    11: "eleven elf onze once undici jedenaście",
    12: "twelve zwölf douze doce dodici doze twaalf dwanaście",
    13: "thirteen dreizehn treize trece tredici treze dertien trzynaście",
}
NUMBER_WORDS = {w: n for n, words in _NUMBERS.items() for w in words.split()}
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
N = rf"(?P<n>\d{{1,2}}|{NUMBER_WORD})"
UNIT = (
    r"(?:years?|yrs?|y\.?\s?o\.?|j\.|jr\.?|jahre?n?|ans?|años?|anos?|anni|anno|jaar|lat|lata|roku|"
    r"l(?=\.)|"
    r"aninhos|añitos|anitos)"
)

INFANT_UNIT = (
    r"(?:days?|tage?n?|jours?|d[ií]as|giorni|dagen|dni|weeks?|wochen|semaines?|semanas?|"
    r"settimane|weken|tygodni\w*|months?|monate?n?|mois|meses|mesi|maanden|miesi\w*)"
)

CHILD_WORDS = (
    r"(?:son|daughter|kid|child|boy|girl|toddler|sohn|tochter|kind|junge|mädchen|"
    r"kleine|kleiner|fils|fille|enfant|petit|petite|hijo|hija|niño|niña|peque|pequeño|pequeña|"
    r"figlio|figlia|bambino|bambina|piccolo|piccola|filho|filha|criança|menino|menina|"
    r"pequeno|pequena|zoon|dochter|jongen|meisje|kleine|syn|córka|dziecko|chłopiec|"
    r"dziewczynka|mały|mała|youngest|eldest|twins|gêmeos|gémeos|gêmeas|gémeas|gemelos|gemelas|"
    r"gemelli|gemelle|jumeaux|jumelles|zwillinge|tweeling|caçula|caçulinha|benjamín|zoontje|dochtertje|kleintje|grandson|granddaughter|enkel|enkelin|neveu|nièce|nieto|nieta|"
    r"nipote|neto|neta|kleinzoon|kleindochter|wnuk|wnuczka|pupil|menor|alumno|alumna|aluno|aluna|"
    r"schüler|schülerin|élève|alunno|alunna|leerling|uczeń|uczennica|dreumes|peuter|"
    # (Polish declines them: "zapisuję syna", "z córką", "dziecka")
    r"syna|synem|synowi|córkę|córki|córką|córce|dziecka|dziecku|dzieckiem|"
    # (typed without Polish letters: "dla corki (5 lat)", "maly", "chlopiec")
    r"corka|corki|corke|corce|coreczka|coreczki|maly|chlopiec|"
    r"kleinkind|"
    # a little one, the youngest or the eldest, and small ones in chats: "my little one is 2",
    # "onze jongste is 7 maanden", "mi chava de 8 años", "mi nene"
    r"little one|jongste|oudste|chava|chavo|chavito|chavita|nene|nena|pequeñín|pequeñina)"
)

CHILD_WORD = re.compile(rf"\b{CHILD_WORDS}\b", re.IGNORECASE)

# the key of an age field in eight languages (Italian "eta" in lower case only)
AGE_KEY = r"(?i:age|alter|âge|edad|età|idade|leeftijd|wiek)|eta|anni|años|anos"


def number_of(text: str | None) -> int | None:
    """The number a group of a pattern caught, in digits or in words ("7", "sieben")."""
    if not text:
        return None
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text.lower())


DIGIT = re.compile(r"\d")
LETTERS = re.compile(r"[^\W\d_]+")
# the words of UNIT (and "old"), each form its optional letters give
UNIT_WORDS = frozenset(
    """years year yrs yr yo j jahre jahr jahren jahrn ans an años año anos ano anni anno jaar lat
    lata roku old aninhos añitos anitos jr""".split()
)
CHILD_WORD_SET = frozenset(LETTERS.findall(CHILD_WORDS.lower())) - {"one"}  # ("little one")

FIELD_WORDS = frozenset(
    "age aged alter âge edad età eta idade leeftijd wiek anni años anos".split()
)


def miesiecy(words: frozenset[str]) -> bool:
    """A Polish word for months or weeks, in any case ("miesięcy", "tygodnie")."""
    return any(w.startswith(("miesi", "tygodni")) for w in words)
