"""The gender of a first name.

The male and the female first names of the lists Faker ships in the eight languages (a
name both lists hold, such as "Alex", has none), the short forms and common names the lists
lack ("Kuba", "Ola", "Javi"), and Polish names in another case ("z Kubą", "u Kasi").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from troth.guard.letters import CAP_NAME, LOWER, UPPER
from troth.guard.lexicon import fold
from troth.guard.names import person_providers

MALE, FEMALE = "m", "f"
_LOCALES = (
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "pt_PT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
)
# a first name: a capital and small letters of the eight languages (Polish ones too)
_LOWER = LOWER
ANY_NAME = r"[^\W\d_]+"  # a letter run, in a pattern that ignores case

CAP = f"(?-i:{CAP_NAME})"  # a capital first, in a pattern that ignores case

NAME = re.compile(rf"\b[{UPPER}][{_LOWER}]{{2,}}\b")
AFTER_NAME = re.compile(rf"\b[{UPPER}][{_LOWER}]{{2,}} $")  # a surname follows a first name

# short forms and common first names the lists lack, which people sign with and call their
# partners by: Polish diminutives ("Kuba", "Ola"), Spanish and Portuguese short forms
_SHORT_NAMES = {
    MALE: "kuba tomek bartek franek janek józek staszek wojtek maciek jacek piotrek krzysiek "
    "grzesiek szymek antek adaś jaś kostek davide mathieu karim mehdi yassine julien sébastien "
    "seb jake dave mike matt joe nick rob steve andy pete jim bob ted olli basti tobi "
    "timo jens flo chema quique curro paco pepe nacho javi dani rafa kike zé quim "
    "guto beppe gigi pippo teo thijs bram sjoerd joost raphaël mathis maël maxime romain "
    "quentin amine gabriele tommaso jeroen bartosz olly ollie alfie archie freddie harvey "
    "reggie teddy theo ronnie alfie finley",
    FEMALE: "ola ania kasia basia gosia zosia magda ewka jola ula iza marysia hania "
    "madzia justi lola pili maite charo conchi bia gabi steffi conny sanne fleur anouk "
    "fenna noor lieke chiara giulia sabri léa léna amandine laia ginevra zuzanna oliwia "
    "wiktoria małgorzata julka zuzia maja natalka maisie evie ellie millie poppy isla "
    "darcy",
}


@lru_cache(maxsize=1)
def _first_names() -> tuple[frozenset[str], frozenset[str]]:
    """The male and the female first names (lower case) of Faker's lists."""
    male: set[str] = set()
    female: set[str] = set()
    for provider in person_providers(_LOCALES):
        male.update(n.lower() for n in getattr(provider, "first_names_male", ()))
        female.update(n.lower() for n in getattr(provider, "first_names_female", ()))
    return frozenset(male), frozenset(female)


@lru_cache(maxsize=1)
def name_genders() -> dict[str, str]:
    """First name (lower case) -> "m" or "f", for names only one of Faker's lists holds,
    with the short forms Faker lacks."""
    male, female = _first_names()
    genders = {n: MALE for n in male - female}
    genders.update({n: FEMALE for n in female - male})
    for gender, names in _SHORT_NAMES.items():
        genders.update({n: gender for n in names.split() if n not in male | female})
    return genders


# Polish first names change their ending with their case: "z Kubą", "z Anią", "z Tomkiem",
# "ślub Marka i Piotra", "od Ewy", "u Kasi"
_CASE_ENDINGS = (
    ("ą", "a"),
    ("ę", "a"),
    ("kiem", "ek"),
    ("em", ""),
    ("ka", "ek"),
    ("a", ""),
    ("wy", "wa"),
    ("si", "sia"),
    ("ni", "nia"),
    ("li", "la"),
)


def gender_of(name: str) -> str | None:
    """The gender of a first name, also of a Polish first name in another case (a name
    both lists hold, such as "Alex", has none)."""
    genders = name_genders()
    word = name.lower()
    if word in genders:
        return genders[word]
    male, female = _first_names()
    if word in male or word in female:
        return None
    for ending, base in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) + len(base) >= 3:
            found = genders.get(word[: -len(ending)] + base)
            if found is not None:
                return found
    if word.isascii():  # a name written without its accents: "joao", "andre" in a file name
        return _folded_genders().get(word)
    return None


@cache
def _folded_genders() -> dict[str, str]:
    """First names with accents, folded to plain letters, where the folded form has one
    gender and is no other name as written ("joão" as "joao")."""
    genders = name_genders()
    out: dict[str, str | None] = {}
    for name, gender in genders.items():
        plain = fold(name)
        if plain != name and plain not in genders:
            out[plain] = gender if out.get(plain, gender) == gender else None
    return {n: g for n, g in out.items() if g is not None}


def named_gender(text: str) -> str | None:
    """The one gender of the first names a text holds, when they all have the same."""
    found = {gender_of(n.group()) for n in NAME.finditer(text)} - {None}
    return found.pop() if len(found) == 1 else None
