"""Which code keeps which promise of the statement, and which tests prove it.

Code that keeps a clause is marked with :func:`keeps`; a test that proves one is
marked ``@pytest.mark.proves("C3")``. Both are found from the code itself, so the
status of every promise is never a hand-kept list.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_KEEPERS: dict[str, set[str]] = defaultdict(set)


def keeps(*clauses: str) -> Callable[[T], T]:
    """Mark a function or class as the code that keeps the given statement clauses."""
    if not clauses:
        raise ValueError("keeps() needs at least one clause id")

    def mark(obj: T) -> T:
        name = f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', repr(obj))}"
        for clause in clauses:
            _KEEPERS[clause].add(name)
        existing = getattr(obj, "__troth_clauses__", ())
        try:
            obj.__troth_clauses__ = tuple(existing) + tuple(clauses)  # type: ignore[attr-defined]
        except (AttributeError, TypeError):
            pass
        return obj

    return mark


def keepers() -> dict[str, list[str]]:
    """Import every module of the package and return clause id -> the code keeping it."""
    import troth

    for info in pkgutil.walk_packages(troth.__path__, prefix="troth."):
        if info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        if info.name.startswith("troth.testing"):  # test servers, not promise keepers
            continue
        importlib.import_module(info.name)
    return {clause: sorted(names) for clause, names in _KEEPERS.items()}


def _proves_args(decorator: ast.expr) -> list[str]:
    """The clause ids of a ``pytest.mark.proves(...)`` decorator, or nothing."""
    if not isinstance(decorator, ast.Call):
        return []
    func = decorator.func
    if not (isinstance(func, ast.Attribute) and func.attr == "proves"):
        return []
    return [
        a.value for a in decorator.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
    ]


def proofs(tests_dir: Path) -> dict[str, list[str]]:
    """Scan a tests folder and return clause id -> the tests marked as proving it."""
    found: dict[str, set[str]] = defaultdict(set)
    if not tests_dir.is_dir():
        return {}
    for path in sorted(tests_dir.rglob("test_*.py")):
        rel = path.relative_to(tests_dir.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module_clauses: list[str] = []
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets
            ):
                value = node.value
                values = value.elts if isinstance(value, ast.List | ast.Tuple) else [value]
                for value in values:
                    module_clauses += _proves_args(value)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                if not node.name.startswith(("test", "Test")):
                    continue
                clauses = [c for d in node.decorator_list for c in _proves_args(d)]
                if isinstance(node, ast.FunctionDef):
                    clauses += module_clauses
                for clause in clauses:
                    found[clause].add(f"{rel}::{node.name}")
    return {clause: sorted(names) for clause, names in found.items()}


def default_tests_dir() -> Path:
    """The tests folder of a source checkout (``tests/`` beside ``src/``)."""
    return Path(__file__).resolve().parents[2] / "tests"


@dataclass(frozen=True)
class PromiseStatus:
    clause: str
    title: str
    owner: str
    organisational: bool
    kept_by: list[str] = field(default_factory=list)
    proven_by: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.organisational:
            return "organisational"
        if self.kept_by and self.proven_by:
            return "enforced"
        if self.kept_by:
            return "kept, not yet proven"
        return "not yet enforced"


def status_of(
    clauses: Iterable[tuple[str, str, str, bool]], tests_dir: Path | None = None
) -> list[PromiseStatus]:
    """Combine the policy's clauses (id, title, owner, organisational) with code and tests."""
    code = keepers()
    tests = proofs(tests_dir or default_tests_dir())
    return [
        PromiseStatus(
            clause=cid,
            title=title,
            owner=owner,
            organisational=organisational,
            kept_by=code.get(cid, []),
            proven_by=tests.get(cid, []),
        )
        for cid, title, owner, organisational in clauses
    ]
