"""Pattern recognizers: context words near a match."""

from __future__ import annotations

import re

from guard_strategies import joined_texts
from hypothesis import given, settings

from troth.guard.recognizers import (
    CARD_CONTEXT,
    CARD_PATTERN,
    PHONE_CONTEXT,
    VERSION_WORDS,
    ContextWords,
    card_start,
    has_context,
    pattern_recognizers,
)

CARD = next(r for r in pattern_recognizers() if r.name == "card")

WORDS = sorted(PHONE_CONTEXT | CARD_CONTEXT | VERSION_WORDS)
windows = joined_texts(
    [*WORDS, "te", "ca", "xt m", "ü", "é", "\ud800", "4111", "tél"],
    ["", " ", "-", "\n", "é"],
    parts=6,
    noise=3,
)


@settings(max_examples=400, deadline=None)
@given(text=windows)
def test_context_words_are_found_as_a_regular_expression_finds_them(text: str) -> None:
    for words in (PHONE_CONTEXT, CARD_CONTEXT, VERSION_WORDS):
        expected = re.search("|".join(re.escape(w) for w in words), text) is not None
        holds = ContextWords(words)
        assert holds(text) == expected
        holds.sieve = None  # without Hyperscan: the regular expression alone
        assert holds(text) == expected


def test_a_context_word_counts_within_the_window_on_either_side() -> None:
    text = "call me on 555 123 4567 please"
    assert has_context(text, 11, 23, PHONE_CONTEXT, 40)
    assert not has_context(text, 11, 23, PHONE_CONTEXT, 5)  # "call" is 11 characters back
    assert has_context("4111 1111 1111 1111 is my visa", 0, 19, CARD_CONTEXT, 40)
    assert not has_context("4111 1111 1111 1111", 0, 19, frozenset(), 40)


def test_a_card_number_followed_by_its_expiry_or_code_is_found() -> None:
    for text, number in (
        ("card 4111 1111 1111 1111 12/25", "4111 1111 1111 1111"),
        ("visa 4111111111111111 12/25", "4111111111111111"),
        ("4111-1111-1111-1111 123", "4111-1111-1111-1111"),
        ("5500 0055 5555 5559 123", "5500 0055 5555 5559"),
    ):
        # the pattern runs on into the digits that follow, and the whole fails Luhn
        assert CARD_PATTERN.search(text).group() != number
        [found] = CARD.scan(text)
        assert text[found.start : found.end] == number


def test_only_the_start_before_the_last_space_is_tried() -> None:
    assert card_start("4111 1111 1111 1111 12") == 19
    assert card_start("4111111111111111 12") == 16
    assert card_start("4111111111111111") is None  # no space: nothing shorter to try
    assert card_start("1234 5678 9012 3456 78") is None  # no start is a card number
    assert card_start("4111111111111111 12 345") is None  # one cut, at the last space only
    assert card_start("4111111111111111 12345") is None  # five digits after: no expiry
    assert CARD.scan("order 4111111111111111123") == []
