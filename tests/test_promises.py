from pathlib import Path

import pytest

from troth.promises import keepers, keeps, proofs, status_of


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
        "pytestmark = [pytest.mark.proves('M1')]\n"
        "@pytest.mark.proves('C3', 'K1')\n"
        "def test_one():\n    assert True\n"
        "def test_two():\n    assert True\n"
        "@pytest.mark.slow\n"
        "def helper():\n    pass\n"
    )
    (tests / "test_b.py").write_text("def test_unmarked():\n    assert 1\n")
    found = proofs(tests)
    assert found == {
        "C3": ["tests/sub/test_a.py::test_one"],
        "K1": ["tests/sub/test_a.py::test_one"],
        "M1": ["tests/sub/test_a.py::test_one", "tests/sub/test_a.py::test_two"],
    }


def test_status_combines_code_and_tests(tmp_path: Path) -> None:
    @keeps("ZZ9")
    def kept() -> None: ...

    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_z.py").write_text(
        "import pytest\n@pytest.mark.proves('ZZ9', 'ZZ8')\ndef test_z():\n    assert 1\n"
    )
    rows = status_of(
        [
            ("ZZ9", "s", "o", False),
            ("ZZ8", "s", "o", False),
            ("ZZ7", "s", "o", False),
            ("ZZ6", "s", "o", True),
        ],
        tests_dir=tests,
    )
    assert [r.status for r in rows] == [
        "enforced",
        "not yet enforced",
        "not yet enforced",
        "organisational",
    ]
    assert rows[0].proven_by == ["tests/test_z.py::test_z"]
