"""Sentences: where one ends, the sentence around a term, a question, an agenda entry."""

from __future__ import annotations

import re

from troth.guard import titles
from troth.guard.titles import alternation

_SENTENCE_END = re.compile(r"[.!?\n;]")


# a full stop that ends no sentence: after a title or a small one-letter abbreviation
# ("Mr. Tom", "córka (3 l.) ma"), or before a small letter ("Amrit K. as", "z.B. so")
_ABBREVIATION = re.compile(
    r"(?:^|[^\w])(?:[a-zß-ÿ]|M|(?i:mr|mrs|ms|dr|dra|dña|ssa|ra|mgr|lek|st|sr|sra|hr|fr|ks|on|sig|dhr|mevr|pan|dep|"
    r"prof|mme|cod|ref|nr|art|tel|vgl|bzw|ggf|ca|approx|pag|pág|str))$"
)


_TITLED_INITIAL = re.compile(rf"\b(?:{alternation(titles.PERSONAL)})\.? [A-ZÀ-ÝŁŚŻ]$")


# a first name and a surname's initial: "Oliver B."
_NAMED_INITIAL = re.compile(r"(?<![\w.])([A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]{2,}) [A-ZÀ-ÝŁŚŻ]$")


def _first_name(word: str) -> bool:
    from troth.guard.names import name_lexicons

    return word.lower() in name_lexicons()[0]


def ends(text: str, at: int) -> bool:
    """Whether the stop at ``text[at]`` ends a sentence."""
    if text[at] != ".":
        return True
    if text[at + 1 : at + 2].isdigit() and text[at - 1 : at].isdigit():
        return False  # a date or a number: "am 18.12.", "2.5 mg"
    after = text[at + 1 : at + 3].lstrip()
    if after[:1].islower() or _TITLED_INITIAL.search(text, max(0, at - 12), at):
        return False  # "z.B. so"; "Frau K. (82) ist …": an initial after a title
    named = _NAMED_INITIAL.search(text, max(0, at - 24), at)
    if named and _first_name(named.group(1)):
        return False  # "Oliver B. (age 10) - asthma": a surname's initial ("Wing B." ends)
    return _ABBREVIATION.search(text, max(0, at - 6), at) is None


# a short question put after a statement: "I wear a hijab, is that allowed?"
_TAG_QUESTION = re.compile(
    r",\s*(?:is (?:that|it|this)|that|c'est|est-ce|ist (?:das|es)|geht das|darf (?:ich|man)|"
    r"è|e|é|está|es|eso|isto|isso|is dat|mag dat|kan dat|czy to|czy mogę|can i|may i|puis-je|"
    r"puedo|posso|mag ik|kann ich|va bene|ok|okay|d'accord|vale|tudo bem|in orde|"
    r"(?:is|è|é|es|est|ist|jest) (?:that |this |it |das |dat |to )?(?:a )?problem\w*|"
    # an invitation after a plan: "…, who's coming?", "…, wie gaat er mee?", "…, kto wpadnie?"
    r"who(?:'s| is)? (?:in|coming|joining)|wer (?:kommt|ist dabei|macht mit)|"
    r"qui (?:vient|est partant|m'accompagne)|qui[eé]n (?:viene|se apunta)|chi (?:viene|c'è)|"
    r"quem (?:vem|topa|alinha)|wie (?:gaat|komt|doet)|kto (?:wpadnie|idzie|jedzie|chce|się)|"
    # a favour asked after a statement: "…, can you do ten to twelve?", "…, kannst du …?"
    r"can you|could you|kannst du|könntest du|peux-tu|tu peux|pourrais-tu|puedes|"
    r"podrías|puoi|potresti|podes|podias|kun je|kan je|możesz|mozesz|możecie)"
    r"\b[^,]{0,40}$",
    re.IGNORECASE,
)


# a time of day: "17:00", "11h", "10h30", "um 15 Uhr", "ore 5"
_CLOCK = re.compile(
    r"(?<![\d.,/:-])(?:[01]?\d|2[0-3])(?::[0-5]\d|h(?:[0-5]\d)?|\s?(?:uhr|u)\b)(?!\d|[.,/:-]\d)|"
    r"\b(?:ore|om|um|à|a las|às|o)\s(?:[01]?\d|2[0-3])\b",
    re.IGNORECASE,
)


_AGENDA_WORDS = 25


# an event of a calendar file: "SUMMARY:Séance de radiothérapie n°12"
_CALENDAR_EVENT = re.compile(r"(?m)^SUMMARY[;:]")


