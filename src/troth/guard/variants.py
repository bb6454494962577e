"""A genetic result written as a gene and what was found in it.

"NOTCH3-mutatie bij mij aangetoond", "pathogenic MYH7 variant", "ACTN3 R577X",
"HLA-B27 positiv", "CYP2D6 *4/*4", "rs429358 CC": a gene's symbol beside a mutation, a
variant, a zygosity, a notation of a change or a test's outcome is the result of someone's
genetic analysis. The special-category recognizer (:mod:`troth.guard.special`) reports it
only in a text that speaks of someone; "BRCA1 mutations raise the risk" names no one.
"""

from __future__ import annotations

import re

# a gene's symbol: capitals with a digit ("BRCA2", "UGT1A1", "HLA-DQ2"), or one of the
# symbols people test for that have none
_GENE = (
    r"(?:HLA-[A-Z]{1,3}\d[\d*:.]*|(?!COVID|SARS|HIV|HPV|CD\d|H\dN\d)[A-Z]{2}[A-Z0-9]{0,5}\d"
    r"[A-Z0-9]{0,3}|CFTR|HFE|MTHFR|APOE|APC|ATM|DPYD|TPMT|VKORC|LDLR|PCSK|FMR|SMN|DMD|GBA|LRRK|TTR|RET|MLH|MSH|PMS)"
)
# what was found: a mutation, a variant, a zygosity or a carrier, in the eight languages
_FINDING = (
    r"(?i:mutation\w*|mutatie\w*|mutaci[óo]n\w*|mutaciones|mutazion[ei]|muta[çc][ãa]o|"
    r"muta[çc][õo]es|mutacj\w+|variant\w*|wariant\w*|allel\w*|polymorph\w*|polimorf\w*|"
    r"deletion|deletie|deleci[óo]n|delezione|dele[çc][ãa]o|delecj\w+|duplication|"
    r"heterozyg\w*|homozyg\w*|heterozig\w*|homozig\w*|eterozig\w*|omozig\w*|"
    r"carrier|tr[äa]ger\w*|drager|draagster|porteu(?:r|se)|portador[a]?|portat(?:ore|rice)|"
    r"nosiciel\w*)"
)
# an HLA type's test result: "HLA-B27 positiv", "HLA-DQ2/DQ8 positivo"
_POSITIVE = r"(?i:positiv[eoa]?|positief|positif|dodatni\w*|negativ[eoa]?|negatief|negatif)"
# a change written in a notation: "c.1521_1523del", "p.Arg577Ter", "R577X", "rs429358",
# "*4/*4", a genotype's two letters ("RR", "CT")
_NOTATION = (
    r"(?:c\.[-*]?\d+[\d_+\-]*(?:[ACGT]>[ACGT]|del|dup|ins)\w*|p\.\(?[A-Z][a-z]{2}\d+\w*\)?|"
    r"[ACDEFGHIKLMNPQRSTVWY]\d{2,4}[ACDEFGHIKLMNPQRSTVWYX*]|rs\d{3,}|\*\d+[A-Z]?/\*\d+[A-Z]?|"
    r"[ACGT]{2}|[RX]{2})"
)
_RESULT = re.compile(
    rf"(?<![\w-]){_GENE}(?![a-z])(?:[-\s/]*(?i:gen|gene|genu)\b)?"
    rf"(?:[-\s:,;(]{{0,3}}(?:[a-z]\w*\s+)?{_FINDING}\b|[-\s:,;(]{{1,3}}{_NOTATION}(?![\w>]))"
    rf"|(?<![\w-])HLA-[A-Z0-9*:./-]+\s*{_POSITIVE}\b"
    # or the finding first: "Mutation im BRCA2-Gen", "mutación en el gen BRCA1"
    rf"|\b{_FINDING}\s+(?i:(?:in|im|in the|dans|en|nel|no|na|in het|w|of|de|du|del|des)\s+)?"
    rf"(?i:(?:the|le|el|il|o|het|dem|des)\s+)?(?i:(?:gene?|gen[eu]?|g[èe]ne)\s+)?{_GENE}(?![a-z])"
)
# a carrier of an inherited condition, named by its letters or its name: "drager van SMA",
# "carrier of CF", "porteuse de la drépanocytose", "Trägerin von Mukoviszidose"
# a cheap first look: the letters every carrier word holds ("carri", "träg", "drag" …)
_CARRY_HINTS = ("arri", "räg", "rag", "orteu", "ortad", "ortat", "osiciel")
_CARRIER_OF = re.compile(
    r"(?i:\b(?:carriers?|tr[äa]ger(?:in)?|drager|draagster|porteu(?:r|se)s?|portador[ae]?s?|"
    r"portat(?:ore|rice|ori|rici)|nosiciel\w*)\s+(?:of|van|von|de|di|do|da|der|des|du|z)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|il\s+|a\s+|het\s+|l')?)"
    r"(?:[A-Z]{2,5}\b|(?i:mucoviscidos\w*|mukoviszidose|fibrosi cistica|fibrose c[íi]stica|"
    r"fibrosis qu[íi]stica|taaislijmziekte|mukowiscydoz\w*|cystic fibrosis|tal+ass[ae]mi\w*|"
    r"thal+ass[ae]mi\w*|dr[ée]panocyt\w*|sichelzell\w*|sickle[ -]cell|hemofili\w*|"
    r"h[ae]mophili\w*|hämophilie|anemia falciforme|an[ée]mie falciforme))"
)
# words a result is looked for with (lower case): a text with none and no notation is skipped
GATE = re.compile(r"[A-Z][A-Z0-9-]{1,8}\d|\b(?:CFTR|HFE|MTHFR|APOE|DPYD|TPMT|LDLR)\b")


def variant_results(text: str) -> list[tuple[int, int]]:
    """The spans of a gene's symbol written with what was found in it, and of a carrier of
    an inherited condition ("drager van SMA", "portatrice di talassemia")."""
    lower = text.lower()
    hinted = any(hint in lower for hint in _CARRY_HINTS)
    found = [m.span() for m in _CARRIER_OF.finditer(text)] if hinted else []
    if GATE.search(text) is None:
        return found
    return found + [m.span() for m in _RESULT.finditer(text)]
