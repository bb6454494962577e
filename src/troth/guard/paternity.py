"""A parent confirmed or ruled out: the result of a paternity test told in words.

"the result excludes Mr Dunne as the biological father", "de uitslag bevestigt het
vaderschap", "confirmaron que Andrés no es mi padre biológico", "Vaterschaft zu 99,99 %
bestätigt": a paternity or a biological parent beside a result, a confirmation or an
exclusion is a genetic analysis of the people it names. Paternity leave and a father's
legal acknowledgment are not ("congé de paternité", "Vaterschaftsanerkennung").
"""

from __future__ import annotations

import re

# the words that let a text be read at all (lower case, accents kept and folded)
GATE_WORDS = frozenset(
    """paternity paternité paternite paternità paternita paternidad paternidade vaterschaft
    vaterschaftstest vaderschap vaderschapstest ojcostwo ojcostwa ojcostwie ojcostwem
    biological biologique biológico biologico biológica biologica biologisch biologische
    leiblicher leibliche leiblichen biologiczny biologicznym biologicznego biologiczną""".split()
)
# a father and a test's word, together: the text may tell a father ruled out by a share
FATHER_WORDS = frozenset(
    "dad father père pere padre papà papa pai vater vader ojciec ojcem".split()
)
TESTED_WORDS = frozenset(
    """test teste tests dna adn lab labo result results came back llegado llegó przyszło
    przyszlo przyszedł przyszedl wynik dit said says dice diz zegt sagt ergebnis uitslag
    résultat resultado risultato""".split()
)
_PARENT = re.compile(
    r"\b(?:paternit[yéeàa]\w*|vaterschaft\w*|paternidad\w*|paternidade\w*|vaderschap\w*|"
    r"ojcostw\w*|biological (?:father|dad|mother|parent)|leiblich\w* (?:vater|mutter)|"
    r"(?:p[èe]re|m[èe]re) biologique|(?:padre|pai) biol[óo]gico|(?:madre|m[ãa]e) biol[óo]gica|"
    r"(?:padre|madre) biologic[oa]|biologische (?:vader|moeder|vater|mutter)|"
    r"biologiczn\w+ (?:ojc\w*|ojciec|matk\w*))",
    re.IGNORECASE,
)
# a result, a confirmation or an exclusion, a certainty in per cent
_RESULT = re.compile(
    r"\b(?:confirm\w*|bestätig\w*|bevestig\w*|potwierdz\w*|confermat\w*|confirmou|exclu\w*|"
    r"ausgeschlossen|uitgesloten|wyklucz\w*|esclus\w*|results?|résultat|resultado|risultato|"
    r"ergebnis|uitslag|wynik\w*|"
    # a DNA match that showed it: "la coincidencia de parentesco mostró que …"
    r"show(?:s|ed)?|mostr[óo]u?|montr[ée]\w*|mostrato|zeigte|toonde|pokaza\w*|wykaza\w*|"
    r"matche?s?|coincidencia|correspondance|correspond[êe]ncia|corrispondenza|"
    r"dopasowani\w*)\b|99[.,]9\d*\s?%",
    re.IGNORECASE,
)
# leave for a new father, or a father's acknowledgment in law: no test
_NOT_A_TEST = re.compile(
    r"\b(?:leave|urlop\w*|urlaub|congé|conge|permiso|licencia|licença|congedo|verlof|"
    r"elternzeit|anerkennung|reconnaissance|reconocimiento|riconoscimento|reconhecimento|"
    r"erkenning|uznani\w*)\b|vaterschaftsanerkennung|vaderschapsverlof",
    re.IGNORECASE,
)
_REACH = 90  # characters between the parent and the result
# a father ruled out or confirmed by a test's share: "He's not Dylan's dad. 99.99%", "No es
# el padre de Alba. 0 %", "le test dit 0 %, mon père est pas mon père"
_FATHER = r"(?:dad|father|p[èe]re|padre|pap[àa]|pai|vater|vader|ojc\w*)"
_NOT_THE_FATHER = re.compile(
    r"\b(?:(?:is|'s|was)(?:n't| not)|isnt|wasnt|no es|n'est pas|est pas|non è|nn è|não é|"
    r"nao e|ist nicht|is niet|nie (?:on )?jest|to nie on jest)\s+(?:[\w'’]+\s+){0,2}?"
    rf"[\"“']?{_FATHER}\b|"
    # the father first: "the guy i thought was my dad isnt"
    rf"\b{_FATHER}[\"”']?\s+(?:isn'?t|is not|wasn'?t|was not)\b",
    re.IGNORECASE,
)
_SHARE = re.compile(r"\b(?:0|99[.,]9\d*|100)\s?(?:%|per ?cent|procent\w*|por ?ciento)", re.I)


def paternity_result(text: str) -> list[tuple[int, int]]:
    """The spans of paternity or a biological parent told with a test's outcome."""
    if _NOT_A_TEST.search(text):
        return []
    out = [
        m.span()
        for m in _NOT_THE_FATHER.finditer(text)
        if _SHARE.search(text, max(0, m.start() - _REACH), m.end() + _REACH)
    ]
    for m in _PARENT.finditer(text):
        window = text[max(0, m.start() - _REACH) : m.end() + _REACH]
        if _RESULT.search(window):
            out.append(m.span())
    return out
