"""Signs of a child under the policy's age in free text, sign by sign, at the edges (K1).

A fixed day stands for today, so that ages are known: 1 June 2026, child age 13.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.children import (
    ChildSignalRecognizer,
    age_on,
    numbered_words,
    parse_birth,
    signal_words,
)

TODAY = date(2026, 6, 1)
RECOGNIZER = ChildSignalRecognizer(child_age=13, today=TODAY)


def found(text: str, recognizer: ChildSignalRecognizer = RECOGNIZER) -> list[tuple[str, str]]:
    return [(d.recognizer, text[d.start : d.end]) for d in recognizer.find(text)]


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("I'm 11", [("children.stated_age", "I'm 11")]),
        ("I am 12 years old", [("children.stated_age", "I am 12 years old")]),
        ("I am 1", [("children.stated_age", "I am 1")]),
        ("I am 13 years old", []),
        ("I am 0", []),
        ("I'm 34", []),
        ("j'ai 9 ans", [("children.stated_age", "j'ai 9 ans")]),
        ("ich bin 8 Jahre alt", [("children.stated_age", "ich bin 8 Jahre alt")]),
        ("Sie ist 10 Jahre alt", [("children.stated_age", "10 Jahre alt")]),
        ("I have 10 years of experience with SIP", []),
        ("I am twelve years old", [("children.stated_age", "I am twelve years old")]),
        ("I am thirteen years old", []),
        ("I am twelve", [("children.stated_age", "I am twelve")]),  # said aloud, as a child does
        ("I am twelve minutes away", []),
        ("j'ai 9", []),  # French states an age with "ans": "j'ai 9" is "I have 9" (of anything)
        # the sign is the age, as "10 Jahre alt" above; "my" says whose it is
        ("my ten-year-old", [("children.stated_age", "ten-year-old")]),
    ],
)
def test_a_stated_age(text: str, signs: list[tuple[str, str]]) -> None:
    assert found(text) == signs


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("born 2016-03-02", [("children.birth_date", "born 2016-03-02")]),
        ("born 2013-06-02", [("children.birth_date", "born 2013-06-02")]),  # 13 tomorrow
        ("born 2013-06-01", []),  # 13 today
        ("born 2030-01-01", []),  # not born yet: not a child's date
        ("dob: 02.06.2013", [("children.birth_date", "dob: 02.06.2013")]),
        ("dob: 01.06.2013", []),
        ("born 06/02/2013", [("children.birth_date", "born 06/02/2013")]),  # 2 June 2013
        ("born 05/31/2013", []),
        ("born in 2013", [("children.birth_date", "born in 2013")]),  # 1 July 2013
        ("born in 2012", []),
        ("born March 5, 2014", [("children.birth_date", "born March 5, 2014")]),
        ("born 1980-02-01", []),
        ("born 2026-06-01", [("children.birth_date", "born 2026-06-01")]),  # born today
        ("d.o.b. 2015-01-01", [("children.birth_date", "d.o.b. 2015-01-01")]),
    ],
)
def test_a_birth_date(text: str, signs: list[tuple[str, str]]) -> None:
    assert found(text) == signs


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("she is in 5th grade", [("children.school_year", "5th grade")]),
        ("a 7th grader", []),  # 12 or 13: a year counts when it only fits children under 13
        ("an 8th grader", []),  # may be 13 or older
        ("an 8th grader and a 5th grader", [("children.school_year", "5th grader")]),
        ("grade 3 at the local school", [("children.school_year", "grade 3")]),
        ("grade 3 steel cable", []),
        ("fifth grade", [("children.school_year", "fifth grade")]),
        ("year 4 at school", [("children.school_year", "year 4")]),  # the year, as "grade 3"
        ("3. Klasse", [("children.school_year", "3. Klasse")]),
        ("Klasse 2", [("children.school_year", "Klasse 2")]),
        ("4º de primaria", [("children.school_year", "4º de primaria")]),
        ("kindergarten", [("children.school_year", "kindergarten")]),
        ("il est en CM2", [("children.school_year", "CM2")]),  # the year, as "5th grade"
    ],
)
def test_a_school_year(text: str, signs: list[tuple[str, str]]) -> None:
    assert found(text) == signs


def test_a_parent_setting_up_the_account_and_whom_a_sign_is_about() -> None:
    text = "I'm setting up this account for my son"
    (sign,) = RECOGNIZER.find(text)
    assert sign.recognizer == "children.parent_setup" and sign.about_other
    assert text[sign.start : sign.end] == "setting up this account for my son"
    (other,) = RECOGNIZER.find("my daughter is 9 years old")
    assert other.recognizer == "children.stated_age" and other.about_other
    (own,) = RECOGNIZER.find("I am 9 years old")
    assert not own.about_other and own.score == 0.9
    assert RECOGNIZER.find("this account is for my business") == []
    (girl,) = RECOGNIZER.find("I am setting up an account for my girl")
    assert girl.about_other and girl.score == 0.9  # the parent speaks of another person


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("I'm 11", 0.9),
        ("I am twelve years old", 0.9),
        ("born 2016-03-02", 0.9),
        ("5th grade", 0.85),
        ("setting up this account for my son", 0.9),
    ],
)
def test_how_sure_each_sign_is(text: str, score: float) -> None:
    (sign,) = RECOGNIZER.find(text)
    assert sign.score == score and sign.category == "user.childrens"


def test_the_child_age_is_thirteen_unless_the_policy_says_otherwise() -> None:
    default = ChildSignalRecognizer(today=TODAY)
    assert found("I'm 12", default) == [("children.stated_age", "I'm 12")]
    assert found("I'm 13", default) == []


def test_the_child_age_comes_from_the_policy() -> None:
    older = ChildSignalRecognizer(child_age=16, today=TODAY)
    assert found("I'm 15", older) == [("children.stated_age", "I'm 15")]
    assert found("I'm 16", older) == []
    # 9th graders are 14 or 15; 10th graders may be 16 (a year counts when all its pupils are)
    assert found("9th grade", older) == [("children.school_year", "9th grade")]
    assert found("10th grade", older) == []
    assert found("born 2010-06-02", older) == [("children.birth_date", "born 2010-06-02")]
    assert found("I am fifteen years old", older) == []  # number words go up to twelve


@pytest.mark.parametrize(
    ("value", "born"),
    [
        ("2016-03-02", date(2016, 3, 2)),
        ("02.03.2016", date(2016, 3, 2)),  # day first with dots
        ("25/03/2016", date(2016, 3, 25)),  # a first number over 12 is the day
        ("13/05/2016", date(2016, 5, 13)),
        # day first, as seven of the eight languages and British English write it
        ("12/05/2016", date(2016, 5, 12)),
        ("03/15/2016", date(2016, 3, 15)),  # month first only where the day can't be first
        ("03/02/2016", date(2016, 2, 3)),
        ("2014", date(2014, 7, 1)),  # a bare year: 1 July
        ("2014,", date(2014, 7, 1)),
        ("March 5, 2014", date(2014, 3, 5)),
        ("5. März 2014", date(2014, 3, 5)),
        ("5 juin 2014", date(2014, 6, 5)),
        ("Dec 2014", date(2014, 12, 1)),
        ("2016-13-01", None),
        ("31.04.2016", None),
    ],
)
def test_parse_birth(value: str, born: date | None) -> None:
    assert parse_birth(value) == born


def test_a_year_is_the_last_four_digits_of_a_birth_field() -> None:
    # a form's field may hold a month and a year; the year is what counts
    for value in ("07/2014", "2014"):
        born = parse_birth(value)
        assert born is not None and born.year == 2014, value


@pytest.mark.parametrize(
    ("born", "age"),
    [
        (date(2013, 6, 1), 13),
        (date(2013, 6, 2), 12),
        (date(2013, 5, 31), 13),
        (date(2013, 7, 1), 12),
        (date(2013, 5, 2), 13),
        (date(2026, 6, 1), 0),
    ],
)
def test_age_on(born: date, age: int) -> None:
    assert age_on(born, TODAY) == age


# With no digit in the text only a word that begins a sign by itself opens the gate; the
# words that need a number ("I am", "born", "years") open it when the text holds a digit.
@pytest.mark.parametrize(
    ("words", "signals"),
    [
        ({"i", "am"}, set()),
        ({"i", "m"}, set()),
        ({"i"}, set()),
        ({"j", "ai"}, set()),
        ({"d", "o", "b"}, set()),
        ({"en", "cm"}, {"cm"}),
        ({"en", "ce"}, {"ce"}),
        ({"en"}, set()),
        ({"grade", "steel"}, {"grade"}),
        ({"account", "born", "years"}, {"account"}),
        ({"born", "years", "twelve"}, {"born", "years"}),
    ],
)
def test_the_words_that_open_the_gate(words: set[str], signals: set[str]) -> None:
    assert signal_words(words) == signals


@pytest.mark.parametrize(
    ("words", "signals"),
    [
        ({"i", "am"}, {"i"}),
        ({"i", "m"}, {"i"}),
        ({"im"}, {"i"}),
        ({"i"}, set()),
        ({"am"}, set()),
        ({"m"}, set()),
        ({"ich", "bin"}, {"ich"}),
        ({"ich"}, set()),
        ({"bin"}, {"bin"}),  # "bin 10 und hab ...": a German child writing without "ich"
        ({"ik", "ben"}, {"ik"}),
        ({"ik"}, set()),
        ({"d", "o", "b"}, {"d"}),
        ({"d", "o"}, set()),
        ({"account", "born", "years"}, {"born", "years"}),
    ],
)
def test_the_words_that_open_the_gate_with_a_digit(words: set[str], signals: set[str]) -> None:
    assert numbered_words(words) == signals


CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
CARDINALS += ["eleven", "twelve"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
ORDINALS += ["ninth", "tenth", "eleventh", "twelfth"]


@pytest.mark.parametrize(("age", "word"), list(enumerate(CARDINALS, start=1)))
def test_an_age_in_words_is_a_childs_below_the_line(age: int, word: str) -> None:
    text = f"I am {word} years old"
    assert found(text, ChildSignalRecognizer(child_age=age + 1, today=TODAY)) == [
        ("children.stated_age", text)
    ]
    assert found(text, ChildSignalRecognizer(child_age=age, today=TODAY)) == []
    assert found(text, ChildSignalRecognizer(child_age=age - 1, today=TODAY)) == []


@pytest.mark.parametrize(("grade", "word"), list(enumerate(ORDINALS, start=1)))
def test_a_school_year_counts_while_all_its_pupils_are_under_the_line(
    grade: int, word: str
) -> None:
    # the pupils of grade N are N + 5 or N + 6: all children while N + 6 is under the child age
    text = f"{word} grade"
    assert found(text, ChildSignalRecognizer(child_age=grade + 7, today=TODAY)) == [
        ("children.school_year", text)
    ]
    assert found(text, ChildSignalRecognizer(child_age=grade + 6, today=TODAY)) == []
    digits = f"grade {grade}"
    assert found(digits, ChildSignalRecognizer(child_age=grade + 7, today=TODAY)) == [
        ("children.school_year", digits)
    ]
    assert found(digits, ChildSignalRecognizer(child_age=grade + 6, today=TODAY)) == []
