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
# a partner word, after a possessive, then the partner's name: "wife (Kirsty Reid)", "su
# esposa, Noelia Prats", "Name der Ehefrau: Carolin Bauer"
# (the name keeps its capitals; a title is no partner word: "Frau Anna Schiller")
_NAME_AFTER = {
    gender: re.compile(
        r"\b(?P<a>(?i:" + words + rf"))\s*(?:\(\s*|,\s*|:\s*)?{CAP_NAME}\s+{CAP_NAME}"
    )
    for gender, words in PARTNER_WORDS.items()
}
# a contact's label, then the partner word: "emergency contact: wife", "Notfallkontakt: Ehemann"
_CONTACT_LABEL = {
    gender: re.compile(
        r"\b(?:contact|kontakt|contacto|contatto|contato|contactpersoon|next of kin|"
        r"notfallkontakt|angehörige[rn]?|personne à prévenir)\w*\s*:\s*"
        r"(?:(?:su|sua|his|her|ihre?|son|sa|seu|zijn|haar|jej|jego)\s+)?(?P<a>" + words + r")\b",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}
# the record's person by a title at its start: "Ms Joanne Reid - …", "Sr. Ruiz;…"
_TITLE_FIRST = re.compile(
    r"^\s*(?:(?i:il|la|el|le|o|a|de|der|die)\s+)?(?P<t>"
    + titles.alternation(titles.MALE + titles.FEMALE, small=True)
    + rf")\.?\s+{CAP_NAME}"
)
# the record's person by a German word of a role at its start: "Kundin möchte …"
_ROLE_FIRST = re.compile(
    r"^\s*(?:(?P<f>(?:Kund|Mitarbeiter|Patient|Kolleg|Mandant|Klient|Mieter|Bewohner)in)|"
    r"(?P<m>Kunde|Mitarbeiter|Patient|Kollege|Mandant|Klient|Mieter|Bewohner))\b"
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
    title = _TITLE_VALUE.search(text) or _TITLE_FIRST.match(text)
    if title is not None:
        return TITLE_GENDER.get(title.group("t").lower())
    own = _OWN_LABEL.search(text) or _FIRST_CELL.match(text)
    if own is not None:
        return gender_of(own.group("name"))
    role = _ROLE_FIRST.match(text)
    if role is None:
        return None
    return FEMALE if role.group("f") else MALE


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
    if ":" not in text and not (_FIRST_CELL.match(text) or _TITLE_FIRST.match(text)):
        return []
    own = _own_gender(text)
    if own not in (MALE, FEMALE):
        return []
    first = _FIRST_CELL.match(text)
    patterns = (_CONTACT, _LABELLED, _RELATION_VALUE, _NAME_AFTER, _CONTACT_LABEL)
    for pattern in (table[own] for table in patterns):
        for m in pattern.finditer(text):
            if first is not None and m.start() < first.end():
                continue  # the first cell is the person, not the contact
            word = "a" if m.group("a") else "b"
            if m.group(word).lower() in TITLE_GENDER:
                continue  # "Frau Anna Schiller": a title, not a wife
            return [m.span(word)]
    return []
