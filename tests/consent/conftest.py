"""Fixtures of the consent tests: the example policy, edited copies of it, a store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from troth.consent import ConsentService
from troth.policy import Policy, default_policy_path, load_policy
from troth.store import Store, open_store

EXAMPLE = default_policy_path()


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy()


@pytest.fixture
def edited_policy(tmp_path: Path) -> Callable[..., Path]:
    """Write the example policy with text replacements applied; return the file."""

    def write(*replacements: tuple[str, str], name: str = "policy.yaml") -> Path:
        text = EXAMPLE.read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, old
            text = text.replace(old, new, 1)
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def store(troth_home: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{troth_home / 'troth.sqlite3'}")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def service(store: Store, policy: Policy) -> ConsentService:
    return ConsentService(store, policy)
