"""The reference graph and reachability, on Fides' example datasets and small cases."""

from __future__ import annotations

from pathlib import Path

from troth.datamap import (
    CollectionAddress,
    Edge,
    build_graph,
    identity_collections,
    parse_datasets,
    reachable_collections,
    read_datasets,
)

PG = "postgres_example_test_dataset"
MONGO = "mongo_test"


def at(dataset: str, collection: str) -> CollectionAddress:
    return CollectionAddress(dataset, collection)


def test_edges_follow_the_direction_of_each_reference(fides_files: list[Path]) -> None:
    graph = build_graph(read_datasets(fides_files[2:3]))
    # customer.address_id -> address.id ("to"): values flow from customer to address
    assert Edge(at(PG, "customer"), ("address_id",), at(PG, "address"), ("id",)) in graph.edges
    # login.customer_id <- customer.id ("from"): values flow from customer to login
    assert Edge(at(PG, "customer"), ("id",), at(PG, "login"), ("customer_id",)) in graph.edges
    assert graph.neighbours(at(PG, "customer")) == {
        at(PG, "address"),
        at(PG, "login"),
        at(PG, "orders"),
        at(PG, "payment_card"),
    }
    assert graph.neighbours(at(PG, "address")) == set()
    assert {str(e.source) for e in graph.edges_into(at(PG, "product"))} == {f"{PG}.order_item"}
    assert len(graph.edges) == 10


def test_identity_collections_of_the_postgres_example(fides_files: list[Path]) -> None:
    assert {c.collection for c in identity_collections(read_datasets(fides_files[2:3]))} == {
        "customer",
        "employee",
        "report",
        "service_request",
        "visit",
    }


def test_all_four_files_together_reach_every_collection(fides_files: list[Path]) -> None:
    datasets = read_datasets(fides_files)
    graph = build_graph(datasets)
    assert len(graph.nodes) == 9 + 12 + 11 + 1
    assert reachable_collections(graph) == set(graph.nodes)
    # the mongo customer details are reached from the postgres customer across datasets
    assert at(MONGO, "customer_details") in graph.neighbours(at(PG, "customer"))
    # loyalty is reachable only because it holds its own identity (loyalty_id)
    loyalty = at("postgres_example_test_extended_dataset", "loyalty")
    assert loyalty in graph.identity_nodes
    assert graph.edges_into(loyalty) == ()


def test_the_mongo_file_alone_leaves_the_customer_side_unreachable(
    fides_files: list[Path],
) -> None:
    graph = build_graph(read_datasets(fides_files[:1]))
    unreachable = {c.collection for c in set(graph.nodes) - reachable_collections(graph)}
    # customer_details is reached only from the postgres customer; the rest hang off it
    assert unreachable == {
        "customer_details",
        "flights",
        "aircraft",
        "conversations",
        "payment_card",
    }
    # employee holds an identity (email) but flights only send values to it, not back
    assert at(MONGO, "employee") in graph.identity_nodes
    assert at(MONGO, "flights") not in graph.reachable_from([at(MONGO, "employee")])


def test_a_reference_without_direction_goes_both_ways() -> None:
    text = """dataset:
  - fides_key: app
    collections:
      - name: users
        fields:
          - name: email
            fides_meta: {identity: email}
          - name: id
      - name: orders
        fields:
          - name: user_id
            fides_meta:
              references: [{dataset: app, field: users.id}]
      - name: order_lines
        fields:
          - name: order_id
            fides_meta:
              references: [{dataset: app, field: orders.user_id, direction: from}]
      - name: island
        fields:
          - name: note
"""
    datasets = [item.dataset for item in parse_datasets(text, "inline.yml")]
    graph = build_graph(datasets)
    assert graph.neighbours(at("app", "users")) == {at("app", "orders")}
    assert graph.neighbours(at("app", "orders")) == {at("app", "users"), at("app", "order_lines")}
    assert reachable_collections(datasets) == {
        at("app", "users"),
        at("app", "orders"),
        at("app", "order_lines"),
    }
    assert graph.reachable_from([at("app", "order_lines")]) == {at("app", "order_lines")}


def test_references_to_absent_targets_make_no_edge() -> None:
    text = """dataset:
  - fides_key: app
    collections:
      - name: users
        fields:
          - name: id
            fides_meta:
              references:
                - {dataset: app, field: ghosts.id, direction: to}
                - {dataset: elsewhere, field: t.id, direction: to}
                - {dataset: app, field: users.missing, direction: to}
"""
    graph = build_graph(item.dataset for item in parse_datasets(text, "inline.yml"))
    assert graph.edges == ()
    assert graph.nodes == {at("app", "users")}
