"""An IBAN is valid only at its country's length (ISO 13616 registry), and the other checks.

The lengths below are the registry's, written out here; each country gets an IBAN of that
length with correct check digits (computed here by the ISO 7064 rule), and the same with one
character more or less, check digits recomputed, which must fail on the length alone.
"""

from __future__ import annotations

import pytest

from troth.guard.checksums import iban_valid, luhn_valid

REGISTRY = """
AD 24  AE 23  AL 28  AT 20  AZ 28  BA 20  BE 16  BG 22  BH 22  BR 29  BY 28  CH 21  CR 22
CY 28  CZ 24  DE 22  DK 18  DO 28  EE 20  EG 29  ES 24  FI 18  FO 18  FR 27  GB 22  GE 22
GI 23  GL 18  GR 27  GT 28  HR 21  HU 28  IE 22  IL 23  IQ 23  IS 26  IT 27  JO 30  KW 30
KZ 20  LB 28  LC 32  LI 21  LT 20  LU 20  LV 21  MC 27  MD 24  ME 22  MK 19  MR 27  MT 31
MU 30  NL 18  NO 15  PK 24  PL 28  PS 29  PT 25  QA 29  RO 24  RS 22  SA 24  SC 31  SE 24
SI 19  SK 24  SM 27  ST 25  SV 28  TL 23  TN 24  TR 26  UA 29  VA 22  VG 24  XK 20
"""
_PAIRS = REGISTRY.split()
LENGTHS = {_PAIRS[i]: int(_PAIRS[i + 1]) for i in range(0, len(_PAIRS), 2)}


def with_check_digits(country: str, bban: str) -> str:
    """``country`` + check digits + ``bban``, the check digits by ISO 7064 mod 97-10."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def bban_of(length: int) -> str:
    return ("1234567890" * 4)[: length - 4]


def test_the_registry_lists_every_country_once() -> None:
    assert len(LENGTHS) == len(_PAIRS) // 2 == 77


@pytest.mark.parametrize(("country", "length"), sorted(LENGTHS.items()))
def test_an_iban_is_valid_only_at_its_countrys_length(country: str, length: int) -> None:
    right = with_check_digits(country, bban_of(length))
    assert len(right) == length and iban_valid(right)
    assert iban_valid(right.lower())
    assert not iban_valid(with_check_digits(country, bban_of(length + 1)))
    assert not iban_valid(with_check_digits(country, bban_of(length - 1)))


def test_the_known_examples() -> None:
    assert iban_valid("NO9386011117947")  # the shortest there is: 15
    assert iban_valid("LC55HEMM000100010012001200023015")  # the longest: 32
    assert not iban_valid("NO9386011117948")
    assert iban_valid("DE89370400440532013000")


def test_a_country_outside_the_registry_needs_fifteen_characters_and_the_remainder() -> None:
    assert iban_valid(with_check_digits("ZZ", bban_of(15)))
    assert iban_valid(with_check_digits("ZZ", bban_of(34)))
    assert not iban_valid(with_check_digits("ZZ", bban_of(14)))
    assert not iban_valid(with_check_digits("ZZ", bban_of(14)) + " ")


def test_the_form_of_an_iban() -> None:
    good = with_check_digits("DE", "370400440532013000")
    assert good == "DE89370400440532013000"
    assert not iban_valid("1E89370400440532013000")  # a digit for a country letter
    assert not iban_valid("DEX9370400440532013000")  # a letter for a check digit
    assert not iban_valid("DE89 370400440532013000"[:22])  # a space inside
    assert not iban_valid("DE89370400440532013-00")
    assert not iban_valid("DE89370400440532013０00")  # a full-width digit
    assert not iban_valid("DE88370400440532013000")  # remainder 0, not 1


def test_luhn_at_the_edges() -> None:
    assert luhn_valid("000000000000")  # twelve digits, the shortest length read
    assert not luhn_valid("00000000000")  # eleven
    assert luhn_valid("4222222222222")  # thirteen
    assert not luhn_valid("4222222222223")
    assert not luhn_valid("")
    # each digit doubled once, in every position a doubled digit can take
    for digit, doubled in zip("0123456789", (0, 2, 4, 6, 8, 1, 3, 5, 7, 9), strict=True):
        check = (10 - doubled % 10) % 10
        assert luhn_valid("00000000000" + digit + str(check)), digit
        assert not luhn_valid("00000000000" + digit + str((check + 1) % 10)), digit


def _remainder_one(start: str, bban: str) -> str:
    """``start`` (four characters, letters allowed where an IBAN has digits) followed by
    ``bban`` and one more digit chosen so that the ISO 7064 remainder is 1."""
    for last in "0123456789" * 10:
        for extra in "0123456789":
            candidate = start + bban + last + extra
            rearranged = candidate[4:] + candidate[:4]
            if int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1:
                return candidate
    raise AssertionError("no candidate")


@pytest.mark.parametrize("start", ["1E89", "D189", "DEX9", "DE8X"])
def test_the_form_is_checked_even_when_the_remainder_is_one(start: str) -> None:
    """A digit in the country code or a letter in the check digits is refused by its form."""
    candidate = _remainder_one(start, "3704004405320130")
    assert len(candidate) == 22 and not iban_valid(candidate)
