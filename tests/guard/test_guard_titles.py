"""Titles before a name, shared by the readers of surnames, teachers and genders."""

from __future__ import annotations

import re

import pytest

from troth.guard import titles
from troth.guard.titles import alternation


def _before_name(small: bool) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(titles.PERSONAL, small=small)})\.?\s+[A-Z]")


@pytest.mark.parametrize(
    "text",
    ["Frau Christ", "Mevrouw De Kerk", "Sig.ra Fede", "Pani Katolik", "M. Durand", "Dr. Jones"],
)
def test_a_capital_title_before_a_name_is_found(text: str) -> None:
    assert _before_name(small=False).search(text)


@pytest.mark.parametrize("text", ["mr Smith", "pani Ewa", "sra Gómez"])
def test_a_small_title_counts_only_when_asked(text: str) -> None:
    assert _before_name(small=True).search(text)
    assert not _before_name(small=False).search(text)


@pytest.mark.parametrize("text", ["I'm Anna", "im Dorf", "d Anna", "Sigxra Fede"])
def test_no_title_is_read_in_other_words(text: str) -> None:
    assert not _before_name(small=True).search(text)


def test_longer_titles_come_first_so_the_whole_word_is_taken() -> None:
    found = re.match(rf"(?:{alternation(titles.FEMALE)})", "Mevrouw")
    assert found is not None and found.group() == "Mevrouw"


def test_every_title_is_in_one_gender_list_at_most() -> None:
    assert not set(titles.MALE) & set(titles.FEMALE)
    assert not (set(titles.MALE) | set(titles.FEMALE)) & set(titles.NEUTRAL)
