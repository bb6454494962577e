"""Datasets and policy versions round-trip through the store on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from troth.errors import TrothError
from troth.store import Store, StoreError, content_hash, migrate, open_store, redact_url

BODY = {
    "fides_key": "shop",
    "name": "Shop",
    "collections": [
        {
            "name": "customer",
            "fields": [{"name": "email", "data_categories": ["user.contact.email"]}],
        }
    ],
}


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


def test_open_store_creates_the_sqlite_folder(tmp_path) -> None:
    target = tmp_path / "deep" / "er" / "troth.sqlite3"
    with open_store(f"sqlite:///{target}") as opened:
        assert opened.revision() == migrate.head_revision()
    assert target.is_file()


def test_open_store_defaults_to_the_configured_home(troth_home) -> None:
    with open_store() as opened:
        assert opened.revision() == migrate.head_revision()
    assert (troth_home / "troth.sqlite3").is_file()


def test_dataset_round_trip(store: Store) -> None:
    before = datetime.now(UTC) - timedelta(seconds=5)
    assert store.save_dataset("shop", BODY, "web_store", "shop.yml") is True
    saved = store.dataset("shop")
    assert saved is not None
    assert saved.body == BODY
    assert saved.system_key == "web_store"
    assert saved.source == "shop.yml"
    assert saved.content_hash == content_hash(BODY)
    assert before <= saved.imported_at <= datetime.now(UTC) + timedelta(seconds=5)
    assert store.dataset("absent") is None


def test_save_is_idempotent_and_replaces_on_change(store: Store) -> None:
    assert store.save_dataset("shop", BODY, None, "shop.yml") is True
    assert store.save_dataset("shop", dict(reversed(list(BODY.items()))), None, "shop.yml") is False
    changed = {**BODY, "name": "Shop 2"}
    assert store.save_dataset("shop", changed, None, "shop.yml") is True
    assert store.save_dataset("shop", changed, "web_store", "shop.yml") is True
    assert store.save_dataset("shop", changed, "web_store", "moved.yml") is True
    assert store.save_dataset("shop", changed, "web_store", "moved.yml") is False
    [only] = store.datasets()
    assert (only.body["name"], only.system_key, only.source) == ("Shop 2", "web_store", "moved.yml")
    assert store.counts()["datasets"] == 1


def test_datasets_are_listed_by_key_and_removed(store: Store) -> None:
    for key in ("b", "a", "c"):
        store.save_dataset(key, {"fides_key": key}, None, f"{key}.yml")
    assert [d.fides_key for d in store.datasets()] == ["a", "b", "c"]
    assert store.remove_dataset("b") is True
    assert store.remove_dataset("b") is False
    assert [d.fides_key for d in store.datasets()] == ["a", "c"]


def test_policy_versions_are_unique_by_hash(store: Store) -> None:
    assert store.record_policy_version("2018-05-21", date(2018, 5, 21), "h1") is True
    assert store.record_policy_version("renamed", date(2019, 1, 1), "h1") is False
    assert store.record_policy_version("2024-01-01", None, "h2") is True
    versions = store.policy_versions()
    assert [(v.label, v.effective, v.content_hash) for v in versions] == [
        ("2018-05-21", date(2018, 5, 21), "h1"),
        ("2024-01-01", None, "h2"),
    ]
    assert versions[0].first_seen_at.tzinfo is not None
    assert store.counts()["policy_versions"] == 2


def test_redact_url_hides_the_password() -> None:
    shown = redact_url("postgresql+psycopg://troth:s3cret@db.internal:5432/troth")
    assert "s3cret" not in shown
    assert shown == "postgresql+psycopg://troth:***@db.internal:5432/troth"
    assert redact_url("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"


def test_unreachable_database_is_a_one_line_store_error() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql+psycopg://troth:s3cret@127.0.0.1:1/troth")
    message = str(caught.value)
    assert isinstance(caught.value, TrothError)
    assert "\n" not in message
    assert "s3cret" not in message
    assert message.startswith("cannot open the store at postgresql+psycopg://troth:***@127.0.0.1:1")


def test_unsupported_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="unsupported database URL"):
        open_store("nosuchdb://x/y")
    with pytest.raises(StoreError, match="cannot be parsed"):
        open_store("not a url")
