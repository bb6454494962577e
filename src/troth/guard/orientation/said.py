"""Orientation said in a phrase of its own: "ser bi", "dat ik op jongens val", "me gustan
las mujeres", "mi piacciono i ragazzi", "jesteśmy parą dwóch kobiet", "auf Männer stehe".

These phrases begin with common words ("me", "op", "sono"), so they are not lexicon terms
(a term's first word lets a text through the gate); they are read here, on texts that
hold one of their rarer words.
"""

from __future__ import annotations

import re

_SAID = re.compile(
    r"\b(?:(?:ser|soy|sou|sono|suis|bin|ben|jestem|i'?m|i am)\s+bi\b(?!-)|"
    r"op\s+(?:jongens|mannen|meisjes|vrouwen)\s+val(?:t|len)?\b|"
    r"me\s+(?:gustan|atraen)\s+(?:los|las)\s+(?:hombres|mujeres|chicos|chicas)\b|"
    r"mi\s+piacciono\s+(?:gli\s+uomini|le\s+donne|i\s+ragazzi|le\s+ragazze)\b|"
    r"par[aą]\s+dw[oó]ch\s+(?:kobiet|mężczyzn|facetów)\b|"
    r"auf\s+(?:männer|frauen|jungs|mädels)\s+steh(?:e|t)\b)",
    re.IGNORECASE,
)
# the rarer words of those phrases, as a text's words are read (lower case)
GATE_WORDS = frozenset("bi val valt vallen gustan atraen piacciono dwoch dwóch stehe steht".split())


def orientation_said(text: str) -> list[tuple[int, int]]:
    """Spans of a phrase that says whom someone is attracted to, or that they are bi."""
    return [m.span() for m in _SAID.finditer(text)]
