"""Infants: an age in days, weeks or months ("8 months old", "9 mois", "6 weeks old")
said of a baby or a child, and the words for a newborn. How long something has gone on
("lleva 3 meses") and a pregnancy ("8 months pregnant") are no infant's age.
"""

from __future__ import annotations

import re

from troth.guard.children.people import SENTENCE, SUBJECT_BEFORE, is_first_name
from troth.guard.children.vetoes import NOT_AN_AGE, OBJECTS, object_after
from troth.guard.children.words import CHILD_WORD, NUMBER_WORD, number_of
from troth.guard.detection import CHILD, Detection

# an infant's age: "8 months old", "9 mois", "11 mesi", "8 miesięcy", "6 weeks old"
MONTHS_AGE = re.compile(
    rf"(?<![\w,.+<>≤])(?P<n>\d{{1,2}}|{NUMBER_WORD})[\s-]*(?P<u>months?|mos?|weeks?|wks?|"
    r"monate?n?|monat|wochen?|mois|semaines?|meses|semanas?|mesi|mese|settimane|maanden?|"
    r"weken|miesi\w*|tygodni\w*)(?P<old>[\s-]*(?:old|alt|oud|de vie|di vita|de vida))?"
    r"(?![\w-])(?!\s+(?:ago|later|of|in|at|geleden|temu|lang|plus tard|después|dopo|depois|"
    r"później|später|de retard|di ritardo|de atraso)\b)",
    re.IGNORECASE,
)
INFANT = re.compile(
    r"\b(?:baby|babies|bébé|bebé|bebê|bebè|bimb[oa]|säugling\w*|niemowl\w*|zuigeling\w*|"
    r"newborns?|neugeboren\w*|nouveau-née?s?|nourrisson\w*|recién nacid[oa]s?|lactante|"
    r"neonat[oa]|lattante|recém-nascid[oa]s?|pasgeboren\w*|noworod\w*|córeczk\w*|synek|"
    r"synka|zoontje|dochtertje|kleintje)\b",
    re.IGNORECASE,
)

PREGNANCY = re.compile(
    r"\b(?:pregnan\w*|bump|schwanger\w*|enceinte|grossesse|embarazad[oa]|embarazo|"
    r"gestaci\w*|incinta|gravidanza|pancione|grávida|gravidez|gestação|zwanger\w*|ciąż\w*|"
    r"trimest\w*)\b",
    re.IGNORECASE,
)
# a newborn is a child whatever else is said: these words alone are signs
NEWBORN = re.compile(
    r"\b(?:newborns?|neugeboren(?:e|en|es)\b|nouveau-née?s?|recién nacid[oa]s?|neonat[oa]|"
    r"recém-nascid[oa]s?|pasgeboren(?:e|en)?|noworod(?:ek|ka|kiem|ki)|säugling(?:s|e)?)\b",
    re.IGNORECASE,
)
# a newborn's screening: "teste do pezinho", "hielprik", "prueba del talón", "dépistage
# néonatal", "screening neonatale"
SCREENING = re.compile(
    r"\b(?:teste do pezinho|hielprik\w*|prueba del tal[oó]n|(?:d[ée]pistage|screening|"
    r"cribado|rastreio|test|teste)\s+n[ée]onatal\w*)",
    re.IGNORECASE,
)
SCREENING_WORDS = frozenset("pezinho hielprik talon talón neonatal néonatal neonatale".split())
# a baby called by a first name ("baby Ollie", "bébé Nolan") or called "ours"
NAMED_BABY = re.compile(
    r"\b(?:(?:baby|bébé|bebé|bebê|bebè|bimb[oa]|säugling)\s+(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,}))"
    r"|(?:our|unser\w*|notre|nuestr[oa]|nostr[oa]|nosso|nossa|onze|nasz\w*)\s+"
    r"(?:baby|bébé|bebé|bebê|bimb[oa]|bimbo|bebè))\b"
    # a thing for babies: "our baby monitor", "unser Babyphone"
    r"(?![\s-]*(?:monitor|shower|food|formula|clothes|gear|seat|carrier|bottles?|cam|camera|"
    r"bath|products?|phon\w*|kit|registry|list|shop|store|brand|shark|yoda)\b)",
    re.IGNORECASE,
)
BABY_WORDS = frozenset("baby bébé bebé bebê bebè bimbo bimba säugling".split())
_DUE = re.compile(r"\b(?:due|shower|expecting|erwarten|attendons|esperamos|aspettiamo)\b", re.I)
INFANT_WORDS = frozenset(
    """months month mos mo weeks week wks wk monate monaten monat wochen woche mois semaine
    semaines meses semanas semana mesi mese settimane maanden maand weken""".split()
)
NEWBORN_WORDS = frozenset(
    """newborn newborns neugeborene neugeborenen neugeborenes nouveau né née nés nées recién
    nacido nacida nacidos neonato neonata recém nascido nascida pasgeboren pasgeborene
    noworodek noworodka noworodkiem säugling säuglinge""".split()
)

# a word saying how long something has gone on, right before a number of months: "lleva
# 3 meses", "is al 3 maanden ziek", "schon 2 Monate", "già 4 mesi", "już 5 miesięcy"
_LONG_BEFORE = re.compile(
    r"\b(?:lleva\w*|llevo|llevamos|al|already|schon|déjà|già|já|już)\s+$",
    re.IGNORECASE,
)


def infant_months(text: str) -> list[Detection]:
    """An infant's age in months or weeks: said "old", or of a baby or a child."""
    found: list[Detection] = []
    for m in MONTHS_AGE.finditer(text):
        if number_of(m.group("n")) is None:
            continue
        stops = [s.end() for s in SENTENCE.finditer(text, 0, m.start())]
        before = text[stops[-1] if stops else 0 : m.start()]
        if NOT_AN_AGE.search(before) or object_after(text, m.end()):
            continue
        if (
            _LONG_BEFORE.search(text, max(0, m.start() - 16), m.start())
            and not m.group("old")
            and not INFANT.search(before)
        ):
            continue  # "Mi hija lleva 3 meses con fiebre": how long, not how old
        if PREGNANCY.search(text):
            continue  # "8 months pregnant": no child born yet
        baby = INFANT.search(before) or CHILD_WORD.search(before)
        subject = SUBJECT_BEFORE.search(before)
        if not baby and subject and OBJECTS.search(subject.group()):
            continue  # "the contract is 12 months old"
        if m.group("old") or baby:
            found.append(Detection(CHILD, *m.span(), "children.infant", 0.85))
    return found


def newborns(text: str) -> list[Detection]:
    """A newborn is a child whatever else is said: the words alone are signs."""
    return [Detection(CHILD, *m.span(), "children.infant", 0.85) for m in NEWBORN.finditer(text)]


def screened_or_named(text: str) -> list[Detection]:
    """A newborn's screening, a baby called by a first name or called "ours": an infant,
    unless a pregnancy or a birth still to come is spoken of ("our baby is due in May")."""
    found = [Detection(CHILD, *m.span(), "children.infant", 0.85) for m in SCREENING.finditer(text)]
    if PREGNANCY.search(text) or _DUE.search(text):
        return found
    for m in NAMED_BABY.finditer(text):
        name = m.group("name")
        if name is None or is_first_name(name):
            found.append(Detection(CHILD, *m.span(), "children.infant", 0.85))
    return found
