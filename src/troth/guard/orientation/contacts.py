"""A partner named as a record's contact, beside the record's own person.

An emergency contact or a next of kin named with a partner word ("Julien Caron (époux)",
"Martina Fabbri, moglie") in a record whose own person is named too: after an employee's
label ("salarié : Romain Caron") or in the row's first cell ("Chiara Fabbri";…). A
partner of the person's own gender shows a same-gender relationship.
"""

from __future__ import annotations

import re

from troth.guard.orientation.genders import CAP_NAME, FEMALE, MALE, gender_of
from troth.guard.orientation.partners import PARTNER_WORDS

# a partner word in brackets or after a comma, right after a name
_CONTACT = {
    gender: re.compile(
        rf"{CAP_NAME}(?:\s+{CAP_NAME})?\s*(?:\(\s*(?P<a>{words})\s*\)|,\s*(?P<b>{words})\b)",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}
# the record's own person after a label: "empleado: Javier Peña", "salarié : Romain Caron"
_OWN_LABEL = re.compile(
    r"\b(?:employee|staff|mitarbeiter(?:in)?|beschäftigte[rn]?|salarié(?:e)?|employé(?:e)?|"
    r"empleado|empleada|trabajador(?:a)?|colaborador(?:a)?|funcionári[oa]|dipendente|"
    r"lavorat(?:ore|rice)|collaborat(?:ore|rice)|medewerker|werknemer|pracownik|pracownica)"
    rf"\s*:\s*(?P<name>{CAP_NAME})",
    re.IGNORECASE,
)
# the row's first cell, a name: "Chiara Fabbri";"contatto emergenza";…
_FIRST_CELL = re.compile(rf"^\s*[\"']?(?P<name>{CAP_NAME})\s+{CAP_NAME}[\"']?\s*[;,|\t]")


def _own_gender(text: str) -> str | None:
    own = _OWN_LABEL.search(text) or _FIRST_CELL.match(text)
    return gender_of(own.group("name")) if own else None


def contact_partner(text: str) -> list[tuple[int, int]]:
    """The span of a partner word naming a contact of the record's person's own gender."""
    if ":" not in text and not _FIRST_CELL.match(text):
        return []
    own = _own_gender(text)
    if own not in (MALE, FEMALE):
        return []
    first = _FIRST_CELL.match(text)
    for m in _CONTACT[own].finditer(text):
        if first is not None and m.start() < first.end():
            continue  # the first cell is the person, not the contact
        return [m.span("a" if m.group("a") else "b")]
    return []
