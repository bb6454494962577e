"""Signs that a record is about a child under the policy's age.

Four signals, in English, German, Spanish and French: a stated age ("I'm 11",
"my 9-year-old"), a birth date that makes the person younger than the age, a
school year that only children attend ("5th grade", "Grundschule", "CM2"), and
a parent setting the account up for a child.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from troth.guard.detection import CHILD, Detection
from troth.guard.gates import Gate, words_of
from troth.guard.special import RELATIONS

_AGE_WORDS = r"(?:years?|yrs?|y/?o|jahre?n?|años|anos|ans)"
STATED_AGE = re.compile(
    rf"(?:\b(?:i am|i'm|im|i’m|age[ds]?:?|aged|ich bin|tengo|j'ai|j’ai|edad:?|âge:?|alter:?)"
    rf"\s+(?P<a>\d{{1,2}})(?:\s*{_AGE_WORDS}(?:\s+old|\s+alt)?)?\b(?!\s*(?:%|percent|minutes|"
    rf"hours|days|weeks|months|of experience|years of|years in|years with|years at)))"
    rf"|\b(?P<b>\d{{1,2}})[- ](?:year|yr)s?[- ]old\b"
    rf"|\b(?P<c>\d{{1,2}})\s*(?:jahre alt|jährige[rn]?|años de edad|ans et demi)\b",
    re.IGNORECASE,
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
WORD_AGE = re.compile(
    r"\b(?:i am|i'm|my)\s+(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:[- ]year[- ]old|\s+years\s+old)\b",
    re.IGNORECASE,
)
BIRTH = re.compile(
    r"\b(?:born(?: on| in)?|birthday:?|date of birth:?|dob:?|d\.o\.b\.?:?|birth ?date:?|"
    r"geboren(?: am| im)?|geburtsdatum:?|nacid[oa](?: el| en)?|fecha de nacimiento:?|"
    r"née?(?: le| en)?|date de naissance:?)\s*"
    r"(?P<d>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|"
    r"(?:[A-Za-z]+\.? \d{1,2},? )?\d{4}|\d{1,2}\.? [A-Za-zäéû]+\.? \d{4})",
    re.IGNORECASE,
)
SCHOOL = re.compile(
    r"\b(?:(?P<n>\d{1,2})(?:st|nd|rd|th)\s+grade(?:r)?|grade\s+(?P<g>\d{1,2})\b(?!\s*(?:steel|"
    r"aluminium|aluminum|material|cable|sensor))|(?P<w>first|second|third|fourth|fifth|sixth|"
    r"seventh)\s+grade(?:r)?|year\s+(?P<y>[1-7])\s+(?:at|in)\s+(?:school|primary)|"
    r"(?:in|at|from|attend(?:s|ing)?|go(?:es)? to)\s+(?:primary|elementary|grade)\s+school|"
    r"kindergarten|preschool|grundschule|(?P<k>[1-6])\.\s*klasse|klasse\s+(?P<k2>[1-6])\b|"
    r"(?P<p>[1-6])º?\s+de\s+primaria|escuela primaria|colegio de primaria|école primaire|"
    r"\ben\s+(?:cp|ce1|ce2|cm1|cm2)\b)",
    re.IGNORECASE,
)
PARENT = re.compile(
    r"\b(?:(?:set(?:ting)? up|creat(?:e|ed|ing)|open(?:ed|ing)?|mak(?:e|ing)|made|"
    r"register(?:ed|ing)?)"
    r"\s+(?:this|an|the|a)?\s*account\s+(?:for|on behalf of)\s+my\s+(?:(?:\d{1,2}[- ]year[- ]old|"
    r"little|young)\s+)?(?:son|daughter|child|kid|boy|girl)|"
    r"account\s+is\s+for\s+my\s+(?:little\s+|young\s+)?(?:son|daughter|child|kid)|"
    r"konto\s+für\s+(?:meinen\s+sohn|meine\s+tochter|mein\s+kind)|"
    r"cuenta\s+para\s+mi\s+(?:hijo|hija|niñ[oa])|"
    r"compte\s+pour\s+(?:mon\s+fils|ma\s+fille|mon\s+enfant))",
    re.IGNORECASE,
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january januar enero janvier", "feb february februar febrero février fevrier",
            "mar march märz marzo mars", "apr april abril avril", "may mai mayo",
            "jun june juni junio juin", "jul july juli julio juillet",
            "aug august agosto août aout", "sep sept september septiembre septembre",
            "oct october oktober octubre octobre", "nov november noviembre novembre",
            "dec december dezember diciembre décembre decembre",
        ]
    )
    for m in names.split()
}  # fmt: skip


def parse_birth(value: str) -> date | None:
    """A birth date from the forms BIRTH accepts; a bare year counts as 1 July of that year."""
    value = value.strip().rstrip(",")
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            y, m, d = (int(p) for p in value.split("-"))
            return date(y, m, d)
        if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{4}", value):
            a, b, y = (int(p) for p in re.split(r"[./]", value))
            # day first with dots, or when the first number cannot be a month; else month first
            return date(y, b, a) if a > 12 or "." in value else date(y, a, b)
        year = int(value[-4:])
        words = re.findall(r"[A-Za-zäéû]+", value)
        month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS), 7)
        days = re.findall(r"\b\d{1,2}\b", value[:-4])
        return date(year, month, int(days[0]) if days else 1)
    except (ValueError, IndexError):
        return None


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# Letter runs one of which each kind of signal above holds; a short one counts only beside
# its partner ("i" + "am" or "m", "j" + "ai", "d" + "o" + "b", "en" + "cp").
AGE_WORDS = frozenset(
    """im age ages aged ich tengo edad âge alter year years yr yrs jahre jährige jähriger
    jährigen años ans""".split()
)
BIRTH_WORDS = frozenset(
    """born birthday date dob birth birthdate geboren geburtsdatum nacido nacida fecha née né
    naissance""".split()
)
SCHOOL_WORDS = frozenset(
    """grade grader year school primary elementary kindergarten preschool grundschule klasse
    primaria escuela colegio école""".split()
)
ACCOUNT_WORDS = frozenset({"account", "konto", "cuenta", "compte"})
GATE_WORDS = AGE_WORDS | BIRTH_WORDS | SCHOOL_WORDS | ACCOUNT_WORDS


def signal_words(words: set[str]) -> set[str]:
    """The words of a text that may begin a child signal (a gate test)."""
    found = set(words & GATE_WORDS)
    if "i" in words and ("am" in words or "m" in words):
        found.add("i")
    if "j" in words and "ai" in words:
        found.add("j")
    if "d" in words and "o" in words and "b" in words:
        found.add("d")
    if "en" in words and words & {"cp", "ce", "cm"}:
        found.add("en")
    return found


_DIGIT = re.compile(r"\d")


class ChildSignalRecognizer:
    name = "children"
    categories = (CHILD,)
    gate = Gate(words=signal_words)

    def __init__(self, child_age: int = 13, today: date | None = None) -> None:
        self.child_age = child_age
        self.today = today

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def scan(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        digits = _DIGIT.search(text) is not None
        words = words_of(text)
        for m in (
            STATED_AGE.finditer(text)
            if digits and (not words.isdisjoint(AGE_WORDS) or "i" in words or "j" in words)
            else ()
        ):
            age = int(m.group("a") or m.group("b") or m.group("c"))
            if 0 < age < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
        for m in WORD_AGE.finditer(text) if "year" in words or "years" in words else ():
            if NUMBER_WORDS[m.group("w").lower()] < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
        births = digits and (not words.isdisjoint(BIRTH_WORDS) or "d" in words)
        for m in BIRTH.finditer(text) if births else ():
            born = parse_birth(m.group("d"))
            today = self.today or date.today()
            if born is not None and born <= today and age_on(born, today) < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.9))
        for m in (
            SCHOOL.finditer(text) if not words.isdisjoint(SCHOOL_WORDS) or "en" in words else ()
        ):
            grade_text = next(
                (m.group(g) for g in ("n", "g", "w", "y", "k", "k2", "p") if m.group(g)), None
            )
            if grade_text is not None:
                grade = NUMBER_WORDS.get(grade_text.lower()) or int(grade_text)
                if grade + 6 > self.child_age:  # a pupil of that year may be 13 or older
                    continue
            found.append(Detection(CHILD, *m.span(), "children.school_year", 0.85))
        for m in PARENT.finditer(text) if not words.isdisjoint(ACCOUNT_WORDS) else ():
            found.append(Detection(CHILD, *m.span(), "children.parent_setup", 0.9, True))
        if found and RELATIONS.search(text):
            found = [replace(d, about_other=True) for d in found]
        return found
