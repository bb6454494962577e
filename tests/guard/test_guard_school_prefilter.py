"""The quick test before the long school-year pattern never says no where the pattern
would match and a school word lets the text through: checked against the pattern itself
on generated texts built from school words, ordinals, numbers and filler."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from troth.guard.children.schools import SCHOOL, SCHOOL_WORDS, _may_hold_school
from troth.guard.gates import words_of

PIECES = [
    "year", "Year", "YEAR", "first", "First", "second", "quinta", "eerste", "prima",
    "grade", "ano", "leerjaar", "elementare", "primaria", "klasse", "media", "groep",
    "6", "12", "3rd", "1.º", ":", "-", "the", "of", "contract", "report", "my", "son",
    "en", "CP", "kita", "communion", "school", "é", "\\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.sampled_from([" ", "", "  "]))
def test_the_quick_test_never_hides_a_match(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    words = words_of(text)
    if SCHOOL.search(text) is not None and not words.isdisjoint(SCHOOL_WORDS):
        assert _may_hold_school(text, words), text


def test_it_skips_the_common_english_words_alone() -> None:
    text = "In the first year of the contract the fees are fixed"
    assert not _may_hold_school(text, words_of(text))
    assert SCHOOL.search(text) is None
