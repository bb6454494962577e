"""A political side said of oneself: "je suis de gauche", "soy votante de izquierdas", "sono
di destra da sempre", "ik ben links", "I'm left-wing", "jestem lewicowa".

The side is an opinion, so saying it of oneself is a political opinion, though no party is
named. A side said of a thing ("the left lane", "links abbiegen") has no first person
before it and is not read.
"""

from __future__ import annotations

import re

_SIDE = (
    r"(?:gauche|droite|izquierdas?|derechas?|sinistra|destra|esquerda|direita|links|rechts|"
    r"left[- ]wing|right[- ]wing|a lefty|a leftie|lewicow[ya]|prawicow[ya]|centre-left|"
    r"center-left|centre-right|center-right|centro-?izquierda|centro-?derecha|"
    r"centro-?sinistra|centro-?destra)"
)
_VOTER = (
    r"(?:(?:un |une |una |um |uma |a |an |een |ein |eine |)(?:électeur|électrice|electeur|"
    r"electrice|votante|elettore|elettrice|eleitor|eleitora|kiezer|wähler|wählerin|voter|"
    r"wyborca|wyborczyni)\s+)?"
)
_OWN_SIDE = re.compile(
    r"\b(?:je suis|j'suis|soy|sou|sono|ich bin|ik ben|i'm|i am|im|jestem)\s+"
    r"(?:(?:toujours|siempre|sempre|immer|altijd|always|zawsze|muy|molto|très|tres|very|"
    r"heel|sehr|bardzo|bien|stato|stata)\s+)*"
    rf"{_VOTER}(?:de |di |da |van |der )?{_SIDE}(?![\w-])"
    # (a way taken: "ich bin links abgebogen", "ik ben rechts afgeslagen")
    r"(?!\s+(?:\w+\s+)?(?:abgebogen|gefahren|gegangen|gelaufen|afgeslagen|gereden|gelopen|"
    r"gegaan|um|ab|af|weg)\b)",
    re.IGNORECASE,
)
# the words that let a text through to the reading
SIDE_WORDS = frozenset(
    """gauche droite izquierda izquierdas derecha derechas sinistra destra esquerda direita
    links rechts wing lefty leftie lewicowy lewicowa prawicowy prawicowa
    centrosinistra centrodestra centroizquierda centroderecha""".split()
)


def own_side(text: str) -> list[tuple[int, int]]:
    """The spans where the writer says which political side they are on."""
    return [m.span() for m in _OWN_SIDE.finditer(text)]
