"""The person a sentence speaks of, and the stretches of text the readings look at.

A sentence's person has a gender when its pronouns or its titles ("he", "Sra.", "dhr.")
all say the same one and no relative, friend or colleague is named beside (their partner
may be the one meant). A sentence ends at a semicolon, a line break or a full stop that
closes no title or initial; a file name's hyphens, underscores and dots are read as
spaces.
"""

from __future__ import annotations

import re

from troth.guard import titles
from troth.guard.orientation.genders import FEMALE, MALE, gender_of
from troth.guard.titles import alternation

_PRONOUNS = {
    MALE: r"he|him|er|il|él|lui|ele|hij|on|the member said he|assistito|versicherter|assuré|"
    r"asegurado|segurado|verzekerde man|ubezpieczony|el cliente|il cliente|o cliente|"
    r"le client|der kunde|klient|el paciente|il paziente|o paciente|le patient|der patient|"
    r"pacjent|el usuario|o usuário|l'utilisateur|der nutzer|użytkownik",
    FEMALE: r"she|her|sie|elle|ella|lei|ela|zij|ona|assistita|versicherte|assurée|asegurada|"
    r"segurada|ubezpieczona|la clienta|la cliente|a cliente|la cliente|die kundin|klientka|"
    r"la paciente|la paziente|a paciente|la patiente|die patientin|pacjentka|la usuaria|"
    r"a usuária|l'utilisatrice|die nutzerin|użytkowniczka",
}
_PRONOUN = {g: re.compile(rf"\b(?:{w})\b", re.IGNORECASE) for g, w in _PRONOUNS.items()}

TITLES = {
    MALE: re.compile(rf"\b(?:{alternation(titles.MALE, small=True)})\.?(?=\s+[A-Z])"),
    FEMALE: re.compile(rf"\b(?:{alternation(titles.FEMALE, small=True)})\.?(?=\s+[A-Z])"),
}

# a relative, a friend or a colleague: "his", "su", "o … do filho" may be theirs
RELATIVE = re.compile(
    # (no English "son": it is French "his")
    r"\b(?:daughter|sons|sister|brother|mother|father|friends?|colleagues?|boss|neighbou?r|"
    r"tochter|sohn|schwester|bruder|mutter|vater|kolleg\w*|chef|nachbar\w*|"
    r"fille|fils|sœur|soeur|frère|mère|père|amie?s?|collègues?|voisin\w*|"
    r"hij[oa]s?|herman[oa]s?|madre|padre|amig[oa]s?|colegas?|jef[ae]|vecin[oa]s?|"
    r"figli[oa]|sorella|fratell[oi]|amic[oa]|amici|colleg(?:a|hi|he)|capo|vicin[oa]|"
    r"filh[oa]s?|irmã|irmão|irmãos|mãe|pai|chefe|vizinh[oa]|"
    r"dochter|zoon|zus|broer|moeder|vader|baas|buurman|buurvrouw|collega's|"
    r"córk\w*|syn|syna|synem|siostr\w*|brat|brata|bratem|matk\w*|ojc\w*|koleg\w*|"
    r"koleżank\w*|koledz\w*|szef\w*|sąsiad\w*)\b",
    re.IGNORECASE,
)


def third_person(sentence: str) -> str | None:
    """The gender of the sentence's person, when no relative or friend named beside may be
    the one whose partner it is ("el cliente dice que su hija y su novio …")."""
    if RELATIVE.search(sentence):
        return None
    return _subject_gender(sentence)


# Italian words beside "il": there it is the article, not the French "he"
_ITALIAN = re.compile(
    r"\b(?:della|delle|degli|dello|nella|nel|alla|sul|sulla|gli|sono|dei|anche|con|sua|suo|"
    r"di|per)\b",
    re.IGNORECASE,
)
_IL = re.compile(r"\bil\b(?!\s+(?:cliente|paziente)\b)", re.IGNORECASE)


def _subject_gender(sentence: str) -> str | None:
    """The gender of the sentence's person: its pronouns, or else its titles ("M. Martin
    déclare son mari", "Dhr. Visser geeft zijn man op")."""
    if _ITALIAN.search(sentence):
        sentence = _IL.sub("  ", sentence)  # "la Sig.ra Greco … il 5/9": the article
    found = {g for g, p in _PRONOUN.items() if p.search(sentence)}
    if not found:
        found = {g for g, p in TITLES.items() if p.search(sentence)}
    return found.pop() if len(found) == 1 else None


# a file or device name: its words are joined by hyphens, underscores or dots
_JOINERS = re.compile(r"[-_.]")


def flattened(text: str) -> str:
    """``text`` with the hyphens, underscores and dots of a file name read as spaces (a text
    with spaces is left as it is; the length never changes, so spans stay true)."""
    if any(c.isspace() for c in text):
        return text
    return _JOINERS.sub(" ", text)


_STOP = re.compile(
    r"[;\n]|(?<!\b[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[Dd]hr)(?<!\bMrs)(?<!\bSig)(?<!\bSra)(?<!\bMme)(?<!\bDña)(?<!\bMevr)\."
)


def sentence_around(text: str, at: int) -> str:
    """The sentence around ``at``; a title's full stop ("M. Martin", "dhr. Visser") ends none."""
    stops = [m.start() for m in _STOP.finditer(text)]
    end = min((i for i in stops if i >= at), default=len(text))
    return text[sentence_start(text, at) : end]


def sentence_start(text: str, at: int) -> int:
    """Where the sentence around ``at`` begins."""
    return max((m.start() for m in _STOP.finditer(text, 0, at)), default=-1) + 1


# a record's key that says its person's gender: {"pere": …}, {"madre": …}, {"matka": …}
_GENDERED_KEYS = {
    MALE: r"father|vater|pere|père|padre|pai|vader|ojciec|husband|ehemann|mari|marido|marito|"
    r"echtgenoot|maz|mąż",
    FEMALE: r"mother|mutter|mere|mère|madre|mae|mãe|moeder|matka|wife|ehefrau|epouse|épouse|"
    r"esposa|moglie|mulher|echtgenote|zona|żona",
}
_GENDERED_KEY = {
    g: re.compile(rf"[\"'](?:{keys})[\"']\s*:", re.IGNORECASE) for g, keys in _GENDERED_KEYS.items()
}
# a key of a person's name and a first name in it: {"victima": "Marta Sanz"}
_NAMED_VALUE = re.compile(r"[\"'][^\"']{1,30}[\"']\s*:\s*[\"'](?P<n>[A-ZÀ-Ý][a-zà-ÿ]+)\s+[A-ZÀ-Ý]")


def record_gender(text: str) -> str | None:
    """The gender of a JSON record's person: a key that says it ({"pere": "Thomas Girard"})
    or the first name of the record's first named value, when only one gender is said."""
    if '":' not in text:
        return None
    found = {g for g, key in _GENDERED_KEY.items() if key.search(text)}
    if not found:
        first = _NAMED_VALUE.search(text)
        return gender_of(first.group("n")) if first else None
    return found.pop() if len(found) == 1 else None
