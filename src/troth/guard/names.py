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
from functools import lru_cache

from troth.guard.detection import NAME, Detection
from troth.guard.gates import Gate, word_set

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


@lru_cache(maxsize=1)
def name_lexicons() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, last names, common words), lower-cased."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
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
_NON_SPACE = re.compile(r"\S+")
RUN_PATTERN = re.compile(rf"(?<![\w@.])(?:[A-Z]\.|{_WORD})(?:[ \t]+(?:[A-Z]\.|{_WORD}))*")


class NameRecognizer:
    name = "names"
    categories = (NAME,)

    def __init__(self) -> None:
        self.first, self.last, self.common = name_lexicons()
        # every name found holds a lexicon word, or follows a title
        self.lexicon_or_title = self.first | self.last | TITLES
        self.gate = Gate(words=word_set(self.lexicon_or_title))
        self._kinds: dict[str, str] = {}
        self._wanted_words: dict[str, bool] = {}

    def _kind(self, word: str) -> str:
        kind = self._kinds.get(word)
        if kind is None:
            if len(self._kinds) > 100_000:
                self._kinds.clear()
            kind = self._kinds[word] = self._kind_of(word)
        return kind

    def _wanted(self, word: str) -> bool:
        """A lexicon word or a title."""
        wanted = self._wanted_words.get(word)
        if wanted is None:
            if len(self._wanted_words) > 100_000:
                self._wanted_words.clear()
            wanted = word.lower().rstrip(".") in self.lexicon_or_title
            self._wanted_words[word] = wanted
        return wanted

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
        wanted = self._wanted
        for run in RUN_PATTERN.finditer(text):
            # a run yields a name only through a lexicon word, or a word after a title
            if not any(map(wanted, run.group().split())):
                before = text[max(0, run.start() - 8) : run.start()]
                if before.rstrip().rstrip(".").split(" ")[-1].lower() not in TITLES:
                    continue
            words = list(_NON_SPACE.finditer(run.group()))
            kinds = [self._kind(w.group()) for w in words]
            base = run.start()
            i = 0
            while i < len(words):
                if kinds[i] == "other" and words[i].group()[0].isupper():
                    before = text[max(0, base + words[i].start() - 8) : base + words[i].start()]
                    if before.rstrip().rstrip(".").split(" ")[-1].lower() in TITLES:
                        start, end = base + words[i].start(), base + words[i].end()
                        found.append(Detection(NAME, start, end, self.name, 0.8))
                if kinds[i] in ("", "initial", "other"):
                    i += 1
                    continue
                j = i
                while j + 1 < len(words) and kinds[j + 1] not in ("", "other"):
                    j += 1
                # a first name followed by a surname the lexicon lacks ("Krisztián Szöllösy")
                if (
                    j + 1 < len(words)
                    and "first" in kinds[i : j + 1]
                    and kinds[j + 1] == "other"
                    and words[j + 1].group()[0].isupper() == words[i].group()[0].isupper()
                ):
                    j += 1
                while j > i and kinds[j] == "initial":
                    j -= 1
                strong = [k for k in kinds[i : j + 1] if k in ("first", "last")]
                start = base + words[i].start()
                end = base + words[j].end()
                capitalised = words[i].group()[0].isupper()
                before = text[max(0, start - 24) : start]
                lead = before.rstrip().lower().endswith(LEAD_PHRASES)
                title = before.rstrip().rstrip(".").split(" ")[-1].lower() in TITLES
                if j > i and strong and (capitalised or lead or title):
                    found.append(Detection(NAME, start, end, self.name, 0.9))
                elif j == i and kinds[i] in ("first", "last") and (lead or title):
                    found.append(Detection(NAME, start, end, self.name, 0.8))
                elif j == i and kinds[i] in ("first", "last") and capitalised:
                    found.append(Detection(NAME, start, end, self.name, 0.6))
                i = j + 1
        return found
