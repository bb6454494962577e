"""Which code keeps which promise of the statement, and which tests prove it.

Code on the path every real use takes is marked ``@keeps("R3")``. A test that proves a
clause at run time names the keeper it exercises::

    @pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")

and the suite fails that test when the keeper does not exist, is not marked for the clause,
or is never called while the test runs (``tests/conftest.py`` records the calls of keepers;
:func:`link_problems` judges them). A test that only checks the policy file or the policy
checker is marked ``@pytest.mark.proves_policy("C2")``.

Each clause then has exactly one status:

* ``enforced`` — a keeper marked for it, linked to a test that exercises it;
* ``policy-only`` — tests check it in the policy file, nothing proves it at run time;
* ``not-kept`` — neither.

The tests are read from their source into an index shipped with the package
(``troth/proofs.json``, rebuilt by ``make proofs``; a test fails when it is stale), so an
installed Troth knows its proofs without the source tree.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import os
import pkgutil
import types
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENFORCED, POLICY_ONLY, NOT_KEPT = "enforced", "policy-only", "not-kept"
STATUSES = (ENFORCED, POLICY_ONLY, NOT_KEPT)
RUNTIME, POLICY = "proves", "proves_policy"
INDEX_NAME = "proofs.json"

_KEEPERS: dict[str, set[str]] = defaultdict(set)
# Set by the test suite before Troth is imported: keepers then record their calls.
_RECORDING = os.environ.get("TROTH_RECORD_KEEPERS") == "1"
_calls: set[str] | None = None


def keeps(*clauses: str) -> Callable[[T], T]:
    """Mark a function as the code that keeps the given statement clauses."""
    if not clauses:
        raise ValueError("keeps() needs at least one clause id")

    def mark(obj: T) -> T:
        name = f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', repr(obj))}"
        for clause in clauses:
            _KEEPERS[clause].add(name)
        if _RECORDING:
            obj = _recorded(obj, name)
        existing = getattr(obj, "__troth_clauses__", ())
        try:
            obj.__troth_clauses__ = tuple(existing) + tuple(clauses)  # type: ignore[attr-defined]
        except (AttributeError, TypeError):
            pass
        return obj

    return mark


def _note_call(name: str) -> None:
    if _calls is not None:
        _calls.add(name)


def _recorded(obj: T, name: str) -> T:
    """``obj`` wrapped so that its calls are noted (tests only; plain functions only).

    The wrapper is built over the keeper's own module globals, so that frameworks resolving
    its annotations by name (FastAPI) find the same names as for the keeper itself.
    """
    if inspect.isclass(obj) or inspect.iscoroutinefunction(obj) or not callable(obj):
        return obj  # type: ignore[return-value]  # narrowed by the checks, still the T given
    if not inspect.isfunction(obj):  # e.g. compiled by Cython

        @functools.wraps(obj)
        def noted(*args: Any, **kwargs: Any) -> Any:
            _note_call(name)
            return obj(*args, **kwargs)  # type: ignore[operator]

        return noted  # type: ignore[return-value]

    def make(target: Any, note: Callable[[str], None], label: str) -> Callable[..., Any]:
        def kept(*args: Any, **kwargs: Any) -> Any:
            note(label)
            return target(*args, **kwargs)

        return kept

    inner = make(obj, _note_call, name)
    code, closure = inner.__code__, inner.__closure__
    clone = types.FunctionType(code, obj.__globals__, obj.__name__, None, closure)
    return functools.update_wrapper(clone, obj)  # type: ignore[return-value]


def start_recording() -> None:
    """Begin noting which keepers are called (the test suite's link check)."""
    global _calls
    _calls = set()


def stop_recording() -> set[str]:
    """Stop noting calls and return the dotted names of the keepers called since the start."""
    global _calls
    called, _calls = _calls or set(), None
    return called


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


def keeper_registry() -> dict[str, set[str]]:
    """Dotted name of each keeper imported so far -> the clauses it is marked for."""
    registry: dict[str, set[str]] = defaultdict(set)
    for clause, names in _KEEPERS.items():
        for name in names:
            registry[name].add(clause)
    return dict(registry)


def import_keeper_module(via: str) -> None:
    """Import the module a dotted keeper name lives in, so that its marks are registered."""
    parts = via.split(".")
    for end in range(len(parts) - 1, 0, -1):
        try:
            importlib.import_module(".".join(parts[:end]))
            return
        except ImportError:
            continue


def link_problems(
    clauses: Iterable[str],
    via: str | None,
    registry: Mapping[str, Iterable[str]],
    called: Iterable[str],
) -> list[str]:
    """What is wrong with a test's claim to prove ``clauses`` through the keeper ``via``.

    ``registry`` maps each keeper's dotted name to the clauses it is marked for; ``called``
    holds the keepers called while the test ran. No problems means the link holds.
    """
    clauses = list(clauses)
    if not via:
        return [f"proves({', '.join(clauses)}) names no keeper: add via='module.function'"]
    if via not in registry:
        return [f"no function named {via} is marked @keeps"]
    marked = set(registry[via])
    problems = [f"{via} is not marked @keeps({c!r})" for c in clauses if c not in marked]
    if via not in set(called):
        problems.append(f"{via} was never called while the test ran")
    return problems


@dataclass(frozen=True)
class Proof:
    """One marker of one test: the clauses it proves, how, and through which keeper."""

    test: str
    kind: str  # RUNTIME or POLICY
    clauses: tuple[str, ...]
    via: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "test": self.test,
            "kind": self.kind,
            "clauses": list(self.clauses),
            "via": self.via,
        }


