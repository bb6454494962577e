"""Parties and unions by their names: a party named by the shape of its name or by a
number, an acronym that is also a word, a body of another kind (an association of a people,
a care home, a meeting), a member's word that joins a union."""

from __future__ import annotations

import re
from dataclasses import replace

from troth.guard.context import (
    POSSESSIVES,
    first_person,
)
from troth.guard.detection import (
    POLITICS,
    RACE,
    UNION,
)
from troth.guard.lexicon import AMBIGUOUS, ORIGIN, Hit, Term, fold, tokens_of
from troth.guard.naming import named_relative
from troth.guard.roles import ROLE_WORDS
from troth.guard.sentences import sentence_around
from troth.guard.shapes import folded_words, is_short

# the literal parts of parties' names that hold a number (:data:`NUMBERED_PARTY`)
NUMBERED_GATE = re.compile(r"D66|JA21|M5S|50PLUS|2050")


# a member's number beside a union or a party: "Meine Mitgliedsnummer: 1029…", "n.º de sócio"
MEMBER_NUMBER = re.compile(
    r"\b(?:member(?:ship)? (?:number|no\.?|id)|mitgliedsnummer|mitgliedsnr\.?|"
    r"num[ée]ro d'adh[ée]rent|n[°º]\s?d'adh[ée]rent|n[úu]mero de (?:afiliad[oa]|soci[oa]|"
    r"s[óo]ci[oa]|associad[oa])|n\.?[ºo] de s[óo]ci[oa]|numero di tessera|numero tessera|"
    r"lidnummer|lidmaatschapsnummer|numer członkowski|nr członkowski|numer legitymacji|"
    # "indique su nº para el descuento", "your no."
    r"(?:su|tu|votre|your|ihre|uw|seu|il suo)\s+n(?:[º°]|[úu]mero\b|o\.))",
    re.IGNORECASE,
)


# a party by the shape of its name: "Partido Novo", "Parti Québécois", "Partij voor de
# Dieren", "Partia Razem", "Working Families Party" (not "Birthday Party")
PARTY_WORDS = frozenset("party partido parti partito partij partia".split())


_PARTY_EVENTS = (
    "Birthday|Christmas|Xmas|Garden|Pool|Tea|Dinner|Launch|Leaving|Farewell|Office|Summer|"
    "Halloween|House|Block|Hen|Stag|Costume|Pizza|Welcome|Team|Holiday|Retirement|"
    "Engagement|Baby|Surprise|Boat|Beach|After|Pyjama|Slumber|Fancy|Dress|Release|"
    "Sleepover|Cocktail|Year's|Years|Graduation|Search|Street|Watch|Dance|Disco|Karaoke|"
    "Third|Bachelor|Bachelorette|Lunch|Work|Staff|Kids|Kid's|Class|Reunion|Tupperware|"
    "Wedding|Anniversary|Festive|Games|Game|Night|Movie|Film|Private|Big|Rooftop|Beer|Wine"
)


PARTY_NAME = re.compile(
    r"\b(?:Partido|Parti|Partito|Partij|Partia)\s+(?:(?:de|del|dos|das|do|da|des|du|della|"
    r"dei|degli|voor|van|der|la|le|les|el|los|of|the)\s+){0,2}[A-ZÀ-ÝŁŚŻ][^\W\d_]+"
    rf"|\b(?:(?!(?:{_PARTY_EVENTS})\b)[A-Z][a-z]+\s+){{1,3}}Party\b"
)


def party_names(
    text: str, tokens: list[tuple[str, int, int]], pattern: re.Pattern[str] = PARTY_NAME
) -> list[tuple[int, int]]:
    """A party named by the shape of its name, with a role, a donation, the writer or a
    possessive in its sentence, or in a short text (a record, a cell)."""
    short = is_short(text, tokens)
    out = []
    for m in pattern.finditer(text):
        s, e = sentence_around(text, m.start(), m.end())
        words = {t[0] for t in tokens if s <= t[1] < e}
        person = not ROLE_WORDS.isdisjoint(words) or not POSSESSIVES.isdisjoint(words)
        if short or person or first_person(sorted(words)):
            out.append(m.span())
    return out


