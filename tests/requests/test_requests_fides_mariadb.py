"""The Fides example database on MariaDB, its dataset unchanged: access and erasure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from engine_helpers import fides_policy, one_connection, query_rows

from troth.datamap import read_datasets
from troth.requests.executor import run_access, run_erasure
from troth.requests.planner import plan_request


@pytest.fixture
def fides_mariadb(mariadb_server, mariadb_url: str, shared_dir: Path) -> str:  # type: ignore[no-untyped-def]
    script = (shared_dir / "peers" / "fides" / "mysql_example.sql").read_text()
    database = sa.make_url(mariadb_url).database
    # the script creates its own users and database; load its tables into the test's database
    script = re.sub(r"(?ms)^CREATE USER.*?^USE mysql_example;", "", script)
    mariadb_server.execute(f"USE `{database}`;\n{script}")
    # the MySQL sample has tables only; the rows are the PostgreSQL sample's
    rows = (shared_dir / "peers" / "fides" / "postgres_sample.sql").read_text()
    inserts = re.findall(r"(?ms)^INSERT INTO public\.(\w+) VALUES\n?(.*?);$", rows)
    wanted = {
        "address",
        "customer",
        "employee",
        "payment_card",
        "orders",
        "order_item",
        "visit",
        "login",
        "service_request",
        "report",
    }
    script = "".join(
        f"INSERT INTO {table} VALUES {values};\n"  # noqa: S608 - the peer's own script
        for table, values in inserts
        if table in wanted
    )
    mariadb_server.execute(f"USE `{database}`;\n{script}")
    return mariadb_url


def _datasets(shared: Path):  # type: ignore[no-untyped-def]
    return read_datasets([shared / "peers" / "fides" / "mysql_example_test_dataset.yml"])


@pytest.mark.proves("R2", via="troth.requests.executor.run_access")
def test_mariadb_access_returns_exactly_the_subjects_rows(
    fides_mariadb: str, shared_dir: Path
) -> None:
    datasets = _datasets(shared_dir)
    plan = plan_request("access", {"email": ["customer-1@example.com"]}, datasets, fides_policy())
    with one_connection(datasets, fides_mariadb) as connections:
        result = run_access(plan, connections)
    found = {c.collection: c for c in result.collections}
    assert [r["id"] for r in found["customer"].rows] == [1]
    assert sorted(r["id"] for r in found["login"].rows) == [1, 2, 3, 4, 5, 6]
    assert sorted(r["id"] for r in found["orders"].rows) == [
        "ord_aaa-aaa",
        "ord_ccc-ccc",
        "ord_ddd-ddd",
    ]
    emails = {r.get("email") for c in result.collections for r in c.rows if r.get("email")}
    assert emails == {"customer-1@example.com"}


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_mariadb_erasure_nulls_email_and_keeps_name(fides_mariadb: str, shared_dir: Path) -> None:
    datasets = _datasets(shared_dir)
    others = query_rows(fides_mariadb, "SELECT * FROM customer WHERE id <> 2 ORDER BY id")
    plan = plan_request("erasure", {"email": ["customer-2@example.com"]}, datasets, fides_policy())
    with one_connection(datasets, fides_mariadb) as connections:
        result = run_erasure(plan, connections)
    assert result.verified, result.verification
    assert query_rows(fides_mariadb, "SELECT email, name FROM customer WHERE id = 2") == [
        (None, "Jill Customer")
    ]
    assert query_rows(fides_mariadb, "SELECT * FROM customer WHERE id <> 2 ORDER BY id") == others
    assert query_rows(fides_mariadb, "SELECT count(*) FROM login WHERE customer_id = 1") == [(6,)]