# a field in which one describes oneself: "About me:", "Über mich:", "O mnie –"
_ABOUT_ME = re.compile(
    r"^\W*(?:about me|about myself|über mich|uber mich|à propos de moi|a propos de moi|"
    r"sobre mí|sobre mi|sobre mim|su di me|chi sono|over mij|over mezelf|o mnie|o sobie|"
    r"my bio|bio)\s*[:–-]",
    re.IGNORECASE,
)


def about_me(text: str) -> bool:
    """The text is an "about me" field: what it names is its writer's."""
    return _ABOUT_ME.match(text) is not None


def agenda_entry(text: str, count: int) -> bool:
    """An entry of the writer's own agenda: a short text with a time of day ("Consulta
    Psiquiatria – 11h", "Kolęda – ksiądz ok. 17:00"), or a calendar file's event; what it
    names is the writer's."""
    if count <= _AGENDA_WORDS and _CLOCK.search(text) is not None:
        return True
    return calendar_event(text)


# a public body's meeting and the numbered points of its order of business: "Conseil
# municipal 19h - point 4 : …", "Sesja Rady Miasta - pkt 4: …", "TOP 3: …"
_BODY_MEETING = re.compile(
    r"\b(?:council|committee|assembly|board|conseil|assemblée|commission|ayuntamiento|pleno|"
    r"asamblea|comisión|consiglio|giunta|assemblea|commissione|assembleia|câmara|camara|"
    r"junta|gemeenteraad|raad|commissie|stadtrat|gemeinderat|kreistag|landtag|ausschuss|"
    r"sitzung|rada|rady|sejmik|sesja|komisja|parliament|parlement|parlamento|bundestag|sejm)\b",
    re.IGNORECASE,
)
_NUMBERED_POINT = re.compile(
    r"\b(?:point|points|pkt|punkt|ponto|punto|top|tagesordnungspunkt|agendapunt|item|"
    r"orden del día|ordine del giorno|ordre du jour|ordem do dia|porządek obrad)\s*\d{0,2}\s*:",
    re.IGNORECASE,
)


def public_agenda(text: str) -> bool:
    """A public body's meeting with numbered points of business: its points are topics
    before the body ("point 5 : bail pour la mosquée"), no one's own."""
    if ":" not in text:
        return False
    return _NUMBERED_POINT.search(text) is not None and _BODY_MEETING.search(text) is not None


def calendar_event(text: str) -> bool:
    """A calendar file's event ("SUMMARY:…"): the calendar owner's."""
    return "SUMMARY" in text and _CALENDAR_EVENT.search(text) is not None


# a Spanish question opened after the statement that holds the term, asking someone for
# something: "…, ¿alguien se apunta?", "…, ¿me lo traes?" (not "…, ¿legal?")
_ASKED_AFTER = re.compile(
    r"¿\s*(?:alguien|algun[oa]s?|qui[eé]n(?:es)?|nadie|puedes|pod[eé]is|podr[ií]as|me|te|nos|"
    r"os|vienes|ven[ií]s|cu[aá]ndo|d[oó]nde|a qu[eé] hora|qu[eé] tal)\b",
    re.IGNORECASE,
)


def asks(text: str, end: int, at: int = 0) -> bool:
    """The sentence ending at ``end`` is a question: one question mark, not the "??" or
    "?!" of surprise in a chat ("found a half-brother in Ohio??"), nor a short question
    put after a statement that holds the term at ``at`` ("I wear a hijab, is that ok?")."""
    if text[end : end + 1] != "?" or text[end + 1 : end + 2] in ("?", "!"):
        return False
    if _ASKED_AFTER.search(text, at, end):
        return False  # "reparto folletos de X, ¿alguien se apunta?": the question opens after
    tag = _TAG_QUESTION.search(text, at, end)
    return tag is None


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]`` (at most 300 characters)."""
    left = max(0, start - 300)
    head = text[left:start]
    stops = [m.start() for m in _SENTENCE_END.finditer(head)]
    last = next((i for i in reversed(stops) if ends(text, left + i)), None)
    s = left if last is None else left + last + 1
    limit = min(len(text), end + 300)
    tail = next(
        (m for m in _SENTENCE_END.finditer(text, end, limit) if ends(text, m.start())), None
    )
    e = tail.start() if tail else limit
    return s, e


def clause_joined(text: str, s: int) -> int:
    """A clause after a semicolon goes on with the sentence before it ("Sra. Fernandes pede
    adiamento; está em hemodiálise"): the start of that sentence."""
    before = text[:s].rstrip()
    if not before.endswith(";"):
        return s
    at = len(before) - 1
    return sentence_around(text, at, at)[0]
