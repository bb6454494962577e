"""Gates only skip work: with them the engine finds exactly what it finds without them,
one text at a time or many texts together."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from troth.guard.detection import RACE
from troth.guard.engine import Engine, build_engine
from troth.guard.gates import Joined, word_set, words_of

ENGINE = build_engine(13)
FRAGMENTS = [
    "Anna", "Schmidt", "Mr", "Dr.", "my name is", "john", "Thanks,", "and", "Krebs",
    "123", "5", "Main", "Street", "St.", "Hauptstraße", "Rue", "c/", "P.O. Box", "PSC 1234",
    "Box 55", "APO AE 09012", "Apt 4", "Springfield,", "IL", "62704", "SW1A 1AA",
    "cancer", "chemo", "my wife", "mosque", "union member", "trade union rep", "23andme",
    "in hospital", "broken leg", "pro-choice", "la france insoumise", "ig metall", "gay",
    "I'm", "9", "years old", "9-year-old", "born", "2016-03-02", "d.o.b.", "5th grade",
    "en CM2", "1. Klasse", "j'ai", "account for my son", "9jährige",
    "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "a@b.example.org", "10.0.0.1",
    "fe80::1", "00:1a:2b:3c:4d:5e", "0012.3456.789a", "+49 30 1234567", "01.84.17.61.18",
    "3fa85f64-5717-4562-b3fc-2c963f66afa6", "22:45:54.670685", "v1.2.3", "(", ")", "-", "'",
    "Suite 632", "apt. 9", "Unit 7", "53772 Holmatun 45", "lives at", "Address:", "is on",
    "Monday", "2015", "Golfskálinn 78", "\n> ",
]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=12).flatmap(
    lambda parts: st.lists(
        st.sampled_from([" ", ", ", "\n", "-", "", ". ", "/"]),
        min_size=len(parts),
        max_size=len(parts),
    ).map(lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True)))
)


def _plain(engine: Engine, text: str) -> list:
    if not text:
        return []
    found = [d for r in engine.recognizers for d in r.scan(text)]
    return engine._settle(found)  # noqa: SLF001 - the same settling, without the gates


def ungated(engine: Engine, text: str) -> list:
    """What every recognizer finds with no gate, read by the text's shape as the engine
    reads it (a table's rows by their header)."""
    return engine.read_shape(text, _plain(engine, text), lambda t: _plain(engine, t))


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_the_gates_never_change_what_is_found(text: str) -> None:
    assert ENGINE.analyze(text) == ungated(ENGINE, text)
    for recognizer in ENGINE.recognizers:
        assert recognizer.find(text) == recognizer.scan(text)


@settings(max_examples=100, deadline=None)
@given(batch=st.lists(texts, max_size=8))
def test_many_texts_together_give_what_each_gives_alone(batch: list[str]) -> None:
    assert ENGINE.analyze_many(batch) == [ENGINE.analyze(t) for t in batch]


def test_a_gate_match_is_attributed_to_its_own_text() -> None:
    joined = Joined(["no digits", "", "call 555 1234", "x", "10.0.0.1", ""])
    assert joined.indexes(re.compile(r"\d")) == {2, 4}
    assert joined.indexes(re.compile(r"x|\.1")) == {3, 4}
    assert joined.indexes(re.compile(r"z")) == set()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x17F), max_size=40))
def test_the_letter_runs_of_a_text_are_those_of_the_unicode_pattern(text: str) -> None:
    from troth.guard.gates import WORD, words_of

    assert words_of(text) == frozenset(WORD.findall(text.lower()))


def _runs(text: str) -> set[str]:
    from troth.guard.gates import WORD

    return set(WORD.findall(text.lower()))


def _tokens(text: str) -> set[str]:
    from troth.guard.address import STREET_TOKEN

    return set(STREET_TOKEN.findall(text.lower()))


joinable = texts.filter(lambda t: "\x00" not in t)
UNUSUAL = ["İstanbul 5 Rd", "ſtr. 9", "KELVIN K St 4", "x-st 5", "st's 7", "c/ Mayor 3", "ǅ st"]


@settings(max_examples=150, deadline=None)
@given(
    batch=st.lists(st.one_of(joinable, st.sampled_from(UNUSUAL)), max_size=10),
    extra=st.lists(st.sampled_from(["st", "c", "street", "a", "zz", "bd", "ada"]), max_size=3),
)
def test_the_texts_holding_a_word_are_found_whichever_way_they_are_searched_for(
    batch: list[str], extra: list[str]
) -> None:
    from troth.guard import gates
    from troth.guard.address import _TOKEN_GOES_ON

    joined = Joined(batch)
    every = set().union(*map(_runs, batch))
    assert joined.words() == every
    hits = set(list(every)[:5]) | set(extra)
    by_word = {i for i, t in enumerate(batch) if hits & _runs(t)}
    by_token = {i for i, t in enumerate(batch) if hits & _tokens(t)}
    saved = gates._FINDS, gates._ALTERNATIVES  # noqa: SLF001
    try:
        # str.find, one pattern for all (every word occurs too often), one walk (too many)
        for finds, alternatives in ((10**9, 200), (0, 200), (0, 0)):
            gates._FINDS, gates._ALTERNATIVES = finds, alternatives  # noqa: SLF001
            assert Joined(batch).texts_with(hits) == by_word
            assert Joined(batch).texts_with(hits, _TOKEN_GOES_ON) == by_token
    finally:
        gates._FINDS, gates._ALTERNATIVES = saved  # noqa: SLF001


@settings(max_examples=200, deadline=None)
@given(batch=st.lists(st.one_of(joinable, st.sampled_from(UNUSUAL)), max_size=10))
def test_the_address_gate_over_joined_texts_admits_what_it_admits_of_each(
    batch: list[str],
) -> None:
    from troth.guard.address import AddressRecognizer

    gate = AddressRecognizer.gate
    assert Joined(batch).candidates(gate) == {i for i, t in enumerate(batch) if gate.admits(t)}


def test_the_address_gate_tests_the_digit_of_many_texts_at_once() -> None:
    from troth.guard.address import AddressRecognizer

    batch = [f"{i} Main St" if i % 3 else "Main St" for i in range(600)] + ["12 Suite"]
    gate = AddressRecognizer.gate
    assert Joined(batch).candidates(gate) == {i for i, t in enumerate(batch) if gate.admits(t)}


def test_a_word_set_meets_words_as_the_letter_runs_of_a_text() -> None:
    test = word_set(frozenset({"İbrahim".lower(), "anna"}))
    assert test(words_of("Dear İbrahim,"))  # lower-cased: "i", a combining dot, "brahim"
    assert test(words_of("ANNA")) == {"anna"}
    assert not test(words_of("Dear Ibrahima, hi"))


def test_two_origins_joined_by_a_hyphen_pass_the_gate() -> None:
    text = "As a Chinese-Malaysian guest I was asked where I was really from."
    assert ENGINE.analyze(text) == ungated(ENGINE, text)
    assert any(d.category == RACE for d in ENGINE.analyze(text))
