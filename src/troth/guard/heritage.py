"""A family's origin stated with a verb of being: "meine Familie ist armenisch", "mijn
ouders zijn Marokkaans".

An origin word alone is often a nationality or a language, which the guard leaves alone.
Said of one's family, parents or forebears with "is" or "are" right before it, it is where
the family comes from: the writer's heritage. One relative's ("my wife is German") stays a
nationality.
"""

from __future__ import annotations

# "is", "are", "was", "were" (folded, eight languages; not the Portuguese "é", which folds
# to the Italian "e", "and")
BEING = frozenset(
    """is are was were ist sind war waren est sont etait etaient es son era eran
    sono erano sao eram foi zijn waren jest sa byl byla byli""".split()
)
# a family, parents, grandparents, forebears (folded, eight languages)
FAMILY = frozenset(
    """family familie famille familia famiglia rodzina parents eltern grosseltern
    grandparents grands-parents abuelos padres genitori nonni pais avos ouders grootouders
    rodzice dziadkowie ancestors vorfahren ancetres antepasados antenati antepassados
    voorouders przodkowie""".split()
)


def kin_of_origin(words: list[str], index: int) -> bool:
    """The origin word follows "is" or "are", and the family, the parents or forebears come
    within three words before that: "la famille de mon père est …"."""
    if index < 2 or words[index - 1] not in BEING:
        return False
    return not FAMILY.isdisjoint(words[max(0, index - 4) : index - 1])
