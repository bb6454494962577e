"""Names of people, found with first- and last-name lexicons and context words.

The lexicons are the person-name lists that ship with Faker (a runtime
dependency) for Latin-script locales: English first, then German, Spanish,
French and the other European locales it carries. Nothing is downloaded.
A name is a run of name words (a first name, optional middle names or
initials, a last name), or a single name word after a title or a phrase such
as "my name is". Words that are also common words ("will", "may") count only
inside a run or after such a phrase.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from troth.guard.detection import NAME, Detection
from troth.guard.gates import Gate, word_set
from troth.guard.memo import Memo

NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "de_DE", "de_AT", "de_CH", "es_ES", "es_MX", "es_AR",
    "es_CO", "es_CL", "fr_FR", "fr_CA", "fr_CH", "it_IT", "pt_PT", "pt_BR", "nl_NL", "pl_PL",
    "cs_CZ", "sk_SK", "hu_HU", "fi_FI", "sv_SE", "da_DK", "no_NO", "et_EE", "lt_LT", "lv_LV",
    "hr_HR", "sl_SI", "ro_RO", "tr_TR", "is_IS", "id_ID", "ga_IE",
)  # fmt: skip

TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "herr", "frau", "sr", "sra",
        "srta", "don", "doña", "m", "mme", "mlle", "monsieur", "madame", "señor", "señora",
    }
)  # fmt: skip
# Words after which a single name word counts (the text before it, trimmed, ends with one).
LEAD_PHRASES = (
    "my name is", "name is", "name:", "named", "called", "i am", "i'm", "this is", "signed",
    "regards", "regards,", "thanks", "thanks,", "dear", "hi", "hello", "hey", "contact",
    "ich bin", "ich heiße", "mein name ist", "me llamo", "soy", "je m'appelle", "je suis",
    "by", "from", "with", "to", "ask", "tell", "for", "and", ",",
)  # fmt: skip
COMMON_WORDS_EXTRA = frozenset(
    """a i the and or but if of in on at to for with by from as is are was were be been it its
    this that these those my your his her our their me him them we you he she they not no yes
    all any some one two three new old good great best first last next long short high low
    big small young white black brown green gray grey gold silver rose may june april august
    will bill mark grant page case law price hall lane park wood hill king queen love hope joy
    faith grace rich sunny summer winter autumn spring dawn star sky ray glen dale chase cash
    hunter walker baker cook carter miller smith taylor turner fisher porter parker mason
    banks holmes lord bishop pope duke earl north south east west street road avenue the
    der die das und oder ein eine el la los las y o un una le les et ou une des du de van von
    da di del dos das do mon ma mes su sus por para con sin""".split()
)


def person_providers(locales: Iterable[str]) -> Iterator[Any]:
    """Faker's person-name provider of each locale it ships (others are skipped)."""
    for locale in locales:
        try:
            yield importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue


