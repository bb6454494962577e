"""What an erasure kept, line by line: periods, counts and names said plainly (O1)."""

from __future__ import annotations

import pytest

from troth.requests.kept import kept_for_person


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("for P1Y after signup", "for 1 year after signup"),
        ("for P2Y after last_order_date", "for 2 years after last order date"),
        ("for P1M", "for 1 month"),
        ("for P18M", "for 18 months"),
        ("for P1W", "for 1 week"),
        ("for P3W", "for 3 weeks"),
        ("for P1D", "for 1 day"),
        ("for P30D", "for 30 days"),
        ("for P0D after consent_withdrawn", "for 0 days after consent withdrawn"),
        ("for XP2Y and P2YX", "for XP2Y and P2YX"),  # not a period on its own
        ("kept with personal fields masked: for P1Y", "for 1 year"),
        ("user.x (legal obligation) for P6Y", "user.x, because the law requires it for 6 years"),
        ("after Order_Date", "after Order_Date"),  # only lower-case field names are read
    ],
)
def test_a_reason_said_plainly(reason: str, said: str) -> None:
    evidence = {"kept": [{"collection": "shop.invoices", "rows": 3, "reason": reason}]}
    assert kept_for_person(evidence) == [f"invoices (3 rows): {said}"]


@pytest.mark.parametrize(
    ("item", "line"),
    [
        (
            {"collection": "crm.support_tickets", "rows": 1, "reason": "r"},
            "support tickets (1 row): r",
        ),
        ({"collection": "a.b.call_logs", "rows": 0, "reason": "r"}, "call logs (0 rows): r"),
        ({"collection": "orders", "rows": "2", "reason": "r"}, "orders (2 rows): r"),
        ({"reason": "r"}, " (0 rows): r"),
        ({"collection": "x.keys", "rows": 5}, "keys (5 rows): "),
    ],
)
def test_the_collection_and_the_count(item: dict[str, object], line: str) -> None:
    assert kept_for_person({"kept": [item]}) == [line]


def test_one_line_per_item_and_none_for_other_requests() -> None:
    items = [
        {"collection": "s.a", "rows": 1, "reason": "x"},
        {"collection": "s.b", "rows": 2, "reason": "y"},
    ]
    assert kept_for_person({"kept": items}) == ["a (1 row): x", "b (2 rows): y"]
    assert kept_for_person({"kept": None}) == []
    assert kept_for_person({"kept": []}) == []
    assert kept_for_person({"deleted": 3}) == []
