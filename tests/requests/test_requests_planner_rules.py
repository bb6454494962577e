"""What the planner puts in a request's record (docs/semantics.md R1, R2), on small data maps.

Each expected value is worked out by hand from the rule the test names and written here.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from schema_builders import field as _field
from schema_builders import people as _people
from schema_builders import ref as _ref
from schema_builders import table as _table
from schema_builders import threads

from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.policy.models import Policy
from troth.requests.planner import PlanError, plan_request

POLICY = Path(__file__).parent / "fixtures_engine" / "erasure_policy.yaml"


@pytest.fixture
def policy() -> Policy:
    return load_policy(POLICY)


# people place orders sent to addresses; products name their supplier: nothing of a
# person's reaches a product or a supplier
SHOP: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        _people(),
        _table(
            "orders",
            _field("person_id", "system.operations", **_ref("people.id", "from")),
            _field("address_id", "system.operations", **_ref("addresses.id", "to")),
        ),
        _table("addresses", _field("street", "user.contact.address")),
        _table(
            "products", _field("supplier_id", "system.operations", **_ref("suppliers.id", "to"))
        ),
        _table("suppliers", _field("contact", "user.name")),
    ],
}


@pytest.mark.parametrize("products", ["products", "catalogue"])
@pytest.mark.parametrize("kind", ["access", "erasure"])
def test_a_record_follows_referrals_from_its_own_rows_only(
    kind: str, products: str, policy: Policy
) -> None:
    """R1, R2: people are found by the address, orders are theirs, the addresses their
    orders name are referred. A supplier is named only by products, which are no one's
    record: it is not in the plan, though it holds a name, whatever products are called."""
    body = json.loads(json.dumps(SHOP).replace('"products', f'"{products}'))
    plan = plan_request(kind, {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy)
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


# people place orders at stores; reviews belong to articles and replies to threads, none
# of which is anyone's record
STORES: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        SHOP["collections"][0],
        _table(
            "orders",
            _field("person_id", "system.operations", **_ref("people.id", "from")),
            _field("store_id", "system.operations", **_ref("stores.id", "to")),
        ),
        _table("stores", _field("manager", "user.name")),
        *(_table(parent, _field("title", "user.content")) for parent in ("articles", "threads")),
        *(
            _table(
                child,
                _field(f"{parent}_id", "system.operations", **_ref(f"{parent}.id", "from")),
                _field("text", "user.content"),
            )
            for child, parent in (("reviews", "articles"), ("replies", "threads"))
        ),
    ],
}


@pytest.mark.parametrize("stores", ["stores", "outlets"])
@pytest.mark.parametrize("kind", ["access", "erasure"])
def test_a_record_takes_only_the_collections_owned_by_its_own_and_referred_ones(
    kind: str, stores: str, policy: Policy
) -> None:
    """R1, R2: people are found by the address, orders are owned by them, the stores their
    orders name are referred. Reviews and replies are owned by articles and threads, which
    nothing of the record reaches. The steps run in that order: each collection after the
    one its rows are found from. None of it depends on what the stores are called."""
    body = json.loads(json.dumps(STORES).replace('"stores', f'"{stores}'))
    plan = plan_request(kind, {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy)
    assert [s.collection for s in plan.steps] == ["people", "orders", stores]


def test_a_category_kept_for_a_legitimate_interest_is_erased(
    tmp_path: Path, policy: Policy
) -> None:
    """X1: only a legal obligation keeps a field from erasure. The shop's contact details
    rest on its legitimate interests here, not on a legal obligation: Ann's address is
    erased (hashed, as the policy's rule for e-mail addresses says)."""
    text = POLICY.read_text(encoding="utf-8").replace(
        "{use: essential.service, basis: contract}",
        "{use: essential.service, basis: legitimate_interests}",
    )
    assert "legitimate_interests" in text
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    changed = load_policy(path)
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(SHOP)], changed
    )
    people = next(s for s in plan.steps if s.collection == "people")
    email = next(f for f in people.fields if f.name == "email")
    assert (email.action, email.strategy, email.reason) == ("erase", "hash", None)


