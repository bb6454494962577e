"""``troth store upgrade`` and ``troth store status`` through the CLI runner."""

from __future__ import annotations

from typer.testing import CliRunner

from troth.cli import app
from troth.store import migrate, open_store
from troth.store.tables import metadata

runner = CliRunner()


def test_status_before_and_after_upgrade(troth_home) -> None:
    before = runner.invoke(app, ["store", "status"])
    assert before.exit_code == 0, before.output
    assert "revision: none" in before.output
    up = runner.invoke(app, ["store", "upgrade"])
    assert up.exit_code == 0, up.output
    assert f"at revision {migrate.head_revision()}" in up.output
    with open_store() as store:
        store.save_dataset("a", {"fides_key": "a"}, None, "a.yml")
    after = runner.invoke(app, ["store", "status"])
    assert after.exit_code == 0, after.output
    assert f"revision: {migrate.head_revision()} (newest)" in after.output
    assert "datasets" in after.output and "policy_versions" in after.output
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in after.output.splitlines()
        if line.count("│") == 3
    }
    assert rows == {name: "1" if name == "datasets" else "0" for name in metadata.tables}


def test_status_redacts_the_password_and_fails_in_one_line(troth_home, monkeypatch) -> None:
    monkeypatch.setenv("TROTH_DATABASE_URL", "postgresql+psycopg://troth:s3cret@127.0.0.1:1/troth")
    result = runner.invoke(app, ["store", "status"])
    assert result.exit_code == 2
    assert "s3cret" not in result.output
    assert "***" in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_upgrade_on_postgresql(troth_home, monkeypatch, postgres_url: str) -> None:
    monkeypatch.setenv("TROTH_DATABASE_URL", postgres_url)
    result = runner.invoke(app, ["store", "upgrade"])
    assert result.exit_code == 0, result.output
    status = runner.invoke(app, ["store", "status"])
    assert f"revision: {migrate.head_revision()} (newest)" in status.output
    assert "postgresql+psycopg://" in status.output
