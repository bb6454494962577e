"""The Fides example database on PostgreSQL, its datasets unchanged: access and erasure."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from engine_helpers import (
    fides_policy,
    load_postgres_sample,
    one_connection,
    postgres_datasets,
    query_rows,
)

from troth.requests.executor import MemoryJournal, run_access, run_erasure
from troth.requests.export import archive_bytes
from troth.requests.planner import plan_request

pytestmark = pytest.mark.postgres


@pytest.fixture
def fides_pg(postgres_url: str, shared_dir: Path) -> str:
    load_postgres_sample(postgres_url, shared_dir)
    return postgres_url


@pytest.mark.proves("R2", via="troth.requests.executor.run_access")
def test_access_returns_every_collection_with_exactly_the_subjects_rows(
    fides_pg: str, shared_dir: Path
) -> None:
    datasets = postgres_datasets(shared_dir)
    plan = plan_request("access", {"email": ["customer-1@example.com"]}, datasets, fides_policy())
    with one_connection(datasets, fides_pg) as connections:
        result = run_access(plan, connections)
    found = {c.collection: c for c in result.collections}
    assert set(found) == {
        "customer",
        "service_request",
        "visit",
        "login",
        "orders",
        "order_item",
        "payment_card",
        "address",
        "product",  # what the subject's order items point at (R2), shared with other buyers
    }
    assert [r["id"] for r in found["customer"].rows] == [1]
    assert sorted(r["id"] for r in found["product"].rows) == [1, 2]
    assert sorted(r["id"] for r in found["login"].rows) == [1, 2, 3, 4, 5, 6]
    assert sorted(r["id"] for r in found["orders"].rows) == [
        "ord_aaa-aaa",
        "ord_ccc-ccc",
        "ord_ddd-ddd",
    ]
    # an order's items hold no personal data but belong to the subject's orders
    assert sorted((r["order_id"], r["product_id"]) for r in found["order_item"].rows) == [
        ("ord_aaa-aaa", 1),
        ("ord_ccc-ccc", 1),
        ("ord_ccc-ccc", 2),
        ("ord_ddd-ddd", 1),
    ]
    assert found["order_item"].items == ()
    assert [r["id"] for r in found["payment_card"].rows] == ["pay_aaa-aaa"]
    assert [r["id"] for r in found["service_request"].rows] == ["ser_aaa-aaa"]
    assert [r["email"] for r in found["visit"].rows] == ["customer-1@example.com"]
    # the customer's own address and the one an order was shipped to; both are shared
    assert sorted(r["id"] for r in found["address"].rows) == [1, 2]
    assert all(found["address"].shared)
    # no other person's rows anywhere
    emails = {r.get("email") for c in result.collections for r in c.rows if r.get("email")}
    assert emails == {"customer-1@example.com"}
    name_item = next(i for i in found["customer"].items if i.field == "name")
    assert name_item.bases == {
        "essential.service": "contract",
        "essential.legal_obligation": "legal_obligation",
    }
    assert name_item.recipients == ("couriers",)
    assert name_item.retention == "P6Y after order_completed"
    assert name_item.system == "shop"

    archive = zipfile.ZipFile(BytesIO(archive_bytes(result, fides_policy())))
    data = json.loads(archive.read("data.json"))
    assert {c["collection"] for c in data["collections"]} == set(found)
    assert "csv/postgres_example_test_dataset.login.csv" in archive.namelist()


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_erasure_nulls_email_keeps_name_and_leaves_other_customers_untouched(
    fides_pg: str, shared_dir: Path
) -> None:
    datasets = postgres_datasets(shared_dir)
    others_before = query_rows(fides_pg, "SELECT * FROM customer WHERE id <> 2 ORDER BY id")
    addresses_before = query_rows(fides_pg, "SELECT * FROM address ORDER BY id")
    plan = plan_request("erasure", {"email": ["customer-2@example.com"]}, datasets, fides_policy())
    journal = MemoryJournal()
    with one_connection(datasets, fides_pg) as connections:
        result = run_erasure(plan, connections, journal)
    assert result.verified, result.verification
    assert query_rows(fides_pg, "SELECT email, name FROM customer WHERE id = 2") == [
        (None, "Jill Customer")
    ]
    assert query_rows(fides_pg, "SELECT * FROM customer WHERE id <> 2 ORDER BY id") == others_before
    assert query_rows(
        fides_pg, "SELECT count(*) FROM visit WHERE email = 'customer-2@example.com'"
    ) == [(0,)]
    assert query_rows(fides_pg, "SELECT count(*) FROM login WHERE customer_id = 2") == [(0,)]
    assert query_rows(fides_pg, "SELECT count(*) FROM login WHERE customer_id = 1") == [(6,)]
    assert query_rows(fides_pg, "SELECT id FROM service_request ORDER BY id") == [
        ("ser_aaa-aaa",),
        ("ser_ccc-ccc",),
        ("ser_ddd-ddd",),
    ]
    # the subject's order stays, its link to the customer emptied: its items hold no personal
    # data, are never changed, and still point at it (X2, X3)
    assert query_rows(fides_pg, "SELECT id FROM orders WHERE customer_id = 2") == []
    assert query_rows(fides_pg, "SELECT customer_id FROM orders WHERE id = 'ord_bbb-bbb'") == [
        (None,)
    ]
    assert query_rows(fides_pg, "SELECT order_id, item_no FROM order_item ORDER BY 1, 2") == [
        ("ord_aaa-aaa", 1),
        ("ord_bbb-bbb", 1),
        ("ord_ccc-ccc", 1),
        ("ord_ccc-ccc", 2),
        ("ord_ddd-ddd", 1),
        ("ord_eee-eee", 3),
    ]
    # addresses are shared with customer 1 (an order shipped there, a card billed there)
    assert query_rows(fides_pg, "SELECT * FROM address ORDER BY id") == addresses_before
    address = result.step("address")
    assert address is not None and sum(address.kept.values()) == 2
    assert all(reason.startswith("shared") for reason in address.kept)
    customer = result.step("customer")
    assert customer is not None and customer.fields_erased == {"email": "null"}
    assert "legal obligation" in customer.fields_kept["name"]
    assert set(journal.steps) == set(plan.write_order)
    assert "customer-2" not in json.dumps(result.evidence)
