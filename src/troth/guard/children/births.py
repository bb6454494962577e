"""Dates of birth and birth years.

A date under its label ("born 2016-03-02", "geb. 02.06.2013", "birth_year": 2019), read
both ways when it may be; a Polish personal number (PESEL); born some years ago ("nasceu há
9 anos"); a birth year said as a cohort ("Jahrgang 2016"). A person is a child when their
age on the day of the check is under the child age.
"""

from __future__ import annotations

import re
from datetime import date

from troth.guard.children.infants import INFANT
from troth.guard.children.people import (
    about_a_child,
    first_name_in,
    opens_with_first_name,
    sentence_of,
)
from troth.guard.children.vetoes import OBJECTS
from troth.guard.children.words import DIGIT, INFANT_UNIT, UNIT, N, number_of
from troth.guard.detection import CHILD, Detection

# a birth year said as a cohort, of a person: "Sohn (Jahrgang 2016)", "rocznik 2015",
# "classe 2016" (Italian), "année 2015"; a wine's or a car's "Jahrgang" names no one
COHORT = re.compile(
    r"\b(?:jahrgang|jg\.|rocznik|classe|année|annata)\s*:?\s*(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# born a number of years ago: the person's age ("nasceu há 9 anos", "born 8 years ago",
# "vor 7 Jahren geboren", "urodził się 6 lat temu"), when a child or a name is said
_BORN = (
    r"(?:born|geboren|née?s?|nació|nacieron|nacque|nat[oa]|nasceu|nasceram|"
    r"urodził\w*|urodzi\w*)"
)


def _ago(tag: str) -> str:
    """A number of years ago: "il y a 6 ans", "5 anni fa" (its number the groups ``tag``1
    and ``tag``2)."""
    first, second = (N.replace("?P<n>", f"?P<{tag}{i}>") for i in (1, 2))
    unit = rf"(?:{UNIT}|(?P<{tag}m>{INFANT_UNIT}))\b"
    return (
        rf"(?:(?:il y a|hace|há|faz|vor)\s+{first}\s*{unit}|"
        rf"{second}\s*{unit.replace(f'?P<{tag}m>', f'?P<{tag}n>')}\s+(?:ago|fa|temu|geleden))"
    )


BORN_AGO = re.compile(
    rf"\b{_BORN}\s+(?:[^\W\d_]+\s+){{0,2}}?{_ago('a')}"
    rf"|\b{_ago('b')}\s+(?:[^\W\d_]+\s+){{0,2}}?{_BORN}\b",
    re.IGNORECASE,
)
BORN_WORDS = frozenset(
    """born geboren né née nés nées nació nacieron nacque nato nata nasceu nasceram""".split()
)

# a Polish personal number: born YYMMDD, the month plus 20 in the 2000s, a check digit
PESEL = re.compile(r"(?<!\d)(?P<p>\d{11})(?!\d)")
_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)

BIRTH = re.compile(
    # (a record's key joins the words with "_": "data_nascita", "fecha_nacimiento")
    r"\b(?:born(?: on| in)?|birthday:?|date[ _]of[ _]birth:?|dob:?|d\.o\.b\.?:?|"
    r"birth[ _]?date:?|geboren(?: am| im| in| op)?|geburts_?datum:?|geb\.:?|nacid[oa](?: el| en)?|"
    r"fecha[ _](?:de[ _])?nacimiento:?|f\.? ?nac\.?:?|née?(?:[ _]le| en)?|"
    # a record's key that is the birth alone: "nacimiento", "nascimento", "naissance"
    r"(?<=[\"'])(?:nacimiento|nascimento|nascita|naissance|geboorte|urodzenie|birth)(?=[\"'])|"
    # short keys of a record: "ddn", "geb", "data_ur", "ano_nascimento", "f_nac"
    r"(?<=[\"'])(?:ddn|geb|gebdat|gebdatum|data_ur|dt_ur|data_nasc|dt_nasc|f_nac|fnac|"
    r"fecha_nac|ano_nascimento|anno_nascita|annee_naissance|rok_ur)(?=[\"'])|"
    r"date[ _](?:de[ _])?naissance:?|data[ _](?:di[ _])?nascita:?|nat[oa](?:[ _]il|[ _]nel)?|"
    r"data[ _](?:de[ _])?nascimento:?|nascid[oa](?: em| a)?|nasc\.:?|geboorte_?datum:?|"
    r"geboren op|"
    r"data[ _]urodzenia:?|"
    # a birth year under its label ("Geburtsjahr 2017", "birth_year": 2019)
    r"year[ _]of[ _]birth:?|birth[ _]?year:?|geburtsjahr:?|año[ _]de[ _]nacimiento:?|"
    r"anno[ _]di[ _]nascita:?|ano[ _]de[ _]nascimento:?|ann[ée]e[ _]de[ _]naissance:?|"
    r"geboortejaar:?|rok[ _]urodzenia:?|"
    r"urodzon(?:y|a|ego|ej|emu|ym)(?: w)?|ur\.:?|"
    # a birth year glued to its short label in a file's name: "Izan_nac2024", "Nikola_ur2023"
    r"(?:nac|nasc|ur)(?= \d{4}\b))(?:(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){1,3}\s*:)?"
    # a quoted key and its value: "geboortedatum": "2019-07-07"
    r"(?:[\"']\s*[:=]\s*[\"']?)?\s*"
    # spoken: "born on the 4th of June 2017", "date of birth is the 3rd of May 2016"
    r"(?:(?:is|was|the|on|am)\s+){0,2}"
    r"(?P<d>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|"
    # a month and a year: "geb. 03/2014"
    r"(?:0?[1-9]|1[0-2])[./]\d{4}|"
    r"(?:[A-Za-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? )?\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th|er|º|\.)? (?:de |of )?[^\W\d_]+\.? (?:de |del )?\d{4})",
    re.IGNORECASE,
)

