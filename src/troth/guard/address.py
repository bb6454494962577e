"""Postal addresses: a street (a number and a street word, in several languages) and what follows.

A street line is a house number next to words one of which names a kind of
street ("Road", "Straße", "calle", "rue", a "-katu" or "-vägen" ending …), or a
post-office box. The recognizer then takes in the lines or comma-separated
parts that follow while they look like the rest of an address (apartment,
town, region code, postal code, country).
"""

from __future__ import annotations

import re
from functools import lru_cache

from troth.guard.detection import ADDRESS, Detection
from troth.guard.gates import Gate, Joined, word_set, words_of

STREET_WORDS = (
    # English
    "street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|way|boulevard|blvd|court|ct|place|pl|"
    "square|sq|terrace|ter|highway|hwy|parkway|pkwy|circle|cir|trail|trl|crescent|close|alley|"
    "row|walk|grove|gardens|mews|hill|view|park|loop|point|pike|ridge|run|path|crossing|"
    # German, Dutch, Nordic
    "straße|strasse|str|weg|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan|plein|gracht|"
    "vej|gade|gata|gatan|vägen|väg|veien|vei|gate|tie|katu|"
    # Spanish, Portuguese, Italian, French
    "calle|c/|avenida|avda|plaza|paseo|camino|carrera|ronda|travesía|travesia|glorieta|"
    "rua|travessa|largo|praça|via|viale|piazza|corso|vicolo|rue|boulevard|bd|chemin|allée|"
    "impasse|quai|route|cours|"
    # others common in European addresses
    "utca|ulica|ul|trg|ulice|iela|gatve|tänav|tee|sokak|cadde"
)
SUFFIXES = (
    "straße", "strasse", "weg", "gasse", "platz", "allee", "straat", "laan", "vej", "gade",
    "gatan", "vägen", "veien", "katu", "tie", "gata", "utca", "ulica", "iela", "gatve",
)  # fmt: skip
_STREET = re.compile(rf"^(?:{STREET_WORDS})\.?,?$", re.IGNORECASE)
_NUMBER = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?"
_WORD = r"[^\W\d_][\w'’.-]*"
STREET_CANDIDATE = re.compile(
    rf"(?<![\w.]){_NUMBER}(?:,?[ \t]+{_WORD}){{1,6}}(?:[ \t]+{_NUMBER})?"
    rf"|(?<![\w.]){_WORD}(?:[ \t]+{_WORD}){{0,5}}[ \t]+{_NUMBER}(?![\w])"
    rf"|(?<![\w])(?:PSC|Unit|CMR|USNS|USNV|USS|USCGC|P\.?O\.? Box|Postbox|Postfach|Apartado)"
    rf"[ \t]+[\w .,]{{1,40}}?(?:\n|,[ \t]*)(?:APO|FPO|DPO)[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}"
)
POST_BOX = re.compile(r"^(?:PSC|Unit|CMR|USNS|USNV|USS|USCGC|P\.?O\.? Box|Postbox|Postfach) ")
UNIT = re.compile(
    r"^[,\s]*(?:apt|apartment|suite|ste|unit|floor|fl|piso|étage|wohnung|whg|no|nr|#)\.?\s*"
    r"[\w-]{1,6}",
    re.IGNORECASE,
)
TAIL_PART = re.compile(r"^(?:[ \t]*[\n,][ \t\n,]*|[ \t]+)([^\n,.;:!?()]{1,40})")
_TAIL_OK = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|[A-Z]{2,3}|\d{3,6}(?:-\d{3,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$"
)


# The street word of a street line is a run of letters that no digit, apostrophe or hyphen
# follows (a STREET_TOKEN); it is a street word or ends in a suffix. A post box needs one of
# these words.
GATE_WORDS = frozenset(
    {w for part in STREET_WORDS.split("|") for w in re.findall(r"[^\W\d_]+", part)}
    | {"psc", "unit", "cmr", "usns", "usnv", "uss", "uscgc", "box", "postbox", "postfach"}
)
_DIGIT = re.compile(r"\d")
_DIGIT_SEARCHES = 256  # texts a word admits up to which each is searched for a digit alone
STREET_TOKEN = re.compile(r"[^\W\d_]+(?![\w'’-])")


class _StreetWordMemo(dict[str, bool]):
    """Word -> a street word or a post box word, or ends in a street suffix (remembered;
    emptied when it grows large)."""

    def __missing__(self, word: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        street = self[word] = word in GATE_WORDS or word.endswith(SUFFIXES)
        return street


_STREET_WORD_OF_GATE = _StreetWordMemo()


def _street_words(words: set[str] | frozenset[str]) -> set[str]:
    return set(filter(_STREET_WORD_OF_GATE.__getitem__, words))


def _is_street_token(low: str, word: str) -> bool:
    """Whether ``word`` is a STREET_TOKEN of the lower-cased text ``low``: a whole run of
    letters that no other word character, apostrophe or hyphen follows."""
    size = len(word)
    at = low.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or _LETTER.match(low, at - 1) is None) and (
            end == len(low) or _TOKEN_GOES_ON.match(low, end) is None
        ):
            return True
        at = low.find(word, at + 1)
    return False


_LETTER = re.compile(r"[^\W\d_]")
_TOKEN_GOES_ON = re.compile(r"[\w'’-]")


_STREET_SET = frozenset(STREET_WORDS.split("|"))


# In the reversed text, from where a word begins: how far back the start of a street line
# holding it can be. A street line is a number or a word, then words up to the street word
# (at most six separators back; a word begins with a letter), then a number or more words.
_REACH_BACK = re.compile(
    r"[\w'’.-]*(?:[ \t]+,?[\w'’.-]*[^\W\d_](?![\w'’.-])){0,5}(?:[ \t]+,?[\w'’./-]+)?"
)


@lru_cache(maxsize=65536)
def _is_street_word(word: str) -> bool:
    low = word.lower().rstrip(".,")
    # a set lookup says what the pattern says for plain ASCII; other text meets the pattern
    if low in _STREET_SET or (not low.isascii() and _STREET.match(low)):
        return True
    return len(low) > 6 and low.endswith(SUFFIXES)


_NON_SPACE = re.compile(r"\S+")
_VALUE_WORD = re.compile(r"[^\s,]+")


def _tail_length(part: str) -> int:
    """How many characters of ``part`` continue an address (town, region, postal code, country)."""
    taken = 0
    for word in _NON_SPACE.finditer(part):
        w = word.group()
        if not (_TAIL_OK.match(w) or w.lower() in ("de", "la", "del", "am", "an", "sur")):
            break
        taken = word.end()
    return taken


# Address lines without a street word:
# - a unit on its own ("Suite 632", "Apt. 050", "Unit 7");
# - a building number, a street name and a house number ("53772 Holmatun 45");
# - a street name and a number, or a number and a street name, after words that introduce
#   an address ("lives at Golfskálinn 78", "Address: Pivovarská 276").
UNIT_LINE = re.compile(
    r"(?<![\w.])(?:(?i:suite|apt\.?|apartment|ste\.)|Unit|Flat|Wohnung|Piso)[ \t]+#?"
    r"\d{1,5}[A-Za-z]?(?![\w-])"
)
UNIT_WORDS = frozenset({"suite", "apt", "apartment", "ste", "unit", "flat", "wohnung", "piso"})
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
NUMBERED_STREET = re.compile(
    rf"(?<![\w.,:/+-])\d{{1,6}}[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})[ \t]+"
    rf"\d{{1,5}}[A-Za-z]?(?![\w:/-]|[.,]\d)"
)
ADDRESS_LEAD = re.compile(
    # the look-ahead (every first letter a lead may begin with, "ſ" folds to "s") lets the
    # search pass other letters by quickly; a lead begins a word ("emailaddress is" is none)
    "(?=[adlrsobmwvjADLRSOBMWVJ\u017f])(?<![^\\W\\d_])"
    r"(?i:address(?: is| of [^\n,.]{1,40} is|:)|(?:live|lives|living|reside|resides|located|"
    r"based|office is|offices are) (?:at|in|on)|moved to|ship(?:ped)? (?:it )?to|"
    r"deliver(?:ed)? (?:it )?to|send (?:it |this )?to|meet me at|wohne in|wohnt in|"
    r"vivo en|vive en|j'habite (?:au|à)|adresse ?:|dirección:?)"
    r"[ \t:]*\n?[ \t]*"
)
LED_STREET = re.compile(
    rf"(?:\d{{1,6}}[A-Za-z]?[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
    rf"|{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]+\d{{1,5}}[A-Za-z]?)(?![\w:/-]|[.,]\d)"
)
# The gates of these lines: a unit word or an address lead word beside a digit, or the
# shape of a number-name-number line.
OTHER_LINE_WORDS = frozenset(
    """suite apt apartment ste unit flat wohnung piso address adresse dirección live lives
    living reside resides located based office offices moved ship shipped deliver delivered
    send meet wohne wohnt vivo vive habite""".split()
)
# a word each address lead begins with
LEAD_WORDS = frozenset(
    """address live lives living reside resides located based office offices moved ship
    shipped deliver delivered send meet wohne wohnt vivo vive habite adresse dirección""".split()
)
NUMBERED_SHAPE = re.compile(rf"\d[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]+\d")


_LINE_START = re.compile(r"(?:^|\n)[ \t>?*•-]*$")


def _line_starts_at(text: str, start: int) -> bool:
    """What ``_LINE_START.search(text, 0, start)`` says, without trying every position: only
    spaces, tabs and list marks stand between the start of the line and ``start``."""
    before = text[:start].rstrip(" \t>?*•-")
    return not before or before[-1] == "\n"


# Unicode letters the case-insensitive unit words also meet ("ſuite", "SUİTE", "suıte")
_FOLDS_TO_UNIT_LETTER = re.compile("[\u017f\u0130\u0131]")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december mon tue wed thu fri sat sun jan
    feb mar apr jun jul aug sep sept oct nov dec montag dienstag mittwoch donnerstag freitag
    samstag sonntag lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi
    jeudi vendredi samedi dimanche""".split()
)


def _capitalised(words: str) -> bool:
    first = words.split()[0]
    return first[0].isupper()


def _street_name(words: list[str]) -> bool:
    """Capitalised words (abbreviations with a dot allowed), not a day or a month."""
    return (
        bool(words)
        and words[0].lower().rstrip(".") not in CALENDAR_WORDS
        and all(w[0].isupper() or w.endswith(".") for w in words)
    )


class _AddressGate(Gate):
    """The address gate: the answer its parts give, found with a digit search first (every
    part needs a digit) and the street words among the letter runs of the text (a street
    word is a STREET_TOKEN only where no word character, apostrophe or hyphen follows it):
    no pass of STREET_TOKEN over the text."""

    def admits(self, text: str, words: frozenset[str] | None = None) -> bool:
        if _DIGIT.search(text) is None:
            return False
        runs = words_of(text)
        if not (runs if words is None else words).isdisjoint(OTHER_LINE_WORDS):
            return True
        if NUMBERED_SHAPE.search(text) is not None:
            return True
        street = _street_words(runs)
        if not street:
            return False
        low = text.lower()
        return any(_is_street_token(low, word) for word in street)

    def among(self, joined: Joined) -> set[int]:
        """What ``admits`` says of each text, over all of them at once: the shape by one
        search, the street and other-line words found among the letter runs the gates of
        every recognizer share, and the digit tested last, in the few texts left."""
        text = joined.text
        if _DIGIT.search(text) is None:
            return set()
        # the shape holds a digit, and a space or a tab (IDs and e-mail addresses have none)
        shaped = " " in text or "\t" in text
        found = joined.indexes(NUMBERED_SHAPE) if shaped else set()
        words = joined.words()
        worded: set[int] = set()
        street = _street_words(words)
        if street:
            worded = joined.texts_with(street, _TOKEN_GOES_ON)
        other = words & OTHER_LINE_WORDS
        if other:
            worded |= joined.texts_with(other)
        worded -= found
        if len(worded) > _DIGIT_SEARCHES:
            found |= worded & joined.indexes(_DIGIT)
        elif worded:
            texts = joined.texts
            found.update(i for i in worded if _DIGIT.search(texts[i]) is not None)
        return found


class AddressRecognizer:
    name = "address"
    categories = (ADDRESS,)
    gate = _AddressGate(
        _DIGIT,
        _street_words,
        STREET_TOKEN,
        either=Gate(_DIGIT, word_set(OTHER_LINE_WORDS), either=Gate(NUMBERED_SHAPE)),
    )

    def _street_start(self, text: str, match: re.Match[str]) -> int | None:
        """Where the street line of a candidate begins, or None when it is not one."""
        value = match.group()
        if POST_BOX.match(value):
            return match.start()
        for word in _VALUE_WORD.finditer(value):
            if _is_street_word(word.group()):
                # the first street word; a line that begins with its number begins there
                return match.start() if value[0].isdigit() else match.start() + word.start()
        return None

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    @staticmethod
    def _extend(text: str, end: int) -> int:
        """Where an address that reaches ``end`` ends: units, town, region, code, country."""
        for _ in range(6):
            unit = UNIT.match(text[end:])
            if unit:
                end += unit.end()
                continue
            tail = TAIL_PART.match(text[end:])
            if not tail:
                break
            taken = _tail_length(tail.group(1))
            if not taken:
                break
            end += tail.start(1) + taken
        return end

    def scan(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        if _DIGIT.search(text) is None:
            return found
        # a street line holds a street word or a post box word (the gate's first test)
        low = text.lower()
        # the letter runs hold the street tokens: only their street words need a look
        words = words_of(text)
        street = _street_words(words)
        if not any(_is_street_token(low, word) for word in street):
            pos = len(text)
        elif len(low) == len(text):
            return self._street_lines(text, low, words, street, found)
        else:
            pos = 0
        while (match := STREET_CANDIDATE.search(text, pos)) is not None:
            start = self._street_start(text, match)
            if start is None:
                space = text.find(" ", match.start() + 1)
                pos = len(text) if space < 0 else space + 1
                continue
            end = self._extend(text, match.end())
            found.append(Detection(ADDRESS, start, end, self.name, 0.85))
            pos = end
        return self._more_lines(text, found)

    def _more_lines(self, text: str, found: list[Detection]) -> list[Detection]:
        shaped = NUMBERED_SHAPE.search(text) is not None
        if shaped or words_of(text) & OTHER_LINE_WORDS:
            found = self._other_lines(text, found, shaped)
        return found

    def _street_lines(
        self,
        text: str,
        low: str,
        words: frozenset[str],
        street: set[str],
        found: list[Detection],
    ) -> list[Detection]:
        """What the walk over STREET_CANDIDATE in ``scan`` finds, with the search started
        only shortly before a street word or a post box word (``low`` is the lower-cased
        text, as long as ``text``; ``words`` its letter runs, ``street`` their street words).

        A candidate without such a word is passed over a word at a time (the search goes on
        after the next space). A street line holds one of these words a few words after its
        start (``_REACH_BACK``): the search may start at the last space before that reach,
        which the walk over the candidates before it reaches too.
        """
        line_words = set(street)
        if "apartado" in words:
            line_words.add("apartado")
        if not low.isascii():
            # non-ASCII runs the street pattern meets case-insensitively ("ſtr")
            line_words.update(w for w in words if not w.isascii() and _STREET.match(w))
        # where these words occur (inside longer runs too: an earlier start is only slower)
        spans = []
        for word in line_words:
            at = low.find(word)
            while at >= 0:
                spans.append((at, at + len(word)))
                at = low.find(word, at + 1)
        spans.sort()
        backwards = ""
        size = len(text)
        pos = 0
        k = 0
        while True:
            while k < len(spans) and spans[k][1] <= pos:
                k += 1
            if k == len(spans):
                break
            word_at = spans[k][0]
            backwards = backwards or text[::-1]
            back = _REACH_BACK.match(backwards, size - word_at)  # it matches the empty string
            reach = size - back.end()  # type: ignore[union-attr]
            if reach > pos:
                space = text.rfind(" ", pos, reach)
                if space >= 0:
                    pos = space + 1
            match = STREET_CANDIDATE.search(text, pos)
            if match is None:
                break
            start = self._street_start(text, match)
            if start is None:
                space = text.find(" ", match.start() + 1)
                if space < 0:
                    break
                pos = space + 1
                continue
            end = self._extend(text, match.end())
            found.append(Detection(ADDRESS, start, end, self.name, 0.85))
            pos = end
        return self._more_lines(text, found)

    def _other_lines(
        self, text: str, found: list[Detection], shaped: bool = True
    ) -> list[Detection]:
        """Lines without a street word; ``shaped``: the text holds ``NUMBERED_SHAPE``."""

        def free(start: int, end: int) -> bool:
            return all(end <= d.start or d.end <= start for d in found)

        leads = (
            {m.end() for m in ADDRESS_LEAD.finditer(text)}
            if not text.isascii() or words_of(text) & LEAD_WORDS
            else set()
        )
        for match in NUMBERED_STREET.finditer(text) if shaped else ():
            if not (_capitalised(match.group("name")) and free(*match.span())):
                continue
            end = self._extend(text, match.end())
            # a line of its own, after an address lead, or followed by town, code or country
            placed = _line_starts_at(text, match.start())
            if placed or match.start() in leads or end > match.end():
                found.append(Detection(ADDRESS, match.start(), end, self.name, 0.8))
        for position in sorted(leads):
            led = LED_STREET.match(text, position)
            if led is None or not free(*led.span()):
                continue
            parts = led.group().split()
            words = [w for w in parts if not w[0].isdigit()]
            end = self._extend(text, led.end())
            year = _YEAR.match(parts[-1]) is not None or _YEAR.match(parts[0]) is not None
            if _street_name(words) and (not year or end > led.end()):
                found.append(Detection(ADDRESS, led.start(), end, self.name, 0.8))
        # a unit word is one of the words of the text, unless case folding makes it ("ſuite")
        units = words_of(text) & UNIT_WORDS or (
            not text.isascii() and _FOLDS_TO_UNIT_LETTER.search(text) is not None
        )
        for match in UNIT_LINE.finditer(text) if units else ():
            if free(*match.span()):
                end = self._extend(text, match.end())
                found.append(Detection(ADDRESS, match.start(), end, self.name, 0.75))
        return sorted(found, key=lambda d: d.start) if len(found) > 1 else found
