"""Milestones only a child passes: a milk tooth lost, a visit from the tooth fairy.

"lena hat heute ihren ersten milchzahn verloren", "ma puce a perdu sa 1ère dent de lait",
"a bea è caduto il primo dentino": milk teeth fall out between about five and twelve, so
a person who loses one, or whom the tooth fairy visits, is a child.
"""

from __future__ import annotations

import re

from troth.guard.detection import CHILD, Detection

# the words that let a text be read at all (its lower-case letter runs)
MILESTONE_WORDS = frozenset(
    """milchzahn milchzähne milchzahne zahnfee lait leche latte leite melktand melktanden
    mleczak mleczaka mleczaki tooth teeth fairy souris perez pérez fatina dentino fada
    tandenfee wróżka wrozka zębuszka zebuszka""".split()
)
_MILESTONE = re.compile(
    r"\b(?:milchz(?:a|ä)hn\w*|zahnfee|dents? de lait|dientes? de leche|primer diente|"
    r"dent(?:e|i) da latte|dentino|dentes? de leite|primeiro dente|melktand\w*|"
    r"mleczak\w*|mleczn\w+ z[ąa]b\w*|milk teeth|milk tooth|baby tooth|baby teeth|"
    r"first tooth|tooth fairy|petite souris|rat[oó]n p[eé]rez|fatina dei denti|"
    r"fada dos dentes|tandenfee|wr[óo]żka z[ęe]buszka)\b",
    re.IGNORECASE,
)


# a tooth lost or coming out (not a costume or a box for teeth)
_LOST = re.compile(
    r"\b(?:lost|lose|loses|losing|fell out|came out|wobbly|verloren|verliert|wackel\w*|perdu|"
    r"perd|tomb[ée]e?|cay[óo]|cae|ca[íi]do|caduto|cade|caiu|perdeu|perdi[oó]|kwijt|"
    r"uitgevallen|valt|wypad\w*|wypadł\w*|straci\w*)\b",
    re.IGNORECASE,
)


def milestones(text: str) -> list[Detection]:
    """The spans of a milk tooth lost or the tooth fairy, in a text that tells of a tooth
    lost: the person is a child."""
    if _LOST.search(text) is None:
        return []
    return [
        Detection(CHILD, *m.span(), "children.milestone", 0.85) for m in _MILESTONE.finditer(text)
    ]