# a person has a home store and places orders; each order is sent in deliveries, which
# name the store they left from
DELIVERIES: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        _table(
            "people",
            _field("email", "user.contact.email", identity="email"),
            _field("store_id", "system.operations", **_ref("stores.id", "to")),
        ),
        _table("orders", _field("person_id", "system.operations", **_ref("people.id", "from"))),
        _table(
            "deliveries",
            _field("order_id", "system.operations", **_ref("orders.id", "from")),
            _field("store_id", "system.operations", **_ref("stores.id", "to")),
            _field("address", "user.contact.address"),
        ),
        STORES["collections"][2],
    ],
}


@pytest.mark.parametrize("stores", ["stores", "outlets", "branches"])
def test_a_collection_found_from_two_others_comes_after_both(stores: str, policy: Policy) -> None:
    """R2: stores are found from people (a home store) and from deliveries (the store an
    order left from), so they come after both, though people reach them in one link and
    deliveries only in two. The order does not depend on what the stores are called."""
    body = json.loads(json.dumps(DELIVERIES).replace('"stores', f'"{stores}'))
    plan = plan_request("access", {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy)
    assert [s.collection for s in plan.steps] == ["people", "orders", "deliveries", stores]


# a person's reviews, which the policy deletes whole (its text is erased with delete_row)
REVIEWS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        SHOP["collections"][0],
        _table(
            "reviews",
            _field("person_id", "system.operations", **_ref("people.id", "from")),
            _field("text", "user.content"),
            _field("signature", "user.name", read_only=True),
        ),
    ],
}


def test_a_read_only_field_keeps_a_row_the_policy_deletes_whole(policy: Policy) -> None:
    """X2 (with X1.3): the policy deletes a review whole, but its signature is read-only
    and may not be written, nor deleted with its row: the review is masked, the signature
    kept."""
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(REVIEWS)], policy
    )
    reviews = next(s for s in plan.steps if s.collection == "reviews")
    assert reviews.row_action == "mask"
    assert [f.name for f in reviews.fields_to("keep")] == ["id", "signature"]


# orders own their items, and an item may be part of a bundle item; notes are a person's
# too, found from people as orders are
ITEMS: dict[str, Any] = {
    "fides_key": "shop",
    "collections": [
        SHOP["collections"][0],
        _table(
            "orders",
            _field("person_id", "system.operations", **_ref("people.id", "from")),
            _field("comment", "user.content"),
        ),
        _table(
            "items",
            _field("order_id", "system.operations", **_ref("orders.id", "from")),
            _field("bundle_id", "system.operations", **_ref("items.id", "to")),
            _field("engraving", "user.content"),
        ),
        _table(
            "notes",
            _field("person_id", "system.operations", **_ref("people.id", "from")),
            _field("text", "user.content"),
        ),
    ],
}


def test_rows_found_from_others_are_written_first_whatever_links_they_hold_to_themselves(
    policy: Policy,
) -> None:
    """X5: rows that hold a link are written before the rows it points at, and otherwise
    rows found from others first. Items (found from orders) go before orders and notes
    (found from people), and people last. An item's link to another item orders nothing."""
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(ITEMS)], policy
    )
    assert [k.rpartition(".")[2] for k in plan.write_order] == [
        "items",
        "orders",
        "notes",
        "people",
    ]


def test_an_empty_identity_value_is_passed_over_not_the_values_after_it(policy: Policy) -> None:
    """M2: an empty value names no one and is dropped; the values after it still count."""
    plan = plan_request(
        "access",
        {"email": ["", "ann@example.org", None]},  # type: ignore[list-item]
        [dataset_from_body(SHOP)],
        policy,
    )
    assert plan.subjects == ({"email": ("ann@example.org",)},)


def test_a_correction_named_at_run_time_still_needs_its_target(policy: Policy) -> None:
    """A correction must say what it corrects, whatever the kind's string is made of (here
    read from a parsed request body)."""
    kind = json.loads('{"kind": "correction"}')["kind"]
    with pytest.raises(PlanError, match="^a correction needs the identity type or category"):
        plan_request(kind, {"email": ["ann@example.org"]}, [dataset_from_body(SHOP)], policy)


