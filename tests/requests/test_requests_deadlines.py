"""Deadlines by jurisdiction: GDPR one month (+2), CCPA 45 days (+45), acknowledgement."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from troth.requests.deadlines import (
    JurisdictionError,
    add_business_days,
    can_extend,
    deadlines_for,
    is_overdue,
)


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 9, 30, tzinfo=UTC)


def test_gdpr_one_month_extendable_by_two() -> None:
    d = deadlines_for("gdpr", at(2024, 1, 15))
    assert d.due == at(2024, 2, 15)
    assert d.extended_due == at(2024, 4, 15)
    assert d.acknowledge_by is None


def test_gdpr_month_end_is_clamped() -> None:
    assert deadlines_for("GDPR", at(2024, 1, 31)).due == at(2024, 2, 29)
    assert deadlines_for("GDPR", at(2023, 11, 30)).extended_due == at(2024, 2, 29)


def test_ccpa_45_days_plus_45_and_acknowledgement_within_10_business_days() -> None:
    received = at(2024, 3, 1)  # a Friday
    d = deadlines_for("CCPA", received)
    assert d.due == at(2024, 4, 15)
    assert d.extended_due == at(2024, 5, 30)
    assert d.acknowledge_by == at(2024, 3, 15)  # two working weeks later


def test_business_days_skip_weekends() -> None:
    assert add_business_days(at(2024, 3, 8), 1) == at(2024, 3, 11)  # Friday -> Monday
    assert add_business_days(at(2024, 3, 9), 1) == at(2024, 3, 11)  # Saturday -> Monday


def test_extension_only_before_the_first_deadline_and_overdue_flag() -> None:
    received = at(2024, 1, 15)
    assert can_extend("GDPR", received, at(2024, 2, 14))
    assert not can_extend("GDPR", received, at(2024, 2, 16))
    due = deadlines_for("GDPR", received).due
    assert not is_overdue(due, None, at(2024, 2, 14))
    assert is_overdue(due, None, at(2024, 2, 16))
    assert not is_overdue(due, at(2024, 2, 1), at(2024, 6, 1))  # answered in time
    assert is_overdue(due, at(2024, 2, 20), at(2024, 6, 1))  # answered late


def test_unknown_jurisdiction_is_a_clear_error() -> None:
    with pytest.raises(JurisdictionError, match="unknown jurisdiction 'LGPD': expected one of"):
        deadlines_for("LGPD", at(2024, 1, 1))
