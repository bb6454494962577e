"""Mutation testing of the code that keeps the promises (``make mutation``).

Cosmic Ray mutates one module at a time (a changed comparison, a dropped ``not``, a number
off by one, a loop that never runs…) and runs the fast tests that cover that module against
each mutant: a mutant the tests do not fail on "survived". Cosmic Ray and not mutmut because
mutmut 3 leaves decorated functions alone, and the decisions that keep promises are
decorated (``@keeps``).

Each module is mutated in a copy of ``src`` and ``tests`` of its own under
``build/mutation`` (mutants are written to disk there, never in the work tree), so modules
can run side by side (``--jobs``).

A mutant is tested against the tests that run the line it changes, not all of the module's
tests: one run of the tests under coverage.py, each test a context of its own, gives the
tests that run each line (code run while a fixture wider than one test is set up counts for
every test that uses the fixture). This is sound for a mutant inside a function body: a
test that never runs the changed line runs the same code as on the original, and passes as
it did (the tests are deterministic but for the comparison with the reference model, whose
random examples differ from run to run either way). A mutant on a line no test runs
survives at once. A mutant outside a function body (run when the module is imported: a
default value, a decorator, a module constant) or on a line run at import is tested against
every test. The selected tests run fastest first (their times in the coverage run), and a
test that runs ten times longer than it did there (ten seconds at least) is stopped and
fails: a mutant that loops is a kill that costs seconds. ``--all-tests`` runs every test
for every mutant, as before.

Only code that runs is counted: mutants inside type annotations (never evaluated under
``from __future__ import annotations``) are skipped, and in a large module only the named
functions are mutated. Prints the score per module and
writes every survivor's diff to ``build/mutation/survivors.txt``.

    .venv/bin/python benchmarks/mutation.py                    # every module, one at a time
    .venv/bin/python benchmarks/mutation.py --jobs 2 --only requests.lifecycle guard.checksums
    .venv/bin/python benchmarks/mutation.py --only requests.discovery --all-tests
    .venv/bin/python benchmarks/mutation.py --only requests.discovery --again  # survivors
    .venv/bin/python benchmarks/mutation.py --only requests.executor --again \
        --against tests/requests/test_requests_executor_rules.py
    .venv/bin/python benchmarks/mutation.py --only requests.planner --resume  # go on
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "mutation"
BIN = Path(sys.executable).parent
NOT_SAMPLED = "not in the sample"
SERVER_TIMEOUT = 300.0  # seconds a test run may take before the server ends it (a loop)


@dataclass(frozen=True)
class Target:
    """A module to mutate, the functions of it to mutate (all when empty) and its tests."""

    module: str
    tests: tuple[str, ...]
    functions: tuple[str, ...] = ()
    deselect: str = ""  # a pytest -k expression of tests that need servers
    env: tuple[tuple[str, str], ...] = ()  # set for the test runs (fewer random examples)


# The request engine's tests on SQLite, quickest first (a mutant stops at the first failure);
# the comparison with the reference model last, with 30 random examples instead of 500.
ENGINE_TESTS = (
    "tests/requests/test_requests_engine_edges.py",
    "tests/requests/test_requests_discovery_rules.py",
    "tests/requests/test_requests_planner_rules.py",
    "tests/requests/test_requests_executor_rules.py",
    "tests/requests/test_requests_semantics.py",
    "tests/requests/test_requests_executor_sqlite.py",
    "tests/requests/test_requests_identity_match.py",
    "tests/requests/test_requests_counterexamples.py",
    "tests/requests/test_requests_erasure_policy.py",
    "tests/requests/test_requests_acceptance_clinic.py",
    "tests/requests/test_requests_acceptance_school.py",
    "tests/requests/test_requests_batch.py",
    "tests/requests/test_requests_differential.py",
)
SQLITE_ONLY = "not postgresql and not mariadb and not mixed"
ENGINE_ENV = (("TROTH_FUZZ_EXAMPLES", "30"), ("TROTH_FUZZ_SHRINK", "0"))

TARGETS: dict[str, Target] = {
    "consent.decision": Target(
        "consent/decision.py",
        ("tests/consent/test_consent_decision.py", "tests/consent/test_consent_decision_rules.py"),
    ),
    "requests.identity": Target(
        "requests/identity.py",
        ("tests/requests/test_requests_identity_rules.py",),
    ),
    "requests.lifecycle": Target(
        "requests/lifecycle.py",
        (
            "tests/requests/test_requests_lifecycle.py",
            "tests/requests/test_requests_lifecycle_table.py",
        ),
    ),
    "requests.kept": Target(
        "requests/kept.py",
        ("tests/requests/test_requests_kept.py", "tests/requests/test_requests_kept_lines.py"),
    ),
    "guard.checksums": Target(
        "guard/checksums.py",
        ("tests/guard/test_guard_iban_lengths.py", "tests/guard/test_guard_checksums.py"),
        # the table of IBAN lengths is data: tests/guard/test_guard_iban_lengths.py holds the
        # registry's lengths and checks every country against them
        functions=("luhn_valid", "iban_valid"),
    ),
    # the children's rules, one module of the package at a time
    **{
        f"guard.children.{name}": Target(
            f"guard/children/{name}.py",
            ("tests/guard/test_guard_child_signals.py", "tests/guard/test_guard_children_rules.py"),
        )
        for name in (
            "words",
            "people",
            "vetoes",
            "ages",
            "infants",
            "births",
            "schools",
            "records",
            "writers",
            "gate",
            "decision",
        )
    },
    "guard.check": Target(
        "guard/check.py",
        (
            "tests/guard/test_guard_field_edges.py",
            "tests/guard/test_guard_age_fields.py",
            "tests/guard/test_guard_card_brands.py",
        ),
        functions=("_field_child", "is_age_or_birth_field", "_card_allowed"),
        deselect="not over_http",
    ),
    "guard.recognizers": Target(
        "guard/recognizers.py",
        (
            "tests/guard/test_guard_field_edges.py",
            "tests/guard/test_guard_card_brands.py",
            "tests/guard/test_guard_recognizers.py",
            "tests/guard/test_guard_checksums.py",
        ),
        functions=("card_valid", "card_start", "_iban_valid"),
        deselect="not over_http",
    ),
    "roles": Target("roles.py", ("tests/test_roles.py", "tests/web/test_web_route_guard.py")),
    "requests.planner": Target(
        "requests/planner.py",
        ENGINE_TESTS,
        functions=(
            "_Link",
            "_links",
            "_top_fields",
            "_legal_reason",
            "_consent_only",
            "_clean_subjects",
            "_check_correction",
            "Planner",
            "_unreached_findings",
            "_record",
            "_inputs",
            "_links_into",
            "_plan_steps",
            "_row_action",
            "_erasure_strategy",
            "_field_plans",
            "_write_order",
            "_topological",
        ),
        deselect=SQLITE_ONLY,
        env=ENGINE_ENV,
    ),
    "requests.executor": Target(
        "requests/executor.py",
        ENGINE_TESTS,
        functions=(
            "run_access",
            "_access_result",
            "_allowed",
            "_subject_rows",
            "_kept_links",
            "_outcome_for",
            "_keep_links",
            "_links_in",
            "_Pointers",
            "_found_through",
            "_holders",
            "_link_stays",
            "_keep_pointed_at",
            "_erased_fields",
            "_preflight",
            "resolve_strategies",
            "erasure_slices",
            "run_erasure",
            "_kept_items",
            "_decide",
            "_erase_part",
            "_write_step",
            "_mask",
            "_verify",
            "_fits",
            "run_correction",
            "_run_correction",
        ),
        deselect=SQLITE_ONLY,
        env=ENGINE_ENV,
    ),
    "requests.discovery": Target(
        "requests/discovery.py",
        ENGINE_TESTS,
        deselect=SQLITE_ONLY,
        env=ENGINE_ENV,
    ),
    "web.auth.access": Target(
        "web/auth/access.py",
        ("tests/web/test_web_role_admission.py", "tests/web/test_web_service_token.py"),
        functions=(
            "admit",
            "require_role",
            "service_token_from",
            "service_token_member",
            "role_required_by",
            "ServiceToken",
            "NotSignedIn",
            "NotAllowed",
        ),
        deselect="not acts_as_an_analyst and not role_is_configurable and not misconfigured "
        "and not without_a_token",
    ),
}


# Of the replacements of one arithmetic or bitwise operator by another, the inverse only
# (``+`` by ``-``, ``|`` by ``&``…): the other nine are the same test again, slower.
KEPT_BINARY = re.compile(
    r"core/ReplaceBinaryOperator_(Add_Sub|Sub_Add|Mul_Div|Div_Mul|Mod_FloorDiv|FloorDiv_Mod"
    r"|BitOr_BitAnd|BitAnd_BitOr|Pow_Mul)$"
)


def annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the type annotations of a module are (line, column), start and end."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        found: list[ast.expr | None] = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found = [node.returns]
        elif isinstance(node, ast.arg | ast.AnnAssign):
            found = [node.annotation]
        for note in found:
            if note is not None and note.end_lineno is not None:
                end_col = note.end_col_offset or 0
                spans.append(((note.lineno, note.col_offset), (note.end_lineno, end_col)))
    return spans


def function_lines(source: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """The lines of the named top-level functions and classes, decorators included."""
    ranges = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name in names:
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            ranges.append((first, node.end_lineno or node.lineno))
    missing = set(names) - {
        n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef | ast.ClassDef)
    }
    if missing:
        raise SystemExit(f"no function named {', '.join(sorted(missing))} to mutate")
    return ranges


def keyword_marks(source: str) -> list[tuple[int, int]]:
    """Where the bare ``*`` of a parameter list stands (Cosmic Ray takes it for a product)."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.args.kwonlyargs:
            if node.args.vararg is None:
                first = node.args.kwonlyargs[0]
                number, line = first.lineno, lines[first.lineno - 1][: first.col_offset]
                while not line.strip(" ,") and number > 1:  # the mark on a line of its own
                    number -= 1
                    line = lines[number - 1]
                line = line.rstrip(" ,")
                if line.endswith("*"):
                    found.append((number, len(line) - 1))
    return found


