"""The Hyperscan sieve finds the same as the gates alone, never less."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from troth.guard.engine import build_engine
from troth.guard.recognizers import pattern_recognizers
from troth.guard.sieve import compiled, reach_of, widened

pytest.importorskip("hyperscan")

ROOT = Path(__file__).resolve().parents[2]
SYNTH = ROOT.parent / "shared/peers/presidio-research/synth_dataset_v2.json"
EVAL = ROOT / "benchmarks/data/guard/special_eval.jsonl"

# characters that make the patterns match and miss: digits (ASCII and Arabic-Indic),
# separators (Python's \s takes 0x1C-0x1F and the no-break spaces), hex letters, the
# marks of e-mail, IP, MAC and phone forms, accented letters
ALPHABET = "0123456789١٢٣ \t\n\x1c\x1f\xa0\u2007.-:@+()/xextABCDEFabcdefGBDE_éü,"
# pieces of numbers, addresses and words in the shapes the patterns look for
PIECES = [
    "+", "00", "(", ")", " ", "-", ".", ":", "/", "\xa0", "\x1c", "\n", " x", " ext. ", "@",
    "a", "é", "GB", "12", "345", "5555", "٣٤", "4111", "0:1b", "fe80::", "10.0.", "mail.example.",
]  # fmt: skip
texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=60),
    st.lists(st.sampled_from(PIECES), max_size=24).map("".join),
)


def corpus() -> list[str]:
    rows = json.loads(SYNTH.read_text(encoding="utf-8")) if SYNTH.exists() else []
    items = [json.loads(line)["text"] for line in EVAL.read_text(encoding="utf-8").splitlines()]
    return [r["full_text"] for r in rows] + items


def test_widened_gives_backslash_s_the_separators_python_counts_as_space() -> None:
    assert widened(r"a\sb") == r"a[\s\x1c-\x1f]b"
    assert widened(r"[\s.-]?\d") == r"[\s\x1c-\x1f.-]?\d"
    assert widened(r"[^\s]\\s") == r"[^\s\x1c-\x1f]\\s"
    assert widened(r"[]\s]") == r"[]\s\x1c-\x1f]"


def test_for_utf_8_classes_take_python_s_unicode_members_and_negated_ones_stay_broad() -> None:
    assert widened(r"\d", unicode=True) == r"[\d\x{80}-\x{10ffff}]"
    spaces = widened(r"[\s.-]", unicode=True)
    assert r"\x{a0}" in spaces and r"\x{3000}" in spaces and r"\x{e9}" not in spaces
    assert widened(r"[^\w+./:-]", unicode=True) == r"[^\w+./:-]"
    with pytest.raises(ValueError, match="Unicode classes"):
        widened(r"\bword\b", unicode=True)


def test_reach_is_the_longest_match_or_none() -> None:
    by_name = {r.name: r for r in pattern_recognizers()}
    assert reach_of(by_name["ipv4"].pattern) == 15
    assert reach_of(by_name["email"].pattern) is None


def test_the_engine_finds_the_same_with_and_without_the_sieve_on_the_corpus() -> None:
    items = corpus()
    assert len(items) > 800
    for lexicons in (False, True):
        sieved = build_engine(13, lexicons=lexicons, classifier=lexicons)
        gated = build_engine(13, lexicons=lexicons, classifier=lexicons)
        gated.use_sieve = False
        gated._sieve = None
        assert sieved.sieve is not None
        for text in items:
            assert sieved.analyze(text) == gated.analyze(text), text[:40]


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_a_pattern_that_finds_something_is_never_sieved_out(text: str) -> None:
    recognizers = pattern_recognizers()
    sieve = compiled(tuple(r.sieve or r.pattern.pattern for r in recognizers))
    assert sieve is not None
    ends = sieve.first_ends(text)
    assert ends is not None
    for slot, recognizer in enumerate(recognizers):
        found = recognizer.scan(text)
        if found:
            assert slot in ends, recognizer.name
            reach = reach_of(recognizer.pattern) if not recognizer.sieve else None
            start = 0 if reach is None else max(0, ends[slot] - reach)
            assert recognizer.scan_from(text, start) == found


def test_a_text_hyperscan_cannot_take_goes_through_the_gates() -> None:
    engine = build_engine(13, lexicons=False, classifier=False)
    text = "write to ana@example.org \ud800"
    assert engine.sieve is not None and engine.sieve.first_ends(text) is None
    assert [d.category for d in engine.analyze(text)] == ["user.contact.email"]


def test_threads_share_the_sieve_safely() -> None:
    engine = build_engine(13, lexicons=False, classifier=False)
    items = [
        f"call +1 (555) 010-{i:04d} or mail u{i}@example.com from 10.0.{i % 250}.7"
        for i in range(300)
    ]
    expected = [engine.analyze(t) for t in items]
    failures: list[str] = []

    def work() -> None:
        for _ in range(5):
            if [engine.analyze(t) for t in items] != expected:
                failures.append("differs")

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    assert all(len(found) == 3 for found in expected)
