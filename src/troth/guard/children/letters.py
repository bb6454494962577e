"""A letter to a class's parents that names no child.

"Chers parents de CE1, des cas de poux ont été signalés", "Caros encarregados de educação
do 2.º ano, a visita de estudo é na sexta", "Groep 6b – Meester Jeroen: Beste ouders, …".
The class is a group of children no one can pick out; a child named in the letter ("Filippo
e Chiara sono passati ai Lupetti") is someone again. A teacher's name after a title is no
child's.
"""

from __future__ import annotations

import re

from troth.guard.children.people import is_first_name

# the parents of a class greeted or named as a group
_PARENTS = re.compile(
    r"\b(?:dear|chers|chères|beste|liebe|caros|caras|cari|care|gentili|estimad[oa]s|hola|"
    r"queridas?|queridos|drodzy|szanowni|hello|hi|bonjour|hallo|olá)\s+(?:all\s+)?"
    r"(?:parents|ouders|eltern|genitori|familias|famílias|families|encarregados de educação|"
    r"rodzice|państwo)\b|"
    r"\b(?:parents|ouders|eltern|genitori|familias|famílias|families|encarregados de educação|"
    r"rodzice)\s+(?:de|of|van|der|del|della|dos|do|da|des|klasy|z)\s",
    re.IGNORECASE,
)
# a teacher's title and name: "Meester Jeroen", "Mrs Patel", "la maestra Giulia"
_TEACHER = re.compile(
    r"\b(?:meester|juf|juffrouw|miss|mrs|mr|ms|frau|herr|maestra|maestro|professora|"
    r"professor|profesora|profesor|pani|pan|madame|monsieur|mme|señora|seño|teacher|"
    r"catequista|catechista|leidster)\.?\s+[A-ZÀ-Ý][\w-]+",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\b")


def to_a_class(text: str) -> bool:
    """A letter to a class's parents in which no child is named."""
    if _PARENTS.search(text) is None:
        return False
    rest = _TEACHER.sub(" ", _PARENTS.sub(" ", text))  # ("Beste ouders": a greeting)
    return not any(is_first_name(word) for word in _CAPITALISED.findall(rest))
