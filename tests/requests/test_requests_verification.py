"""One-time codes: at least 6 digits, 15 minutes, 5 tries, stored only as a keyed hash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from troth.requests.verification import (
    CODE_DIGITS,
    MAX_TRIES,
    CodeResult,
    check_code,
    hash_code,
    issue,
    new_code,
)

KEY = b"k" * 32
T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def test_codes_have_at_least_six_random_digits() -> None:
    codes = {new_code() for _ in range(200)}
    assert CODE_DIGITS >= 6
    assert all(len(c) == CODE_DIGITS and c.isdigit() for c in codes)
    assert len(codes) > 190  # random, not a counter or a constant
    with pytest.raises(ValueError):
        new_code(5)


def test_the_stored_form_is_a_keyed_hash_bound_to_the_request() -> None:
    stored = issue("12345678", "req1", KEY, T0)
    assert "12345678" not in stored.code_hash
    assert stored.code_hash == hash_code("12345678", "req1", KEY)
    assert stored.code_hash != hash_code("12345678", "req2", KEY)
    assert stored.code_hash != hash_code("12345678", "req1", b"x" * 32)


def test_the_right_code_within_15_minutes_is_accepted_once() -> None:
    stored = issue("00001234", "req1", KEY, T0)
    check = check_code(stored, " 00001234 ", "req1", KEY, T0 + timedelta(minutes=14, seconds=59))
    assert check.outcome is CodeResult.ACCEPTED
    again = check_code(check.code, "00001234", "req1", KEY, T0 + timedelta(minutes=15))
    assert again.outcome is CodeResult.SPENT


def test_after_15_minutes_the_code_has_expired() -> None:
    stored = issue("00001234", "req1", KEY, T0)
    check = check_code(stored, "00001234", "req1", KEY, T0 + timedelta(minutes=15))
    assert check.outcome is CodeResult.EXPIRED


def test_five_wrong_tries_spend_the_code_even_the_right_one_after() -> None:
    stored = issue("00001234", "req1", KEY, T0)
    for n in range(1, MAX_TRIES + 1):
        check = check_code(stored, "99999999", "req1", KEY, T0)
        assert check.outcome is CodeResult.WRONG
        assert check.tries_left == MAX_TRIES - n
        stored = check.code
    assert MAX_TRIES == 5 and stored.spent
    assert check_code(stored, "00001234", "req1", KEY, T0).outcome is CodeResult.SPENT


def test_a_code_for_another_request_is_wrong() -> None:
    stored = issue("00001234", "req1", KEY, T0)
    assert check_code(stored, "00001234", "req2", KEY, T0).outcome is CodeResult.WRONG
