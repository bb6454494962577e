"""What the planner puts in a request's record (docs/semantics.md R1, R2), on small data maps.

Each expected value is worked out by hand from the rule the test names and written here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from schema_builders import field as _field
from schema_builders import ref as _ref

from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Policy
from troth.requests.planner import plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "erasure_policy.yaml"


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


# people place orders sent to addresses; products name their supplier: nothing of a
# person's reaches a product or a supplier
SHOP: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        {
            "name": "people",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("email", "user.contact.email", identity="email"),
            ],
        },
        {
            "name": "orders",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("person_id", "system.operations", **_ref("people.id", "from")),
                _field("address_id", "system.operations", **_ref("addresses.id", "to")),
            ],
        },
        {
            "name": "addresses",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("street", "user.contact.address"),
            ],
        },
        {
            "name": "products",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("supplier_id", "system.operations", **_ref("suppliers.id", "to")),
            ],
        },
        {
            "name": "suppliers",
            "fields": [
                _field("id", "system.operations", primary_key=True),
                _field("contact", "user.name"),
            ],
        },
    ],
}


@pytest.mark.parametrize("kind", ["access", "erasure"])
def test_a_record_follows_referrals_from_its_own_rows_only(kind: str, policy: Policy) -> None:
    """R1, R2: people are found by the address, orders are theirs, the addresses their
    orders name are referred. A supplier is named only by products, which are no one's
    record: it is not in the plan, though it holds a name."""
    plan = plan_request(kind, {"email": ["ann@example.org"]}, [dataset_from_body(SHOP)], policy)
    assert sorted(s.collection for s in plan.steps) == ["addresses", "orders", "people"]


def test_a_correction_writes_the_identity_field_named_by_a_target_read_at_run_time(
    policy: Policy,
) -> None:
    """A correction of the identity type ``email`` writes each field that holds it, here
    the people's address, and only reads the rest. The target comes from a parsed request
    body, as it does in service, not from a literal of the test."""
    target = json.loads('{"correct": "email"}')["correct"]
    plan = plan_request(
        "correction",
        {"email": ["ann@example.org"]},
        [dataset_from_body(SHOP)],
        policy,
        correction_target=target,
    )
    written = sorted((s.collection, f.name) for s in plan.steps for f in s.fields_to("write"))
    assert written == [("people", "email")]