def skip_reason(source: str, target: Target, operator: str, start: tuple[int, int]) -> str | None:
    if operator.startswith("core/ReplaceBinaryOperator_") and not KEPT_BINARY.match(operator):
        return "an operator replaced by other than its inverse"
    if any(a <= start < b for a, b in annotation_spans(source)):
        return "in a type annotation"
    if start in keyword_marks(source):
        return "the keyword-only mark of a parameter list"
    if target.functions and not any(
        a <= start[0] <= b for a, b in function_lines(source, target.functions)
    ):
        return "outside the functions mutated"
    return None


def prepare(name: str, target: Target, again: bool = False) -> tuple[Path, list[str]]:
    """A fresh copy of the project for ``name``, and the pytest arguments of its tests. With
    ``again``: the session of the last run kept, the code and tests copied afresh (the
    mutated module must be as it was)."""
    where = WORK / name
    if again:
        module = (ROOT / "src" / "troth" / target.module).read_text(encoding="utf-8")
        if not (where / "session.sqlite").is_file():
            raise SystemExit(f"{name}: no earlier run to test again")
        if (where / PRISTINE).read_text(encoding="utf-8") != module:
            raise SystemExit(f"{name}: the module changed since its last run; run it afresh")
        shutil.rmtree(where / "src")
        shutil.rmtree(where / "tests")
    else:
        shutil.rmtree(where, ignore_errors=True)
        where.mkdir(parents=True)
    shutil.copytree(ROOT / "src", where / "src", ignore=shutil.ignore_patterns("*.so", "*.pyc"))
    shutil.copytree(ROOT / "tests", where / "tests", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", where)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "src"], cwd=where, check=True)
    shutil.copy(where / "src" / "troth" / target.module, where / PRISTINE)
    (where / "module.txt").write_text(target.module, encoding="utf-8")
    return where, _pytest_args(name, target)


def _pytest_args(name: str, target: Target) -> list[str]:
    present = [t for t in target.tests if (ROOT / t).is_file()]
    for absent in sorted(set(target.tests) - set(present)):
        print(f"{name}: {absent} is absent, mutated without it", file=sys.stderr)
    if not present:
        raise SystemExit(f"{name}: none of its tests is present")
    deselect = ["-k", target.deselect] if target.deselect else []
    return ["-x", "-q", "-p", "no:cacheprovider", *deselect, *present]


def configure(
    where: Path, target: Target, args: list[str], seconds: float, select: bool = True
) -> None:
    """Cosmic Ray's configuration: the module, the test command (a client of the server)."""
    sock = str(where / "tests.sock")
    if select:
        command = shlex.join([sys.executable, __file__, "--pick", sock, str(where), *args])
    else:
        command = shlex.join([sys.executable, __file__, "--ask", sock, *args])
    (where / "mutation.toml").write_text(
        "[cosmic-ray]\n"
        f'module-path = "src/troth/{target.module}"\n'
        f"timeout = {max(20.0, 10 * seconds):.0f}\n"
        "excluded-modules = []\n"
        f"test-command = {json.dumps(command)}\n"
        '[cosmic-ray.distributor]\nname = "local"\n',
        encoding="utf-8",
    )


# Imported once by the test server; each test run is a fork of it, so that a run pays for
# Troth's own modules (one of them mutated) and not for these again.
PRELOAD = (
    "pytest", "hypothesis", "pydantic", "fideslang.models", "sqlalchemy", "fastapi",
    "fastapi.testclient", "starlette", "httpx", "yaml", "jinja2", "typer", "rich", "faker",
    "argon2", "cryptography", "alembic", "psycopg", "pymysql", "email_validator", "zxcvbn",
)  # fmt: skip


COVERAGE_MAP = "coverage_map.json"
PRISTINE = "pristine.py"  # the module as it was, beside its mutants


def _contexts(cov: Any) -> Any:
    """A pytest plugin: each test a coverage context of its own (its node id), and each
    fixture wider than one test a context ``fixture:<name>`` while it is set up."""
    import pytest

    class Contexts:
        def __init__(self) -> None:
            self.current = ""
            self.seconds: dict[str, float] = {}
            self.fixtures: dict[str, list[str]] = {}

        def pytest_runtest_protocol(self, item: Any) -> None:
            self.current = item.nodeid
            cov.switch_context(self.current)
            for name in item.fixturenames:
                self.fixtures.setdefault(name, []).append(self.current)

        def pytest_runtest_logreport(self, report: Any) -> None:
            self.seconds[report.nodeid] = self.seconds.get(report.nodeid, 0.0) + report.duration

        @pytest.hookimpl(hookwrapper=True)
        def pytest_fixture_setup(self, fixturedef: Any) -> Any:
            wide = fixturedef.scope != "function"
            if wide:
                cov.switch_context(f"fixture:{fixturedef.argname}")
            yield
            if wide:
                cov.switch_context(self.current)

    return Contexts()


def map_coverage(where: Path, module: str, args: list[str]) -> int:
    """Run the tests once under coverage, each test its own context; write which tests run
    each line of ``module`` (and the tests' times) to the copy's coverage map."""
    import coverage
    import pytest

    path = where / "src" / "troth" / module
    cov = coverage.Coverage(data_file=None, include=[str(path)])
    plugin = _contexts(cov)
    cov.start()
    try:
        code = int(pytest.main(args, plugins=[plugin]))
    finally:
        cov.stop()
    data = cov.get_data()
    measured = {str(Path(f).resolve()): f for f in data.measured_files()}
    by_line = data.contexts_by_lineno(measured[str(path.resolve())]) if measured else {}
    tests: dict[str, set[str]] = {}
    for line, contexts in by_line.items():
        for context in contexts:
            if context.startswith("fixture:"):
                tests.setdefault(str(line), set()).update(plugin.fixtures.get(context[8:], []))
            else:
                tests.setdefault(str(line), set()).add(context or "import")
    mapping = {
        "lines": {line: sorted(found) for line, found in tests.items()},
        "seconds": plugin.seconds,
    }
    (where / COVERAGE_MAP).write_text(json.dumps(mapping), encoding="utf-8")
    return code


def changed_lines(before: str, after: str) -> list[int] | None:
    """The lines of ``before`` whose statements a mutant changes (coverage counts a statement
    at its first line), or None when a change is outside every function body."""
    matcher = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines(), autojunk=False)
    changed: set[int] = set()
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal":
            changed.update(range(i1 + 1, max(i2, i1 + 1) + 1))
    tree = ast.parse(before)
    bodies = [
        (node.body[0].lineno, node.end_lineno or node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        and isinstance(node.body, list)
    ]
    if not changed or not all(any(a <= n <= b for a, b in bodies) for n in changed):
        return None
    lines = set(changed)
    for line in changed:
        starts = [
            min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            for node in ast.walk(tree)
            if isinstance(node, ast.stmt | ast.excepthandler)
            and node.lineno <= line <= (node.end_lineno or node.lineno)
        ]
        lines.update(range(max(starts), line + 1))  # the innermost statement holding the line
    return sorted(lines)


def pick(where: Path, module: str) -> tuple[list[str] | None, str]:
    """The tests to run on the mutant now on disk, fastest first (None: every test), and why."""
    before = (where / PRISTINE).read_text(encoding="utf-8")
    after = (where / "src" / "troth" / module).read_text(encoding="utf-8")
    lines = changed_lines(before, after)
    if lines is None:
        return None, "outside a function body: every test"
    mapping = json.loads((where / COVERAGE_MAP).read_text(encoding="utf-8"))
    chosen = {t for n in lines for t in mapping["lines"].get(str(n), [])}
    if "import" in chosen:
        return None, f"line {lines[-1]} runs at import: every test"
    seconds = mapping["seconds"]
    ordered = sorted(chosen, key=lambda t: (seconds.get(t, 0.0), t))
    return ordered, f"line {lines[-1]}: {len(ordered)} tests run it"


def serve(socket_path: str, timeout: float) -> None:
    """Run the tests each client asks for in a fork of this process; answer the exit code."""
    import importlib
    import signal
    import socket

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            print(f"test server: {name} is not installed", file=sys.stderr)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(socket_path)
    server.listen()
    while True:
        connection, _ = server.accept()
        with connection:
            args = json.loads(connection.makefile().readline())
            if args == ["stop"]:
                return
            child = os.fork()
            if child == 0:
                _run_child(args)
            deadline = time.monotonic() + timeout
            status = None
            while status is None and time.monotonic() < deadline:
                done, code = os.waitpid(child, os.WNOHANG)
                status = os.waitstatus_to_exitcode(code) if done else None
                if status is None:
                    time.sleep(0.02)
            if status is None:
                os.kill(child, signal.SIGKILL)
                os.waitpid(child, 0)
                status = 124
            connection.sendall(f"{status}\n".encode())


class _Only:
    """A pytest plugin: run only the tests named, in the order named."""

    def __init__(self, nodeids: list[str]) -> None:
        self.order = {nodeid: n for n, nodeid in enumerate(nodeids)}

    def pytest_collection_modifyitems(self, config: object, items: list[object]) -> None:
        kept = [i for i in items if i.nodeid in self.order]  # type: ignore[attr-defined]
        kept.sort(key=lambda i: self.order[i.nodeid])  # type: ignore[attr-defined]
        items[:] = kept


TEST_LIMIT_FACTOR = 10.0  # a test may take this many times its unmutated time (a loop)
TEST_LIMIT_FLOOR = 10.0  # and never less than this many seconds


def _deadline(seconds: dict[str, float]) -> object:
    """A pytest plugin: a test that runs far longer than it did unmutated is stopped and
    fails (a mutant that loops), so it costs seconds, not the whole run's limit."""
    import signal

    import pytest

    class Deadline:
        @pytest.hookimpl(wrapper=True)
        def pytest_runtest_call(self, item: pytest.Item) -> object:
            limit = max(TEST_LIMIT_FLOOR, TEST_LIMIT_FACTOR * seconds.get(item.nodeid, 0.0))

            def stop(signum: int, frame: object) -> None:
                raise TimeoutError(f"{item.nodeid} ran over {limit:.0f} s")

            signal.signal(signal.SIGALRM, stop)
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                return (yield)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)

    return Deadline()


