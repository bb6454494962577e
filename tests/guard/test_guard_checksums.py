"""Checksums: Luhn for payment cards, ISO 13616 for IBANs."""

from __future__ import annotations

import random

from troth.guard.checksums import iban_valid, luhn_valid


def _luhn_by_the_book(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value // 10 + value % 10
    return total % 10 == 0


def test_known_card_numbers() -> None:
    assert luhn_valid("4111111111111111")
    assert luhn_valid("5500005555555559")
    assert luhn_valid("378282246310005")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("41111111111")  # too short for a card
    assert not luhn_valid("4111 1111 1111 1111")  # digits only


def test_digits_of_other_scripts_are_read_as_their_values() -> None:
    arabic_indic = "4111111111111111".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert luhn_valid(arabic_indic)
    assert not luhn_valid(arabic_indic[:-1] + "٢")
    assert not luhn_valid("41111111111111¹¹")  # superscripts are no decimal digits


def test_luhn_agrees_with_the_definition_on_random_numbers() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(12, 20)))
        assert luhn_valid(digits) == _luhn_by_the_book(digits)


def test_ibans() -> None:
    assert iban_valid("DE89370400440532013000")
    assert iban_valid("GB82WEST12345698765432")
    assert not iban_valid("DE89370400440532013001")
    assert not iban_valid("DE8937040044053201300")  # one short for Germany
