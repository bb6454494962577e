"""The platform's store: imported datasets and the policy versions seen, over SQLAlchemy 2."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)

from troth.config import load_settings
from troth.errors import TrothError
from troth.store import migrate
from troth.store.tables import datasets, metadata, policy_versions
from troth.timeutil import aware


class StoreError(TrothError):
    """The store cannot be opened or used; the message names the (redacted) URL."""


class StoreUnreachable(StoreError):
    """The store's database did not answer (HTTP 503: try again later)."""

    status_code = 503


@dataclass(frozen=True)
class StoredDataset:
    fides_key: str
    system_key: str | None
    source: str
    body: dict[str, Any]
    content_hash: str
    imported_at: datetime


@dataclass(frozen=True)
class PolicyVersion:
    id: int
    label: str
    effective: date | None
    content_hash: str
    first_seen_at: datetime


def redact_url(url: str) -> str:
    """The URL with its password replaced by ``***``, safe to print."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


def content_hash(body: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON form of ``body`` (key order does not matter)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Store:
    """The platform's tables behind one engine. Open it with :func:`open_store`."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        """The database URL with the password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def revision(self) -> str:
        """The migration revision the database is at (empty before the first)."""
        return migrate.current_revision(self.engine) or ""

    def upgrade(self) -> None:
        migrate.upgrade(self.engine)

    def counts(self) -> dict[str, int]:
        """Rows per table of the store."""
        with self.engine.connect() as conn:
            return {
                table.name: int(
                    conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                )
                for table in metadata.sorted_tables
            }

    # datasets

    def save_dataset(
        self, fides_key: str, body: dict[str, Any], system_key: str | None, source: str
    ) -> bool:
        """Insert or replace a dataset; True when anything stored changed."""
        digest = content_hash(body)
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(datasets.c.content_hash, datasets.c.system_key, datasets.c.source)
                .where(datasets.c.fides_key == fides_key)
                .with_for_update()
            ).first()
            values = {
                "system_key": system_key,
                "source": source,
                "body": body,
                "content_hash": digest,
                "imported_at": now,
            }
            if row is None:
                conn.execute(sa.insert(datasets).values(fides_key=fides_key, **values))
                return True
            if tuple(row) == (digest, system_key, source):
                return False
            conn.execute(
                sa.update(datasets).where(datasets.c.fides_key == fides_key).values(**values)
            )
            return True

    def datasets(self) -> list[StoredDataset]:
        """Every stored dataset, ordered by key."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(datasets).order_by(datasets.c.fides_key)).mappings()
            return [self._dataset(row) for row in rows]

    def dataset(self, fides_key: str) -> StoredDataset | None:
        """One stored dataset, or None."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(datasets).where(datasets.c.fides_key == fides_key))
                .mappings()
                .first()
            )
        return self._dataset(row) if row else None

    def remove_dataset(self, fides_key: str) -> bool:
        """Remove a dataset; True when it was there."""
        with self.engine.begin() as conn:
            result = conn.execute(sa.delete(datasets).where(datasets.c.fides_key == fides_key))
            return result.rowcount > 0

    @staticmethod
    def _dataset(row: sa.RowMapping) -> StoredDataset:
        return StoredDataset(
            fides_key=row["fides_key"],
            system_key=row["system_key"],
            source=row["source"],
            body=row["body"],
            content_hash=row["content_hash"],
            imported_at=aware(row["imported_at"]),
        )

    # policy versions

    def record_policy_version(self, label: str, effective: date | None, content_hash: str) -> bool:
        """Remember a policy version by its content hash; True when it was not seen before."""
        with self.engine.begin() as conn:
            seen = conn.execute(
                sa.select(policy_versions.c.id).where(
                    policy_versions.c.content_hash == content_hash
                )
            ).first()
            if seen is not None:
                return False
            conn.execute(
                sa.insert(policy_versions).values(
                    label=label,
                    effective=effective,
                    content_hash=content_hash,
                    first_seen_at=datetime.now(UTC),
                )
            )
            return True

    def policy_versions(self) -> list[PolicyVersion]:
        """The policy versions seen, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(policy_versions).order_by(policy_versions.c.id)
            ).mappings()
            return [
                PolicyVersion(
                    id=row["id"],
                    label=row["label"],
                    effective=row["effective"],
                    content_hash=row["content_hash"],
                    first_seen_at=aware(row["first_seen_at"]),
                )
                for row in rows
            ]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _engine(url: str) -> sa.Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            "the database URL cannot be parsed (expected e.g. sqlite:///path)"
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        return sa.create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StoreError(f"{redact_url(url)}: unsupported database URL ({exc})") from None


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """Open the store at ``url`` (default: the configured one), migrated to the newest revision."""
    if url is None:
        url = load_settings().database_url
    engine = _engine(url)
    store = Store(engine)
    try:
        if upgrade:
            store.upgrade()
        else:
            store.revision()
    except SQLAlchemyError as exc:
        engine.dispose()
        lines = str(getattr(exc, "orig", exc)).strip().splitlines()
        reason = lines[0] if lines else type(exc).__name__
        unreachable = isinstance(exc, OperationalError | InterfaceError)
        raise (StoreUnreachable if unreachable else StoreError)(
            f"cannot open the store at {redact_url(url)}: {reason}"
        ) from None
    return store