def _marker(decorator: ast.expr) -> tuple[str, list[str], str | None] | None:
    """``(kind, clauses, via)`` of a ``pytest.mark.proves(...)``/``proves_policy(...)``."""
    if not isinstance(decorator, ast.Call):
        return None
    func = decorator.func
    if not (isinstance(func, ast.Attribute) and func.attr in (RUNTIME, POLICY)):
        return None
    clauses = [
        a.value for a in decorator.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
    ]
    via = next(
        (
            k.value.value
            for k in decorator.keywords
            if k.arg == "via" and isinstance(k.value, ast.Constant)
        ),
        None,
    )
    return func.attr, clauses, via if isinstance(via, str) else None


def _module_markers(tree: ast.Module) -> list[tuple[str, list[str], str | None]]:
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets
        ):
            value = node.value
            values = value.elts if isinstance(value, ast.List | ast.Tuple) else [value]
            found += [m for v in values if (m := _marker(v)) is not None]
    return found


def read_proofs(tests_dir: Path) -> list[Proof]:
    """Every ``proves``/``proves_policy`` marker of the tests in a folder, read from source."""
    found: list[Proof] = []
    if not tests_dir.is_dir():
        return found
    for path in sorted(tests_dir.rglob("test_*.py")):
        rel = path.relative_to(tests_dir.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module_markers = _module_markers(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            if not node.name.startswith(("test", "Test")):
                continue
            markers = [m for d in node.decorator_list if (m := _marker(d)) is not None]
            if isinstance(node, ast.FunctionDef):
                markers += module_markers
            for kind, clauses, via in markers:
                found.append(Proof(f"{rel}::{node.name}", kind, tuple(clauses), via))
    return sorted(found, key=lambda p: (p.test, p.kind, p.clauses, p.via or ""))


def proofs(tests_dir: Path) -> dict[str, list[str]]:
    """Clause id -> the tests marked as proving it at run time (any keeper, linked or not)."""
    found: dict[str, set[str]] = defaultdict(set)
    for proof in read_proofs(tests_dir):
        if proof.kind == RUNTIME:
            for clause in proof.clauses:
                found[clause].add(proof.test)
    return {clause: sorted(names) for clause, names in found.items()}


def default_tests_dir() -> Path:
    """The tests folder of a source checkout (``tests/`` beside ``src/``)."""
    return Path(__file__).resolve().parents[2] / "tests"


def index_text(tests_dir: Path) -> str:
    """The proofs index of a tests folder, as written to ``troth/proofs.json``."""
    entries = [p.as_json() for p in read_proofs(tests_dir)]
    return json.dumps(entries, indent=1, sort_keys=True) + "\n"


def packaged_proofs() -> list[Proof]:
    """The proofs index shipped with the package (empty when it is missing)."""
    source = resources.files("troth").joinpath(INDEX_NAME)
    if not source.is_file():
        return []
    entries = json.loads(source.read_text(encoding="utf-8"))
    return [Proof(e["test"], e["kind"], tuple(e["clauses"]), e.get("via")) for e in entries]


@dataclass(frozen=True)
class PromiseStatus:
    clause: str
    section: str
    promise: str
    status: str
    organisational: str | None = None
    kept_by: list[str] = field(default_factory=list)
    proven_by: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The object ``troth promises --json`` prints for this clause."""
        return {
            "id": self.clause,
            "promise": self.promise,
            "status": self.status,
            "kept_by": list(self.kept_by),
            "proven_by": list(self.proven_by),
        }


@dataclass(frozen=True)
class ClauseText:
    """What the policy says of a clause: its id, section, promise, organisational reason."""

    id: str
    section: str
    promise: str
    organisational: str | None = None


def judge(clause: ClauseText, kept_by: list[str], found: Iterable[Proof]) -> PromiseStatus:
    """The one status of a clause from its keepers and the proofs naming it."""
    found = [p for p in found if clause.id in p.clauses]
    linked = sorted({p.test for p in found if p.kind == RUNTIME and p.via in kept_by})
    on_policy = sorted({p.test for p in found if p.kind == POLICY})
    if linked:
        status, proven_by = ENFORCED, linked
    elif on_policy:
        status, proven_by = POLICY_ONLY, on_policy
    else:
        status, proven_by = NOT_KEPT, []
    return PromiseStatus(
        clause=clause.id,
        section=clause.section,
        promise=clause.promise,
        status=status,
        organisational=clause.organisational,
        kept_by=list(kept_by),
        proven_by=proven_by,
    )


def status_of(clauses: Iterable[ClauseText], tests_dir: Path | None = None) -> list[PromiseStatus]:
    """Each clause with its status: keepers from the code, proofs from the packaged index
    (or read from ``tests_dir`` when given)."""
    code = keepers()
    found = read_proofs(tests_dir) if tests_dir is not None else packaged_proofs()
    return [judge(c, code.get(c.id, []), found) for c in clauses]


def clause_texts(policy: Any) -> list[ClauseText]:
    """The clauses of a loaded policy, as :func:`status_of` takes them."""
    return [ClauseText(c.id, c.section, c.promise, c.organisational) for c in policy.clauses]


def by_section(statuses: Iterable[PromiseStatus]) -> list[tuple[str, list[PromiseStatus]]]:
    """The statuses grouped by section, sections in the order they first appear."""
    groups: dict[str, list[PromiseStatus]] = {}
    for status in statuses:
        groups.setdefault(status.section, []).append(status)
    return list(groups.items())


def write_index(tests_dir: Path | None = None) -> Path:
    """Rebuild ``troth/proofs.json`` of a source checkout from its tests (``make proofs``)."""
    target = Path(__file__).resolve().parent / INDEX_NAME
    target.write_text(index_text(tests_dir or default_tests_dir()), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_index())
