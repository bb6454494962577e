"""Checks: unreachable personal data, dangling references, undeclared categories, no system."""

from __future__ import annotations

from pathlib import Path

import pytest

from troth.datamap import DatamapFinding, check_datamap, has_errors, parse_datasets, read_datasets
from troth.datamap.checks import undeclared_categories

SHOP = """dataset:
  - fides_key: shop
    collections:
      - name: customer
        fields:
          - name: id
            data_categories: [system.operations]
          - name: email
            data_categories: [user.contact.email]
            fides_meta: {identity: email}
          - name: profile
            fields:
              - name: phone
                data_categories: [user.contact.phone_number]
              - name: shoe_size
                data_categories: [user.biometric]
      - name: audit
        fields:
          - name: actor_name
            data_categories: [user.name]
      - name: orders
        fields:
          - name: customer_id
            data_categories: [user.unique_id]
            fides_meta:
              references:
                - {dataset: shop, field: customer.id, direction: from}
                - {dataset: shop, field: customer.nowhere, direction: from}
                - {dataset: shop, field: ghost.id, direction: from}
                - {dataset: warehouse, field: stock.id, direction: to}
"""


def shop():
    return [item.dataset for item in parse_datasets(SHOP, "shop.yml")]


def by_code(findings: list[DatamapFinding], code: str) -> list[str]:
    return [str(f) for f in findings if f.code == code]


def test_the_four_fides_files_together_have_only_notes(fides_files: list[Path]) -> None:
    findings = check_datamap(read_datasets(fides_files), {}, None)
    assert not has_errors(findings)
    assert sorted(f.code for f in findings) == ["fideslang-key"] * 3 + ["no-system"] * 4
    # keys Troth does not act on are named, never dropped in silence
    assert sorted(f.message for f in findings if f.code == "fideslang-key") == [
        "mongo_test.customer_details.travel_identifiers: fides_meta.data_categories is not "
        "acted on by Troth",
        "mongo_test.internal_customer_profile.customer_identifiers.derived_phone: "
        "fides_meta.return_all_elements is not acted on by Troth",
        "mongo_test.rewards.owner: fides_meta.return_all_elements is not acted on by Troth",
    ]
    assert all(f.severity == "warning" for f in findings if f.code == "fideslang-key")


def test_the_mongo_file_alone(fides_files: list[Path]) -> None:
    path = fides_files[0]
    findings = check_datamap(read_datasets([path]), {"mongo_test": "flights_app"}, None)
    assert by_code(findings, "dangling-reference") == [
        f"{path}:12: error: field 'mongo_test.customer_details.customer_id' references dataset "
        "'postgres_example_test_dataset', which is not in the data map"
    ]
    unreachable = [f.message.split("'")[1] for f in findings if f.code == "unreachable"]
    # aircraft is unreachable too but holds only system.operations, so it is no finding
    assert unreachable == [
        "mongo_test.customer_details",
        "mongo_test.flights",
        "mongo_test.conversations",
        "mongo_test.payment_card",
    ]
    assert by_code(findings, "no-system") == []


def test_dangling_references_name_what_is_missing() -> None:
    found = by_code(check_datamap(shop(), {"shop": "web_store"}, None), "dangling-reference")
    assert found == [
        "shop.yml:23: error: field 'shop.orders.customer_id' references field "
        "'shop.customer.nowhere', which is not in the data map",
        "shop.yml:23: error: field 'shop.orders.customer_id' references collection "
        "'shop.ghost', which is not in the data map",
        "shop.yml:23: error: field 'shop.orders.customer_id' references dataset "
        "'warehouse', which is not in the data map",
    ]


def test_personal_data_no_identity_reaches_is_an_error() -> None:
    findings = check_datamap(shop(), {"shop": "web_store"}, None)
    assert by_code(findings, "unreachable") == [
        "shop.yml:17: error: collection 'shop.audit' holds personal data (user.name) "
        "that no identity can reach"
    ]


