"""Fideslang dataset files are read unchanged; broken ones give one line naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from troth.datamap import DatamapError, Reference, dataset_from_body, load_files, read_datasets
from troth.errors import TrothError


def test_the_four_fides_files_read_unchanged(fides_files: list[Path]) -> None:
    datasets = {d.fides_key: d for d in read_datasets(fides_files)}
    assert sorted(datasets) == [
        "mongo_test",
        "mysql_example_test_dataset",
        "postgres_example_test_dataset",
        "postgres_example_test_extended_dataset",
    ]
    assert [len(d.collections) for d in datasets.values()] == [9, 12, 11, 1]
    postgres = datasets["postgres_example_test_dataset"]
    # collections keep the order of the file, not fideslang's alphabetical one
    assert [c.name for c in postgres.collections][:3] == ["address", "customer", "employee"]
    customer = postgres.collection("customer")
    assert customer is not None
    email = customer.field_at(("email",))
    assert email is not None and email.identity == "email"
    assert email.categories == ("user.contact.email",)
    name = customer.field_at(("name",))
    assert name is not None and (name.data_type, name.length) == ("string", 40)
    ident = customer.field_at(("id",))
    assert ident is not None and ident.primary_key
    address_id = customer.field_at(("address_id",))
    assert address_id is not None
    assert address_id.references == (
        Reference("postgres_example_test_dataset", "address", ("id",), "to"),
    )


def test_nested_fields_and_dotted_references(fides_files: list[Path]) -> None:
    mongo = read_datasets(fides_files[:1])[0]
    details = mongo.collection("customer_details")
    assert details is not None
    employer = details.field_at(("workplace_info", "employer"))
    assert employer is not None and employer.path == ("workplace_info", "employer")
    workplace = details.field_at(("workplace_info",))
    assert workplace is not None
    assert [f.name for f in workplace.fields] == ["employer", "position", "direct_reports"]
    comment = details.field_at(("comments", "comment_id"))
    assert comment is not None
    assert comment.references == (
        Reference("mongo_test", "conversations", ("thread", "comment"), "to"),
    )
    profile = mongo.collection("internal_customer_profile")
    assert profile is not None
    assert {f.dotted: f.identity for f in profile.identities} == {
        "customer_identifiers.derived_emails": "email",
        "customer_identifiers.derived_phone": "phone_number",
    }


def test_lines_point_into_the_file(fides_files: list[Path]) -> None:
    path = fides_files[0]
    lines = path.read_text().splitlines()
    mongo = read_datasets([path])[0]
    rewards = mongo.collection("rewards")
    assert rewards is not None and rewards.line is not None
    assert lines[rewards.line - 1].strip() == "- name: rewards"
    phone = rewards.field_at(("owner", "phone"))
    assert phone is not None and phone.line is not None
    assert lines[phone.line - 1].strip() == "- name: phone"


def test_stored_body_gives_back_the_same_dataset(fides_files: list[Path]) -> None:
    for item in load_files(fides_files):
        assert dataset_from_body(item.body) == item.dataset


def _error(path: Path) -> str:
    with pytest.raises(DatamapError) as caught:
        read_datasets([path])
    assert isinstance(caught.value, TrothError)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_malformed_yaml_names_the_line(write) -> None:
    path = write("bad.yml", "dataset:\n  - fides_key: a\n    collections: [\n      - x\n")
    message = _error(path)
    assert message.startswith(f"{path}:")
    assert "not valid YAML" in message
    assert message.split(":")[1].isdigit()


def test_a_file_without_datasets_is_refused(write) -> None:
    assert _error(write("policy.yml", "systems:\n  - key: a\n")).endswith(
        "1: not a dataset file: expected a top-level 'dataset:' list"
    )
    assert "it is empty" in _error(write("empty.yml", ""))
    assert "'dataset:' must be a list" in _error(write("scalar.yml", "x: 1\ndataset: 3\n"))


def test_a_field_without_a_name_names_its_place(write) -> None:
    path = write(
        "noname.yml",
        """dataset:
  - fides_key: shop
    collections:
      - name: customer
        fields:
          - name: email
            data_categories: [user.contact.email]
          - data_categories: [user.name]
""",
    )
    assert _error(path) == (
        f"{path}:8: dataset 'shop', collection 'customer', field '#2': has no name"
    )


def test_nested_field_errors_name_the_dotted_path(write) -> None:
    path = write(
        "nested.yml",
        """dataset:
  - fides_key: shop
    collections:
      - name: customer
        fields:
          - name: profile
            fields:
              - name: phone
                fides_meta:
                  references:
                    - dataset: shop
                      field: customer.profile
                      direction: sideways
""",
    )
    message = _error(path)
    assert message.startswith(
        f"{path}:13: dataset 'shop', collection 'customer', field 'profile.phone'"
    )
    assert "direction" in message and "'from' or 'to'" in message


def test_a_reference_must_name_collection_and_field(write) -> None:
    path = write(
        "ref.yml",
        """dataset:
  - fides_key: shop
    collections:
      - name: customer
        fields:
          - name: id
            fides_meta:
              references:
                - dataset: shop
                  field: id
""",
    )
    assert _error(path) == (
        f"{path}:9: dataset 'shop', collection 'customer', field 'id': "
        "reference field 'id' must be written 'collection.field'"
    )


def test_names_written_twice_are_refused(write) -> None:
    collections = write(
        "twice.yml",
        "dataset:\n  - fides_key: shop\n    collections:\n"
        "      - name: a\n        fields: []\n      - name: a\n        fields: []\n",
    )
    assert _error(collections) == (
        f"{collections}:3: dataset 'shop': collections: Duplicate entries found: [a]"
    )
    fields = write(
        "fields.yml",
        "dataset:\n  - fides_key: shop\n    collections:\n      - name: a\n        fields:\n"
        "          - name: x\n          - name: x\n",
    )
    assert _error(fields) == (
        f"{fields}:5: dataset 'shop', collection 'a': fields: Duplicate entries found: [x]"
    )


def test_one_dataset_key_in_two_files_is_refused(write) -> None:
    text = "dataset:\n  - fides_key: shop\n    collections: []\n"
    first, second = write("one.yml", text), write("two.yml", text)
    with pytest.raises(DatamapError) as caught:
        read_datasets([first, second])
    assert str(caught.value) == f"{second}:2: dataset 'shop' is also defined at {first}:2"


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    assert _error(tmp_path / "absent.yml") == f"{tmp_path / 'absent.yml'}: no such file"


def test_bad_fides_key_is_reported_with_its_line(write) -> None:
    path = write(
        "key.yml", "dataset:\n  - name: x\n    fides_key: 'has space'\n    collections: []\n"
    )
    message = _error(path)
    assert message.startswith(f"{path}:3: dataset 'has space': fides_key:")
