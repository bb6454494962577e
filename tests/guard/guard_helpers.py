"""What the guard finds in a ticket body of the demo company, for the tests that read text."""

from __future__ import annotations

from datetime import date

from troth.demo.datasets import demo_data_map
from troth.guard import check
from troth.guard.detection import CHILD, SPECIAL_CATEGORIES
from troth.policy import load_policy

TODAY = date(2026, 12, 6)
SENSITIVE = {*SPECIAL_CATEGORIES, CHILD}
_POLICY = load_policy()
_DEMO = demo_data_map()


def found(text: str) -> set[str]:
    """The special categories and children's signs the check finds in a ticket body (through
    `check`, the path the tests that prove a clause name)."""
    decision = check(
        "customer_service", {"body": text}, datasets=_DEMO, policy=_POLICY, today=TODAY
    )
    return {f.category for f in decision.findings if f.category in SENSITIVE}
