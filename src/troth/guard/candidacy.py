"""Standing for an elected office: a political act of a person, with or without a party.

"Kandidatur für den Gemeinderat Ettlingen", "sono in lista per il consiglio comunale",
"kandyduję do rady gminy", "I'm standing for the town council in May". The office is one
of a council, a parliament, a mayor's or an election; a candidate for a job, a course or a
club's board is not one. A thing that stands or runs ("the server runs the election
count") names no one.
"""

from __future__ import annotations

import re

# the words of an elected body or an election (lower case): the gate of the reading
OFFICE_WORDS = frozenset(
    """gemeinderat gemeinderats stadtrat stadtrats kreistag landtag bundestag council
    municipales législatives legislatives élections elections election consiglio
    ayuntamiento concejal concejala alcaldía alcaldia vereador vereadora câmara camara
    assembleia gemeenteraad kieslijst rady gminy miasta sejmu sejm senatu wybory wyborach
    parliament parlamento parlement mayor bürgermeister bürgermeisterin maire sindaco
    autárquicas autarquicas municipais municipales comunali""".split()
)

_STANDING = (
    r"kandidatur|kandidiere\w*|candidacy|candidature|(?<!n't )(?<!not )(?:standing|stand)|"
    r"running|run|candidate|candidat|candidato|candidata|in lista|kandidaat|kandidatuur|"
    r"kandyduj\w*|kandydat\w*|kandydowa\w*|me presento|presentarme|mi candido|mi candida|concorro|"
    r"concorrer|"
    # elected to a body: "fui eleito para a assembleia", "sono stata eletta in consiglio"
    r"(?:elected|eleit[oa]|elett[oa]|elegid[oa]|élue?|gewählt|gekozen|verkozen|wybran[ya])\s+"
    r"(?:to|into|as|para|como|in|al|alla|nel|nella|en|au|à|zum|zur|tot|als|do|na)"
)
_BODY = (
    r"gemeinderat|stadtrat|kreistag|landtag|bundestag|"
    r"(?:\w+ )?(?<!works )(?<!student )(?<!students )(?<!school )(?<!youth )(?<!staff )"
    r"(?<!tenants )(?<!advisory )council|"
    r"parliament|"
    r"municipales|législatives|legislatives|élections? \w+|elections?|conseil municipal|"
    r"consiglio (?:comunale|regionale|municipale)|parlamento|parlement|ayuntamiento|"
    r"concejal\w*|alcald\w*|vereador\w*|câmara municipal|camara municipal|assembleia(?! geral)|"
    r"autárquicas|autarquicas|gemeenteraad|provinciale staten|tweede kamer|kieslijst|"
    r"rady (?:gminy|miasta|powiatu)|sejmu|senatu|mayor|bürgermeister\w*|maire|sindaco"
)
CANDIDACY = re.compile(
    rf"\b(?:{_STANDING})\b\W+(?:\w+\W+){{0,3}}?(?:{_BODY})\b"
    # German and Dutch put the participle last: "in den Gemeinderat gewählt"
    rf"|\b(?:in den|in die|zum|zur|in de|tot)\s+(?:\w+\s+)?(?:{_BODY})\s+"
    r"(?:\w+\s+){0,2}?(?:gewählt|gekozen|verkozen)\b",
    re.IGNORECASE,
)
# a body of a club, a school or a firm after it: "the council of our tennis club"
_NOT_ELECTED = re.compile(
    r"\W+(?:of|des|du|de la|del|della|do|da|van|der|des)\W+(?:\w+\W+){0,2}"
    r"(?:club|clube|verein|vereniging|association|asociaci[oó]n|associa[çz]\w+|school|[ée]cole|"
    r"escuela|scuola|escola|firm|company|klub\w*)\b",
    re.IGNORECASE,
)
# what may stand or run that is not a person: "the server runs", "a script runs"
_THING = re.compile(
    r"\b(?:server|script|system|software|app|program|job|count|bot)\s+(?:runs?|running)\b",
    re.IGNORECASE,
)


# the words of standing (lower case): with a word of an office, the gate of the reading
STANDING_WORDS = frozenset(
    """kandidatur kandidiere kandidieren candidacy candidature standing stand running run
    candidate candidat candidato candidata lista kandidaat kandidatuur kandyduję kandyduje
    kandydat kandydatka kandydować presento presentarme candido concorro concorrer elected
    eleito eleita eletto eletta elegido elegida élu élue gewählt gekozen verkozen wybrany
    wybrana""".split()
)


def candidacy_may(words: frozenset[str] | set[str]) -> bool:
    """Whether a text (its lower-case words) may tell of standing for an office."""
    return not OFFICE_WORDS.isdisjoint(words) and not STANDING_WORDS.isdisjoint(words)


def candidacy(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans where someone stands for an elected office (``words``: the text's lower-case
    words, a gate)."""
    if not candidacy_may(words):
        return []
    return [
        m.span()
        for m in CANDIDACY.finditer(text)
        if not (_THING.search(m.group()) or _NOT_ELECTED.match(text, m.end()))
    ]