@lru_cache(maxsize=1)
def name_lexicons() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, last names, common words), lower-cased."""
    first: set[str] = set()
    last: set[str] = set()
    for provider in person_providers(NAME_LOCALES):
        for attr, into in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("last_names", last),
        ):
            values = provider.__dict__.get(attr) or getattr(provider, attr, ())
            if not isinstance(values, dict | list | tuple | set | frozenset):
                continue
            into.update(str(v).lower() for v in values if str(v).isalpha() and len(str(v)) > 1)
    from faker.providers.lorem.en_US import Provider as Lorem

    common = {w.lower() for w in Lorem.word_list} | COMMON_WORDS_EXTRA
    return frozenset(first), frozenset(last), frozenset(common)


_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
RUN_PATTERN = re.compile(rf"(?<![\w@.])(?:[A-Z]\.|{_WORD})(?:[ \t]+(?:[A-Z]\.|{_WORD}))*")
# the same runs in a text of ASCII characters only, found faster (no Unicode classes)
_ASCII_WORD = r"[A-Za-z]+(?:['’-][A-Za-z]+)*"
_ASCII_RUN_PATTERN = re.compile(
    rf"(?<![A-Za-z0-9_@.])(?:[A-Z]\.|{_ASCII_WORD})(?:[ \t]+(?:[A-Z]\.|{_ASCII_WORD}))*"
)


TITLE_WINDOW = 16  # characters before a word in which the title it follows must stand whole
# the last word, whole (a space or the start before it), then only dots and spaces
_LAST_WORD = re.compile(r"(?<!\S)(\S+?)\.*\s*\Z")


def _before(text: str, at: int) -> str:
    """What :func:`_after_title` reads for a word at ``at``: the :data:`TITLE_WINDOW`
    characters before it, or all of them after a newline when the text begins within them."""
    return text[at - TITLE_WINDOW : at] if at > TITLE_WINDOW else "\n" + text[:at]


def _after_title(before: str) -> bool:
    """Whether ``before`` (from :func:`_before`) ends with a title as a whole word ("Dr. ",
    not "Xmadame. " or "I'm "): a word at its very start may be cut, so it does not count."""
    match = _LAST_WORD.search(before)
    return match is not None and match.start() > 0 and match.group(1).lower() in TITLES


def _ends_in_title(word: str) -> bool:
    """Whether ``word`` (its dots stripped) ends in a title: a word after it in a run may
    follow a title only then."""
    bare = word.rstrip(".")
    return any(bare[-k:].lower() in TITLES for k in range(1, min(len(bare), 8) + 1))


# A run is read as a string of one letter a word: what the word is in the lexicons, upper
# case when the word is capitalised.
#   -  a common or short word          =  the same, but a title ("mr")
#   I  an initial ("J.")               J  an initial that is a title ("M.")
#   o  a word the lexicons lack        p  the same, but a title ("mrs")
#   f  a first name   l  a last name   c  a name that is also a common word ("will")
_CODES = {"": "-", "initial": "I", "other": "o", "first": "f", "last": "l", "common": "c"}
_TITLE_CODES = {"-": "=", "I": "J", "o": "p", "O": "P"}
_WANTED_CODE = re.compile(r"[=JpPfFlLcC]")  # a lexicon word or a title
_NEXT_CODE = re.compile(r"[fFlLcCOP]")  # where a name may start, or a word after a title
_GROUP_CODE = re.compile(r"[fFlLcC][fFlLcCIJ]*")  # name words and initials in a row


class NameRecognizer:
    name = "names"
    categories = (NAME,)

    def __init__(self) -> None:
        self.first, self.last, self.common = name_lexicons()
        # every name found holds a lexicon word, or follows a title
        self.lexicon_or_title = self.first | self.last | TITLES
        self.gate = Gate(words=word_set(self.lexicon_or_title))
        # per word (and per window before a word): worked out once, then remembered
        self._codes = Memo(self._code_of)
        self._titled = Memo(_after_title)
        self._title_ends = Memo(_ends_in_title)

    def _code_of(self, word: str) -> str:
        code = _CODES[self._kind_of(word)]
        if word[0].isupper():
            code = code.upper()
        if code in _TITLE_CODES and word.lower().rstrip(".") in self.lexicon_or_title:
            code = _TITLE_CODES[code]
        return code

    def _kind_of(self, word: str) -> str:
        low = word.lower().rstrip(".")
        if len(low) == 1 and word[0].isupper():
            return "initial"
        in_first, in_last = low in self.first, low in self.last
        if not (in_first or in_last):
            return "" if low in self.common or len(low) < 3 else "other"
        if low in self.common:
            return "common"
        return "first" if in_first else "last"

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def scan(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        runs = _ASCII_RUN_PATTERN if text.isascii() else RUN_PATTERN
        for run in runs.finditer(text):
            self._run(text, run.start(), run.group(), found)
        return found

    def _run(self, text: str, base: int, run: str, found: list[Detection]) -> None:
        """The names in one run of words ``run`` found at ``base`` (appended to ``found``)."""
        words = run.split()
        code = "".join(map(self._codes.__getitem__, words))
        # a run yields a name only through a lexicon word, or a word after a title
        if _WANTED_CODE.search(code) is None and not self._titled[_before(text, base)]:
            return
        count = len(code)
        starts: list[int] = []
        position = 0
        while (next_code := _NEXT_CODE.search(code, position)) is not None:
            i = next_code.start()
            letter = code[i]
            if letter == "O" or letter == "P":
                # a capitalised word the lexicons lack counts right after a title
                if i == 0:
                    titled = self._titled[_before(text, base)]
                else:
                    titled = self._title_ends[words[i - 1]]
                    if titled:
                        starts = starts or _starts(text, base, words)
                        titled = self._titled[_before(text, starts[i])]
                if titled:
                    start = base if i == 0 else starts[i]
                    found.append(Detection(NAME, start, start + len(words[i]), self.name, 0.8))
                position = i + 1
                continue
            j = _GROUP_CODE.match(code, i).end() - 1  # type: ignore[union-attr]
            # a first name followed by a surname the lexicon lacks ("Krisztián Szöllösy")
            if (
                j + 1 < count
                and code[j + 1] in "oOpP"
                and ("f" in code[i : j + 1] or "F" in code[i : j + 1])
                and code[j + 1].isupper() == letter.isupper()
            ):
                j += 1
            while j > i and (code[j] == "I" or code[j] == "J"):
                j -= 1
            position = j + 1
            if j > i:
                group = code[i : j + 1]
                if not ("f" in group or "F" in group or "l" in group or "L" in group):
                    continue
            elif letter in "cC":
                continue
            starts = starts or _starts(text, base, words)
            start, end = starts[i], starts[j] + len(words[j])
            capitalised = letter.isupper()
            if j > i:
                if capitalised or self._lead_or_title(text, start):
                    found.append(Detection(NAME, start, end, self.name, 0.9))
            elif self._lead_or_title(text, start):
                found.append(Detection(NAME, start, end, self.name, 0.8))
            elif capitalised:
                found.append(Detection(NAME, start, end, self.name, 0.6))

    @staticmethod
    def _lead_or_title(text: str, start: int) -> bool:
        """Whether a lead phrase ("my name is") or a title comes right before ``start``."""
        before = text[max(0, start - 24) : start].rstrip()
        return before.lower().endswith(LEAD_PHRASES) or _after_title(_before(text, start))


def _starts(text: str, base: int, words: list[str]) -> list[int]:
    """Where each of the words of a run found at ``base`` begins in ``text``."""
    starts = []
    at = base
    for word in words:
        at = text.find(word, at)
        starts.append(at)
        at += len(word)
    return starts
