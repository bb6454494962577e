"""A category counted over a group: a survey's share, a statistic.

"union members 34%", "Gewerkschaftsmitglieder 41 %", "7 % des salariés sont syndiqués":
a share of a group is said of no one in it. The term and the share stand in one cell of
a row, or near each other in one sentence. A share a person states of themself ("zu
12 % aschkenasisch") or one in a named person's record ("Ruiz, P.;grado 33 %") is theirs;
the caller rules those out.
"""

from __future__ import annotations

import re

from troth.guard.lexicon import fold

# a share: "34%", "41 %", "12,5 %", "vijf procent"
_SHARE = re.compile(
    r"\d(?:[.,]\d+)?\s?%|\b(?:per ?cent|percent|prozent|pour ?cent|por ?ciento|per ?cento|"
    r"por ?cento|procent|procentu|procenta|procent\w*)\b",
    re.IGNORECASE,
)
# words of a survey or a statistic, in the text: the share is of a group
_STATISTICS = frozenset(
    """survey surveys respondents statistics statistic census poll rate share proportion
    befragung mitarbeiterbefragung umfrage statistik anteil quote befragte erhebung
    enquete sondage statistiques statistique taux proportion repondants recensement
    encuesta estadistica estadisticas tasa porcentaje proporcion encuestados censo
    indagine sondaggio statistiche statistica tasso percentuale intervistati censimento
    inquerito sondagem estatistica estatisticas taxa percentagem inquiridos recenseamento
    onderzoek peiling monitor personeelsmonitor statistiek percentage aandeel respondenten
    badanie ankieta statystyka statystyki odsetek udzial respondenci spis""".split()
)
# a share of a group said in a sentence: "34% of staff", "41 % der Beschäftigten"
_OF_A_GROUP = re.compile(
    r"%\s+(?:of|der|des|de|dei|degli|delle|dos|das|do|da|van|z|spośród)\s+(?:the\s+|los\s+|"
    r"las\s+|les\s+|i\s+|gli\s+|le\s+|os\s+|as\s+|de\s+)?(?:staff|employees|workers|"
    r"members|respondents|people|adults|voters|beschäftigten|mitarbeitenden|befragten|"
    r"salariés|personnes|répondants|empleados|trabajadores|encuestados|personas|dipendenti|"
    r"lavoratori|intervistati|persone|funcionários|trabalhadores|inquiridos|pessoas|"
    r"medewerkers|werknemers|respondenten|mensen|pracowników|respondentów|osób|ankietowanych)\b",
    re.IGNORECASE,
)
# what ends a cell of a row
_CELL_ENDS = ";|\t\n"
# how far from the term a share still counts it, in a sentence
_REACH = 45


def counted(text: str, start: int, end: int) -> bool:
    """The term at ``start:end`` is counted as a share of a group: a share stands in its
    cell, or near it in its sentence, in a survey or a statistic or as a share of people
    ("34% of staff"). A share of a price, of pay or of a disability ("10% korting",
    "składka 1%", "Invalidità 67%") is no group's."""
    if "%" not in text and "cent" not in text and "cient" not in text and "rozent" not in text:
        return False  # (most texts hold no share: the cheap test first)
    if not _shared(text, start, end):
        return False
    words = {fold(w) for w in _WORD.findall(text.lower())}
    return not _STATISTICS.isdisjoint(words) or _OF_A_GROUP.search(text) is not None


_WORD = re.compile(r"[^\W\d_]+")


def _shared(text: str, start: int, end: int) -> bool:
    """A share stands in the term's cell, or near it in its sentence, with no colon that
    gives it as the term's own value ("Grado de discapacidad: 33 %")."""
    left = max(text.rfind(c, 0, start) for c in _CELL_ENDS) + 1
    ends = [i for i in (text.find(c, end) for c in _CELL_ENDS) if i >= 0]
    right = min(ends, default=len(text))
    left, right = max(left, start - _REACH), min(right, end + _REACH)
    for m in _SHARE.finditer(text, left, right):
        between = text[end : m.start()] if m.start() >= end else text[m.end() : start]
        if ":" not in between:
            return True
    return False
