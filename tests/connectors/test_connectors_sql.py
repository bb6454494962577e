"""Connectors: configuration, streaming reads, composite keys, failures named without values."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest

from troth.config import load_settings
from troth.connectors import ConnectorError, SqlConnector, connections_for


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "CREATE TABLE visit (email TEXT NOT NULL, day INTEGER NOT NULL, note TEXT,"
            " PRIMARY KEY (email, day));"
            "INSERT INTO visit VALUES ('a@x', 1, 'n1'), ('a@x', 2, 'n2'), ('b@x', 1, 'n3');"
        )
    return path


def test_composite_key_read_update_delete(db: Path) -> None:
    conn = SqlConnector("c", f"sqlite:///{db}", chunk_size=1)
    rows = list(conn.read("visit", ("email", "day"), [("a@x", 2), ("b@x", 1), ("zz", 9)]))
    assert sorted((r["email"], r["day"]) for r in rows) == [("a@x", 2), ("b@x", 1)]
    assert conn.update("visit", ["email", "day"], [("a@x", 2)], {"note": None}) == 1
    assert conn.delete("visit", ["email", "day"], [("b@x", 1)]) == 1
    assert [r["note"] for r in conn.read("visit", "email", ["a@x"])] == ["n1", None]
    assert conn.primary_key("visit") == ("email", "day")


def test_configured_connections_and_env_override(
    troth_home: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (troth_home / "troth.toml").write_text(
        '[connections.shop]\nurl_env = "SHOP_URL"\ndatasets = ["shop"]\nread_only = true\n'
    )
    monkeypatch.setenv("SHOP_URL", f"sqlite:///{db}")
    with connections_for(["shop"], load_settings()) as connections:
        assert connections["shop"].read_only
        assert len(list(connections["shop"].read("visit", "email", ["a@x"]))) == 2
    with pytest.raises(ConnectorError, match="no connection serves dataset 'other'"):
        connections_for(["other"], load_settings())


def test_demo_default_serves_demo_datasets(troth_home: Path) -> None:
    with connections_for(["demo_accounts", "demo_web_store"], load_settings()) as connections:
        assert connections["demo_accounts"] is connections["demo_web_store"]
        assert connections["demo_accounts"].name == "demo"


def test_unreachable_database_is_retried_then_named(troth_home: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    conn = SqlConnector(
        "shop", f"postgresql+psycopg://u:secret@127.0.0.1:{port}/db", retry_delays=(0.01, 0.02)
    )
    with pytest.raises(ConnectorError) as err:
        list(conn.read("customer", "email", ["someone@example.com"]))
    message = str(err.value)
    assert "'shop'" in message and "after 3 tries" in message
    assert "secret" not in message and "someone@example.com" not in message
