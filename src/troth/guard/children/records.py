"""Records and file names.

A traveller's, guest's or patient's type ("typ": "infant"), an age field in months, a
childcare group of babies, a parent signing by their child's name beside a class of the
first four years ("Mama von Paul, 2b"), and file or device names read as words
("Jacob-9yo-Switch", "tabletLeoKlasse3").
"""

from __future__ import annotations

import re
from datetime import date

from troth.guard.children.births import COHORT_WORDS, cohorts
from troth.guard.children.people import is_first_name
from troth.guard.children.words import AGE_KEY, FIELD_WORDS, miesiecy
from troth.guard.detection import CHILD, Detection
from troth.guard.gates import words_of

# A record of an infant or a child: a passenger's, a guest's or a patient's type ("typ":
# "infant", "type": "bébé", "tipo": "bebé", "child": a fare band under 12); a shop's
# "type": "baby" is a product's, so the record must be of travellers, guests or patients
_TYPE_FIELD = re.compile(
    r"[\"']?(?:type|typ|tipo|pax_?type|passenger_?type|soort|rodzaj|categor(?:y|ia|ía)|"
    r"catégorie|kategorie|kategoria)[\"']?\s*[:=]\s*[\"']?"
    r"(?P<v>(?:lap )?infant|inf|baby|bébé|bebé|bebê|neonato|neonata|lattante|kleinkind|"
    r"säugling|zuigeling|niemowlę|niemowle|child|chd|enfant|niño|niña|bambino|bambina|"
    r"criança|kind|dziecko)[\"']?(?![\w-])",
    re.IGNORECASE,
)
_TRAVELLERS = re.compile(
    r"\b(?:passeng\w*|pax|passag\w*|pasajer\w*|passegger\w*|passageir\w*|passagier\w*|"
    r"pasażer\w*|mitreisende\w*|reisende\w*|travel+er\w*|viajer\w*|voyageur\w*|"
    r"viaggiator\w*|patient\w*|pazient\w*|paciente\w*|pacjent\w*|guests?|gäste|gast|"
    r"huésped\w*|ospit[ei]|hóspede\w*|gość\w*|goście|invités?)",
    re.IGNORECASE,
)
# an age field in months ("alter_monate": 8, "age_mois", "edad_meses", "age_in_months")
_MONTHS_FIELD = re.compile(
    rf"(?<![\w-])[\"']?(?:{AGE_KEY})[ _-]?(?i:in[ _-])?(?i:months?|monate?n?|mois|meses|mesi|"
    r"maanden|miesi\w*)[\"']?\s*[:=]\s*[\"']?(?P<n>\d{1,3})(?!\d|[.,]\d)"
)
# a childcare group of babies ("grupo de bebés (0-1)", "Krabbelgruppe", "sezione lattanti")
_INFANT_GROUP = re.compile(
    r"\b(?:(?:grupo|sala|aula|gruppe|groupe|section|gruppo|sezione|groep|grupa)\s+"
    r"(?:de |des |dei |der |van |dos |das )?(?:bebés|bebes|bebês|bébés|babys|lattanti|"
    r"niemowląt|maluchów|maluszków|dreumesen|zuigelingen)|babygruppe|krabbelgruppe|"
    r"babygroep)\b",
    re.IGNORECASE,
)