def test_a_withdrawal_keeps_a_category_that_rests_on_consent_and_on_another_basis(
    tmp_path: Path,
) -> None:
    """X1.5 for a withdrawal: only what rests on consent alone is erased. Here the shop's
    contact details are used for its service under a contract and for newsletters under
    consent: withdrawing consent leaves Ann's address, with that reason."""
    text = POLICY.read_text(encoding="utf-8").replace(
        "          - {use: essential.service, basis: contract}\n",
        "          - {use: essential.service, basis: contract}\n"
        "          - {use: marketing.communications.email, basis: consent}\n",
        1,
    )
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    plan = plan_request(
        "withdrawal", {"email": ["ann@example.org"]}, [dataset_from_body(SHOP)], load_policy(path)
    )
    people = next(s for s in plan.steps if s.collection == "people")
    email = next(f for f in people.fields if f.name == "email")
    assert (email.action, email.reason) == ("keep", "it also rests on a basis other than consent")


def test_a_plan_looks_rows_up_by_the_identity_types_given_only(policy: Policy) -> None:
    """A request by e-mail address looks people up by their address, not by the phone
    number the collection also holds."""
    body = copy.deepcopy(SHOP)
    body["collections"][0]["fields"].append(
        _field("phone", "user.contact.phone_number", identity="phone_number")
    )
    plan = plan_request("access", {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy)
    people = next(s for s in plan.steps if s.collection == "people")
    assert [(i.kind, i.fields, i.identity) for i in people.inputs] == [
        ("identity", ("email",), "email")
    ]


def test_a_row_that_holds_a_link_is_written_before_the_row_it_points_at(policy: Policy) -> None:
    """X5: Ann's deliveries are written first (found from others, pointing at a store),
    then Ann herself (her home store), then the stores both point at."""
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(DELIVERIES)], policy
    )
    assert [k.rpartition(".")[2] for k in plan.write_order] == ["deliveries", "people", "stores"]


@pytest.mark.parametrize("target", ["addresses.nope", "nowhere.id"])
def test_a_reference_to_a_field_the_data_map_lacks_finds_nothing(
    target: str, policy: Policy
) -> None:
    """E5: a reference to a field or a collection the data map does not hold is no link (the
    data map check reports it): the plan follows the others and reaches no addresses."""
    body = copy.deepcopy(SHOP)
    orders = body["collections"][1]["fields"]
    orders[2] = _field("address_id", "system.operations", **_ref(target, "to"))
    plan = plan_request("access", {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy)
    assert sorted(s.collection for s in plan.steps) == ["orders", "people"]


@pytest.mark.parametrize("use", ["essential.service.payment_processing", "essential"])
def test_a_legal_hold_gives_the_retention_of_the_obligation_that_holds_it(
    use: str, tmp_path: Path
) -> None:
    """X1.4: bank details are collected for the service under a contract (kept a year) and
    for the books under a legal obligation (kept six years after the order). The erasure
    keeps them, and the reason gives the obligation's retention, not the contract's."""
    text = POLICY.read_text(encoding="utf-8").replace(
        "      - categories: [user.financial]\n",
        "      - categories: [user.financial]\n"
        "        uses:\n"
        f"          - {{use: {use}, basis: contract}}\n"
        "        retention: P1Y\n"
        "      - categories: [user.financial]\n",
        1,
    )
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    body = copy.deepcopy(SHOP)
    body["collections"][0]["fields"].append(_field("iban", "user.financial.bank_account"))
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(body)], load_policy(path)
    )
    iban = next(f for f in plan.steps[0].fields if f.name == "iban")
    assert (iban.action, iban.reason) == (
        "keep",
        "user.financial.bank_account is kept for essential.legal_obligation (legal obligation) "
        "for P6Y after order_completed",
    )


@pytest.mark.parametrize("kind", ["withdrawal", "erasure"])
def test_a_kind_named_at_run_time_plans_as_its_literal_does(kind: str, policy: Policy) -> None:
    """The kind of a request read from a parsed body plans exactly as the same kind written
    in code: a withdrawal keeps what does not rest on consent alone, an erasure erases it."""
    parsed = json.loads(json.dumps({"kind": kind}))["kind"]
    plans = [
        plan_request(k, {"email": ["ann@example.org"]}, [dataset_from_body(SHOP)], policy)
        for k in (kind, parsed)
    ]
    assert plans[0].describe() == plans[1].describe()
    email = next(f for f in plans[1].steps[0].fields if f.name == "email")
    assert email.action == ("keep" if kind == "withdrawal" else "erase")


