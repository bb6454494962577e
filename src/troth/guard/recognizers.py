"""Recognizers: small objects that find one kind of data in a text.

Every recognizer has a ``name``, the ``categories`` it reports and
``find(text) -> list[Detection]``. Pattern recognizers here pair a regular
expression with a validator (a checksum, an address parser) and context words
that raise or are required for a match. A cheap ``gate`` (:mod:`troth.guard.gates`) lets a
recognizer skip a text that cannot hold its kind of data at all.
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from troth.guard import detection as cat
from troth.guard.checksums import iban_valid, luhn_valid
from troth.guard.detection import Detection
from troth.guard.gates import SEPARATOR, Gate
from troth.guard.sieve import compiled


class Recognizer(Protocol):
    """``find`` = ``scan`` on the texts ``gate`` admits (``gate`` None: every text)."""

    @property
    def name(self) -> str: ...

    @property
    def categories(self) -> tuple[str, ...]: ...

    @property
    def gate(self) -> Gate | None: ...

    def find(self, text: str) -> list[Detection]: ...

    def scan(self, text: str) -> list[Detection]: ...


CONTEXT_WINDOW = 40


class ContextWords:
    """Whether a text holds one of ``words`` (anywhere, inside other words too): one pass of
    Hyperscan over it (:mod:`troth.guard.sieve`), three times cheaper than a regular
    expression of the words, which serves where Hyperscan is missing or cannot take the
    text."""

    def __init__(self, words: frozenset[str]) -> None:
        ordered = sorted(words, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(w) for w in ordered))
        self.sieve = compiled(tuple(re.escape(w) for w in ordered))

    def __call__(self, text: str) -> bool:
        if self.sieve is not None:
            ends = self.sieve.first_ends(text)
            if ends is not None:
                return bool(ends)
        return self.pattern.search(text) is not None


_CONTEXT_WORDS: dict[frozenset[str], ContextWords] = {}


def has_context(text: str, start: int, end: int, words: frozenset[str], window: int) -> bool:
    """True when one of ``words`` occurs within ``window`` characters before or after."""
    if not words:
        return False
    holds = _CONTEXT_WORDS.get(words)
    if holds is None:
        holds = _CONTEXT_WORDS[words] = ContextWords(words)
    around = text[max(0, start - window) : start].lower() + " " + text[end : end + window].lower()
    return holds(around)


@dataclass
class PatternRecognizer:
    """A regular expression, an optional validator and optional context words.

    ``validate(match_text) -> bool`` drops candidates that fail a checksum or parse, unless
    ``shorten(match_text)`` names the length of a start of the candidate that passes (a card
    number the pattern ran on into its expiry date); with ``context_required`` a candidate
    counts only when a context word is near, otherwise a context word raises its score from
    ``score`` to 1.0.
    """

    name: str
    category: str
    pattern: re.Pattern[str]
    gate: Gate
    validate: Callable[[str], bool] | None = None
    context: frozenset[str] = field(default_factory=frozenset)
    context_required: bool = False
    score: float = 0.8
    negative_context: frozenset[str] = field(default_factory=frozenset)
    # a (Hyperscan) expression found in every match that passes ``validate``, stricter than
    # ``pattern`` (:mod:`troth.guard.sieve`); None: the pattern itself
    sieve: str | None = None
    shorten: Callable[[str], int | None] | None = None

    @property
    def categories(self) -> tuple[str, ...]:
        return (self.category,)

    def find(self, text: str) -> list[Detection]:
        if self.gate.pattern is not None and self.gate.pattern.search(text) is None:
            return []
        return self.scan(text)

    def scan(self, text: str) -> list[Detection]:
        return self.scan_from(text, 0)

    def scan_from(self, text: str, start: int) -> list[Detection]:
        """``scan`` of ``text`` when no match can begin before ``start``."""
        found: list[Detection] = []
        for match in self.pattern.finditer(text, start):
            detection = self._detection(text, match.start(), match.end(), match.group())
            if detection is not None:
                found.append(detection)
        return found

    def scan_many(self, texts: Sequence[str]) -> dict[int, list[Detection]]:
        """``scan`` of each text (by index, texts with detections only), the pattern run once
        over the texts joined by :data:`SEPARATOR` (which no text may hold).

        No pattern here matches the separator, and it stands where a text begins or ends for
        every look-around, so a match in the joined string is a match in its own text.
        """
        found: dict[int, list[Detection]] = {}
        if len(texts) == 1:
            hits = self.scan(texts[0])
            return {0: hits} if hits else found
        starts = []
        position = 0
        for text in texts:
            starts.append(position)
            position += len(text) + 1
        for match in self.pattern.finditer(SEPARATOR.join(texts)):
            index = bisect_right(starts, match.start()) - 1
            offset = starts[index]
            detection = self._detection(
                texts[index], match.start() - offset, match.end() - offset, match.group()
            )
            if detection is not None:
                found.setdefault(index, []).append(detection)
        return found

    def _detection(self, text: str, start: int, end: int, value: str) -> Detection | None:
        if self.validate is not None and not self.validate(value):
            size = self.shorten(value) if self.shorten is not None else None
            if size is None:
                return None
            end = start + size
        if self.negative_context and has_context(text, start, end, self.negative_context, 16):
            return None
        near = has_context(text, start, end, self.context, CONTEXT_WINDOW)
        if self.context_required and not near:
            return None
        return Detection(self.category, start, end, self.name, 1.0 if near else self.score)


# --- email ----------------------------------------------------------------------------------

EMAIL_PATTERN = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])"
)

# --- network addresses ----------------------------------------------------------------------

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4_PATTERN = re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\w.]|\.\d)")
IPV6_PATTERN = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::?[0-9A-Fa-f]{1,4}){1,7})"
    r"(?:\.\d{1,3}\.\d{1,3}\.\d{1,3})?(?![\w:])"
)
MAC_PATTERN = re.compile(
    r"(?<![\w:-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-])"
)
VERSION_WORDS = frozenset({"version", "firmware", "v.", "release", "build", "fw "})


def _ipv6_valid(value: str) -> bool:
    if value.count(":") < 2:
        return False
    try:
        address = ipaddress.IPv6Address(value)
    except ValueError:
        return False
    # "::" and short all-digit forms such as clock times are not addresses worth a finding.
    return not address.is_unspecified and any(c.isalpha() for c in value) or value.count(":") >= 4


# --- payment cards and bank accounts --------------------------------------------------------

# 13 to 19 digits with single spaces or hyphens between; the look-behind follows the first
# digit so that the search skips to digits in C
CARD_PATTERN = re.compile(r"\d(?<![\d-]\d)(?:[ -]?\d){12,18}(?![\d-]|\.\d)")
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|6(?:011|5|4[4-9]|2)|35|50|5[6-9])")
CARD_CONTEXT = frozenset(
    {
        "card", "visa", "mastercard", "master card", "amex", "american express", "discover",
        "credit", "debit", "cc ", "cc#", "cc:", "pan", "diners", "jcb", "maestro",
        "karte", "kreditkarte", "tarjeta", "carte", "bancaire", "payment", "pay ",
    }
)  # fmt: skip


def card_valid(value: str) -> bool:
    digits = value.replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or not _CARD_PREFIX.match(digits):
        return False
    return luhn_valid(digits)


def card_start(value: str) -> int | None:
    """The length of ``value`` up to its last space when what follows that space is one to
    four digits and what comes before it is a valid card number: the pattern runs on into
    what follows a card ("4111 1111 1111 1111 12/25", its expiry; "… 123", its code), and
    then the whole fails Luhn. One cut only: a run of digit groups is not searched for a
    start that passes."""
    at = value.rfind(" ")
    if at > 0 and 1 <= len(value) - at - 1 <= 4 and card_valid(value[:at]):
        return at
    return None


IBAN_PATTERN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?!\w)")


def _iban_valid(value: str) -> bool:
    return iban_valid(value.replace(" ", ""))


# --- phone numbers --------------------------------------------------------------------------

PHONE_PATTERN = re.compile(
    r"(?=[+\d(])(?<![\w+./:-])(?:\+|00)?(?:\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}"
    r"(?:[\s.-]?\d{2,5}){1,4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/-]|\.\d)"
)
PHONE_CONTEXT = frozenset(
    {
        "phone", "tel", "call", "mobile", "cell", "fax", "number", "contact", "reach", "dial",
        "whatsapp", "sms", "text me", "telefon", "handy", "rufnummer", "anruf", "teléfono",
        "telefono", "móvil", "movil", "llamar", "téléphone", "telephone", "portable", "appel",
    }
)  # fmt: skip
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


# A valid number: seven to fifteen digits, with what may stand between two of them (up to
# two of space, dot, hyphen and brackets, or an extension mark), perhaps a "+" or "(" first,
# and neither a word character nor the marks the pattern's look-arounds refuse on either side.
PHONE_SIEVE = (
    r"(?:^|[^\w+./:-])\+?\(?\d(?:(?:[\s.()-]{0,2}|\s?(?:x|ext\.?)\s?)\d){6,14}(?:[^\w/-]|$)"
)


def _phone_valid(value: str) -> bool:
    if len(value) < 7:  # too few characters for seven digits
        return False
    digits = sum(map(str.isdigit, value))
    if not 7 <= digits <= 15 or _DATE_LIKE.match(value):
        return False
    if value.startswith(("+", "00", "(")):
        return True
    separated = any(c in value for c in " .-()")
    return separated or digits >= 10


def pattern_recognizers() -> list[PatternRecognizer]:
    """The pattern recognizers with their validators and context words."""
    return [
        PatternRecognizer("email", cat.EMAIL, EMAIL_PATTERN, gate=Gate(re.compile("@")), score=1.0),
        PatternRecognizer(
            "ipv4",
            cat.IP_ADDRESS,
            IPV4_PATTERN,
            gate=Gate(re.compile(r"\d\.\d")),
            negative_context=VERSION_WORDS,
            score=0.9,
        ),
        PatternRecognizer(
            "ipv6",
            cat.IP_ADDRESS,
            IPV6_PATTERN,
            gate=Gate(re.compile(r"[0-9A-Fa-f]:[0-9A-Fa-f:]")),
            validate=_ipv6_valid,
        ),
        PatternRecognizer(
            "mac",
            cat.MAC_ADDRESS,
            MAC_PATTERN,
            gate=Gate(re.compile(r"[:.-][0-9A-Fa-f]{2}"), confirm=MAC_PATTERN),
            score=0.9,
        ),
        PatternRecognizer(
            "card",
            cat.CARD,
            CARD_PATTERN,
            gate=Gate(re.compile(r"\d[ -]?\d[ -]?\d[ -]?\d"), confirm=CARD_PATTERN),
            validate=card_valid,
            shorten=card_start,
            context=CARD_CONTEXT,
            score=0.8,
        ),
        PatternRecognizer(
            "iban",
            cat.IBAN,
            IBAN_PATTERN,
            gate=Gate(re.compile(r"[A-Z]{2}\d\d")),
            validate=_iban_valid,
        ),
        PatternRecognizer(
            "phone",
            cat.PHONE,
            PHONE_PATTERN,
            gate=Gate(re.compile(r"\d\d"), confirm=PHONE_PATTERN),
            validate=_phone_valid,
            context=PHONE_CONTEXT,
            score=0.7,
            sieve=PHONE_SIEVE,
        ),
    ]
