"""The field checks at their edges: which fields hold an age, which ages and years are a child's,
and which digit runs are card numbers (K1, U7). Through ``check`` and the recognizers' tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from troth.datamap import dataset_from_body
from troth.guard import check
from troth.guard.check import is_age_or_birth_field
from troth.guard.recognizers import _iban_valid, card_start, card_valid
from troth.policy import load_policy

POLICY = load_policy()
TODAY = date(2026, 6, 1)  # the example's child age is 13
AGE = "user.demographic.age_range"
BIRTH = "user.demographic.date_of_birth"
FIELDS = {
    "age": AGE,
    "Age": AGE,
    "user_age": AGE,
    "page": AGE,
    "stage": AGE,
    "birth_year": BIRTH,
    "dob": BIRTH,
    "birthdate": BIRTH,
}
MEMBERS = dataset_from_body(
    {
        "fides_key": "members_club",
        "collections": [
            {
                "name": "members",
                "fields": [{"name": n, "data_categories": [c]} for n, c in FIELDS.items()],
            }
        ],
    }
)


def child_fields(record: dict[str, Any]) -> list[str]:
    decision = check(
        "social_login",
        record,
        policy=POLICY,
        datasets=[MEMBERS],
        system_of={"members_club": "social_login"},
        today=TODAY,
    )
    return [f.field for f in decision.findings if f.rule == "child"]


@pytest.mark.parametrize(
    ("record", "child"),
    [
        ({"age": 0}, True),
        ({"age": -1}, False),
        ({"age": 12.9}, True),
        ({"age": 13.0}, False),
        ({"age": 13}, False),
        ({"age": True}, False),  # a yes/no answer is no age
        ({"age": " 9 "}, True),
        ({"age": "12"}, True),
        ({"age": "13"}, False),
        ({"age": "30"}, False),
        ({"age": "since 2015"}, False),  # an age field's text is read as a number only
        ({"age": "nine"}, False),
        ({"Age": 9}, True),
        ({"user_age": 9}, True),
        ({"page": 9}, False),
        ({"stage": 9}, False),
        ({"birth_year": 2014}, True),
        ({"birth_year": "2013"}, True),  # 1 July 2013: twelve on 1 June 2026
        ({"birth_year": 2012}, False),
        ({"birth_year": 2030}, False),  # not born yet
        ({"birth_year": 2014.0}, False),  # a year is read from text or a whole number only
        ({"dob": "2013-06-02"}, True),
        ({"dob": "2013-06-01"}, False),
        ({"dob": "2026-06-01"}, True),  # born today
        ({"birthdate": "not a date"}, False),
    ],
    ids=repr,
)
def test_which_values_of_an_age_or_birth_field_are_a_childs(
    record: dict[str, Any], child: bool
) -> None:
    assert child_fields(record) == (list(record) if child else [])


@pytest.mark.parametrize(
    ("name", "holds"),
    [
        ("age", True),
        ("AGE", True),
        ("user_age", True),
        ("profile.age", True),
        ("age.unit", False),
        ("page", False),
        ("ages", False),
        ("birth_year", True),
        ("DOB", True),
        ("profile.dob", True),
        ("dob.note", False),
        ("email", False),
    ],
)
def test_which_fields_hold_an_age_or_a_birth(name: str, holds: bool) -> None:
    assert is_age_or_birth_field(name) is holds


def _with_luhn(body: str) -> str:
    """``body`` and the check digit that makes it pass the Luhn test."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (1 if position % 2 else 2)
        total += value // 10 + value % 10
    return body + str((10 - total % 10) % 10)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("4111111111111111", True),
        ("4111 1111 1111 1111", True),
        ("4111-1111-1111-1111", True),
        ("4111111111111112", False),
        (_with_luhn("4" * 11), False),  # twelve digits: too few
        (_with_luhn("4" * 12), True),  # thirteen
        (_with_luhn("4" * 18), True),  # nineteen
        (_with_luhn("4" * 19), False),  # twenty: too many
        (_with_luhn("9" * 15), False),  # no brand starts with 9
        (_with_luhn("1" * 15), False),
        (_with_luhn("34" + "0" * 12), True),
        (_with_luhn("33" + "0" * 12), False),
    ],
)
def test_card_numbers(number: str, valid: bool) -> None:
    assert card_valid(number) is valid


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("4111 1111 1111 1111 123", 19),  # its security code follows
        ("4111 1111 1111 1111 1", 19),
        ("4111 1111 1111 1111 1225", 19),
        ("4111 1111 1111 1111 12255", None),  # five digits: not a code or expiry
        ("4111 1111 1111 1112 123", None),  # what comes before is no card
        ("4111 1111 1111 1111 ", None),
        ("4111111111111111", None),
        (" 123", None),
    ],
)
def test_where_a_card_number_ends_before_what_follows_it(text: str, start: int | None) -> None:
    assert card_start(text) == start


