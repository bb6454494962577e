"""A partner named beside a named person: a record's contact, or a couple at an event.

An emergency contact or a next of kin named with a partner word ("Julien Caron (époux)",
"Martina Fabbri, moglie") in a record whose own person is named too: after an employee's
label ("salarié : Romain Caron") or in the row's first cell ("Chiara Fabbri";…). A
partner of the person's own gender shows a same-gender relationship, as does a named
person and "his husband" named too ("Koen en zijn man Ruben").
"""

from __future__ import annotations

import re

from troth.guard import titles
from troth.guard.orientation.genders import CAP_NAME, FEMALE, MALE, gender_of
from troth.guard.orientation.partners import PARTNER_WORDS, TITLE_GENDER

# a partner word in brackets or after a comma, right after a name
_CONTACT = {
    gender: re.compile(
        rf"{CAP_NAME}(?:\s+{CAP_NAME})?\s*(?:\(\s*(?P<a>{words})\s*\)|,\s*(?P<b>{words})\b)",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}
# a partner word as a label before the contact's name: "Ehepartnerin: Nina Meier",
# {"companheira": "Renata Melo"}
_LABELLED = {
    gender: re.compile(
        rf"\b(?P<a>{words})[\"']?\s*:\s*[\"']?{CAP_NAME}",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}
# the record's own person after a label: "empleado: Javier Peña", "salarié : Romain Caron",
# {"nome": "Chiara Longo"} (accents may be left out: "salarie : Julien Roux")
_OWN_LABEL = re.compile(
    r"\b(?:employee|staff|mitarbeiter(?:in)?|beschäftigte[rn]?|salari[ée](?:e)?|employ[ée](?:e)?|"
    r"name|nome|nom|nombre|naam|imi[ęe]|"
    r"empleado|empleada|trabajador(?:a)?|colaborador(?:a)?|funcionári[oa]|dipendente|"
    r"lavorat(?:ore|rice)|collaborat(?:ore|rice)|medewerker|werknemer|pracownik|pracownica|"
    # the holder of an account or a policy: "Titular: Andrés Molina"
    r"titular|titulaire|inhaber(?:in)?|intestatari[oa]|houder|posiadacz(?:ka)?|holder|"
    r"account holder|policyholder|assicurat[oa]|versicherte[rn]?|assuré(?:e)?|asegurad[oa]|"
    r"segurad[oa]|verzekerde|ubezpieczon[ya])"
    rf"[\"']?\s*:\s*[\"']?(?P<name>{CAP_NAME})",
    re.IGNORECASE,
)
# the row's first cell, a name: "Chiara Fabbri";"contatto emergenza";…
_FIRST_CELL = re.compile(
    rf"^\s*[\"']?(?P<name>{CAP_NAME})\s+{CAP_NAME}(?:-{CAP_NAME})?[\"']?\s*[;,|\t]"
)


# a record's relationship given as a key's value: {"relationship": "husband"},
# {"beziehung": "Ehefrau"}, {"lien": "époux"}
_RELATION_VALUE = {
    gender: re.compile(
        r"[\"']?(?:relationship|relation|beziehung|lien|relaci[óo]n|relazione|rela[çc][ãa]o|"
        rf"relatie|relacja|parentesco|parentela|verwandtschaft)[\"']?\s*:\s*[\"']?(?P<a>{words})\b",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}
# a record's own title as a key's value: {"title": "Mr"}, {"anrede": "Frau"}
_TITLE_VALUE = re.compile(
    r"[\"']?(?:title|anrede|civilit[ée]|titolo|tratamiento|tratamento|aanhef|tytu[łl]|"
    r"salutation)[\"']?\s*:\s*[\"']?(?P<t>"
    + titles.alternation(titles.MALE + titles.FEMALE, small=True)
    + r")\.?[\"']?\s*[,;}]",
    re.IGNORECASE,
)


def _own_gender(text: str) -> str | None:
    """The gender of the record's own person: its title's, else its first name's."""
    title = _TITLE_VALUE.search(text)
    if title is not None:
        return TITLE_GENDER.get(title.group("t").lower())
    own = _OWN_LABEL.search(text) or _FIRST_CELL.match(text)
    return gender_of(own.group("name")) if own else None


# a person named and their partner named: "Dani y su marido Hugo", "Koen en zijn man Ruben"
_NAMED_COUPLE = {
    gender: re.compile(
        rf"\b(?P<name>{CAP_NAME})\s+(?:y|e|et|und|en|and|i|oraz)\s+(?:su|sua|seu|zijn|sein|"
        rf"seinem|seiner|ihrem|ihr|son|sa|his|her|jej|jego|swoim|swoją|il suo|la sua|o seu|"
        rf"a sua)\s+(?P<w>{words})\s+{CAP_NAME}",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}


def named_couple(text: str) -> list[tuple[int, int]]:
    """The span of a partner word after a named person of the partner's own gender."""
    spans = []
    for gender, pattern in _NAMED_COUPLE.items():
        for m in pattern.finditer(text):
            if m.group("name")[:1].isupper() and gender_of(m.group("name")) == gender:
                spans.append(m.span("w"))
    return spans


def contact_partner(text: str) -> list[tuple[int, int]]:
    """The span of a partner word naming a contact of the record's person's own gender."""
    if ":" not in text and not _FIRST_CELL.match(text):
        return []
    own = _own_gender(text)
    if own not in (MALE, FEMALE):
        return []
    first = _FIRST_CELL.match(text)
    for pattern in (_CONTACT[own], _LABELLED[own], _RELATION_VALUE[own]):
        for m in pattern.finditer(text):
            if first is not None and m.start() < first.end():
                continue  # the first cell is the person, not the contact
            return [m.span("a" if m.group("a") else "b")]
    return []