# a full date given a little after its label, as a caller answers an agent: "date of birth
# please? - yeah it's the 4th of June 2017"; a day, a month and a year, no digit and no
# full stop between
ANSWERED = re.compile(
    r"\b(?:date of birth|birth ?date|dob|d\.o\.b\.|geburtsdatum|date de naissance|"
    r"fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia)"
    r"\b[^\d\n.]{1,50}?(?<![\w-])"
    r"(?P<d>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th|er|º|\.)? (?:de |of )?[^\W\d_]+\.? (?:de |del )?\d{4})(?!\d)",
    re.IGNORECASE,
)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january januar enero janvier gennaio janeiro januari stycznia styczeń",
            "feb february februar febrero février fevrier febbraio fevereiro februari lutego",
            "mar march märz marzo mars março maart marca marzec",
            "apr april abril avril aprile kwietnia", "may mai mayo maggio maio mei maja",
            "jun june juni junio juin giugno junho czerwca", "jul july juli julio juillet luglio "
            "julho lipca", "aug august agosto août aout augustus sierpnia",
            "sep sept september septiembre septembre settembre setembro wrzesnia września",
            "oct october oktober octubre octobre ottobre outubro października",
            "nov november noviembre novembre novembro listopada",
            "dec december dezember diciembre décembre decembre dicembre dezembro grudnia",
        ]
    )
    for m in names.split()
}  # fmt: skip


def parse_birth(value: str) -> date | None:
    """A birth date from the forms BIRTH accepts; a bare year counts as 1 July of that year.

    Numbers with slashes are read day first, as seven of the eight languages (and British
    English) write them, unless only the month-first reading is a date ("03/15/2016")."""
    value = value.strip().rstrip(",")
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            y, m, d = (int(p) for p in value.split("-"))
            return date(y, m, d)
        if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}", value):
            a, b, y = (int(p) for p in re.split(r"[./-]", value))
            if "/" in value and a <= 12 < b:  # month first (US)
                return date(y, a, b)
            return date(y, b, a)  # day first
        month_year = re.fullmatch(r"(\d{1,2})[./](\d{4})", value)
        if month_year:  # the first of the month: the oldest the person may be
            return date(int(month_year.group(2)), int(month_year.group(1)), 1)
        year = int(value[-4:])
        words = re.findall(r"[^\W\d_]+", value)
        month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS), 7)
        days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", value[:-4])
        return date(year, month, int(days[0]) if days else 1)
    except (ValueError, IndexError):
        return None


def birth_readings(value: str) -> list[date]:
    """Every date ``value`` may be: both orders of a slash date whose two numbers may each be
    the month ("06/02/2013" is 6 February or, written month first, 2 June)."""
    born = parse_birth(value)
    readings = [] if born is None else [born]
    both = re.fullmatch(r"(\d{1,2})/(\d{1,2})/\d{4}", value.strip())
    if born is not None and both and born.day <= 12 and born.day != born.month:
        readings.append(date(born.year, born.day, born.month))
    return readings