def lower_acronym(text: str, hit: Hit) -> bool:
    """A short ambiguous party or union acronym ("PO", "CC") written in lower case, with
    an accent, or cut short with a full stop: a word ("po" is Polish for "after", "Süd"
    German for "south", "Lab." a laboratory)."""
    word = text[hit.start : hit.end]
    if hit.term.category not in (POLITICS, UNION):
        return False  # "bi", "ace" are words of their own
    if hit.term.kind == AMBIGUOUS and len(word) <= 3 and not word.isascii():
        return True  # "Werk Süd" is not the union SUD: an acronym has no accents
    if hit.term.kind == AMBIGUOUS and word.istitle() and text[hit.end : hit.end + 2] == ". ":
        return True  # "Lab. Echevarne": a word cut short, not the union LAB
    if not (hit.term.kind == AMBIGUOUS and len(word) <= 3 and word.islower()):
        return False
    # a role in the party beside it keeps it: "ero al gazebo del pd", "tessera pd"
    nearby = folded_words(text[max(0, hit.start - 40) : hit.end + 40])
    return ROLE_WORDS.isdisjoint(nearby)


# a word of voting, an act and not a name: "voté", "gewählt", "stemde", "głosowałam"
VOTING = re.compile(r"^(?:vot|gewahlt|wahl|stem|glos|zaglos)")
# words after a vote that say nothing of what it was for: "voted in as steward", "vote on
# the ballot", "a postal vote now"
_NO_SIDE = frozenset(
    """in on at by to now today the this that and or but is was will would can could from
    with via as again im am zur zum bei heute en y e et und o ou oder of worden wurde
    geworden""".split()
)
# a first vote: "pour la première fois", "por primera vez", "zum ersten Mal"
_FIRST_TIME = frozenset(
    "first premiere primera prima primeira erste ersten eerste pierwszy pierwsze".split()
)
# "je stem", "your voice": a voice, not a vote
_VOICE_OF = frozenset("je jouw mijn zijn haar uw your my his her".split())
# "voted in as", "gewählt als", "élu comme", "wybrany na": the office follows
_AS_ROLE = [[w] for w in "as als comme como come na tot".split()]


def vote_only(tokens: list[tuple[str, int, int]], hit: Hit, hits: list[Hit]) -> bool:
    """A word of voting that says for what or whom nothing in the text does ("register for
    a postal vote", "voted in as steward", "ik herken je stem"): the act, not an opinion."""
    if hit.term.category != POLITICS or not VOTING.match(tokens[hit.first][0]):
        return False
    voice = tokens[hit.first][0].startswith("stem")
    if voice and hit.first > 0 and tokens[hit.first - 1][0] in _VOICE_OF:
        return True  # "je stem": a voice (French "je vote" is the writer's vote)
    if any(h.term.category == POLITICS and not VOTING.match(tokens[h.first][0]) for h in hits):
        return False  # a party or an opinion in the text
    after = [t[0] for t in tokens[hit.last : hit.last + 5]]
    if after[:2] == ["in", "as"] or after[:1] in _AS_ROLE:
        return not ROLE_WORDS.isdisjoint(after)  # "voted in as steward": an office of a club
    near = {t[0] for t in tokens[max(0, hit.first - 4) : hit.last + 4]}
    if not ROLE_WORDS.isdisjoint(near):
        return False  # "für die Freien Wähler am Infostand"
    if not _FIRST_TIME.isdisjoint(t[0] for t in tokens[hit.last : hit.last + 4]):
        return True  # "je voterai pour la première fois": the act, for no side
    return hit.last >= len(tokens) or tokens[hit.last][0] in _NO_SIDE


# a capitalised word that starts no sentence: "… per la Panda", "… bij de Hema"
_INNER_CAPITAL = re.compile(r"(?<=[\w,;] )[A-ZÀ-Ý][a-zà-ÿ]")


def capitalises(text: str) -> bool:
    """The writer capitalises names: a capital letter inside a sentence. A party or union
    whose name is also a word, written in lower case by such a writer, is the word."""
    return _INNER_CAPITAL.search(text) is not None


# parties whose names hold a number: "D66", "JA21", "M5S", "Polska 2050"
NUMBERED_PARTY = re.compile(r"\b(?:D66|JA21|M5S|50PLUS|Polsk\w{1,2} 2050)\b")


_NUMBERED_KEYS = ("D66", "JA21", "M5S", "50PLUS", " 2050")


def numbered_parties(text: str) -> list[tuple[int, int]]:
    """A party whose name holds a number, with a role, a gift, the writer or a possessive
    in its sentence, or in a short text (:func:`party_names`)."""
    if not any(key in text for key in _NUMBERED_KEYS):
        return []
    return party_names(text, tokens_of(text), NUMBERED_PARTY)


# the first letters of words of joining a body, not of a party: "filiado", "militant"
_MEMBER_WORD = re.compile(r"^(?:filia|filie|afilia|milit|tessera|membr|adher|encart|iscri|lid)")


