"""A thread: a chat export or a transcript whose lines open with their speakers.

"[19:45] Romain: il est sorti de réa hier", "Agent: …", "12/11/26, 09:14 - Marta: …".
Each turn of a thread is said by someone the reader can identify, and speaks of that
speaker or of the people the speakers know. A term in a turn is said of someone, unless a
reading of the special-category recognizer (:mod:`troth.guard.special`) finds it a topic.

A text is a thread when two speakers take turns and one of them speaks again, or when
roles of a call answer each other ("Agent:", "Caller:"). Form fields ("Name: …",
"Diagnose: …") seldom repeat a label, so they are not read as turns.

A reply is read too: the message it quotes or forwards (after "On …, X wrote:" or
"---------- Forwarded message"), that message's sender and subject, and the reply's own
words above or under the quote, which are its writer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from troth.guard.letters import CAP_NAME

# the roles of a call that speak in a transcript: "Agent: …", "Caller: …", "Kunde: …"
_ROLES = frozenset(
    "agent caller customer client cliente kunde kundin klant klient klientka operator "
    "operatore operador operadora opérateur mitarbeiter mitarbeiterin medewerker konsultant "
    "konsultantka".split()
)
# a speaker's tag at a line's start, after a time or a date if any: "[09:14] Marta: ",
# "12/11/26, 09:14 - Marta: ", "Tonton Manu: ", "Frau Yildiz : "
_TURN = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?"
    r"(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?[ \t]*(?:[-–][ \t]*)?)?"
    rf"(?P<s>{CAP_NAME}(?:-{CAP_NAME})?(?:[ \t]{CAP_NAME}){{0,2}}(?:[ \t][A-Z]\.)?|"
    rf"(?i:{'|'.join(sorted(_ROLES))})|"
    # a chat's user name in small letters: "léa :", "karen.w:" (a first name, checked below)
    r"(?P<l>[a-zà-ÿ]{2,}(?:[._][a-z]{1,12})?))"
    r"[ \t]?:[ \t]+\S",
    re.MULTILINE,
)
_MAX_TEXT = 20_000  # (a longer text is read as it is: no turns)


@dataclass(frozen=True)
class Turn:
    """One speaker's line of a thread: who speaks, where the line starts and ends, and
    where its speaker's tag ends (after the colon)."""

    speaker: str
    start: int
    end: int
    said: int = 0


@lru_cache(maxsize=256)
def turns(text: str) -> tuple[Turn, ...]:
    """The turns of a thread, in order; none when the text is not a thread."""
    if len(text) > _MAX_TEXT or ":" not in text:
        return ()
    tags = [m for m in _TURN.finditer(text) if m.group("l") is None or _first_name(m.group("l"))]
    if len(tags) < 2:
        return ()
    speakers = [m.group("s") for m in tags]
    roles = {s.lower() for s in speakers} & _ROLES
    repeated = len(set(speakers)) < len(speakers)
    if len(set(speakers)) < 2 or not (repeated or len(roles) >= 2):
        return ()
    found = []
    for i, m in enumerate(tags):
        end = tags[i + 1].start() if i + 1 < len(tags) else len(text)
        found.append(Turn(m.group("s"), m.start(), end, m.end("s") + 1))
    return tuple(found)


def _first_name(handle: str) -> bool:
    """A user name in small letters that opens with a first name ("léa", "karen.w")."""
    from troth.guard.names import name_lexicons

    return re.split(r"[._]", handle)[0] in name_lexicons()[0]


def in_a_tag(text: str, position: int) -> bool:
    """The position lies in a speaker's tag of a thread ("Counsellor: …", "Geneticus: …"):
    a role that speaks, not a word said."""
    turn = turn_at(text, position)
    return turn is not None and position < turn.said


def untagged(text: str) -> str:
    """The text with its speakers' tags blanked out: what the speakers say, not who."""
    spans = turns(text)
    if not spans:
        return text
    parts, at = [], 0
    for t in spans:
        parts += [text[at : t.start], " " * (t.said - t.start)]
        at = t.said
    return "".join(parts) + text[at:]


def turn_at(text: str, position: int) -> Turn | None:
    """The turn of a thread a position lies in, if the text is a thread."""
    return next((t for t in turns(text) if t.start <= position < t.end), None)