def age_on(born: date, today: date) -> int:
    """The age in whole years on ``today`` of someone born on ``born``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


COHORT_WORDS = frozenset("jahrgang jg rocznik classe année annata".split())

BIRTH_WORDS = frozenset(
    """born birthday date dob birth birthdate geboren geburtsdatum geb nacido nacida fecha
    nac née né naissance data nascita nato nata nascimento nascido nascida geboortedatum
    urodzenia urodzony urodzona ur geboorte geburts geburtsjahr geboortejaar
    nacimiento urodzenie nasc urodzonego urodzonej urodzonemu urodzonym ddn gebdat gebdatum
    fnac""".split()
)

DOB = frozenset({"d", "o", "b"})  # "d.o.b."


def _birth_words(words: set[str] | frozenset[str]) -> bool:
    return not words.isdisjoint(BIRTH_WORDS) or DOB <= words


def pesel_birth(number: str) -> date | None:
    """The birth date a Polish personal number encodes, or None when its check digit fails.

    The month carries the century: plus 80 for the 1800s, 0 for the 1900s, 20 for the 2000s,
    40 for the 2100s and 60 for the 2200s."""
    digits = [int(c) for c in number]
    check = sum(w * d for w, d in zip(_PESEL_WEIGHTS, digits[:10], strict=True))
    if (10 - check % 10) % 10 != digits[10]:
        return None
    year, month = digits[0] * 10 + digits[1], digits[2] * 10 + digits[3]
    shift = {8: 80, 9: 80}.get(month // 10, month // 20 * 20)
    century = {80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200}[shift]
    try:
        return date(century + year, month - shift, digits[4] * 10 + digits[5])
    except ValueError:
        return None


def birth_dates(
    text: str, words: frozenset[str], child_age: int, today: date | None
) -> list[Detection]:
    """Birth dates and birth years under their label that make the person younger than the
    child age on ``today`` (the day of the check when None)."""
    found: list[Detection] = []
    today = today or date.today()
    births = _birth_words(words) and DIGIT.search(text) is not None
    matches = [*BIRTH.finditer(text), *_answered(text)] if births else []
    for m in matches:
        if any(f.start <= m.start("d") < f.end for f in found):
            continue  # the same date under its label and as an answer
        # a date that may be read either way is a child's when either reading is; a
        # label naming a thing's birth is no person's ("Geburtsjahr der Anlage: 2019")
        if not OBJECTS.search(text, m.start(), m.start("d")) and any(
            born <= today and age_on(born, today) < child_age
            for born in birth_readings(m.group("d"))
        ):
            found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.9))
    return found


TEEN_LIMIT = 19  # a birth date this many years back or fewer is a pupil's, not a parent's


def born_a_teen(text: str, words: frozenset[str], child_age: int, today: date | None) -> bool:
    """A birth date under its label makes the person a teenager (``child_age`` to 19):
    ``{"klas": "2 havo", "geboortedatum": "2013-04-30"}`` is a pupil of 13, and the school
    year beside it is theirs."""
    if not (_birth_words(words) and DIGIT.search(text)):
        return False
    today = today or date.today()
    ages = [
        age_on(born, today)
        for m in BIRTH.finditer(text)
        for born in birth_readings(m.group("d"))
        if born <= today
    ]
    return bool(ages) and all(child_age <= age <= TEEN_LIMIT for age in ages)


def _answered(text: str) -> list[re.Match[str]]:
    """Full dates a little after their label, whose words name a month."""
    return [
        m
        for m in ANSWERED.finditer(text)
        if not re.search(r"[^\W\d_]", m.group("d"))
        or any(w.lower() in _MONTHS for w in re.findall(r"[^\W\d_]+", m.group("d")))
    ]


def born_ago(text: str, child_age: int) -> list[Detection]:
    """Born a number of years ago, said of a child or a named person."""
    found: list[Detection] = []
    for m in BORN_AGO.finditer(text):
        age = number_of(m.group("a1") or m.group("a2") or m.group("b1") or m.group("b2"))
        if any(m.group(g) for g in ("am", "an", "bm", "bn")):
            age = 0  # born some months, weeks or days ago
        sentence = sentence_of(text, m)
        person = (
            about_a_child(sentence)
            or INFANT.search(sentence)
            or first_name_in(sentence)
            or opens_with_first_name(sentence)
        )
        if age is not None and 0 <= age < child_age and person:
            found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.85))
    return found


def pesels(text: str, child_age: int, today: date | None) -> list[Detection]:
    """Polish personal numbers whose birth date makes the person a child."""
    today = today or date.today()
    found: list[Detection] = []
    for m in PESEL.finditer(text):
        born = pesel_birth(m.group("p"))
        if born is not None and born <= today and age_on(born, today) < child_age:
            found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.9))
    return found


def cohorts(
    text: str, words: frozenset[str], child_age: int, today: date | None
) -> list[Detection]:
    """A birth year said as a cohort ("Jahrgang 2016", "rocznik 2015") of a child or a named
    person, not of a wine or a car."""
    found: list[Detection] = []
    today = today or date.today()
    for m in COHORT.finditer(text) if not words.isdisjoint(COHORT_WORDS) else ():
        sentence = sentence_of(text, m)
        if (
            age_on(date(int(m.group("y")), 7, 1), today) < child_age
            and (
                about_a_child(sentence)
                or first_name_in(sentence)
                or opens_with_first_name(sentence)
            )
            and not OBJECTS.search(sentence)
        ):
            found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.85))
    return found
