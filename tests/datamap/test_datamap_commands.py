"""``troth datamap import / show / check`` through the CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from troth.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["datamap", *(str(a) for a in args)])


def test_import_then_show(troth_home: Path, fides_files: list[Path]) -> None:
    imported = run("import", *fides_files, "--system", "legacy")
    assert imported.exit_code == 0, imported.output
    assert (
        "mongo_test from mongo_example_test_dataset.yml: changed, system legacy" in imported.output
    )
    assert imported.output.strip().splitlines()[-1] == "4 datasets imported, 4 changed"
    again = run("import", *fides_files)
    assert again.output.strip().splitlines()[-1] == "4 datasets imported, 0 changed"

    shown = run("show", "--dataset", "mongo_test")
    assert shown.exit_code == 0, shown.output
    assert "mongo_test  system: legacy" in shown.output
    assert "mysql_example_test_dataset" not in shown.output
    assert "employee  (identity)" in shown.output
    assert "identity: email" in shown.output
    assert "<- mongo_test.flights.pilots" in shown.output
    assert "-> mongo_test.conversations.thread.comment" in shown.output
    assert "employer" in shown.output and "user.job_title" in shown.output

    whole = run("show")
    assert "postgres_example_test_extended_dataset" in whole.output


def test_show_an_unknown_dataset_is_one_line(troth_home: Path) -> None:
    result = run("show", "--dataset", "nope")
    assert result.exit_code == 2
    assert result.output.strip() == "error: dataset 'nope' is not in the store"
    assert "empty" in run("show").output


def test_a_system_the_policy_in_force_lacks(troth_home: Path, fides_files: list[Path]) -> None:
    run("import", fides_files[0], "--system", "flights")
    unknown = run("check")
    assert unknown.exit_code == 2
    assert unknown.output.strip().splitlines()[-2] == (
        "mongo_example_test_dataset.yml: error: dataset 'mongo_test' is linked to system "
        "'flights', which the policy does not declare"
    )


def test_check_the_store(troth_home: Path, fides_files: list[Path]) -> None:
    run("import", fides_files[0])
    dirty = run("check")
    assert dirty.exit_code == 2
    lines = dirty.output.strip().splitlines()
    assert lines[0] == (
        "mongo_example_test_dataset.yml: error: field 'mongo_test.customer_details.customer_id' "
        "references dataset 'postgres_example_test_dataset', which is not in the data map"
    )
    assert lines[-1] == "1 dataset checked: 5 errors, 3 notes"
    # the referenced dataset arrives: the reference resolves and every collection is reached
    run("import", *fides_files[2:])
    clean = run("check")
    assert clean.exit_code == 0, clean.output
    assert clean.output.strip().splitlines() == [
        "mongo_example_test_dataset.yml: warning: mongo_test.internal_customer_profile."
        "customer_identifiers.derived_phone: fides_meta.return_all_elements is not acted on "
        "by Troth",
        "mongo_example_test_dataset.yml: warning: mongo_test.rewards.owner: "
        "fides_meta.return_all_elements is not acted on by Troth",
        "mongo_example_test_dataset.yml: info: dataset 'mongo_test' is linked to no system",
        "postgres_example_test_dataset.yml: info: dataset 'postgres_example_test_dataset' "
        "is linked to no system",
        "postgres_example_test_extended_dataset.yml: info: dataset "
        "'postgres_example_test_extended_dataset' is linked to no system",
        "3 datasets checked: 0 errors, 5 notes",
    ]


def test_check_files_gives_one_line_per_finding(fides_files: list[Path], troth_home: Path) -> None:
    result = run("check", fides_files[0])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 10
    assert all(line.startswith(f"{fides_files[0]}:") for line in lines[:-1])
    assert lines[-2].endswith("info: dataset 'mongo_test' is linked to no system")
    assert run("check", *fides_files).exit_code == 0


def test_broken_files_fail_in_one_line_without_a_traceback(troth_home: Path, write) -> None:
    bad = write("bad.yml", "dataset:\n  - fides_key: x\n    collections:\n      - name: [\n")
    for command in ("import", "check"):
        result = run(command, bad)
        assert result.exit_code == 2
        assert "Traceback" not in result.output
        [line] = result.output.strip().splitlines()
        assert line.startswith(f"error: {bad}:")
        assert "not valid YAML" in line
    assert run("check").output.strip() == "0 datasets checked: 0 errors, 0 notes"


@pytest.mark.proves_policy("C2")
def test_check_against_the_example_policy(troth_home: Path, write) -> None:
    from troth.policy import default_policy_path

    dataset = write(
        "accounts.yml",
        """dataset:
  - fides_key: demo_accounts
    collections:
      - name: accounts
        fields:
          - name: email
            data_categories: [user.contact.email]
            fides_meta: {identity: email}
          - name: religion
            data_categories: [user.religious_belief]
""",
    )
    result = run("check", dataset, "--policy", default_policy_path())
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [
        f"{dataset}:9: error: 'demo_accounts.accounts.religion' holds user.religious_belief, "
        "not declared by system 'accounts'",
        "1 dataset checked: 1 error, 0 notes",
    ]


def test_check_connections_holds_the_data_map_against_the_catalog(troth_home: Path, write) -> None:  # type: ignore[no-untyped-def]
    """A foreign key and a link-like column the data map does not declare, a declared field
    with no column, and a primary key that differs are each reported."""
    import sqlite3

    database = troth_home / "shop.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.executescript(
            "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT);"
            "CREATE TABLE cards (id INTEGER PRIMARY KEY, number TEXT);"
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, "
            "account_id INTEGER REFERENCES accounts(id), card_id INTEGER, total INTEGER);"
        )
    (troth_home / "troth.toml").write_text(
        f'[connections.shop]\nurl = "sqlite:///{database}"\ndatasets = ["shop"]\n'
    )
    dataset = write(
        "shop.yml",
        """dataset:
  - fides_key: shop
    collections:
      - name: accounts
        fields:
          - name: id
            fides_meta: {primary_key: true}
          - name: email
            data_categories: [user.contact.email]
            fides_meta: {identity: email}
      - name: cards
        fields:
          - name: number
            data_categories: [user.financial]
            fides_meta: {primary_key: true}
      - name: orders
        fields:
          - name: id
          - name: account_id
            data_categories: [user.unique_id]
          - name: note
            data_categories: [user.content]
""",
    )
    result = run("check", dataset, "--connections")
    codes = [
        line for line in result.output.splitlines() if ": error: " in line or ": warning: " in line
    ]
    text = "\n".join(codes)
    assert "field 'shop.orders.note' has no column" in text
    assert (
        "collection 'shop.cards' declares the primary key (number) but the table's is (id)" in text
    )
    assert "foreign key orders.account_id -> accounts.id has no reference in the data map" in text
    assert "column orders.card_id looks like a link to cards.id and is not in the data map" in text
    assert result.exit_code == 2
