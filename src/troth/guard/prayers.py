"""Praying, said of oneself: "I pray five times a day", "ik bid elke avond", "rezo o terço
todas as noites", "ich bete den Rosenkranz", "modlę się codziennie".

A prayer the writer says they keep tells their faith, though no faith is named. A prayer
for a thing to work ("I pray the deploy goes well", "prions pour le serveur") is a figure
of speech and is left to :func:`troth.guard.speech.prayer_for_things`.
"""

from __future__ import annotations

import re

from troth.guard.lexicon import fold
from troth.guard.speech import THINGS, prayer_for_things

# a prayer said in the first person: the verb with its pronoun, or a Romance verb whose
# ending is the person ("rezo", "rezamos"); a rosary said ("bete den Rosenkranz")
_OWN_PRAYER = re.compile(
    r"\b(?:i (?:pray|say my prayers)|we pray|ich bete|wir beten|je prie|nous prions|"
    r"je fais (?:ma|mes) prières?|rezo|rezamos|hago mis oraciones|recito il rosario|"
    r"dico le preghiere|faço as minhas orações|ik bid|wij bidden|we bidden|"
    r"modl[ęe] si[ęe]|modlimy si[ęe]|odmawiam (?:r[óo][żz]aniec|pacierz))\b"
    r"(?!\s+(?:that|for the|dass|que|para que|pour que|che|dat|[żz]eby)\b)",
    re.IGNORECASE,
)
# the words that let a text through to the reading (folded)
PRAYER_WORDS = frozenset(
    fold(w)
    for w in """pray prayers bete beten prie prions prieres rezo rezamos oraciones rosario
    preghiere orações bid bidden modle modlę modlimy odmawiam""".split()
)


def own_prayer(text: str, words: list[str]) -> list[tuple[int, int]]:
    """The spans where the writer says they pray (``words``: the text's folded words), unless
    the prayer is for a thing to work, named after it or just before it ("hoffentlich
    klappt das Deployment, ich bete schon")."""
    if prayer_for_things(words):
        return []
    return [
        m.span()
        for m in _OWN_PRAYER.finditer(text)
        if THINGS.isdisjoint(
            fold(w) for w in _WORD.findall(text[max(0, m.start() - 60) : m.start()])
        )
    ]


_WORD = re.compile(r"[^\W\d_]+")