def _run_child(args: list[str]) -> None:
    import pytest

    sys.dont_write_bytecode = True  # a mutant's module must never be cached as compiled
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    plugins: list[object] = []
    if args[:1] == ["coverage"]:
        try:
            code = map_coverage(Path.cwd(), args[1], args[2:])
        except BaseException:
            code = 3
        os._exit(code)
    if args[:1] == ["only"]:
        count = int(args[1])
        plugins, args = [_Only(args[2 : 2 + count])], args[2 + count :]
        mapping = Path.cwd() / COVERAGE_MAP
        if mapping.is_file():
            seconds = json.loads(mapping.read_text(encoding="utf-8"))["seconds"]
            plugins.append(_deadline(seconds))
    try:
        code = int(pytest.main(args, plugins=plugins))
    except BaseException:
        code = 3
    os._exit(code)


def ask(socket_path: str, args: list[str]) -> int:
    """Have the test server run pytest with ``args``; its exit code."""
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(socket_path)
        client.sendall((json.dumps(args) + "\n").encode())
        answer = client.makefile().readline().strip()
    return int(answer) if answer else 3


def ask_picked(socket_path: str, where: Path, args: list[str]) -> int:
    """Run on the mutant on disk only the tests that run its changed lines (see ``pick``)."""
    started = time.perf_counter()
    module = where.joinpath("module.txt").read_text(encoding="utf-8").strip()
    chosen, why = pick(where, module)
    print(why)
    if chosen is None:
        code = ask(socket_path, args)
    elif not chosen:
        code = 0  # no test runs the changed line: the mutant survives
    else:
        files = sorted({t.split("::")[0] for t in chosen})
        paths = [a for a in args if a.endswith(".py") and not a.startswith("-")]
        options = [a for a in args if a not in paths]
        code = ask(socket_path, ["only", str(len(chosen)), *chosen, *options, *files])
    with (where / "picks.log").open("a", encoding="utf-8") as log:
        log.write(f"{why}\t{code}\t{time.perf_counter() - started:.1f}\n")
    return code


