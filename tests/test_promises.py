import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from troth.cli import app
from troth.promises import (
    ClauseText,
    Proof,
    index_text,
    judge,
    keepers,
    keeps,
    link_problems,
    proofs,
    read_proofs,
    status_of,
)

TESTS = Path(__file__).resolve().parent
PACKAGED_INDEX = TESTS.parent / "src" / "troth" / "proofs.json"


def test_keeps_registers_code_under_each_clause() -> None:
    @keeps("ZZ1", "ZZ2")
    def guard_something() -> None: ...

    found = keepers()
    name = f"{__name__}.test_keeps_registers_code_under_each_clause.<locals>.guard_something"
    assert name in found["ZZ1"] and name in found["ZZ2"]
    assert guard_something.__troth_clauses__ == ("ZZ1", "ZZ2")


def test_keeps_needs_a_clause() -> None:
    with pytest.raises(ValueError):
        keeps()


def test_proofs_are_read_from_test_markers(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    (tests / "sub").mkdir(parents=True)
    (tests / "sub" / "test_a.py").write_text(
        "import pytest\n"
        "pytestmark = [pytest.mark.proves('M1', via='m.keeper')]\n"
        "@pytest.mark.proves('C3', 'K1', via='pkg.mod.fn')\n"
        "@pytest.mark.proves_policy('C2')\n"
        "def test_one():\n    assert True\n"
        "def test_two():\n    assert True\n"
        "@pytest.mark.slow\n"
        "def helper():\n    pass\n"
    )
    (tests / "test_b.py").write_text("def test_unmarked():\n    assert 1\n")
    one, two = "tests/sub/test_a.py::test_one", "tests/sub/test_a.py::test_two"
    assert read_proofs(tests) == [
        Proof(one, "proves", ("C3", "K1"), "pkg.mod.fn"),
        Proof(one, "proves", ("M1",), "m.keeper"),
        Proof(one, "proves_policy", ("C2",), None),
        Proof(two, "proves", ("M1",), "m.keeper"),
    ]
    assert proofs(tests) == {"C3": [one], "K1": [one], "M1": [one, two]}


ENFORCED_KEEPER = f"{__name__}.kept_fn"


@keeps("ZZ9")
def kept_fn() -> None:
    """A keeper for the fake clause ZZ9 (the three statuses below)."""


def fake_tests(tmp_path: Path) -> Path:
    """A tests folder: ZZ9 proven through its keeper, ZZ8 checked in the policy only, ZZ7
    claimed through a function that is no keeper of it."""
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_z.py").write_text(
        "import pytest\n"
        f"@pytest.mark.proves('ZZ9', via='{ENFORCED_KEEPER}')\n"
        "def test_z():\n    assert 1\n"
        "@pytest.mark.proves_policy('ZZ8')\n"
        "def test_policy():\n    assert 1\n"
        f"@pytest.mark.proves('ZZ7', via='{ENFORCED_KEEPER}')\n"
        "def test_unlinked():\n    assert 1\n"
    )
    return tests


CLAUSES = [
    ClauseText("ZZ9", "One", "We keep nine."),
    ClauseText("ZZ8", "One", "We keep eight."),
    ClauseText("ZZ7", "Two", "We keep seven.", organisational=None),
]


def test_each_clause_gets_one_status(tmp_path: Path) -> None:
    rows = status_of(CLAUSES, tests_dir=fake_tests(tmp_path))
    assert [(r.clause, r.status) for r in rows] == [
        ("ZZ9", "enforced"),
        ("ZZ8", "policy-only"),
        ("ZZ7", "not-kept"),
    ]
    assert rows[0].kept_by == [ENFORCED_KEEPER]
    assert rows[0].proven_by == ["tests/test_z.py::test_z"]
    assert rows[1].proven_by == ["tests/test_z.py::test_policy"]
    assert rows[2].proven_by == []


