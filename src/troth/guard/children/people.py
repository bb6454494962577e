"""Whom a sentence speaks of: a child word, a relative, a first name, a pronoun. And the
stretches of text around a number that the rules look at: its sentence, the words before
it and the words after it.
"""

from __future__ import annotations

import re

from troth.guard.children.words import CHILD_WORD, CHILD_WORDS, LETTERS
from troth.guard.special import RELATIONS

PERSON = re.compile(
    rf"\b(?:{CHILD_WORDS}|i|i'm|im|ich|j'ai|jai|je|tengo|ho|tenho|mam|ik|my|mein\w*|mon|ma|"
    r"mes|mi|mis|mio|mia|meu|minha|mijn|mój|moja|moje|mojej|mojego|his|her|sein\w*|ihr\w*|"
    r"son|sa|su|suo|sua|seu|zijn|haar|jego|jej|de edad|old|alt|oud|"
    # children in the plural: "los niños (4 y 6 años)"
    r"kids|children|sons|daughters|kinder|kindern|söhne|töchter|enfants|filles|niños|niñas|"
    r"hijos|hijas|bambini|bambine|figli|figlie|filhos|filhas|crianças|kinderen|dzieci|"
    r"dzieciaki|synowie|córki)\b",
    re.IGNORECASE,
)
WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[^\w.!?;\n]+){0,5}$")  # in the same sentence
# the subject an age is said of: "the terminal at the front desk is 11 years old"
# (a year counts as a word: "Chaudière installée en 2015 (11 ans)")
SUBJECT_BEFORE = re.compile(r"(?:[^\W_]+\W+){0,7}$")
PRONOUN = re.compile(r"\b(?:he|she|er|sie|elle|él|ella|lui|lei|ele|ela|hij|zij|ze|ona)\b", re.I)
WORDS_AFTER = re.compile(r"\W*(?:[^\W\d_]+\W*){0,2}")

# the words an age stands before within its clause ("a 12-year-old Cisco router")
CLAUSE_AFTER = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]*){0,2}")
SENTENCE = re.compile(r"[.!?\n;]")


def sentence_of(text: str, m: re.Match[str]) -> str:
    """The sentence of ``text`` around the match ``m``."""
    stops = [s.end() for s in SENTENCE.finditer(text, 0, m.start())]
    tail = SENTENCE.search(text, m.end())
    return text[stops[-1] if stops else 0 : tail.start() if tail else len(text)]


def opens_with_first_name(sentence: str) -> bool:
    """The sentence begins with a first name ("Kuba rocznik 2016": a cell)."""
    first = _CAPITALISED.search(sentence)
    return (
        first is not None
        and not LETTERS.search(sentence, 0, first.start())
        and (is_first_name(first.group()))
    )


def about_a_child(sentence: str) -> bool:
    """The sentence names a child or a relative ("my son", "la nipote")."""
    return bool(RELATIONS.search(sentence) or CHILD_WORD.search(sentence))


def is_first_name(word: str) -> bool:
    """A capitalised word that is a first name of the name lexicons, or a short or common
    form they lack ("Oliwia", "Kuba")."""
    from troth.guard.names import name_lexicons
    from troth.guard.orientation.genders import name_genders

    if not word[:1].isupper():
        return False
    lower = word.lower()
    return lower in name_lexicons()[0] or lower in name_genders()


# Polish declines first names: "odbierz Zosię" (Zosia), "mama Kuby" (Kuba), "Julki" (Julka),
# "rodzice Filipa" (Filip)
_POLISH_ENDINGS = (("ę", ("a",)), ("ą", ("a",)), ("y", ("a",)), ("i", ("a", "ia")), ("a", ("",)))
POLISH_LETTERS = re.compile(r"[ąćęłńśźż]", re.IGNORECASE)


def is_declined_first_name(word: str) -> bool:
    """A Polish first name in another case than the nominative, or any first name."""
    if is_first_name(word):
        return True
    for ending, nominatives in _POLISH_ENDINGS:
        if len(word) > 3 and word.endswith(ending):
            stem = word[: -len(ending)]
            if any(is_first_name(stem + n) for n in nominatives):
                return True
    return False


_CAPITALISED = re.compile(r"\b[A-ZÀ-ÝĄĆĘŁŃŚŹŻ][a-zà-ÿąćęłńśźż]{2,}\b")


def first_name_in(sentence: str) -> bool:
    """A first name in the sentence (not its first word: any word may begin with a capital),
    not a saint's that names a school or a church ("École Sainte-Thérèse", "Sint-Jozef")."""
    named = is_declined_first_name if POLISH_LETTERS.search(sentence) else is_first_name
    return any(
        named(m.group())
        for m in _CAPITALISED.finditer(sentence)
        if LETTERS.search(sentence, 0, m.start())
        and not _SAINT_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
    )


_SAINT_BEFORE = re.compile(
    r"(?:\bsaint|\bsainte|\bsankt|\bsint|\bst|\bste|\bsão|\bsao|\bsan|\bsanta|\bsanto|"
    r"\bśw|\bsw)[\s.-]*$",
    re.IGNORECASE,
)
