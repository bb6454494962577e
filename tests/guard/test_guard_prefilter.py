"""The word test before a pattern of many alternatives never says no where the pattern
itself would match: checked against the bare pattern on generated texts, for made-up
patterns and for the guard's own patterns of idioms, rules and questions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from troth.guard.context import ASKED, HYPOTHETICAL, RULE
from troth.guard.lexicon import tokens_of
from troth.guard.prefilter import Prefiltered
from troth.guard.speech import FIGURATIVE, IDIOM

PIECES = [
    "heart", "attack", "lol", "pray", "the", "update", "sick", "of", "makes", "me",
    "Union", "européenne", "never", "ask", "about", "health", "if", "would", "you",
    "fragt", "ob", "Religion", "is", "a", "religión", "módlmy", "się", "kosher", "blind",
    "spot", "strike", "through", "DNA", "in", "our", "Glaube", "pergunta", "se", "?", ",",
    "é", "Ü", "1", "-", "\n",
]  # fmt: skip
GUARD_PATTERNS = [IDIOM, FIGURATIVE, ASKED, RULE, HYPOTHETICAL]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(range(len(GUARD_PATTERNS))),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=9),
    st.sampled_from([" ", "  ", ""]),
)
def test_the_word_test_never_hides_a_match_of_the_guards_patterns(
    which: int, pieces: list[str], glue: str
) -> None:
    prefiltered = GUARD_PATTERNS[which]
    text = glue.join(pieces)
    expected = prefiltered.pattern.search(text)
    words = [word for word, _, _ in tokens_of(text)]
    for found in (prefiltered.search(text), prefiltered.search(text, words)):
        assert (found is None) == (expected is None), text
        if found is not None and expected is not None:
            assert found.span() == expected.span()


ALTERNATIVES = st.lists(
    st.sampled_from(
        [
            "cat",
            "dog(?:s)?",
            "(?:big|small) bird",
            "fish\\b",
            "c[ao]t",
            "x?y",
            "asks?",
            "(?:very )?good",
            "(?:a|b)?z",
            "ok{0,2}ay",
            "(?:red|blue)*ink",
        ]
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(
    ALTERNATIVES,
    st.lists(
        st.sampled_from(
            [
                "cat",
                "cot",
                "dogs",
                "big",
                "bird",
                "y",
                "fishy",
                "Dog",
                "ask",
                "good",
                "z",
                "oay",
                "ink",
            ]
        ),
        max_size=6,
    ),
)
def test_made_up_patterns_match_as_the_bare_pattern_does(
    alternatives: list[str], pieces: list[str]
) -> None:
    pattern = "|".join(alternatives)
    text = " ".join(pieces)
    prefiltered = Prefiltered(pattern, re.IGNORECASE)
    expected = re.search(pattern, text, re.IGNORECASE)
    assert (prefiltered.search(text) is None) == (expected is None), (pattern, text)


def test_a_text_without_any_key_is_passed_over() -> None:
    prefiltered = Prefiltered(r"\b(?:heart attack|pray (?:for|that))\b", re.IGNORECASE)
    assert prefiltered.keys == ("attack", "pray")
    assert prefiltered.search("the invoice is attached") is None
    assert prefiltered.search("That gave me a HEART ATTACK") is not None


def test_an_alternative_with_no_literal_word_is_refused() -> None:
    # a heading of any three words before a key word: nothing literal to wait for
    with pytest.raises(ValueError, match="holds no literal word"):
        Prefiltered(r"\bnever type\b|^\W*(?:\w+\s+){0,3}(?:policy|\w+protocol)\b")