# an Italian care home ("RSA": residenza sanitaria assistenziale), not a union's body
_CARE_HOME = frozenset(
    """nonna nonno nonni ospite ospiti residenza anziani anziano anziana ricoverata ricoverato
    ricovero degenza visita visite parenti confessione struttura mamma papa madre padre""".split()
)


# parties whose name is a phrase of their language, and the words that follow the phrase:
# "chega de" (enough of), "denk ik" (I think), "podemos ir" (we can go)
_PHRASE_ON = {
    "chega": frozenset("de da do disso dessa desse pra para".split()),
    "denk": frozenset("ik je dat het niet erover eraan na".split()),
    "podemos": frozenset("ir hacer ver ser estar tener hablar quedar".split()),
}


# a meeting, not the island of Réunion: "Réunion collectif", "Riunione RSU"
_MEETINGS = frozenset({"reunion", "riunione"})


_ISLAND_BEFORE = frozenset({"la", "l", "de", "ile", "isola", "a"})


def not_this_body(text: str, hit: Hit, hits: list[Hit], tokens: list[tuple[str, int, int]]) -> bool:
    """The term names another body than its category's: a union or a party of a people
    ("Union di Ladins", "Związek Tatarów") is an association of an origin, an Italian "RSA"
    beside a grandmother or a visit a care home; a meeting ("Réunion", "Riunione") is not
    the island."""
    category = hit.term.category
    if category == RACE and named_relative(text, hit, tokens):
        return True  # "mio marito Franco": a first name
    if category == RACE and tokens[hit.first][0] in _MEETINGS and hit.last == hit.first + 1:
        return hit.first == 0 or tokens[hit.first - 1][0] not in _ISLAND_BEFORE
    if (
        category == POLITICS
        and hit.last < len(tokens)
        and tokens[hit.last][0] in _PHRASE_ON.get(tokens[hit.first][0], ())
    ):
        return True  # "chega de atrasos" (enough of), "moe denk ik" (I think)
    if category == UNION and tokens[hit.first][0] == "rsa":
        return not _CARE_HOME.isdisjoint(t[0] for t in tokens)
    if category == UNION:
        after = [h for h in hits if hit.last <= h.first <= hit.last + 1]
        return any(h.term.category == RACE and h.term.kind != ORIGIN for h in after)
    return False


def union_member(hit: Hit, hits: list[Hit], tokens: list[tuple[str, int, int]]) -> Hit:
    """A member's word ("filiado", "militant", "iscritto") in a text that names a union and
    no party (an acronym that may be a word does not count) is the union's member."""
    if hit.term.category != POLITICS or not _MEMBER_WORD.match(tokens[hit.first][0]):
        return hit
    others = [h.term for h in hits if h is not hit]
    party = any(t.category == POLITICS and t.kind != AMBIGUOUS for t in others)
    if party or all(t.category != UNION for t in others):
        return hit
    return replace(hit, term=Term(UNION, hit.term.kind, hit.term.words))


# the writer's own vote for a side named by its capitals: "Voto Azione da sempre",
# "Sempre votei PS", "ich wähle seit Jahren Volt", "je vote LFI"
_MY_VOTE_BEFORE = re.compile(
    r"(?:^|[.!?\n:;]\s*|\b(?:g|jai|j'ai|ai|io|eu|ich|je|yo|i|ik|ja|sempre|siempre|always|immer|toujours|"
    r"altijd|zawsze|ainda|still|noch|encore|todavía|ancora)\s+)$",
    re.IGNORECASE,
)
_SIDE_AFTER = re.compile(
    r"\s+(?:(?:da sempre|sempre|siempre|always|immer|toujours|altijd|zawsze|seit jahren|"
    r"depuis toujours|desde sempre|desde siempre)\s+)?"
    r"(?:(?:op|na|for|für|pour|per|por|em|no|al|a|o|il|le|la|die|den|de|het)\s+)?"
    r"(?-i:[A-Z][\w-]+|[A-Z]{2,})",
    re.IGNORECASE,
)


def own_vote(text: str, hit: Hit) -> bool:
    """The writer says whom they vote for: a first-person vote opening its clause and a side
    named by its capitals after it ("Voto Azione da sempre", "Sempre votei PS")."""
    if not VOTING.match(fold(text[hit.start : hit.end].lower())):
        return False
    if _MY_VOTE_BEFORE.search(text, max(0, hit.start - 12), hit.start) is None:
        return False
    return _SIDE_AFTER.match(text, hit.end) is not None
