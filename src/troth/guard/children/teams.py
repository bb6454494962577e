"""A youth team's age class: "Turnen U10", "the under 11 squad", "F-Jugend".

A club's age class names players under an age: "U10" plays under 10, "U13" under 13. A
class up to U13, or a German youth letter up to "D-Jugend" (under 13), is a child's, when
the text speaks of a sport or a team or names someone; a metro line ("U6 Richtung
Pankow"), a product code or a class with no one in it is not.
"""

from __future__ import annotations

import re

from troth.guard.children.people import first_name_in
from troth.guard.detection import CHILD, Detection
from troth.guard.threads import untagged

AGE_CLASS = re.compile(
    r"(?<![\w-])(?:U-?(?P<n>[5-9]|1[0-3])s?(?![\w.,-]\d)\b"
    r"|(?i:under|onder)[ -](?P<m>[5-9]|1[0-3])(?:s\b|\s+(?i:team|squad|side|ploeg|elftal|"
    r"girls|boys|meisjes|jongens)\b))"
)
GERMAN_YOUTH = re.compile(r"\b(?P<l>[GFED])-(?:Jugend|Junioren|Juniorinnen)\b")
# the named age classes of the youth leagues that hold only players under 13: Spanish
# prebenjamín, benjamín and alevín, Portuguese petizes and traquinas, Italian piccoli
# amici, primi calci, pulcini and esordienti, French poussins, Dutch JO7-JO13 and the
# pupillen, Polish Orlik (beside a category's label: an "Orlik" is also a public pitch)
NAMED_CLASS = re.compile(
    r"(?<![\w-])(?:prebenjam[ií]n(?:es)?|benjamín|benjamines|alev[ií]n(?:es)?|petizes|"
    r"traquinas|benjamins|piccoli amici|primi calci|pulcini|esordienti|(?:mini-)?poussin(?:e)?s?|"
    r"żaki|żaków|skrzaty|"
    r"[JM]O(?:[6-9]|1[0-3])(?:-\d{1,2})?|[FED]-pupillen|mini-pupillen)(?![\w-])"
    r"|(?i:kategori\w*)\W+(?P<pl>Orlik\w*)",
    re.IGNORECASE,
)
# the words of a sport, a team or a club around the class
SPORT = re.compile(
    r"(?:sport|team|squad|club|league|training|match|turnier|tournoi|torneo|mannschaft|verein|"
    r"turnen|fußball|fussball|football|soccer|futbol|fútbol|futebol|calcio|voetbal|piłk|"
    r"hockey|rugby|basket|volley|handball|balonmano|pallamano|gym|swim|schwimm|natation|"
    r"nataci|nuoto|nata[çc]|zwem|pływ|tennis|judo|karate|athlet|leicht|équipe|equipo|"
    r"squadra|equipa|ploeg|drużyn|druzyn|trening|entrenamiento|allenamento|treino|club|klub|"
    r"escal[aã]o|atleta|trener|coach|\bfc\b|\buks\b)",
    re.IGNORECASE,
)
# the words of a German youth class, which need no digit: "F-Jugend"
YOUTH_WORDS = frozenset(
    """jugend junioren juniorinnen prebenjamin prebenjamín benjamín benjamines alevin
    alevín alevines petizes traquinas pulcini esordienti poussins poussin poussines
    poussine pupillen orlik jo mo benjamins żaki żaków skrzaty""".split()
)
# "under 11 squad": "under" counts only with a word of a side
_UNDER = frozenset("under onder".split())
_SIDES = frozenset("squad team side sides ploeg elftal girls boys meisjes jongens".split())


# the words of a sport or a club (lower case): "U10" counts only beside one
SPORT_WORDS = frozenset(
    """sport sports team squad club league training match turnen gym swim swimming tennis
    judo karate fußball fussball football soccer futbol fútbol futebol calcio voetbal
    hockey rugby basket basketball volley handball verein mannschaft équipe equipe equipo
    squadra equipa ploeg drużyna druzyna trening entrenamiento allenamento treino klub
    natation natación nuoto natação zwemmen pływanie athletics leichtathletik escalao escalão
    atleta trener coach fc uks""".split()
)


def team_may(words: frozenset[str] | set[str]) -> bool:
    """Whether a text (its lower-case words) may name a youth team's age class: a German
    youth letter, "U" beside a word of a sport, or "under" beside a word of a side."""
    if not YOUTH_WORDS.isdisjoint(words):
        return True
    if "u" in words and not SPORT_WORDS.isdisjoint(words):
        return True
    return not _UNDER.isdisjoint(words) and not _SIDES.isdisjoint(words)


# three choices or more apart by slashes: a form's options
_CHOICES = re.compile(r"[^/\n]+(?:\s/\s[^/\n]+){2,}")
# a metro or a tram line: "U6 Richtung Pankow", "mit der U8"
_LINE = re.compile(r"\b(?:richtung|linie|line|bahn|station|haltestelle|der|die)\s*$", re.IGNORECASE)


def age_classes(text: str) -> list[Detection]:
    """The spans of youth teams' age classes under 13, in a text of a sport or a person."""
    named = first_name_in(untagged(text))  # (a thread's speakers are no players)
    if not (SPORT.search(text) or named) or _CHOICES.search(text):
        return []  # (a form's choices, "Poussin (U11) / Benjamin / Minime", are no one's)
    found = []
    for m in AGE_CLASS.finditer(text):
        after = text[m.end() : m.end() + 12].lower()
        if _LINE.search(text, max(0, m.start() - 12), m.start()) or after.startswith(" richtung"):
            continue  # "mit der U8 Richtung Wittenau": a metro line
        found.append(Detection(CHILD, *m.span(), "children.team", 0.85))
    found += [
        Detection(CHILD, *m.span(), "children.team", 0.85) for m in GERMAN_YOUTH.finditer(text)
    ]
    if named or _KIN.search(text):
        # a named class counts for a player named ("Sem de Jong", "JO9-2") or a relative,
        # not a club's notice ("de JO11 zoekt een trainer")
        found += [
            Detection(CHILD, *m.span("pl" if m.group("pl") else 0), "children.team", 0.85)
            for m in NAMED_CLASS.finditer(text)
        ]
    return found


_KIN = re.compile(
    r"\b(?:son|daughter|hijo|hija|nieto|nieta|figlio|figlia|nipote|filho|filha|neto|neta|"
    r"zoon|dochter|kleinzoon|syn|córka|corka|wnuk|wnuczka|fils|fille|sohn|tochter|enkel)\b",
    re.IGNORECASE,
)