# Ann's notes and the replies to them, each written on erasure (they hold her words)
THREADS: dict[str, Any] = threads()


def test_collections_that_point_at_each_other_are_written_before_the_person_they_reach(
    policy: Policy,
) -> None:
    """X5: notes and replies point at each other (a cycle, written as found, rows found
    from others first); both point back to Ann, so her row is written last."""
    plan = plan_request(
        "erasure", {"email": ["ann@example.org"]}, [dataset_from_body(THREADS)], policy
    )
    assert [k.rpartition(".")[2] for k in plan.write_order] == ["replies", "notes", "people"]


@pytest.mark.parametrize(("notes", "replies"), [("notes", "replies"), ("posts", "answers")])
def test_a_cycle_of_collections_is_entered_at_the_one_closest_to_an_identity(
    notes: str, replies: str, policy: Policy
) -> None:
    """R1: notes and replies find each other; notes are one link from Ann, replies two, so
    the cycle is entered at the notes, whatever the two are called."""
    text = json.dumps(THREADS).replace('"notes', f'"{notes}').replace('"replies', f'"{replies}')
    plan = plan_request(
        "access", {"email": ["ann@example.org"]}, [dataset_from_body(json.loads(text))], policy
    )
    assert [s.collection for s in plan.steps] == ["people", notes, replies]


def test_a_field_whose_first_reference_is_unknown_still_follows_its_second(
    policy: Policy,
) -> None:
    """E5: an order's address field names a collection the data map lacks and, second, the
    addresses: the second reference is followed, so the addresses are referred."""
    body = copy.deepcopy(SHOP)
    address = body["collections"][1]["fields"][2]
    address["fides_meta"]["references"].insert(
        0, {"dataset": "shop", "field": "nowhere.id", "direction": "to"}
    )
    plan = plan_request("access", {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy)
    assert sorted(s.collection for s in plan.steps) == ["addresses", "orders", "people"]


def test_an_undeclared_identity_type_is_refused_naming_the_declared_ones(policy: Policy) -> None:
    """M2: a request by a type no dataset declares is refused, and the error names those
    that are declared."""
    with pytest.raises(
        PlanError,
        match=r"^identity type 'phone_number' is declared by no dataset \(declared: email\)$",
    ):
        plan_request(
            "access", {"phone_number": ["+44 20 7946 0000"]}, [dataset_from_body(SHOP)], policy
        )


def test_only_collections_that_link_into_the_record_are_reported_as_unreached(
    policy: Policy,
) -> None:
    """O2: complaints hold a name and point at orders, which are Ann's record, yet no
    identity reaches them: the plan says they may be hers. Ratings hold a name and point
    only at products, which are no one's record: nothing is said of them."""
    body = copy.deepcopy(SHOP)
    for name, target in (("complaints", "orders.id"), ("ratings", "products.id")):
        body["collections"].append(
            _table(
                name,
                _field("about_id", "system.operations", **_ref(target, "to")),
                _field("author", "user.name"),
            )
        )
    plan = plan_request("access", {"email": ["ann@example.org"]}, [dataset_from_body(body)], policy)
    assert plan.findings == (
        "rows in shop.complaints may refer to this person (they link to shop.orders) and no "
        "identity reaches them",
    )


def test_an_erasure_scoped_to_a_category_that_is_not_personal_is_refused(policy: Policy) -> None:
    """An erasure may be limited to some categories of personal data; a category that is not
    personal data names nothing to erase and is refused before anything is planned."""
    with pytest.raises(
        PlanError, match=r"^erasure scope 'system.operations' is not a personal data category$"
    ):
        plan_request(
            "erasure",
            {"email": ["ann@example.org"]},
            [dataset_from_body(SHOP)],
            policy,
            categories=["user.contact", "system.operations"],
        )
