"""Postal addresses: a street (a number and a street word, in several languages) and what follows.

A street line is a house number next to words one of which names a kind of
street ("Road", "Straße", "calle", "rue", a "-katu" or "-vägen" ending …), or a
post-office box. The recognizer then takes in the lines or comma-separated
parts that follow while they look like the rest of an address (apartment,
town, region code, postal code, country).
"""

from __future__ import annotations

import re

from troth.guard.detection import ADDRESS, Detection
from troth.guard.gates import Gate

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
# follows; it is a street word or ends in a suffix. A post box needs one of these words.
GATE_WORDS = frozenset(
    {w for part in STREET_WORDS.split("|") for w in re.findall(r"[^\W\d_]+", part)}
    | {"psc", "unit", "cmr", "usns", "usnv", "uss", "uscgc", "box", "postbox", "postfach"}
)
STREET_TOKEN = re.compile(r"[^\W\d_]+(?![\w'’-])")


def _street_words(words: set[str]) -> set[str]:
    return {w for w in words if w in GATE_WORDS or w.endswith(SUFFIXES)}


def _is_street_word(word: str) -> bool:
    low = word.lower().rstrip(".,")
    if _STREET.match(low):
        return True
    return len(low) > 6 and low.endswith(SUFFIXES)


def _tail_length(part: str) -> int:
    """How many characters of ``part`` continue an address (town, region, postal code, country)."""
    taken = 0
    for word in re.finditer(r"\S+", part):
        w = word.group()
        if not (_TAIL_OK.match(w) or w.lower() in ("de", "la", "del", "am", "an", "sur")):
            break
        taken = word.end()
    return taken


class AddressRecognizer:
    name = "address"
    categories = (ADDRESS,)
    gate = Gate(re.compile(r"\d"), _street_words, STREET_TOKEN)

    def _street_start(self, text: str, match: re.Match[str]) -> int | None:
        """Where the street line of a candidate begins, or None when it is not one."""
        value = match.group()
        if POST_BOX.match(value):
            return match.start()
        words = list(re.finditer(r"[^\s,]+", value))
        street = [w for w in words if _is_street_word(w.group())]
        if not street:
            return None
        if value[0].isdigit():
            return match.start()
        return match.start() + street[0].start()

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def scan(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        pos = 0
        while (match := STREET_CANDIDATE.search(text, pos)) is not None:
            start = self._street_start(text, match)
            if start is None:
                space = text.find(" ", match.start() + 1)
                pos = len(text) if space < 0 else space + 1
                continue
            end = match.end()
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
            found.append(Detection(ADDRESS, start, end, self.name, 0.85))
            pos = end
        return found