# a question put to a group of who has the term: "laat even weten wie er allergieën heeft",
# "who has a nut allergy?", "¿quién es celíaco?", "kto ma uczulenie?" (the asking word opens
# the sentence, or follows "let me know": "who" after a noun tells of someone: "my son, who
# has asthma")
_ASK_FIRST = (
    r"(?:let (?:me|us) know|tell (?:me|us)|sagt (?:mir )?bescheid|gebt bescheid|"
    r"dites-moi|dites-nous|decidme|avisadme|fatemi sapere|ditemi|avisem|digam|"
    r"laat (?:even |me |ons )?weten|dajcie znać|napiszcie)[ ,]+"
)
_WHO_HAS = re.compile(
    rf"\W*(?:(?:\w+\W+){{0,2}}?{_ASK_FIRST})?(?P<who>who|wer|qui|qui est-ce qui|quién|"
    r"quien|quiénes|chi|quem|wie|kto)\b(?:\s+(?:of you|von euch|d'entre vous|de vosotros|"
    r"di voi|de vocês|van jullie|z was|here|hier|ici|aquí|qui|aqui|er|tutaj))?\s+"
    r"(?:\S+\s+){0,3}?(?:has|have|is|needs|hat|ist|braucht|a|est|tiene|es|está|necesita|"
    r"ha|è|tem|é|precisa|heeft|moet|ma|jest|potrzebuje)\b",
    re.IGNORECASE,
)


def asked_who(sentence: str, at: int) -> bool:
    """The sentence asks a group who has what the term names (``at``: where the term
    starts in it; the asking comes before it). A chat line's speaker tag is passed over."""
    tag = _TURN.match(sentence)
    begin = tag.start("s") + len(tag.group("s")) + 1 if tag else 0
    m = _WHO_HAS.match(sentence, begin)
    return m is not None and m.start("who") < at


# the line that opens a quoted or forwarded message in a reply: "On Mon, 3 Nov, X wrote:",
# "Am 03.11.2025 schrieb X:", "Le lun. 3 nov., X a écrit :", "El 03/11, X escribió:",
# "Il lun 16 nov, X ha scritto:", "Em seg., X escreveu:", "Op 6 okt. schreef X:",
# "W dniu … X napisał(a):", "-----Original Message-----", "---------- Forwarded message"
_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:(?:on|am|le|el|il|em|op|w dniu)\b[^\n]{0,120}?\b(?:wrote|schrieb|a écrit|"
    r"escribió|escribio|ha scritto|escreveu|schreef|napisał|napisała|napisal|napisala)"
    r"[^\n]{0,60}:|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|"
    r"mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht|"
    r"oryginalna wiadomość|forwarded message|weitergeleitete nachricht|message transféré|"
    r"mensaje reenviado|messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht|"
    r"przekazana wiadomość)\s*-{2,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)


def quoted_message(text: str, position: int) -> str | None:
    """The quoted or forwarded message of a reply that a position lies in, its quotation
    marks taken off; None when the position is in the reply's own words."""
    if len(text) > _MAX_TEXT or (">" not in text and "--" not in text and ":" not in text):
        return None
    opened = None
    for m in _QUOTE_HEADER.finditer(text):
        if m.end() > position:
            return _QUOTE_MARK.sub("", text[opened : m.start()]) if opened is not None else None
        opened = m.end()
    return _QUOTE_MARK.sub("", text[opened:]) if opened is not None else None


# a forwarded message's header lines: "From: …", "Date: …", "Subject: …" in the languages
_HEADER_LINE = re.compile(
    r"^[ \t]*(?P<k>from|to|cc|sent|date|subject|von|an|gesendet|datum|betreff|de|à|envoyé|"
    r"objet|para|enviado|fecha|asunto|da|a|inviato|data|oggetto|assunto|van|aan|verzonden|"
    r"onderwerp|od|do|wysłano|temat)[ \t]*:[ \t]*(?P<v>[^\n]*)\n?",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT_KEYS = frozenset("subject betreff objet asunto oggetto assunto onderwerp temat".split())
_SENDER_KEYS = frozenset("from von de da van od".split())


def as_sent(quoted: str) -> str:
    """A quoted message as it was sent: its sender and subject on the first line, then its
    body, without its header lines."""
    heading = []
    at = 0
    body = quoted.lstrip("\n")
    while (m := _HEADER_LINE.match(body, at)) is not None:
        if m.group("k").lower() in _SUBJECT_KEYS | _SENDER_KEYS:
            heading.append(m.group("v").strip())  # (a sender may be a shop's offers)
        at = m.end()
    rest = body[at:].strip()
    return "\n".join([" – ".join(heading), rest]) if heading else rest


def in_own_reply(text: str, position: int) -> bool:
    """The position lies in a reply's own words, above or under the message it quotes:
    words its writer says ("Sì, grazie Walter: la TAC è negativa" under the quote)."""
    if len(text) > _MAX_TEXT or ":" not in text:
        return False
    header = _QUOTE_HEADER.search(text)
    if header is None:
        return False
    if position < header.start():
        return True
    # (a reply written under the quote: "> Allora, tutto a posto?\n\nSì, grazie …")
    after = text[header.end() :]
    last_quoted = max((m.end() for m in re.finditer(r"^[ \t]*>.*$", after, re.M)), default=-1)
    return last_quoted >= 0 and position >= header.end() + last_quoted
