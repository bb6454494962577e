"""Clergy: a person named by a cleric's title ("Padre Manuel Sousa", "Hna. Teresa Molina",
"Rev. Fiona MacLeod", "Ks. Tomasz Nowak"). A cleric's role reveals their faith, so a
signature that names one is religious data, and an office job beside it does not hide it.
"""

from __future__ import annotations

import re

# a cleric's role, by the start of its folded word: "Volunteer Imam", "Pfarrerin", "rabbino"
ROLE_STARTS = (
    "imam", "pastor", "pastoor", "priest", "pfarrer", "rabbi", "rabin", "rabbin", "rabino",
    "sacerdot", "ksiadz", "ksiedz", "proboszcz", "dominee", "predikant", "diakon", "deacon",
    "diacon", "vicar", "vicaire", "vigario", "chaplain", "kapelan", "cappellan", "capelao",
    "capellan", "aumonier", "seelsorger", "parroco", "paroco", "cure", "mufti", "nun",
    "nonne", "monja", "suora", "freira", "zakonnic", "monk", "monch", "moine", "monje",
    "monaco", "monge", "mnich", "monnik",
)  # fmt: skip

# a cleric's title before a first name and a surname; titles that are also words of kin
# or courtesy ("Father", "Don", "Schwester") are left out
_TITLED = re.compile(
    r"(?<![\w.])(?:Padre|Pe\.|Rev\.|Revd\.?|Reverend|Hna\.|Hno\.|Sor|Suor|Fray|Frei|Ks\.|"
    r"Pfarrer(?:in)?|Pastor(?:a|in)?|Pastoor|Dominee|Ds\.|Imam|Rabbi|Rabbin|Rabino|Rabbino|"
    r"Abbé|Père|Sœur|Soeur|Mons\.|Monsignor|Monseñor|Frère|[Ff]ra'|Frà|"
    # "Fr" only before a name and a surname that end a signature's line (not Friday's "Fr")
    r"Fr\.?(?=[ \t]+\w+[ \t]+\w+\n))"
    r"[ \t]+[A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]+"
    # a surname's particles may stand between: "Hna. María del Carmen Olmo"
    r"(?:[ \t]+(?:(?:de|del|la|las|los|da|das|do|dos|di|van|von|der)[ \t]+)*"
    r"[A-ZÀ-ÝŁŚŻ][\w'-]+){1,2}"
)
# a name followed by a religious order's letters: "Pascal Girard, o.p.", "fra' Lorenzo
# Bonacci, OFM", "Anna Weber OSB"
_ORDER = re.compile(
    r"[A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]+[ \t]+[A-ZÀ-ÝŁŚŻ][\w'-]+,?[ \t]+"
    r"(?:OFM(?:[ \t]?Cap|[ \t]?Conv)?|O\.?F\.?M\.|[Oo]\.[Pp]\.|OP|S\.?J\.?|OSB|O\.S\.B\.|OCD|"
    r"O\.?Carm\.?|CSsR|SDB|OMI|FSC|OSA|CMF|OCSO)(?![\w])"
)
# the titles' words, as a text's lower-cased words hold them
TITLE_WORDS = frozenset(
    """padre rev revd reverend hna hno sor suor fray frei ks pfarrer pfarrerin pastor
    pastora pastorin pastoor dominee imam rabbi rabbin rabino rabbino abbé abbe père pere sœur
    soeur mons monsignor monseñor monsenor pe ds frère frere fra frà fr
    ofm op sj osb ocd carm cssr sdb omi fsc osa cmf ocso
    couvent convento kloster klooster klasztor abbaye abbey abadia abbazia priory friary
    monastère monastere monasterio mosteiro monastero""".split()
)
# a possessive before the title makes it kin: "mi padre Manuel Sousa"
_KIN = re.compile(r"(?i)\b(?:my|mi|mio|il mio|meu|o meu|mon|mein)\s+$")


# a street named after a cleric: "Rue Al Imam Al Bakri", "Via Padre Pio"
_STREET = re.compile(
    r"(?i)\b(?:rue|via|viale|calle|avenida|avenue|av|strasse|straße|str|ul|ulica|rua|largo|"
    r"piazza|plaza|praça|place|platz|laan|straat|weg|boulevard|road|street|st|chemin|"
    r"travessa|vicolo|plac|aleja|al)\.?\s+(?:\w+\s+)?$"
)


def cleric_named(text: str) -> list[tuple[int, int]]:
    """Each cleric named by their title with a first name and a surname (not kin, not a
    street named after one)."""
    return [
        m.span()
        for m in _TITLED.finditer(text)
        if not _KIN.search(text, max(0, m.start() - 10), m.start())
        and not _STREET.search(text, max(0, m.start() - 24), m.start())
    ] + [m.span() for m in _ORDER.finditer(text)]


def cleric(word: str) -> bool:
    """Whether a folded word names a cleric's role."""
    return word.startswith(ROLE_STARTS)


# a child's record beside "padre": the father, not a priest ("nato 11/01/2015,padre …")
_FAMILY = re.compile(
    r"(?i)\b(?:nat[oa]|nacid[oa]|nasc\.?|nascid[oa]|tutore|genitore|genitori|genitor)\b"
)
_POSSESSIVE = re.compile(
    r"(?i)\b(?:mi|mio|il mio|su|suo|il suo|tu|tuo|nuestro|nostro|vostro|del)\s+$"
)


def father_not_priest(text: str, start: int) -> bool:
    """Whether "padre" at ``start``, written small, is a father: after a possessive ("mi
    padre", "suo padre") or in a child's record ("nato 11/01/2015,padre Andrea Greco")."""
    if not text.startswith("padre", start):
        return False
    if _DESCRIBED.match(text, start + 5):
        return True  # "padre tigrino", "padre marocchino": a father described, not a priest
    return bool(_POSSESSIVE.search(text, max(0, start - 12), start) or _FAMILY.search(text))


# a word in small letters after "padre" that describes him: a people's or a place's
# adjective ("padre tigrino", "padre gallego"), not a priest's name ("padre Andrea")
_DESCRIBED = re.compile(
    r"\s+(?!(?:de|del|della|di|da|do|e|y)\b)[a-zà-ÿ]{4,}(?:o|a|e|i|ese|ano|ino|ego)\b"
)
