"""Shared set-up for the request engine tests: the Fides example data and its policy."""

from __future__ import annotations

from pathlib import Path

import psycopg
import sqlalchemy as sa

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import Dataset, read_datasets
from troth.policy import load_policy
from troth.policy.models import Policy

HERE = Path(__file__).resolve().parent
FIDES_POLICY = HERE / "fixtures_engine" / "fides_policy.yaml"


def fides_policy() -> Policy:
    return load_policy(FIDES_POLICY)


def load_postgres_sample(url: str, shared: Path) -> None:
    """Run the Fides PostgreSQL sample script in the database at ``url``."""
    sql = (shared / "peers" / "fides" / "postgres_sample.sql").read_text()
    parsed = sa.make_url(url)
    with psycopg.connect(
        host=parsed.host,
        port=parsed.port,
        user=parsed.username,
        dbname=parsed.database,
        autocommit=True,
    ) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def postgres_datasets(shared: Path) -> list[Dataset]:
    folder = shared / "peers" / "fides"
    return read_datasets(
        [
            folder / "postgres_example_test_dataset.yml",
            folder / "postgres_example_test_extended_dataset.yml",
        ]
    )


def one_connection(datasets: list[Dataset], url: str, **kw: object) -> ConnectionSet:
    connector = SqlConnector("fides", url, **kw)  # type: ignore[arg-type]
    return ConnectionSet({d.fides_key: connector for d in datasets})


def query_rows(url: str, sql: str) -> list[tuple]:
    """Every row a plain SQL query returns, read through a short-lived engine."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql))]
    finally:
        engine.dispose()