# a parent signing as their child's ("Mama von Paul", "mamma di Tommaso", "mum of Alfie")
# beside a class of the first four years ("aus der 4b", "classe 4ª A"): parents sign by
# a child's name in the classes of young children, and years 1 to 4 are primary in all
# eight systems but the Italian and Polish upper schools, whose parents sign by their own
_PARENT_OF = re.compile(
    r"\b(?:mama|mutter|papa|vater|mum|mom|mummy|mommy|mother|father|dad|daddy|maman|mère|"
    r"père|mamá|madre|padre|mamma|papà|mãe|pai|moeder|vader)\s+(?:von|of|de|du|di|do|da|van)"
    r"\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)"
    # Polish names the child in the genitive: "mama Zosi", "tata Kuby"
    r"|\b(?:mama|tata)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+[iy])\b",
    re.IGNORECASE,
)
_NO_CLASS = re.compile(
    r"\b(?:flat|apt|apartment|room|suite|unit|gate|seat|row|zimmer|wohnung|stock|platz|"
    r"reihe|chambre|appartement|étage|bureau|salle|piso|puerta|habitación|planta|asiento|"
    r"stanza|appartamento|interno|scala|posto|quarto|andar|apartamento|lugar|kamer|"
    r"verdieping|stoel|pokój|mieszkanie|lokal|miejsce|sala|bus|tram|line|linie|ligne)\W*$",
    re.IGNORECASE,
)
_CLASS_LABEL = re.compile(
    r"(?<![\w.,/:+-])(?P<k>[1-4])(?:\s?(?:ª|º|°|\.ª|\.º))?(?:[a-e]|\s?[A-E])(?!\w)"
)


# a first name and an age in German years glued: "Ben 5J" (not "Motor 5J")
_NAMED_AGE_J = re.compile(r"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+) (?P<n>\d{1,2})J\b")


def _jahre(m: re.Match[str]) -> str:
    if not is_first_name(m.group("name")):
        return m.group()
    return f"{m.group('name')} {m.group('n')} J."


def _capitalised_name(m: re.Match[str]) -> str:
    word = m.group().capitalize()
    return word if is_first_name(word) else m.group()


def identifier_words(text: str, names: bool = True) -> str:
    """A file or device name as words: "Tablet-Martim-2ano" -> "Tablet Martim 2 ano",
    "tabletLeoKlasse3" -> "tablet Leo Klasse 3". A school code keeps its digit ("Tom_CM1"),
    "kl4" is "kl. 4", and a field name glued to a number is that field ("age3" is "age: 3").
    With ``names``, a first name typed small is capitalised ("miguel" -> "Miguel")."""
    spaced = re.sub(r"\.(?:pdf|docx?|xlsx?|jpe?g|png|heic|mp4|mov|txt|csv|odt)$", "", text)
    spaced = re.sub(r"_+|(?<!\d)-+|-+(?!\d)", " ", spaced)  # "6-12ans" keeps its range
    spaced = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])", " ", spaced)
    spaced = re.sub(
        r"(?<=[^\W\d_])(?<!\b[cC][eEmM])(?=\d)"
        r"|(?<=\d)(?=(?:ano|anos|klasa|klasse|grade|groep|jaar|lat|ans|jahre|yrs|yo|anni|"
        r"años)\b)",
        " ",
        spaced,
    )
    spaced = re.sub(r"\b(kl) (?=\d)", r"\1. ", spaced, flags=re.IGNORECASE)
    if names:  # a first name typed small is a name still: "tablet-miguel-8anos"
        spaced = re.sub(r"\b[a-zà-ÿ]{3,}\b", _capitalised_name, spaced)
    spaced = _NAMED_AGE_J.sub(_jahre, spaced)  # "Ben_5J": "Ben 5 J." (Jahre)
    return re.sub(rf"\b({AGE_KEY}) (?=\d)", r"\1: ", spaced)


# the words each rule of records needs one of
TYPE_KEYS = frozenset(
    """type typ tipo pax passenger soort rodzaj category categoria categoría catégorie
    kategorie kategoria""".split()
)
TYPE_VALUES = frozenset(
    """infant inf baby bébé bebé bebê neonato neonata lattante kleinkind säugling zuigeling
    niemowlę niemowle child chd enfant niño niña bambino bambina criança kind
    dziecko""".split()
)
MONTH_KEYS = frozenset(
    "months month monate monaten mois meses mesi maanden miesiące miesięcy miesiecy".split()
)
INFANT_GROUP_WORDS = frozenset(
    """bebés bebes bebês bébés babys lattanti niemowląt maluchów maluszków dreumesen
    zuigelingen babygruppe krabbelgruppe babygroep""".split()
)