def _env(where: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(where / "src")
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # the test run needs no plugin; it starts faster
    return env


def run(
    name: str,
    target: Target,
    sample: int = 0,
    select: bool = True,
    again: bool = False,
    resume: bool = False,
) -> dict[str, object]:
    started = time.perf_counter()
    where, args = prepare(name, target, again or resume)
    sock = where / "tests.sock"
    sock.unlink(missing_ok=True)  # left by the last run
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(sock), str(SERVER_TIMEOUT)],
        cwd=where,
        env=_env(where) | dict(target.env),
    )
    try:
        while not sock.exists():
            if server.poll() is not None:
                raise SystemExit(f"{name}: the test server did not start")
            time.sleep(0.1)
        before = time.perf_counter()
        first = ["coverage", target.module, *args] if select else args
        if ask(str(sock), first) != 0:
            raise SystemExit(f"{name}: the tests fail unmutated: pytest {shlex.join(args)}")
        configure(where, target, args, time.perf_counter() - before, select)
        if again:
            survivors_again(where, target)
        elif resume:
            exec_pending(where)
        else:
            mutate(where, target, sample)
    finally:
        if server.poll() is None:
            ask(str(sock), ["stop"])
        server.wait()
    result = tally(name, where) | {"seconds": time.perf_counter() - started}
    (where / "result.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def mutate(where: Path, target: Target, sample: int) -> None:
    """Make the mutants, set those aside that are not counted, test the others (or a random
    ``sample`` of them, the same one each time, when ``sample`` is above zero)."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkItem, WorkResult

    session = where / "session.sqlite"
    cr = str(BIN / "cosmic-ray")
    subprocess.run([cr, "init", "mutation.toml", str(session), "--force"], cwd=where, check=True)
    source = (where / "src" / "troth" / target.module).read_text(encoding="utf-8")
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in list(db.pending_work_items):
            mutation = item.mutations[0]
            reason = skip_reason(source, target, mutation.operator_name, tuple(mutation.start_pos))
            if reason:
                db.set_result(item.job_id, WorkResult(WorkerOutcome.SKIPPED, output=reason))

        def place(item: WorkItem) -> tuple[object, ...]:
            m = item.mutations[0]
            return (tuple(m.start_pos), m.operator_name, m.occurrence)

        counted = [i.job_id for i in sorted(db.pending_work_items, key=place)]
        if 0 < sample < len(counted):
            chosen = set(random.Random(13).sample(counted, sample))
            for job_id in set(counted) - chosen:
                db.set_result(job_id, WorkResult(WorkerOutcome.SKIPPED, output=NOT_SAMPLED))
    subprocess.run(
        [cr, "exec", "mutation.toml", str(session)], cwd=where, env=_env(where), check=True
    )


def exec_pending(where: Path) -> None:
    """Test the mutants of the last run that have no result yet (a run that was stopped)."""
    cr = str(BIN / "cosmic-ray")
    session = str(where / "session.sqlite")
    subprocess.run([cr, "exec", "mutation.toml", session], cwd=where, env=_env(where), check=True)


def survivors_again(where: Path, target: Target) -> None:
    """Test the survivors of the last run again, against the tests as they are now (those
    the script now leaves out, it sets aside)."""
    import sqlite3

    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    source = (where / PRISTINE).read_text(encoding="utf-8")
    with use_db(str(where / "session.sqlite"), WorkDB.Mode.open) as db:
        again = []
        for item, result in db.completed_work_items:
            if result.worker_outcome == WorkerOutcome.SKIPPED or result.is_killed:
                continue
            mutation = item.mutations[0]
            start = tuple(mutation.start_pos)
            reason = skip_reason(source, target, mutation.operator_name, start)  # type: ignore[arg-type]
            if reason:
                db.set_result(item.job_id, WorkResult(WorkerOutcome.SKIPPED, output=reason))
            else:
                again.append(item.job_id)
    with sqlite3.connect(where / "session.sqlite") as conn:
        conn.executemany("DELETE FROM work_results WHERE job_id = ?", [(j,) for j in again])
    cr = str(BIN / "cosmic-ray")
    subprocess.run(
        [cr, "exec", "mutation.toml", str(where / "session.sqlite")],
        cwd=where,
        env=_env(where),
        check=True,
    )


def tally(name: str, where: Path) -> dict[str, object]:
    """Killed and counted mutants of a finished session, and the survivors' diffs."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome

    session = where / "session.sqlite"
    survivors = []
    killed = total = unsampled = 0
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item, result in db.completed_work_items:
            if result.worker_outcome == WorkerOutcome.SKIPPED:
                unsampled += result.output == NOT_SAMPLED
                continue
            total += 1
            if result.is_killed:
                killed += 1
            else:
                mutation = item.mutations[0]
                survivors.append(
                    f"{name} line {mutation.start_pos[0]} {mutation.operator_name}"
                    f" ({(result.output or '').strip().splitlines()[0:1]})\n{result.diff}"
                )
    return {
        "name": name,
        "killed": killed,
        "total": total,
        "of": total + unsampled,
        "survivors": survivors,
    }


def main() -> None:
    if sys.argv[1:2] == ["--ask"]:
        raise SystemExit(ask(sys.argv[2], sys.argv[3:]))
    if sys.argv[1:2] == ["--pick"]:
        raise SystemExit(ask_picked(sys.argv[2], Path(sys.argv[3]), sys.argv[4:]))
    if sys.argv[1:2] == ["--serve"]:
        serve(sys.argv[2], float(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(TARGETS), help="modules to mutate")
    parser.add_argument("--jobs", type=int, default=1, help="modules mutated at once")
    parser.add_argument(
        "--sample", type=int, default=0, help="test a random N of each module's mutants"
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="test the survivors of each module's last run again, against the tests as they are",
    )
    parser.add_argument(
        "--against",
        nargs="*",
        default=[],
        help="with --again: test the survivors against these test files only (a kill by any "
        "test is a kill; an equivalent mutant then costs only these tests)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="go on with each module's last run where it stopped (its results so far are kept)",
    )
    parser.add_argument(
        "--all-tests",
        action="store_true",
        help="test every mutant against all its module's tests, not only those that run it",
    )
    args = parser.parse_args()
    names = args.only or list(TARGETS)
    WORK.mkdir(parents=True, exist_ok=True)
    # the tests find ../shared beside the project; the copies find it beside build/mutation
    shared = ROOT.parent / "shared"
    if shared.is_dir() and not (WORK / "shared").exists():
        (WORK / "shared").symlink_to(shared)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        select = not args.all_tests
        targets = {
            n: replace(TARGETS[n], tests=tuple(args.against)) if args.against else TARGETS[n]
            for n in names
        }
        results = list(
            pool.map(
                lambda n: run(n, targets[n], args.sample, select, args.again, args.resume), names
            )
        )
    lines = [
        "| module | killed | mutants tested | of | score | seconds |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        killed, total = int(r["killed"]), int(r["total"])  # type: ignore[call-overload]
        score = f"{100 * killed / total:.1f} %" if total else "-"
        lines.append(
            f"| {r['name']} | {killed} | {total} | {r['of']} | {score} | {r['seconds']:.0f} |"
        )
    killed = sum(int(r["killed"]) for r in results)  # type: ignore[call-overload]
    total = sum(int(r["total"]) for r in results)  # type: ignore[call-overload]
    lines.append(f"| **all** | {killed} | {total} | {100 * killed / max(total, 1):.1f} % | |")
    survivors = [s for r in results for s in r["survivors"]]  # type: ignore[attr-defined]
    (WORK / "survivors.txt").write_text("\n".join(survivors), encoding="utf-8")
    print("\n".join(lines))
    print(
        f"{len(survivors)} survivors in {WORK / 'survivors.txt'}; "
        f"{time.perf_counter() - started:.0f} s in all "
        f"(median module {statistics.median(float(r['seconds']) for r in results):.0f} s)"  # type: ignore[arg-type]
    )


if __name__ == "__main__":
    main()