def test_an_iban_written_in_groups() -> None:
    assert _iban_valid("DE89 3704 0044 0532 0130 00")
    assert not _iban_valid("DE89 3704 0044 0532 0130 01")


CARDS = dataset_from_body(
    {
        "fides_key": "card_vault",
        "collections": [
            {
                "name": "cards",
                "fields": [
                    {"name": "card", "data_categories": ["user.financial.credit_card"]},
                    {"name": "ref", "data_categories": ["system.operations"]},
                ],
            }
        ],
    }
)


@pytest.mark.parametrize(
    ("system", "outcome"),
    [("web_store", "accept"), ("customer_service", "reject")],
)
def test_a_card_field_only_where_the_system_passes_cards_to_the_processor(
    system: str, outcome: str
) -> None:
    """web_store lists the payment processor among its recipients; customer_service does not."""
    decision = check(
        system,
        {"card": "4111 1111 1111 1111", "ref": "r-1"},
        policy=POLICY,
        datasets=[CARDS],
        system_of={"card_vault": system},
        today=TODAY,
    )
    assert decision.outcome == outcome
    rules = [(f.field, f.rule) for f in decision.findings]
    assert rules == ([] if outcome == "accept" else [("card", "card_number")])


NESTED = dataset_from_body(
    {
        "fides_key": "nested_club",
        "collections": [
            {
                "name": "members",
                "fields": [
                    {
                        "name": "profile",
                        "fields": [
                            {"name": "age", "data_categories": [AGE]},
                            {"name": "note", "data_categories": ["system.operations"]},
                        ],
                    }
                ],
            }
        ],
    }
)


@pytest.mark.parametrize(("age", "child"), [(9, True), (30, False)])
def test_an_age_field_inside_an_object_is_read_by_its_own_name(age: int, child: bool) -> None:
    decision = check(
        "social_login",
        {"profile": {"age": age, "note": "n"}},
        policy=POLICY,
        datasets=[NESTED],
        system_of={"nested_club": "social_login"},
        today=TODAY,
    )
    found = [f.field for f in decision.findings if f.rule == "child"]
    assert found == (["profile.age"] if child else [])


@pytest.mark.parametrize(
    ("category", "outcome"),
    [
        ("user.financial", "accept"),  # declared wider than card data: card data may sit there
        # the root of all personal data declares nothing in particular (the key made at run
        # time, as a data map read from a file gives it)
        ("".join(["us", "er"]), "reject"),
    ],
)
def test_which_declared_categories_make_room_for_a_card(category: str, outcome: str) -> None:
    body = {
        "fides_key": "wide_vault",
        "collections": [
            {"name": "cards", "fields": [{"name": "card", "data_categories": [category]}]}
        ],
    }
    decision = check(
        "web_store",
        {"card": "4111 1111 1111 1111"},
        policy=POLICY,
        datasets=[dataset_from_body(body)],
        system_of={"wide_vault": "web_store"},
        today=TODAY,
    )
    assert decision.outcome == outcome
