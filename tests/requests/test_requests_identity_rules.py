"""How identity values are compared and checked, value by value (docs/semantics.md, M1 and M2).

Pure functions: the compared form of each kind, which stored values match, and which values
are refused with which one-line reason (never repeating the value).
"""

from __future__ import annotations

import pytest

from troth.requests.identity import IdentityError, check_identity, fold, kind_of, matches


@pytest.mark.parametrize(
    ("identity_type", "kind"),
    [
        ("email", "email"),
        ("phone_number", "phone"),
        ("phone", "phone"),
        ("customer_id", "exact"),
        ("Email", "exact"),
    ],
)
def test_kind_of(identity_type: str, kind: str) -> None:
    assert kind_of(identity_type) == kind


@pytest.mark.parametrize(
    ("kind", "value", "folded"),
    [
        ("email", "  Ann.Lee@Example.ORG ", "ann.lee@example.org"),
        ("email", "ÄNN@example.org", "Änn@example.org"),  # only ASCII letters are lowered
        ("email", "\tann@example.org", "\tann@example.org"),  # only spaces are stripped
        ("phone", "+1 (555) 010-0199", "+15550100199"),
        ("phone", "555.010.0199", "5550100199"),
        ("phone", "+44/20 7946", "+44/207946"),
        ("exact", 42, "42"),
        ("exact", " Ab ", " Ab "),
        ("email", None, None),
        ("phone", None, None),
    ],
)
def test_the_compared_form(kind: str, value: object, folded: str | None) -> None:
    assert fold(kind, value) == folded


@pytest.mark.parametrize(
    ("kind", "stored", "wanted", "same"),
    [
        ("email", "ANN@example.org ", "ann@EXAMPLE.org", True),
        ("email", "ann@example.org", "anne@example.org", False),
        ("email", None, "ann@example.org", False),
        ("email", "ann@example.org", None, False),
        ("phone", "555 0100", "555-0100", True),
        ("phone", "+1 555 0100", "+1 555 0100", True),
        ("phone", "555 0100", "555 0101", False),
        ("phone", "555 0101", "555 0100", False),
        ("phone", None, None, False),
        ("phone", None, "None", False),  # NULL is no value, not the text "None"
        ("exact", "C-17", "C-17", True),
        ("exact", "C-17", "c-17", False),
        ("exact", 17, "17", True),
    ],
)
def test_which_stored_values_match(kind: str, stored: object, wanted: object, same: bool) -> None:
    assert matches(kind, stored, wanted) is same


@pytest.mark.parametrize(
    ("identity_type", "value"),
    [
        ("email", "ann@example.org"),
        ("email", " ann@example.org "),
        ("email", "a@b.co"),
        ("email", "ann@mail.example.org"),
        ("email", "a" * 64 + "@example.org"),
        ("email", "a@" + "b" * 314 + ".org"),  # 320 characters
        ("phone_number", "+1 (555) 010-0199"),
        ("phone", "7"),
        ("customer_id", "C-17"),
        ("customer_id", "x" * 320),
    ],
)
def test_values_accepted_as_given(identity_type: str, value: str) -> None:
    assert check_identity(identity_type, value) == value


@pytest.mark.parametrize(
    ("identity_type", "value", "reason"),
    [
        ("email", "", "the email is empty"),
        ("email", "   ", "the email is empty"),
        ("customer_id", " \t", "the customer_id is empty"),
        ("email", "a@" + "b" * 315 + ".org", "the email is longer than 320 characters"),
        ("customer_id", "x" * 321, "the customer_id is longer than 320 characters"),
        ("customer_id", " " + "x" * 320, "the customer_id is longer than 320 characters"),
        ("phone", "1" * 320 + " ", "the phone is longer than 320 characters"),
        ("email", "a" * 65 + "@example.org", "not an e-mail address"),
        ("email", "@example.org", "not an e-mail address"),
        ("email", "ann.example.org", "not an e-mail address"),
        ("email", ".ann@example.org", "not an e-mail address"),
        ("email", "ann.@example.org", "not an e-mail address"),
        ("email", "ann@example", "not an e-mail address"),
        ("email", "ann@example..org", "not an e-mail address"),
        ("email", "ann@.example.org", "not an e-mail address"),
        ("email", "ann@-example.org", "not an e-mail address"),
        ("email", "ann@example.-org", "not an e-mail address"),
        ("email", "ann@@example.org", "not an e-mail address"),
        ("email", "ann@x@example.org", "not an e-mail address"),
        ("email", "ann lee@example.org", "not an e-mail address"),
        ("email", "ann@example.org,bob@example.org", "not an e-mail address"),
        ("email", "ann@example.org\nBcc: x@example.org", "not an e-mail address"),
        ("email", "ann\x01@example.org", "the email holds a control character"),
        ("phone_number", "call me", "the phone_number holds no digits"),
        ("phone", "555\x070100", "the phone holds a control character"),
        ("customer_id", "C\x1f17", "the customer_id holds a control character"),
    ],
)
def test_values_refused_with_a_reason(identity_type: str, value: str, reason: str) -> None:
    with pytest.raises(IdentityError) as refused:
        check_identity(identity_type, value)
    message = str(refused.value)
    assert reason in message and "\n" not in message
    if value.strip():
        assert value.strip() not in message


def test_a_character_below_space_is_a_control_character_and_space_is_not() -> None:
    assert check_identity("customer_id", "C 17") == "C 17"
    with pytest.raises(IdentityError, match="control character"):
        check_identity("customer_id", "C\x0017")