@pytest.mark.proves_policy("C2")
def test_categories_the_system_does_not_declare_are_found() -> None:
    declared = {"web_store": {"system.operations", "user.contact", "user.unique_id", "user.name"}}
    findings = undeclared_categories(shop(), {"shop": "web_store"}, declared)
    assert [str(f) for f in findings] == [
        "shop.yml:15: error: 'shop.customer.profile.shoe_size' holds user.biometric, "
        "not declared by system 'web_store'"
    ]


@pytest.mark.proves_policy("C2")
def test_a_declared_ancestor_covers_its_descendants_only() -> None:
    datasets = shop()
    system_of = {"shop": "web_store"}
    narrow = {"web_store": {"system.operations", "user.contact.email", "user.unique_id"}}
    found = [f.message for f in undeclared_categories(datasets, system_of, narrow)]
    assert found == [
        "'shop.customer.profile.phone' holds user.contact.phone_number, not declared by system "
        "'web_store'",
        "'shop.customer.profile.shoe_size' holds user.biometric, not declared by system "
        "'web_store'",
        "'shop.audit.actor_name' holds user.name, not declared by system 'web_store'",
    ]
    # "user.contac" is a prefix of the text but not an ancestor in the taxonomy
    lookalike = {"web_store": {"system", "user.contac", "user.unique_id", "user.name", "user.bio"}}
    assert len(undeclared_categories(datasets, system_of, lookalike)) == 3
    everything = {"web_store": {"user", "system"}}
    assert undeclared_categories(datasets, system_of, everything) == []


@pytest.mark.proves_policy("C2")
def test_only_personal_categories_need_declaring() -> None:
    # ids and timestamps (system.operations) are not personal data the policy must declare
    personal_only = {"web_store": {"user"}}
    assert undeclared_categories(shop(), {"shop": "web_store"}, personal_only) == []


def test_a_system_the_policy_lacks_is_an_error_and_no_system_a_note() -> None:
    findings = check_datamap(shop(), {"shop": "mystery"}, {"web_store": {"user"}})
    assert by_code(findings, "unknown-system") == [
        "shop.yml:2: error: dataset 'shop' is linked to system 'mystery', "
        "which the policy does not declare"
    ]
    unlinked = check_datamap(shop(), {}, {"web_store": {"user"}})
    assert by_code(unlinked, "no-system") == [
        "shop.yml:2: info: dataset 'shop' is linked to no system"
    ]
    assert by_code(unlinked, "undeclared-category") == []


def test_without_a_policy_categories_are_not_checked() -> None:
    findings = check_datamap(shop(), {"shop": "web_store"}, None)
    assert by_code(findings, "undeclared-category") == []
    assert has_errors(findings)


def test_an_erasure_rule_on_a_field_erasure_never_changes_is_named() -> None:
    """X1: a rule for a field that holds no personal data, or that is not in the data map, is
    never acted on; the check says so instead of keeping quiet."""
    from troth.datamap import dataset_from_body
    from troth.datamap.checks import unacted_erasure_rules
    from troth.policy import load_policy
    from troth.policy.models import Erasure, ErasureRule

    dataset = dataset_from_body(
        {
            "fides_key": "shop",
            "collections": [
                {
                    "name": "orders",
                    "fields": [
                        {"name": "id", "data_categories": ["system.operations"]},
                        {"name": "note", "data_categories": ["user.content"]},
                    ],
                }
            ],
        }
    )
    rules = [
        ErasureRule(fields=["shop.orders.id"], strategy="null"),
        ErasureRule(fields=["shop.orders.note"], strategy="null"),
        ErasureRule(fields=["shop.orders.gone"], strategy="null"),
    ]
    policy = load_policy().model_copy(update={"erasure": Erasure(rules=rules)})
    found = [f.message for f in unacted_erasure_rules([dataset], policy)]
    assert found == [
        "the policy's erasure rule for field 'shop.orders.id' is not acted on: the field holds "
        "no personal data, and erasure changes only personal fields",
        "the policy's erasure rule for field 'shop.orders.gone' is not acted on: the field is "
        "not in the data map",
    ]
