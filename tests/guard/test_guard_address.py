"""The address recognizer's shortcuts find what the plain walk over the candidates finds."""

from __future__ import annotations

from guard_strategies import joined_texts
from hypothesis import given, settings
from hypothesis import strategies as st

from troth.guard.address import (
    _DIGIT,
    _LINE_START,
    STREET_CANDIDATE,
    STREET_TOKEN,
    AddressRecognizer,
    _line_starts_at,
    _street_words,
)
from troth.guard.detection import ADDRESS, Detection
from troth.guard.gates import Gate

RECOGNIZER = AddressRecognizer()
FRAGMENTS = [
    "12", "5", "6750", "12/3", "7b", "100-2", "Main", "St", "St.", "Street", "Rd", "road",
    "Koskikatu", "Hauptstraße", "Haupt-straße", "Calle", "c/", "rue", "de", "la", "the", "is",
    "I", "live", "lives at", "Address:", "P.O. Box", "PO Box", "PSC", "Unit", "Suite", "SUİTE",
    "ſuite", "ſtr", "Apt.", "Apartado", "APO", "AE", "09001", "USS", "Flat", "Oak", "Ave",
    "Postfach", "Berlin", "CO", "64677", "2024", "Monday", "emailaddress is", "Wohnung", "#4",
    "Golfskálinn", "O'Neil", "Weg", "\n> ",
]  # fmt: skip
texts = joined_texts(
    FRAGMENTS,
    [" ", " ", "  ", "\t", "\n", ", ", ",", "-", "/", "'", "(", ": ", ""],
    parts=14,
    noise=5,
)


def walked(text: str) -> list[Detection]:
    """Every street line, by trying STREET_CANDIDATE from the start of the text on."""
    found: list[Detection] = []
    if not _street_words(set(STREET_TOKEN.findall(text.lower()))):
        return found
    pos = 0
    while (match := STREET_CANDIDATE.search(text, pos)) is not None:
        start = RECOGNIZER._street_start(text, match)  # noqa: SLF001
        if start is None:
            space = text.find(" ", match.start() + 1)
            pos = len(text) if space < 0 else space + 1
            continue
        end = RECOGNIZER._extend(text, match.end())  # noqa: SLF001
        found.append(Detection(ADDRESS, start, end, RECOGNIZER.name, 0.85))
        pos = end
    return found


@settings(max_examples=400, deadline=None)
@given(text=texts)
def test_street_lines_searched_near_street_words_are_those_of_the_whole_walk(text: str) -> None:
    more_lines = RECOGNIZER._more_lines  # noqa: SLF001
    expected = [] if _DIGIT.search(text) is None else more_lines(text, walked(text))
    assert RECOGNIZER.scan(text) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab \t\n>-•*?\r5", max_size=12), data=st.data())
def test_a_line_start_is_told_as_the_pattern_tells_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert _line_starts_at(text, start) == (_LINE_START.search(text, 0, start) is not None)


def test_a_street_line_after_many_words_is_found() -> None:
    text = "The address of Persint is 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677"
    assert RECOGNIZER.scan(text) == walked(text) != []


def test_a_street_line_begins_up_to_six_words_before_its_street_word() -> None:
    for words in range(8):
        for lead in ("", "We met at ", "x-"):
            for gap in (" ", ", ", "\t", "  "):
                text = lead + "12" + gap + gap.join(["Old"] * words + ["Street"]) + " 7 Paris"
                assert RECOGNIZER.scan(text) == RECOGNIZER._more_lines(text, walked(text))  # noqa: SLF001


@settings(max_examples=400, deadline=None)
@given(text=texts)
def test_the_gate_answers_as_its_parts_do(text: str) -> None:
    gate = RECOGNIZER.gate
    assert gate.admits(text) == Gate.admits(gate, text)


def test_an_address_lead_begins_a_word() -> None:
    [found] = RECOGNIZER.find("my address is Kingsbury 12")
    assert (found.start, found.end) == (14, 26)
    # "address is" inside "emailaddress is" leads to no address, though the text has the word
    assert RECOGNIZER.find("my emailaddress is Kingsbury 12 and the address is x") == []
    assert RECOGNIZER.find("meine emailaddress is Kingsbury 12 – the address is x") == []
