"""What an erasure kept, said for the person (O1): the lines the status page and mail show."""

from __future__ import annotations

from troth.requests.kept import kept_for_person
from troth.requests.lifecycle import CLOSED_STATES, Event, State, next_state


def test_kept_items_read_as_plain_sentences() -> None:
    evidence = {
        "kept": [
            {
                "collection": "shop.invoices",
                "rows": 1,
                "reason": "kept with personal fields masked: user.financial is kept for "
                "essential.legal_obligation (legal obligation) for P6Y after order_completed",
                "allowed": True,
            },
            {"collection": "shop.store_orders", "rows": 2, "reason": "shared: x", "allowed": True},
        ]
    }
    assert kept_for_person(evidence) == [
        "invoices (1 row): user.financial is kept for essential.legal_obligation, because the "
        "law requires it for 6 years after order completed",
        "store orders (2 rows): shared: x",
    ]
    assert kept_for_person({}) == []


def test_a_partial_request_is_closed_and_may_be_run_again() -> None:
    assert next_state(State.RUNNING, Event.FINISH_PARTLY, approval_required=False) is State.PARTIAL
    assert State.PARTIAL in CLOSED_STATES
    assert next_state(State.PARTIAL, Event.RETRY, approval_required=False) is State.RUNNING