PARENT_WORDS = frozenset(
    """mama mutter papa vater mum mom mummy mommy mother father dad daddy maman mère père
    mamá madre padre mamma papà mãe pai moeder vader tata""".split()
)
# the keys of lists of travellers, guests and patients (a child's type needs no digit)
TRAVELLER_WORDS = frozenset(
    """passengers passenger pax passagers passager pasajeros pasajero passeggeri passeggero
    passageiros passageiro passagiers passagier pasażerowie mitreisende mitreisenden
    reisende reisenden travellers
    travelers viajeros voyageurs viaggiatori gäste guests huéspedes ospiti hóspedes goście
    patients patient pazienti paziente pacientes paciente pacjenci pacjent patienten""".split()
)
# the consent words of :data:`_PARENT_CONSENT`, as a text's letter runs
CONSENT_WORDS = frozenset(
    "consent freigabe zustimmung accord permiso autorizacao toestemming zgoda consenso".split()
)
RECORD_WORDS = (
    TYPE_KEYS | INFANT_GROUP_WORDS | COHORT_WORDS | PARENT_WORDS | CONSENT_WORDS | {"baby"}
)


# a parent's consent asked in a record: "eltern_freigabe", "accord_parent", "zgoda_rodzica"
_CONSENT = r"(?:consent|freigabe|zustimmung|accord|permiso|autoriza\w*|toestemming|zgoda|consenso)"
_PARENTS = r"(?:parental|parents?|eltern|parentale?|padres|pais|ouders|rodzic\w*|genitori)"
_PARENT_CONSENT = re.compile(rf"{_PARENTS}[_ ]?{_CONSENT}|{_CONSENT}[_ ]?{_PARENTS}", re.I)
# a birth year inside a user's handle: "luca_2015_fcb", "enzo2016"
_HANDLE_YEAR = re.compile(r"[^\W\d_]{2,}[_.-]?(?P<y>20[0-4]\d)(?![\d])")


def consent_years(text: str, child_age: int, today: date | None) -> list[Detection]:
    """A user's handle with a birth year that makes them a child, in a record that asks for
    a parent's consent: {"nutzer": "luca_2015_fcb", "eltern_freigabe": "ausstehend"}."""
    if _PARENT_CONSENT.search(text) is None:
        return []
    year = (today or date.today()).year
    return [
        Detection(CHILD, *m.span("y"), "children.birth_date", 0.85)
        for m in _HANDLE_YEAR.finditer(text)
        if 0 < year - int(m.group("y")) < child_age
    ]


def records(text: str, number: bool, child_age: int, today: date | None) -> list[Detection]:
    """An infant's or a child's record: a type, an age in months, a group of babies, a
    birth year as a cohort, a parent's signature beside a young class."""
    words = words_of(text)
    found: list[Detection] = []
    if not words.isdisjoint(INFANT_GROUP_WORDS) or "baby" in words:
        found += [
            Detection(CHILD, *m.span(), "children.infant", 0.8)
            for m in _INFANT_GROUP.finditer(text)
        ]
    typed = not words.isdisjoint(TYPE_KEYS) and not words.isdisjoint(TYPE_VALUES)
    for m in _TYPE_FIELD.finditer(text) if typed else ():
        if _TRAVELLERS.search(text):
            found.append(Detection(CHILD, *m.span(), "children.infant", 0.85))
    if not number:
        return found
    months = not words.isdisjoint(FIELD_WORDS) and (
        not words.isdisjoint(MONTH_KEYS) or miesiecy(words)
    )
    for m in _MONTHS_FIELD.finditer(text) if months else ():
        if int(m.group("n")) < 12 * child_age:
            found.append(Detection(CHILD, *m.span(), "children.infant_age", 0.85))
    found += cohorts(text, words, child_age, today)
    found += consent_years(text, child_age, today)
    if not words.isdisjoint(PARENT_WORDS) and _PARENT_OF.search(text):
        for m in _CLASS_LABEL.finditer(text):
            if _NO_CLASS.search(text, max(0, m.start() - 16), m.start()):
                continue  # "flat 3B", "Zimmer 2a": a place, not a class
            if int(m.group("k")) <= 4 + child_age - 13:
                found.append(Detection(CHILD, *m.span(), "children.school_year", 0.8))
    return found
