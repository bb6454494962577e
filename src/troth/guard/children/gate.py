"""Which texts the children's rules read at all.

A text is read when it holds a word some rule needs: one that may begin a sign with no
digit ("infant", "kindergarten", "fünfjährig"); or, beside a digit, a word a rule looks for
("years", "born", "grade"); or a name and a number in brackets ("Mia (9)"). The gate lets
through every text a rule could report on, and skips the rest cheaply.
"""

from __future__ import annotations

import re

from troth.guard.children.ages import (
    BIRTHDAY_WORDS,
    CHILDREN_PLURAL,
    NAMED_TRIGGER,
    PLURAL_CHILDREN,
    SAID_NUMBER_WORDS,
    TURNED_WORDS,
    TURNING_WORDS,
    TWIN_WORD_SET,
    will_be,
)
from troth.guard.children.births import BIRTH_WORDS, BORN_WORDS, COHORT_WORDS, DOB
from troth.guard.children.infants import BABY_WORDS, INFANT_WORDS, NEWBORN_WORDS, SCREENING_WORDS
from troth.guard.children.milestones import MILESTONE_WORDS
from troth.guard.children.records import (
    CONSENT_WORDS,
    INFANT_GROUP_WORDS,
    MONTH_KEYS,
    PARENT_WORDS,
    TRAVELLER_WORDS,
    TYPE_VALUES,
)
from troth.guard.children.rosters import CARE_WORDS
from troth.guard.children.schools import (
    BRACKETED_YEARS,
    CLASS_NUMBERED_WORDS,
    CLASS_WORD_YEARS,
    ORDINALS,
    SCHOOL_WORDS,
    SHORT_SCHOOL_WORDS,
)
from troth.guard.children.teams import YOUTH_WORDS, team_may
from troth.guard.children.words import CHILD_WORD_SET, DIGIT, FIELD_WORDS, NUMBER_WORDS, UNIT_WORDS
from troth.guard.children.writers import ACCOUNT_WORDS, MOM_WORDS
from troth.guard.gates import Gate
from troth.guard.memo import Memo

_PARTS = re.compile(
    r"jährig|jarig|latk|latek|letni|klässler|przedszkol|zer[oó]wk|podstawówk|komuni|grundschul|"
    r"szkoł|żłob|zerówc|miesi|tygodni|noworod|neugebor|säugling|einschul|schulanf|"
    r"pierwszoklas|pasowani"
)
# a school year glued into a name's last word ("tabletLeoKlasse3": no word to find)
_GLUED_YEAR = re.compile(r"(?:Klas|Grade|Groep|Year|Classe)(?:a|se)?\d")

# an age after a name, a contraction or "only": "Poppy is 10", "my lad's 7", "she's only 8"
_SAID_AGE = (
    r"\b(?:is|ist|est|es|è|é|jest)\s+(?:\w+\s+)?\d\d?(?![\d:]|[.,]\d)|"
    r"(?:'s|’s)\s+(?:(?:only|just|now)\s+)?\d\d?(?![\d:]|[.,]\d)"
)
# the last gates in one pattern: a name and an age, an age said, a school year glued to
# its number
_NAMED_OR_GLUED = re.compile(
    f"{NAMED_TRIGGER.pattern}|{_SAID_AGE}|{_GLUED_YEAR.pattern}|{BRACKETED_YEARS}|"
    r";\s*[1-6](?:\.?[ºª°]\s?)?[A-Da-d]\s*;|"  # a class as a row's cell: "…;3a;…"
    r"[a-z][ \t;,_]+[PY][1-7](?![^\W_])"  # a primary year after a name: "Ellie MacLeod; P5"
)

NUMBERED = (
    FIELD_WORDS
    | BIRTHDAY_WORDS
    | INFANT_WORDS
    | {"pesel"}
    | UNIT_WORDS
    | CHILD_WORD_SET
    | TURNING_WORDS
    | BIRTH_WORDS
    | SCHOOL_WORDS
    | SHORT_SCHOOL_WORDS
    | TWIN_WORD_SET
    | PLURAL_CHILDREN
    | TURNED_WORDS
    | TYPE_VALUES
    | COHORT_WORDS
    | PARENT_WORDS
    | MONTH_KEYS
    | BORN_WORDS
    | CHILDREN_PLURAL
    | CONSENT_WORDS
    | CARE_WORDS
)
UNNUMBERED = (
    MILESTONE_WORDS
    | INFANT_GROUP_WORDS
    | TRAVELLER_WORDS
    | {"infant", "säugling", "kleinkind", "zuigeling", "niemowlę", "bébé", "bebé", "bebê"}
    | NEWBORN_WORDS
    | BABY_WORDS
    | YOUTH_WORDS
    | SCREENING_WORDS
    | MOM_WORDS
    | ACCOUNT_WORDS
    | (SCHOOL_WORDS - frozenset(ORDINALS) - {"year", "ano"})
)

HAS_PART = Memo(lambda word: _PARTS.search(word) is not None)
# the gate's test: a word of five letters or more that holds a part of a signal
_LONG_PART = Memo(lambda word: len(word) > 4 and HAS_PART[word])


def signal_words(words: set[str] | frozenset[str]) -> set[str]:
    """The words of a text that may begin a signal with no digit in it (a gate test)."""
    found = set(words & UNNUMBERED)
    found.update(words & CLASS_WORD_YEARS)  # "di terza A", "z trzeciej b"
    found.update(filter(_LONG_PART.__getitem__, words))  # "latek" in "5-latek"
    if not words.isdisjoint(NUMBER_WORDS) or not words.isdisjoint(ORDINALS):
        found.update(words & NUMBERED)  # "sechs Jahre", "turning twelve", "quarto ano"
    if not words.isdisjoint(SAID_NUMBER_WORDS) and _first_person(words):
        found.add("i")  # "I'm ten and …", "ik ben elf en …"
    return found


def _first_person(words: set[str] | frozenset[str]) -> bool:
    return (
        "im" in words
        or ("i" in words and ("am" in words or "m" in words))
        or ("ich" in words and "bin" in words)
        or ("ik" in words and "ben" in words)
    )


def numbered_words(words: set[str] | frozenset[str]) -> set[str]:
    """The words of a text holding a digit that may begin a signal (a gate test)."""
    found = set(words & NUMBERED)
    found.update(words & CLASS_NUMBERED_WORDS)  # "Elterngespräch Finn (3b)"
    if DOB <= words:
        found.add("d")
    if "im" in words or ("i" in words and ("am" in words or "m" in words)):
        found.add("i")
    if team_may(words):
        found.add("u")  # "U10", "under 11 squad"
    if will_be(words):
        found.add("be")  # "she'll be 10"
    if ("ich" in words and "bin" in words) or ("ik" in words and "ben" in words):
        found.add("ich" if "ich" in words else "ik")
    elif "bin" in words:
        found.add("bin")  # "bin 10 und hab ...": a child writing without "ich"
    return found


GATE = Gate(
    words=signal_words,
    either=Gate(
        pattern=DIGIT,
        words=numbered_words,
        either=Gate(pattern=_NAMED_OR_GLUED),
    ),
)
