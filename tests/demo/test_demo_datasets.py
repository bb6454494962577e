"""The demo company's fideslang datasets: valid, complete, linked, and read by the data map."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fideslang.models import Dataset
from sqlalchemy import create_engine, inspect

from troth.datamap import check_datamap, read_datasets
from troth.datamap.checks import dangling_references, unreachable_personal_data
from troth.demo import DemoBuildResult, demo_datasets
from troth.demo.schema import SYSTEMS, TABLES
from troth.policy import load_policy

EXPECTED_KEYS = {f"demo_{s}" for s in SYSTEMS}


def _fields(datasets: list[dict]) -> dict[tuple[str, str, str], dict]:
    return {
        (d["fides_key"], c["name"], f["name"]): f
        for d in datasets
        for c in d["collections"]
        for f in c["fields"]
    }


def test_one_valid_fideslang_dataset_per_system() -> None:
    datasets = demo_datasets()
    assert {d["fides_key"] for d in datasets} == EXPECTED_KEYS
    assert len(SYSTEMS) == 11
    for body in datasets:
        Dataset(**body)  # raises on anything fideslang does not accept


def test_the_written_file_covers_every_table_and_column_of_the_database(
    small_build: DemoBuildResult,
) -> None:
    document = yaml.safe_load(small_build.datasets_path.read_text())
    assert set(document) == {"dataset"}
    for body in document["dataset"]:
        Dataset(**body)
    engine = create_engine(small_build.database_url)
    insp = inspect(engine)
    in_database = {
        (table, column["name"])
        for table in insp.get_table_names()
        for column in insp.get_columns(table)
    }
    engine.dispose()
    in_datasets = {(c, f) for (_, c, f) in _fields(document["dataset"])}
    assert in_database == in_datasets
    owners = [c["name"] for d in document["dataset"] for c in d["collections"]]
    assert len(owners) == len(set(owners)) == 20  # each table belongs to exactly one dataset


def test_references_point_at_existing_fields() -> None:
    datasets = demo_datasets()
    fields = _fields(datasets)
    refs = [
        (ref, f) for f in fields.values() for ref in f.get("fides_meta", {}).get("references", [])
    ]
    assert len(refs) >= 20
    for ref, _ in refs:
        table, column = ref["field"].split(".")
        assert (ref["dataset"], table, column) in fields, ref
        assert ref["direction"] in {"from", "to"}
    contact_account = fields[("demo_wave_app", "wave_contacts", "account_id")]
    assert contact_account["fides_meta"]["references"] == [
        {"dataset": "demo_accounts", "field": "accounts.id", "direction": "from"}
    ]
    meeting = fields[("demo_ipvideotalk", "ipvideotalk_participants", "meeting_id")]
    assert meeting["fides_meta"]["references"][0]["field"] == "ipvideotalk_meetings.id"


def test_identities_primary_keys_and_types_are_marked() -> None:
    fields = _fields(demo_datasets())
    identities = {
        f["fides_meta"]["identity"]
        for f in fields.values()
        if "identity" in f.get("fides_meta", {})
    }
    assert {"email", "phone_number", "username", "mac_address", "cookie_id", "device_id"} <= (
        identities
    )
    for table in TABLES:
        key = f"demo_{table.info['system']}"
        assert fields[(key, table.name, "id")]["fides_meta"]["primary_key"] is True
    assert fields[("demo_accounts", "accounts", "id")]["fides_meta"]["data_type"] == "integer"
    assert fields[("demo_accounts", "accounts", "email")]["fides_meta"]["data_type"] == "string"
    assert fields[("demo_web_store", "store_orders", "processor_token")]["data_categories"] == [
        "user.payment.processor_token"
    ]


def test_the_data_map_reads_the_file_with_no_dangling_or_unreachable_data(
    small_build: DemoBuildResult,
) -> None:
    datasets = read_datasets([small_build.datasets_path])
    assert {d.fides_key for d in datasets} == EXPECTED_KEYS
    assert dangling_references(datasets) == []
    assert unreachable_personal_data(datasets) == []


def test_every_category_is_known_to_the_example_policy() -> None:
    policy = load_policy()
    taxonomy = policy.taxonomy
    for table in TABLES:
        system = policy.system(table.info["system"])
        assert system is not None, table.info["system"]
        assert f"demo_{system.key}" in system.datasets
        for column in table.columns:
            for category in column.info["categories"]:
                assert taxonomy.category(category) is not None, (table.name, category)


def _undeclared(path: Path) -> list[str]:
    policy = load_policy()
    datasets = read_datasets([path])
    system_of = {f"demo_{s}": s for s in SYSTEMS}
    declared = {s.key: s.declared_categories() for s in policy.systems}
    findings = check_datamap(datasets, system_of, declared)
    return [f.message for f in findings if f.code == "undeclared-category"]


@pytest.mark.proves_policy("C2")
def test_every_category_is_declared_by_its_system(tmp_path: Path) -> None:
    from troth.demo import write_datasets

    assert _undeclared(write_datasets(tmp_path / "d.yml")) == []
