"""The memo works a value out once per key and forgets everything past its limit; the last
text's answer is kept."""

from __future__ import annotations

from troth.guard.memo import Memo, last_text


def test_a_value_is_worked_out_once_and_the_memo_empties_past_its_limit() -> None:
    calls: list[str] = []

    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    memo = Memo(length, limit=3)
    assert [memo["a"], memo["bb"], memo["a"]] == [1, 2, 1]
    assert calls == ["a", "bb"]
    for word in ("ccc", "dddd", "eeeee"):
        memo[word]
    assert len(memo) <= 4
    assert memo["a"] == 1 and calls.count("a") == 2  # worked out again after the clearing


def test_the_last_texts_answer_is_kept_and_another_text_is_worked_out() -> None:
    calls: list[str] = []

    @last_text
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    first = "a text of some length"
    assert length(first) == 21
    assert length(first) == 21
    assert calls == [first]
    assert length("short") == 5
    assert length(first) == 21
    assert calls == [first, "short", first]
