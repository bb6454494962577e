"""A party's meeting the writer chairs, speaks at or takes the minutes of.

"CLP general committee – I'm chairing", "Reunião do diretório municipal 19h – sou eu que
coordeno a mesa", "Riunione di circolo – presento il bilancio della festa dell'Unità". The
meeting is a party's when its body is one only a party has: a Constituency Labour Party, a
Conservative association, a Brazilian "diretório", a party's youth wing, the PD's "festa
dell'Unità". A club's or a union's meeting ("AGM – I'm chairing") names no party, so its
chair says nothing of politics; nor does a party's body with no one leading it.
"""

from __future__ import annotations

import re

# the words of a body only a party has (lower case): the gate of the reading
BODY_WORDS = frozenset(
    """clp cons conservative conservatives diretório diretorio concelhia unità unita jsd jusos
    juso jeunes giovani nuevas juventude juventud jovens""".split()
)
_PARTY_BODY = re.compile(
    # (CLP in capitals, not the Chilean peso's code: "CLP to EUR", "CLP 25.000")
    r"\b(?:(?-i:CLP)(?!\s*(?:to\b|/|→|\d|[A-Z]{3}\b))|constituency labour party|"
    r"(?:cons|conservative) assoc(?:iation)?|"
    r"diret[óo]rio (?:municipal|estadual|nacional|zonal|regional|distrital)|"
    r"concelhia (?:do|da) \w+|festa dell'unit[àa]|"
    r"jusos?|JSD|juventude socialista|jeunes (?:LR|socialistes|républicains|communistes|"
    r"insoumis|écologistes)|giovani democratici|nuevas generaciones)\b",
    re.IGNORECASE,
)
# the writer leads the meeting: chairs it, presents at it, speaks or takes the minutes
_LEADS = re.compile(
    r"\b(?:i'?m chairing|i(?:'ll| will)? chair|i'?m taking (?:the )?minutes|"
    r"i'?m (?:the )?minutes sec\w*|i'?m (?:the )?(?:branch )?secretary|"
    r"i'?m presenting|i'?m speaking|je pr[ée]side|(?:c'est )?moi qui pr[ée]side|"
    r"je pr[ée]sente|(?:c'est )?moi qui pr[ée]sente|je prends le (?:pv|compte rendu)|"
    r"presido yo|yo presido|presento yo|intervengo yo|levanto acta|presiedo|intervengo io|"
    r"presento (?:io|il|la)|faccio (?:io )?il verbale|sou eu que (?:coordeno|presido|"
    r"apresento)|eu presido|fa[çc]o a ata|ich leite|leite ich|ich moderiere|"
    r"ich (?:schreibe|führe) (?:das )?protokoll|ik zit voor|ik notuleer|ik presenteer|"
    r"ja prowadzę|prowadzę ja|protokołuję)\b",
    re.IGNORECASE,
)


def leads_party_meeting(text: str) -> list[tuple[int, int]]:
    """A body only a party has, in a text where the writer leads its meeting."""
    if _LEADS.search(text) is None:
        return []
    return [m.span() for m in _PARTY_BODY.finditer(text)]


def writer_leads(text: str) -> bool:
    """The writer chairs, presents at or takes the minutes of a meeting."""
    return _LEADS.search(text) is not None


# the words of a party's body before its name: "Direzione provinciale PD", "AG des jeunes
# LR", "Ortsverband der Grünen" (folded)
_ORGANS = frozenset(
    """direzione circolo sezione federazione section federation bureau ag congres congresso
    assemblea jeunes giovani ortsverband kreisverband ortsverein kreisvorstand agrupacion
    ejecutiva afdeling kolo kola branch ward diretorio concelhia distrital""".split()
)


def organ_near(words: list[str], index: int) -> bool:
    """A word of a party's body among the four words before ``words[index]``."""
    return not _ORGANS.isdisjoint(words[max(0, index - 4) : index])
