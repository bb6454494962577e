"""Helpers shared by the demo company tests."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from troth.demo.schema import TABLES

SMALL = 200


def _normal(value: Any) -> str:
    if isinstance(value, memoryview):
        value = bytes(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, bool):
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ")
    return repr(value)


def content_digest(url: str) -> str:
    """A digest of every row of every demo table, read back through SQLAlchemy."""
    digest = hashlib.sha256()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            for table in sorted(TABLES, key=lambda t: t.name):
                digest.update(f"#{table.name}".encode())
                for row in conn.execute(select(table).order_by(table.c.id)):
                    digest.update("|".join(_normal(v) for v in row).encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
