"""``troth demo build`` and ``troth demo datasets`` through typer's test runner."""

from __future__ import annotations

from pathlib import Path

import yaml
from demo_helpers import sqlite_url
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from troth.cli import app
from troth.demo.schema import accounts
from troth.policy import load_policy
from troth.store import open_store

runner = CliRunner()


def _accounts(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(accounts)).scalar_one()
    engine.dispose()
    return n


def test_build_prints_rows_per_table_and_writes_datasets(tmp_path: Path, troth_home: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    out = tmp_path / "maps" / "demo.yml"
    result = runner.invoke(
        app,
        [
            "demo",
            "build",
            "--subjects",
            "120",
            "--seed",
            "4",
            "--db",
            url,
            "--datasets-out",
            str(out),
        ]
        + ["--workers", "2"],
    )
    assert result.exit_code == 0, result.output
    assert "accounts" in result.output and "store_order_items" in result.output
    assert "120" in result.output and "rows/s" in result.output
    assert _accounts(url) == 120
    assert len(yaml.safe_load(out.read_text())["dataset"]) == 11


def test_build_defaults_to_the_demo_database_in_troth_home(troth_home: Path) -> None:
    result = runner.invoke(app, ["demo", "build", "--subjects", "30"])
    assert result.exit_code == 0, result.output
    assert _accounts(sqlite_url(troth_home / "demo.sqlite3")) == 30
    assert (troth_home / "demo_datasets.yml").exists()
    # the data map of the platform now holds the demo's datasets, each linked to its system
    assert "11 datasets registered" in result.output
    with open_store() as store:
        keys = sorted(d.fides_key for d in store.datasets())
    assert keys == sorted(f"demo_{s.key}" for s in load_policy().systems)
    assert runner.invoke(app, ["datamap", "check"]).exit_code == 0


def test_no_register_leaves_the_data_map_alone(troth_home: Path) -> None:
    result = runner.invoke(app, ["demo", "build", "--subjects", "10", "--no-register"])
    assert result.exit_code == 0, result.output
    with open_store() as store:
        assert store.datasets() == []


def test_build_refuses_an_existing_demo_without_replace(tmp_path: Path, troth_home: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    args = ["build", "--db", url, "--datasets-out", str(tmp_path / "d.yml")]
    assert runner.invoke(app, ["demo", *args, "--subjects", "20"]).exit_code == 0
    refused = runner.invoke(app, ["demo", *args, "--subjects", "40"])
    assert refused.exit_code == 2
    assert "--replace" in refused.output and "Traceback" not in refused.output
    assert _accounts(url) == 20
    replaced = runner.invoke(app, ["demo", *args, "--subjects", "40", "--replace"])
    assert replaced.exit_code == 0, replaced.output
    assert _accounts(url) == 40


def test_bad_input_exits_2_with_one_line(tmp_path: Path, troth_home: Path) -> None:
    for args in (
        ["build", "--db", "oracle://u@h/db", "--datasets-out", str(tmp_path / "d.yml")],
        ["build", "--subjects", "0", "--db", sqlite_url(tmp_path / "z.sqlite3")],
        ["build", "--workers", "-1", "--db", sqlite_url(tmp_path / "w.sqlite3")],
    ):
        result = runner.invoke(app, ["demo", *args])
        assert result.exit_code == 2, result.output
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert not (tmp_path / "w.sqlite3").exists()


def test_datasets_command_writes_the_file_without_a_database(tmp_path: Path) -> None:
    out = tmp_path / "only.yml"
    result = runner.invoke(app, ["demo", "datasets", "--out", str(out)])
    assert result.exit_code == 0, result.output
    keys = {d["fides_key"] for d in yaml.safe_load(out.read_text())["dataset"]}
    assert "demo_gwn_cloud" in keys and len(keys) == 11
    assert not list(tmp_path.glob("*.sqlite3"))