def test_a_runtime_proof_without_its_keeper_is_not_enforcement() -> None:
    clause = ClauseText("ZZ6", "S", "p")
    proof = Proof("tests/t.py::test_x", "proves", ("ZZ6",), "some.other.function")
    assert judge(clause, ["the.real.keeper"], [proof]).status == "not-kept"
    assert judge(clause, ["some.other.function"], [proof]).status == "enforced"
    unnamed = Proof("tests/t.py::test_x", "proves", ("ZZ6",), None)
    assert judge(clause, ["the.real.keeper"], [unnamed]).status == "not-kept"


def test_the_link_check_on_a_fake_registry() -> None:
    registry = {"pkg.erase": {"R3", "R4"}, "pkg.other": {"C1"}}
    assert link_problems(["R3"], "pkg.erase", registry, {"pkg.erase"}) == []
    # the keeper removed (no longer in the registry): the proof fails
    gone = {k: v for k, v in registry.items() if k != "pkg.erase"}
    assert link_problems(["R3"], "pkg.erase", gone, {"pkg.erase"}) == [
        "no function named pkg.erase is marked @keeps"
    ]
    assert link_problems(["R3"], "pkg.other", registry, {"pkg.other"}) == [
        "pkg.other is not marked @keeps('R3')"
    ]
    assert link_problems(["R3"], "pkg.erase", registry, {"pkg.other"}) == [
        "pkg.erase was never called while the test ran"
    ]
    assert link_problems(["R3"], None, registry, set())[0].startswith("proves(R3) names no keeper")


def test_the_packaged_proofs_index_is_current() -> None:
    assert PACKAGED_INDEX.read_text(encoding="utf-8") == index_text(TESTS), (
        "src/troth/proofs.json is stale: run `make proofs`"
    )


def run_promises(*args: str) -> str:
    result = CliRunner().invoke(app, ["promises", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_command_prints_each_status_with_its_promise(
    troth_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from troth.cli import promises as commands

    tests = fake_tests(tmp_path)
    monkeypatch.setattr(
        commands, "promise_statuses", lambda _, folder: status_of(CLAUSES, tests_dir=folder)
    )
    out = run_promises("--tests", str(tests))
    data = json.loads(run_promises("--tests", str(tests), "--json"))
    lines = out.splitlines()
    assert lines[0] == "One" and lines[1] == "ZZ9 We keep nine."
    assert lines[2].strip() == "status: enforced"
    assert f"      {ENFORCED_KEEPER}" in lines and "      tests/test_z.py::test_z" in lines
    assert "ZZ8 We keep eight." in out and "status: policy-only" in out
    assert "Two" in lines and "status: not-kept" in out
    assert data == [
        {
            "id": "ZZ9",
            "promise": "We keep nine.",
            "status": "enforced",
            "kept_by": [ENFORCED_KEEPER],
            "proven_by": ["tests/test_z.py::test_z"],
        },
        {
            "id": "ZZ8",
            "promise": "We keep eight.",
            "status": "policy-only",
            "kept_by": [],
            "proven_by": ["tests/test_z.py::test_policy"],
        },
        {
            "id": "ZZ7",
            "promise": "We keep seven.",
            "status": "not-kept",
            "kept_by": [],
            "proven_by": [],
        },
    ]


def test_the_command_on_the_example_statement(troth_home: Path) -> None:
    from troth.policy import load_policy

    data = json.loads(run_promises("--json"))
    policy = load_policy()
    assert [d["id"] for d in data] == [c.id for c in policy.clauses]
    assert all(set(d) == {"id", "promise", "status", "kept_by", "proven_by"} for d in data)
    by_id = {d["id"]: d for d in data}
    assert by_id["R3"]["status"] == "enforced"
    assert "troth.requests.executor.run_erasure" in by_id["R3"]["kept_by"]
    assert by_id["Sec2"]["status"] == "policy-only"
    assert by_id["T1"]["status"] == "not-kept"
    out = run_promises()
    # identifiers are printed whole, one a line, however narrow the terminal
    assert "      troth.requests.executor.run_erasure" in out.splitlines()
