"""A message to many: a newsletter, an offer, a reminder of a rule, an announcement, a job
advert, a mail to all staff.

"Newsletter Benessere – ottobre\\n\\nÈ il mese della prevenzione del tumore al seno …",
"Herinnering AVG – HR\\n\\nZet bij een ziekmelding alleen 'ziek' …", "Liebe Mitarbeitende,
\\n\\nam 20. Januar findet eine DKMS-Typisierungsaktion statt". What such a message names is a
topic for its readers, unless it names a person or its writer speaks of themself (the
special-category recognizer, :mod:`troth.guard.special`, asks both).
"""

from __future__ import annotations

import re

# a heading of a message to many, on its first line
_HEADING = re.compile(
    r"\b(?:newsletter|nieuwsbrief|boletim|bolet[íi]n|biuletyn|bulletin|rundschreiben|"
    r"rundbrief|circular|circolare|circulaire|mitteilung|aktuell|actualit[ée]s?|news|"
    r"nieuws|noticias|notizie|not[íi]cias|aktualno[śs]ci|reminder|erinnerung|herinnering|"
    r"rappel|recordatorio|promemoria|lembrete|przypomnienie|announcement|ank[üu]ndigung|"
    r"aankondiging|annonce|anuncio|annuncio|an[úu]ncio|og[łl]oszenie|avviso|aviso|avis|"
    r"comunicado|comunicato|communiqu[ée]|mededeling|komunikat|offer|offers|angebote?|"
    r"offres?|ofertas?|offerte?|aanbieding(?:en)?|promo(?:cje|[çc][õo]es|ciones|zioni|tions)?|"
    r"invitation|einladung|uitnodiging|invitaci[óo]n|invito|convite|zaproszenie|"
    r"job offer|stellenangebot|vacature|offre d'emploi|oferta de (?:empleo|trabajo|emprego)|"
    r"offerta di lavoro|oferta pracy|vacancy|policy|richtlinie|beleid|politique|pol[íi]tica|"
    r"polityka)\b",
    re.IGNORECASE,
)
# a greeting to a group: "Liebe Mitarbeitende,", "Dear all,", "Bonjour à tous,"
_TO_MANY = re.compile(
    r"^\s*(?:dear|hi|hello|liebe|hallo|bonjour|chers|chères|cher|estimad[oa]s|hola|cari|care|"
    r"gentili|caros|caras|ol[áa]|beste|hoi|drodzy|szanowni|witam)\s+(?:all|everyone|team|"
    r"colleagues|members|parents|mitarbeitende|mitarbeiter(?:innen)?|kolleg(?:inn)?en|"
    r"kolleginnen und kollegen|alle|zusammen|à tous|a tous|tous|collègues|membres|parents|"
    r"compañer[oa]s|colegas|tod[oa]s|colleghi|soci|genitori|tutti|a todos|equipa|"
    r"collega's|allemaal|leden|ouders|pracownicy|koledzy|państwo|wszystkim)\b",
    re.IGNORECASE,
)
_WORDS_OF_A_HEADING = 10


def bulletin(text: str) -> bool:
    """A message of several lines to many: its first line a heading of a newsletter, an
    offer, a reminder or an announcement, or a greeting to a group."""
    if "\n" not in text:
        return False
    first = text.lstrip().split("\n", 1)[0]
    if _TO_MANY.match(first):
        return True
    short = len(first.split()) <= _WORDS_OF_A_HEADING and not first.rstrip().endswith((".", ","))
    return short and _HEADING.search(first) is not None
