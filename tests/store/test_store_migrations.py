"""The migrations create exactly the tables the code defines, and undo cleanly."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from troth.store import migrate, open_store
from troth.store.tables import metadata


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def test_upgrade_from_empty_reaches_head_and_matches_the_table_definitions(store_url: str) -> None:
    engine = sa.create_engine(store_url)
    try:
        assert migrate.current_revision(engine) is None
        assert _tables(engine) == set()
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert _tables(engine) == {"alembic_version", *metadata.tables}
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_schema_difference_would_be_detected(store_url: str) -> None:
    """The comparison above is not blind: a column the migrations lack is reported."""
    engine = sa.create_engine(store_url)
    try:
        migrate.upgrade(engine)
        changed = sa.MetaData()
        for table in metadata.sorted_tables:
            table.to_metadata(changed)
        changed.tables["datasets"].append_column(sa.Column("extra_column", sa.String(10)))
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), changed)
        assert [d[0] for d in diff] == ["add_column"]
        assert diff[0][3].name == "extra_column"
    finally:
        engine.dispose()


def test_downgrade_to_base_and_up_again(store_url: str) -> None:
    store = open_store(store_url)
    try:
        store.save_dataset("kept", {"fides_key": "kept"}, None, "a.yml")
        migrate.downgrade(store.engine, "base")
        assert store.revision() == ""
        assert _tables(store.engine) <= {"alembic_version"}
        migrate.upgrade(store.engine)
        assert store.revision() == migrate.head_revision()
        assert store.datasets() == []
        assert store.counts() == dict.fromkeys(metadata.tables, 0)
    finally:
        store.close()


def test_opening_twice_is_harmless(store_url: str) -> None:
    first = open_store(store_url)
    first.save_dataset("one", {"fides_key": "one"}, None, "one.yml")
    first.close()
    second = open_store(store_url)
    try:
        assert second.revision() == migrate.head_revision()
        assert [d.fides_key for d in second.datasets()] == ["one"]
    finally:
        second.close()
