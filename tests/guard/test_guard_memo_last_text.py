"""The last text's answer is kept; another text is worked out again."""

from __future__ import annotations

from troth.guard.memo import last_text


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
