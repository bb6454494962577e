"""A wedding or a civil union of two named people of one gender, also in file names:
"wedding of Anna and Maria", "Hochzeit von Jonas und Felix", "unione civile Luca e
Davide", "Ewa i Ola - ślub", "wedding-photos-Emma-and-Olivia". A title gives the gender
where the name is a surname ("Herrn Albers und Herrn Brandt").
"""

from __future__ import annotations

import re

from troth.guard.gates import words_of
from troth.guard.orientation.genders import ANY_NAME, FEMALE, MALE, gender_of

# a wedding, a civil union, a registered partnership or a Dutch cohabitation contract
_WEDDING = (
    r"(?:wedding|marriage|civil partnership|civil union|hochzeit|trauung|verpartnerung|"
    r"mariage|noces|boda|casamiento|unión civil|matrimonio|unione civile|nozze|casamento|"
    r"união (?:civil|de facto|estável)|huwelijk|samenlevingscontract|bruiloft|trouwerij|"
    r"ślub\w*|slub\w*|wesel\w+|"
    r"związek partnerski)"
)
_AND = r"(?:\s+(?:and|und|et|y|e|i|en)\s+|\s*[&+]\s*)"
# a title or an article before a first name: "Mr", "Frau", "do", "la"
_ARTICLES = r"(?:(?:o|a|do|da|la|il|el|der|die|dem|von|van|de)\s+)*"
# a title before a name gives its gender where the name is a surname
_TITLE_GENDER = {
    **dict.fromkeys(
        "mr herr herrn m monsieur sr señor sig signor pan pana panem panu dhr don d".split(), MALE
    ),
    **dict.fromkeys(
        "mrs ms miss frau mme madame sra señora sig.ra signora pani panią mevr dña doña".split(),
        FEMALE,
    ),
}
_TITLE_ALT = "|".join(re.escape(t) for t in sorted(_TITLE_GENDER, key=len, reverse=True))


def _titled(slot: str) -> str:
    """A name in a pair, with its articles and its title: "do Tiago", "Herrn Albers"."""
    return (
        rf"{_ARTICLES}(?:(?P<t{slot}>{_TITLE_ALT})\.?\s+)?{_ARTICLES}"
        rf"(?:[A-Z]\.\s+)?(?P<{slot}>{ANY_NAME})"
    )


_OF = r"(?:(?:of|von|de|di|van|der|des|del|da|do|dla|the|our|their|unsere?|nuestra|la|il)\s+)*"
# what a wedding's file or note holds: "wedding-photos-Emma-and-Olivia", "ślub cywilny"
_ITEM = (
    r"(?:(?:photos?|fotos?|bilder|videos?|album|invit\w*|einladung\w*|convite\w*|"
    r"uitnodiging\w*|zaproszeni\w*|zdj[eę]cia|menu|menú|cywilny|civil|civile)\W+)?"
)
# "wedding of Anna and Maria", "ślub Agnieszka i Ewa", "Luca e Davide's wedding"
_WEDDING_PAIR = re.compile(
    rf"\b{_WEDDING}\b\W+{_ITEM}{_OF}{_titled('a')}{_AND}{_titled('b')}\b(?!['’]s?\b)|"
    rf"\b{_titled('c')}{_AND}{_titled('d')}(?:'s?)?"
    rf"\W+(?:(?:their|ihre|leur|su|la loro|sua|hun|ich)\s+)?{_WEDDING}\b",
    re.IGNORECASE,
)

# the words a wedding is named by (a text without one is not read for a pair)
_WEDDING_WORDS = frozenset(
    "wedding marriage partnership union hochzeit trauung verpartnerung mariage noces boda "
    "casamiento unión matrimonio unione nozze casamento união huwelijk bruiloft trouwerij "
    "ślub ślubu ślubie slub slubu wesele wesela związek samenlevingscontract".split()
)


def wedding_pair(text: str) -> list[tuple[int, int]]:
    """A wedding or a civil union of two named people of one gender: the two first names
    stand right after the wedding word or right before it ("wedding of Anna and Maria",
    "Hochzeit von Jonas und Felix", "unione civile Luca e Davide", "Ewa i Ola - ślub")."""
    if _WEDDING_WORDS.isdisjoint(words_of(text)):
        return []
    spans = []
    for m in _WEDDING_PAIR.finditer(text):
        slots = ("a", "b") if m.group("a") else ("c", "d")
        first, second = (_slot_gender(m, slot) for slot in slots)
        if first is not None and first == second:
            spans.append(m.span())
    return spans


def _slot_gender(m: re.Match[str], slot: str) -> str | None:
    """The gender of one of a pair: its title's, or its first name's."""
    title = m.group(f"t{slot}")
    if title:
        return _TITLE_GENDER.get(title.lower())
    return gender_of(m.group(slot))
