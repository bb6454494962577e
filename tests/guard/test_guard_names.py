"""The name recognizer reads a run of words as a string of word codes; it finds what reading
the run one word at a time finds."""

from __future__ import annotations

import re

from guard_strategies import joined_texts
from hypothesis import given, settings

from troth.guard.detection import NAME, Detection
from troth.guard.names import LEAD_PHRASES, RUN_PATTERN, TITLES, NameRecognizer

RECOGNIZER = NameRecognizer()
FRAGMENTS = [
    "Anna", "Schmidt", "Krisztián", "Szöllösy", "Johannes", "Varvio", "will", "Will", "May",
    "Mr", "Mrs", "Dr.", "M.", "J.", "A.", "mr", "DR", "Frau", "Señor", "señora", "doña", "Don",
    "monsieur", "Xmadame", "madame", "my name is", "I'm", "dear", "Hi", "by", "and", "the",
    "Zzyzx", "Qorvath", "O'Brien", "Jean-Pierre", "İbrahim", "von", "de", "3John", "x@John",
    "e.g.", "M.Smith",
]  # fmt: skip
texts = joined_texts(
    FRAGMENTS,
    [" ", " ", "  ", "\t", "\n", ". ", ", ", ".   ", "-", "’", "(", "1", ""],
    parts=10,
    noise=4,
)


def _after_title(text: str, start: int) -> bool:
    """A title as a whole word, then only dots and spaces, right before ``start``: its first
    letter at most 15 characters back, unless the text begins within 16."""
    match = re.search(r"(?<!\S)(\S+?)\.*\s*\Z", text[:start])
    return (
        match is not None
        and match.group(1).lower() in TITLES
        and (start <= 16 or match.start(1) >= start - 15)
    )


def word_by_word(text: str) -> list[Detection]:
    """The names of ``text``, each run read one word at a time."""
    kind = RECOGNIZER._kind_of  # noqa: SLF001
    found: list[Detection] = []
    for run in RUN_PATTERN.finditer(text):
        base = run.start()
        words = list(re.finditer(r"\S+", run.group()))
        wanted = [w.group().lower().rstrip(".") in RECOGNIZER.lexicon_or_title for w in words]
        if not any(wanted) and not _after_title(text, base):
            continue
        kinds = [kind(w.group()) for w in words]
        i = 0
        while i < len(words):
            start = base + words[i].start()
            upper = words[i].group()[0].isupper()
            if kinds[i] == "other" and upper and _after_title(text, start):
                found.append(Detection(NAME, start, base + words[i].end(), "names", 0.8))
            if kinds[i] in ("", "initial", "other"):
                i += 1
                continue
            j = i
            while j + 1 < len(words) and kinds[j + 1] not in ("", "other"):
                j += 1
            if (
                j + 1 < len(words)
                and "first" in kinds[i : j + 1]
                and kinds[j + 1] == "other"
                and words[j + 1].group()[0].isupper() == upper
            ):
                j += 1
            while j > i and kinds[j] == "initial":
                j -= 1
            strong = any(k in ("first", "last") for k in kinds[i : j + 1])
            end = base + words[j].end()
            before = text[max(0, start - 24) : start]
            lead = before.rstrip().lower().endswith(LEAD_PHRASES)
            title = _after_title(text, start)
            if j > i and strong and (upper or lead or title):
                found.append(Detection(NAME, start, end, "names", 0.9))
            elif j == i and kinds[i] in ("first", "last") and (lead or title):
                found.append(Detection(NAME, start, end, "names", 0.8))
            elif j == i and kinds[i] in ("first", "last") and upper:
                found.append(Detection(NAME, start, end, "names", 0.6))
            i = j + 1
    return found


@settings(max_examples=500, deadline=None)
@given(text=texts)
def test_runs_read_as_word_codes_give_the_names_read_word_by_word(text: str) -> None:
    assert RECOGNIZER.scan(text) == word_by_word(text)


def test_a_title_counts_only_as_a_whole_word() -> None:
    assert RECOGNIZER.scan("Dr. Zzyzx") == [Detection(NAME, 4, 9, "names", 0.8)]
    assert RECOGNIZER.scan("Dr.  Zzyzx") == [Detection(NAME, 5, 10, "names", 0.8)]
    assert RECOGNIZER.scan("I'm Zzyzx") == []  # "m" ends "I'm", and is no title there
    assert RECOGNIZER.scan("Xmadame. Zzyzx") == []  # "madame" inside a word is no title
    assert RECOGNIZER.scan("Merci, Monsieur Zzyzx") == [Detection(NAME, 16, 21, "names", 0.8)]


def test_a_name_that_lower_casing_marks_passes_the_gate() -> None:
    # "İ" lower-cases to "i" and a combining dot, which splits the text's letter runs
    for text in ("İbrahim wrote", "Dear İlkim, hello", "yes, İhsanoğlu"):
        assert RECOGNIZER.gate.admits(text)
        assert RECOGNIZER.find(text) == RECOGNIZER.scan(text) != []


def test_names_after_titles_and_initials() -> None:
    for text in (
        "Dear Mr. Qorvath, Krisztián Szöllösy and J. A. Schmidt wrote to Dr.\nZzyzx",
        "my name is anna\tschmidt; Xmadame. Zzyzx; M. Qorvath",
        "Will  Anna  O'Brien-Smith meet Jean-Pierre Varvio?",
        "my name is anna Qorvath, I'm Anna Zzyzx, hi ANNA qorvath",
    ):
        assert RECOGNIZER.scan(text) == word_by_word(text) != []
