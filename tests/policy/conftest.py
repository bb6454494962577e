"""Helpers for policy tests: the example's text and broken copies of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from troth.policy import Policy, default_policy_path, load_policy


@pytest.fixture(scope="session")
def example_text() -> str:
    return default_policy_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example() -> Policy:
    return load_policy()


BrokenCopy = Callable[[str, str], tuple[Path, str]]


@pytest.fixture
def broken_copy(tmp_path: Path, example_text: str) -> BrokenCopy:
    """Write the example with one exact, unique substring replaced; return (path, new text)."""

    def make(old: str, new: str) -> tuple[Path, str]:
        assert example_text.count(old) == 1, f"{old!r} is not unique in the example"
        text = example_text.replace(old, new)
        path = tmp_path / "policy.yaml"
        path.write_text(text, encoding="utf-8")
        return path, text

    return make
