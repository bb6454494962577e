"""Medicine against HIV taken before sex, beside a partner: a person's sex life.

"Patient started PrEP, mentions a new male partner", "Paciente en PrEP, nueva pareja
masculina": the pill and a partner in one note tell of someone's sex life.
"""

from __future__ import annotations

import re

# PrEP as written in notes ("PrEP", "PREP"; not the verb "prep")
_PREP = re.compile(r"\b(?:PrEP|PREP)\b")
_PARTNER = re.compile(
    r"\b(?:partners?|partnerin|partenaires?|pareja|compañero|compagno|compagna|parceir[oa]|"
    r"companheir[oa]|vriend(?:in)?|partnerka|partnera|boyfriend|girlfriend|freund(?:in)?|"
    r"copain|copine|novi[oa]|namorad[oa]|ragazz[oa]|chłopak\w*|dziewczyn\w*)\b",
    re.IGNORECASE,
)


def prep_partner(text: str) -> list[tuple[int, int]]:
    """The span of PrEP in a text that also names a partner."""
    m = _PREP.search(text)
    if m is None or not _PARTNER.search(text):
        return []
    return [m.span()]
