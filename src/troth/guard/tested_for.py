"""A condition named as what a genetic test looked for, not as an illness someone has.

"the mutation for familial hypercholesterolaemia", "dépistage mucoviscidose",
"pannello trombofilia", "Lynch-Syndrom-Gen", "badania na mukowiscydozę": the condition
names the gene or the screening. A genetic result is genetic data; it is health data only
when an illness is also stated ("confirmed", "diagnosed", a treatment). The
special-category recognizer (:mod:`troth.guard.special`) asks this of a health term in a
text that also holds a genetic one.
"""

from __future__ import annotations

# a gene, a mutation, a variant: genetic whatever else the text says
_GENES = frozenset(
    """mutation mutations mutatie mutaties mutacion mutaciones mutacao mutacoes mutazione
    mutazioni mutacja mutacji mutacje variant variants variante varianten varianti
    wariant wariantu gene genes gen genen gene geni genu genem anlage""".split()
)
# a screening, a panel, a test: genetic only in a text that says so
_TESTS = frozenset(
    """screening screenings depistage cribado rastreio rastreo pannello painel panel panelu
    test tests teste testu testy badanie badania badan""".split()
)
# the words a test and its condition may have between them ("mutation for", "panel de")
_BETWEEN = frozenset(
    """for of the fur der des voor van de la du des pour para da do per di del della na w
    kierunku dla a""".split()
)
# a result that found the condition: "positive for", "confirmed", "diagnosed"
_FOUND = frozenset(
    """positive positiv positief positivo positiva positif positive dodatni dodatnia
    confirmed bestatigt bevestigd confirme confirmee confirmado confirmada confermato
    confermata potwierdzony potwierdzona diagnosed diagnostiziert gediagnosticeerd
    diagnostique diagnosticado diagnosticada diagnosticato diagnosticata
    zdiagnozowany confirms bevestigt confirma conferma potwierdza found gefunden gevonden
    trouve trouvee encontrado encontrada trovato trovata wykryto stwierdzono""".split()
)


# parts of a treatment's or an operation's name: a treatment is never what a test sought
# ("mutación BRCA2, mastectomía preventiva": the surgery is health data)
_TREATED = (
    "ectom", "ektom", "otomi", "otomy", "plast", "therap", "terap", "transplant", "chemo",
    "quimio", "radiother", "radiotera", "operat", "operac", "operaz", "chirurg", "surger",
    "cirug", "cirurg", "dialy", "dialis", "dializ",
)  # fmt: skip


def condition_sought(words: list[str], index: int, last: int, genetic: bool) -> bool:
    """Whether the health term at ``words[index:last + 1]`` names what a gene, a mutation,
    a variant or (in a ``genetic`` text) a screening looks for, with no finding of the
    illness beside it. A treatment or an operation is never what was sought."""
    if any(part in word for word in words[index : last + 1] for part in _TREATED):
        return False
    objects = _GENES | _TESTS if genetic else _GENES
    if words[last + 1 : last + 2] and words[last + 1] in objects:
        return True  # "Lynch-Syndrom-Gen", "HCM gene variant"
    before = words[max(0, index - 4) : index]
    if not _FOUND.isdisjoint(before) or not _FOUND.isdisjoint(words[last + 1 : last + 3]):
        return False  # "positive for the paramyloidosis", "Marfan confirmed"
    unknown = 0  # one adjective may stand between: "the mutation for familial …"
    for word in reversed(before):
        if word in objects:
            return True  # "the mutation for familial hypercholesterolaemia"
        if word not in _BETWEEN and not word.isdigit():
            unknown += 1
            if unknown > 1:
                return False
    return False
