"""The ``troth`` command as a user runs it: in this process through the CLI runner, and once
as the installed command in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from troth.cli import app

runner = CliRunner()


def troth(*args: str):  # noqa: ANN201 - click's Result
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def test_the_installed_command_runs_in_its_own_process(troth_home: Path) -> None:
    env = {**os.environ, "TROTH_HOME": str(troth_home), "COLUMNS": "200"}
    out = subprocess.run(
        [sys.executable, "-m", "troth", "version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("troth 0.")


def test_help_shows_every_group(troth_home: Path) -> None:
    out = troth("--help")
    assert out.exit_code == 0, out.output
    for group in ("policy", "datamap", "demo", "store", "serve", "promises", "version"):
        assert group in out.stdout
    assert "Data subject requests: access, erase, correct" in out.stdout


def test_unknown_command_is_a_usage_error_not_a_traceback(troth_home: Path) -> None:
    out = troth("nonsense")
    assert out.exit_code == 2
    assert "Traceback" not in out.output and "No such command" in out.stderr


HEAVY = ("sqlalchemy", "fastapi", "starlette", "psycopg", "troth.guard.engine", "troth.store")


@pytest.mark.parametrize(
    "module",
    [
        "troth.cli",
        "troth.cli.policy",
        "troth.cli.datamap",
        "troth.cli.demo",
        "troth.cli.requests",
        "troth.cli.store",
        "troth.cli.consent",
        "troth.cli.staff",
        "troth.cli.promises",
        "troth.web.serve",
        "troth.cli.outbox",
        "troth.cli.scan",
    ],
)
def test_loading_a_command_loads_no_engine(module: str) -> None:
    """The CLI and each group's commands load without the database layer, the web framework
    or the guard: these load inside a command, when it runs."""
    code = f"import sys, {module}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = set(out.stdout.split())
    assert not [name for name in HEAVY if name in loaded]


def test_help_and_version_load_no_command_module() -> None:
    code = (
        "import sys\nfrom troth.cli import app\n"
        "for args in (['--help'], ['version']):\n"
        "    try:\n        app(args)\n    except SystemExit:\n        pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('troth'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = out.stdout.splitlines()[-1].split()
    assert sorted(loaded) == ["troth", "troth.cli", "troth.errors"]


def test_a_broken_troth_toml_is_one_line_and_exit_2(troth_home: Path) -> None:
    (troth_home / "troth.toml").write_text("port = \n", encoding="utf-8")
    for args in (["request", "list"], ["store", "status"], ["promises"]):
        out = troth(*args)
        assert out.exit_code == 2, args
        assert out.stdout == ""
        assert out.stderr.startswith("error: ") and "troth.toml: not valid TOML" in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def _broken_copy(tmp_path: Path, line: int, old: str, new: str) -> Path:
    from troth.policy import default_policy_path

    lines = default_policy_path().read_text(encoding="utf-8").splitlines()
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    broken = tmp_path / "broken.yaml"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return broken


def test_policy_check_on_a_broken_copy_names_file_line_and_field_on_stderr(
    troth_home: Path, tmp_path: Path
) -> None:
    from troth.policy import default_policy_path

    text = default_policy_path().read_text(encoding="utf-8")
    index = next(i for i, line in enumerate(text.splitlines()) if "retention:" in line)
    line = text.splitlines()[index]
    broken = _broken_copy(tmp_path, index + 1, line, line.split("retention:")[0] + "retention: x")
    out = troth("policy", "check", str(broken))
    assert out.exit_code == 2
    assert out.stdout == ""
    assert out.stderr.startswith(f"error: {broken}:{index + 1}:")
    assert "Traceback" not in out.stderr


def test_an_unclosed_quote_is_reported_on_its_own_line(troth_home: Path, tmp_path: Path) -> None:
    broken = _broken_copy(tmp_path, 24, "child_age: 13", 'child_age: "13')
    out = troth("policy", "check", str(broken))
    assert out.exit_code == 2
    first = out.stderr.splitlines()[0]
    assert first.startswith(f"error: {broken}:24: not valid YAML: a quoted value opens here")


def test_promises_command_prints_every_clause(troth_home: Path) -> None:
    from troth.policy import load_policy

    out = troth("promises")
    assert out.exit_code == 0, out.output
    for clause in load_policy().clauses:
        assert clause.id in out.stdout
    assert "clauses enforced: kept by code and proven by a test linked to it" in out.stdout


def test_version_says_how_the_guard_runs(troth_home: Path) -> None:
    out = troth("version")
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[0].startswith("troth 0.") and " on Python 3." in lines[0]
    assert lines[1].startswith(("Hyperscan sieve: ", "Hyperscan: not installed"))


def test_piped_output_is_not_cut_at_80_columns(troth_home: Path) -> None:
    out = runner.invoke(app, ["promises"], env={"COLUMNS": None})
    assert out.exit_code == 0, out.output
    first = next(line for line in out.stdout.splitlines() if line.startswith("C1 "))
    assert len(first) > 80 and first.rstrip().endswith(".")  # the whole promise on its line
