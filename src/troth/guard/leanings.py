"""A political side said of oneself: "je suis de gauche", "soy votante de izquierdas", "sono
di destra da sempre", "ik ben links", "I'm left-wing", "jestem lewicowa".

The side is an opinion, so saying it of oneself is a political opinion, though no party is
named. A side said of a thing ("the left lane", "links abbiegen") has no first person
before it and is not read.

So is a campaign for "our candidate" (posters, leaflets, doors knocked): the writer backs
them. A job's candidate ("our candidate for the Sales role") is no one's side.
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


# the writer's campaign for "our candidate": posters, stickers, leaflets, doors knocked
_OUR_CANDIDATE = re.compile(
    r"\b(?:our|unsere[nmr]?|notre|nuestr[oa]|nostr[oa]|noss[oa]|onze|nasz(?:ej|ego|a)?)\s+"
    r"(?:candidate|kandidat(?:in|en)?|candidat[eoa]|kandydat(?:k[aię]|a)?|kandidaat)\b",
    re.IGNORECASE,
)
_CAMPAIGNING = re.compile(
    r"\b(?:posters?|plakat\w*|manifesti|affich\w*|carteles|cartaz(?:es)?|adesivos?|stickers?|"
    r"aufkleber|leaflet\w*|flyer\w*|volantin\w*|tracts?|tractage|folletos?|panflet\w*|ulotk\w*|"
    r"canvass\w*|doors|door-knocking|porta a porta|puerta a puerta|porte-à-porte|huis-aan-huis|"
    r"tür zu tür|drzwi do drzwi)\b",
    re.IGNORECASE,
)
# a job's candidate: "our candidate for the Head of Sales role"
_HIRING = re.compile(
    r"\b(?:role|post|position|job|interview\w*|hire|hiring|vacanc\w*|stelle|bewerb\w*|poste|"
    r"entretien|puesto|entrevista|posto|colloquio|vaga|vacature|sollicit\w*|stanowisk\w*|"
    r"rekrutac\w*|cv|contract)\b",
    re.IGNORECASE,
)
# the words that let a text through to the reading
CANDIDATE_WORDS = frozenset(
    """candidate kandidat kandidatin kandidaten candidat candidata candidato kandydat kandydatka
    kandydatki kandidaat""".split()
)


def own_candidate(text: str) -> list[tuple[int, int]]:
    """The spans of "our candidate" in a text that tells of campaigning for them."""
    if _CAMPAIGNING.search(text) is None or _HIRING.search(text):
        return []
    return [m.span() for m in _OUR_CANDIDATE.finditer(text)]
