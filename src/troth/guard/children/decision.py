"""The children's recognizer: the decision over a whole text.

It runs each rule in a fixed order, drops the ages and school years of a story's
characters, merges the signs of one statement into one, and marks the signs that are about
someone other than the writer. A file or device name in which no rule finds a sign is read
again as words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from troth.guard.children.ages import (
    BIRTHDAY_WORDS,
    CHILDREN_PLURAL,
    ORDINAL_OWNERS,
    age_fields,
    birthdays,
    childs_ordinal,
    compound_ages,
    siblings,
    stated_ages,
    unit_ages,
)
from troth.guard.children.births import BORN_WORDS, birth_dates, born_a_teen, born_ago, pesels
from troth.guard.children.gate import GATE, HAS_PART
from troth.guard.children.infants import (
    BABY_WORDS,
    INFANT_WORDS,
    NEWBORN_WORDS,
    SCREENING_WORDS,
    infant_months,
    newborns,
    screened_or_named,
)
from troth.guard.children.letters import to_a_class
from troth.guard.children.milestones import MILESTONE_WORDS, milestones
from troth.guard.children.people import about_a_child, is_first_name
from troth.guard.children.records import MONTH_KEYS, RECORD_WORDS, identifier_words, records
from troth.guard.children.rosters import roster_births
from troth.guard.children.schools import (
    CLASS_CODE,
    SCHOOL_WORDS,
    class_codes,
    named_years,
    school_years,
    staff_signs,
)
from troth.guard.children.teams import age_classes, team_may
from troth.guard.children.vetoes import FICTION, FICTION_RULES, OWN_PEOPLE, recalled
from troth.guard.children.words import (
    CHILD_WORD,
    DIGIT,
    FIELD_WORDS,
    NUMBER_WORDS,
    UNIT_WORDS,
    miesiecy,
)
from troth.guard.children.writers import FIRST_LEAD, speaks_of_self, writer_signs
from troth.guard.context import a_pets_health
from troth.guard.detection import CHILD, Detection
from troth.guard.forms import no_one_named
from troth.guard.gates import words_of
from troth.guard.naming import signature
from troth.guard.shapes import folded_words
from troth.guard.special import RELATIONS


def _merged(text: str, found: list[Detection]) -> list[Detection]:
    """One sign per statement: an age the writer states takes in the verb before it, and the
    signs of one rule that overlap ("I am 12" and "12 years old") are one, in text order."""
    signs: list[Detection] = []
    for sign in sorted(found, key=lambda d: (d.start, -d.end)):
        if sign.recognizer == "children.stated_age":
            lead = FIRST_LEAD.search(text, max(0, sign.start - 16), sign.start)
            if lead is not None:
                sign = replace(sign, start=lead.start())
        last = signs[-1] if signs else None
        if last is None or last.recognizer != sign.recognizer or sign.start >= last.end:
            signs.append(sign)
            continue
        # (whom a sign is about is decided later; of one rule only parents' signs know it,
        # and those never overlap)
        signs[-1] = replace(last, end=max(last.end, sign.end), score=max(last.score, sign.score))
    return signs


# the words that may make a text a pet's at the vet (lower case; see ``a_pets_health``)
_PET_WORDS = frozenset(
    """vet tierarzt tierärztin veterinaire vétérinaire veterinario veterinário veterinária
    dierenarts weterynarz hund katze dog cat chien chat perro gato cane gatto cão cadela
    hond kat pies kot""".split()
)
# a document's file: its school year is a class's, unless a child is named
_DOCUMENT = re.compile(r"\.(?:docx?|pdf|xlsx?|pptx?|odt|ods|csv|txt|rtf)$", re.IGNORECASE)
# a shared device named after the school it stands in: "Router-Przedszkole-Biedronka"
_SHARED_DEVICE = re.compile(
    r"^(?:router|printer|drukarka|drucker|imprimante|impresora|stampante|impressora|ap|wifi|"
    r"wlan|switch|nas|server|kamera|camera|cam|beamer|projector|projektor|smartboard|kiosk)"
    r"[-_.]",
    re.IGNORECASE,
)
# a tablet or a laptop of a class or an office, not a pupil's: "tablette-classe-CM1-n08",
# "Tablet_Kita_Sonnenschein_Leitung_Buero"
_CLASS_DEVICE = re.compile(
    r"^(?:tablet|tablette|chromebook|ipad|laptop|notebook|ordinateur|portatil|portátil|"
    r"computador)[-_.](?=.*(?<![^\W_])(?:class|classe|klasse|klas|clase|turma|kita|leitung|"
    r"buero|büro|office|bureau|salle|sala|aula|lehrer|teacher|prof)(?![^\W_]))",
    re.IGNORECASE,
)


def _named_in_file(word: str) -> bool:
    """A first name in a file's name, also written small ("boletin_notas_3primaria_nerea"),
    unless written small it is a common word too ("Year3_spelling_list_autumn2")."""
    if word[0].isupper():
        return is_first_name(word)
    if word in SCHOOL_WORDS:
        return False  # "elenco_libri_prima_media_2027.pdf": a year's word, not "Prima"
    from troth.guard.names import name_lexicons

    return word not in name_lexicons()[2] and is_first_name(word[0].upper() + word[1:])


def _school_signs(
    text: str, words: frozenset[str], parts: bool, child_age: int, today: date | None
) -> list[Detection]:
    """School years, or else a class named by its year and letter, unless the pupil's birth
    date says 13 or more ("nato il 21/08/2013; classe 3ª B": a teenager's class)."""
    years = school_years(text, words, parts, child_age) or named_years(text)
    if years:
        return [] if born_a_teen(text, words, child_age, today) else years
    if not CLASS_CODE.search(text):
        return []
    codes = class_codes(text)
    return [] if codes and born_a_teen(text, words, child_age, today) else codes


class ChildSignalRecognizer:
    """Signs of a child younger than ``child_age``; birth dates are read against ``today``
    (the day of each check when None)."""

    name = "children"
    categories = (CHILD,)
    gate = GATE

    def __init__(self, child_age: int = 13, today: date | None = None) -> None:
        self.child_age = child_age
        self.today = today

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def scan(self, text: str) -> list[Detection]:
        found = self._scan(text)
        single = " " not in text.strip()
        if not found and single and re.search(r"[_\-]|\d", text):
            # a file or device name: its words, the whole name the span
            words = identifier_words(text)
            found = [replace(d, start=0, end=len(text)) for d in self._scan(words)]
        if found and single and _DOCUMENT.search(text):
            words = identifier_words(text, names=False)  # (a name as it is written)
            if not any(map(_named_in_file, re.findall(r"[^\W\d_]{3,}", words))):
                # "Leseliste_Klasse4_2026.docx": a class's document, no child named
                found = [d for d in found if d.recognizer != "children.school_year"]
        if found and (_SHARED_DEVICE.match(text) or _CLASS_DEVICE.match(text)) and single:
            names = re.findall(r"[^\W\d_]+", text)
            if not any(is_first_name(w[0].upper() + w[1:]) for w in names):
                # "Drucker-Kita-Sonnenschein": the nursery's printer, no child named
                found = [d for d in found if d.recognizer != "children.school_year"]
        if found and signature(text) and staff_signs(text) and not about_a_child(text):
            # "Petra Lindner · Klassenlehrerin 3b · Grundschule Am Weinberg": a job's class
            found = [d for d in found if d.recognizer != "children.school_year"]
        if found and to_a_class(text):
            # "Chers parents de CE1, …": a class's parents, no child named
            found = [d for d in found if d.recognizer != "children.school_year"]
        if found and (RELATIONS.search(text) or CHILD_WORD.search(text)):
            # a child writing ("my mom said", "I'm 9") speaks of themself
            found = [d if speaks_of_self(text, d) else replace(d, about_other=True) for d in found]
        return found

    def _scan(self, text: str) -> list[Detection]:
        # The rules run in a fixed order (signs at the same place keep it when they are
        # merged), each only when the words it needs are in the text.
        found: list[Detection] = []
        child_age, today = self.child_age, self.today
        words = words_of(text)
        number = DIGIT.search(text) is not None or not words.isdisjoint(NUMBER_WORDS)
        parts = any(map(HAS_PART.__getitem__, words))
        if number and not words.isdisjoint(UNIT_WORDS):
            found += unit_ages(text, words, child_age)
        if parts or "year" in words:
            found += compound_ages(text, child_age)
        found += stated_ages(text, words, number, child_age)
        found += writer_signs(text, words)
        found += birth_dates(text, words, child_age, today)
        found += _school_signs(text, words, parts, child_age, today)
        if number and not words.isdisjoint(FIELD_WORDS):
            found += age_fields(text, child_age)
        if number and not words.isdisjoint(BIRTHDAY_WORDS):
            found += birthdays(text, child_age)
        if number and not words.isdisjoint(ORDINAL_OWNERS) and ("'" in text or "’" in text):
            found += childs_ordinal(text, child_age)
        if "pesel" in words:
            found += pesels(text, child_age, today)
        if number and text.count(";") + text.count("|") + text.count("\t") >= 2:
            found += roster_births(text, words, child_age, today)
        born = not words.isdisjoint(BORN_WORDS) or (
            "rodzi" in text and any(w.startswith("urodzi") for w in words)
        )
        if number and born:
            found += born_ago(text, child_age)
        months = number and (not words.isdisjoint(MONTH_KEYS) or (parts and miesiecy(words)))
        if months or not words.isdisjoint(RECORD_WORDS):
            found += records(text, number, child_age, today)
        if number and (not words.isdisjoint(INFANT_WORDS) or (parts and miesiecy(words))):
            found += infant_months(text)
        if number and not words.isdisjoint(CHILDREN_PLURAL):
            found += siblings(text, child_age)
        if not words.isdisjoint(NEWBORN_WORDS):
            found += newborns(text)
        if team_may(words):
            found += age_classes(text)
        if not words.isdisjoint(MILESTONE_WORDS):
            found += milestones(text)
        if not found and not (words.isdisjoint(BABY_WORDS) and words.isdisjoint(SCREENING_WORDS)):
            found += screened_or_named(text)  # (a sign of its own only where no other is)
        if found and FICTION.search(text) and not OWN_PEOPLE.search(text):
            # a character's age or school year in a story or a film's title, told with no one
            # of the writer's own ("Kindergarten Cop still holds up")
            found = [d for d in found if d.recognizer not in FICTION_RULES]
        if found:  # "when I was 8": the writer's own childhood, long past
            found = [d for d in found if not recalled(text, d.start, d.end)]
        if found and _PET_WORDS.intersection(words) and a_pets_health(folded_words(text)):
            found = []  # "Tierarzt: Bello, 11 Jahre": a pet's age at the vet
        if found and no_one_named(text):
            found = []  # "… 28 leerlingen. Geen kind genoemd.": the note names no child
        return _merged(text, found) if found else found
