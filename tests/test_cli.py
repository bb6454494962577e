"""The installed ``troth`` command as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_troth(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TROTH_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "troth", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_help_shows_every_group(troth_home: Path) -> None:
    out = run_troth("--help", home=troth_home)
    assert out.returncode == 0, out.stderr
    for group in ("policy", "datamap", "demo", "store", "serve", "promises"):
        assert group in out.stdout


def test_unknown_command_is_a_usage_error_not_a_traceback(troth_home: Path) -> None:
    out = run_troth("nonsense", home=troth_home)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and "No such command" in out.stderr


def test_policy_check_on_a_broken_copy_names_file_line_and_field(
    troth_home: Path, tmp_path: Path
) -> None:
    from troth.policy import default_policy_path

    text = default_policy_path().read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    lines = text.splitlines()
    # Break the first retention in the file and remember its line.
    index = next(i for i, line in enumerate(lines) if "retention:" in line)
    lines[index] = lines[index].split("retention:")[0] + "retention: forever-ish"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run_troth("policy", "check", str(broken), home=troth_home)
    assert out.returncode == 2
    assert "Traceback" not in out.stdout + out.stderr
    assert f"{broken}:{index + 1}:" in out.stdout + out.stderr


def test_promises_command_prints_every_clause(troth_home: Path) -> None:
    from troth.policy import load_policy

    out = run_troth("promises", home=troth_home)
    assert out.returncode == 0, out.stderr
    for clause in load_policy().clauses:
        assert clause.id in out.stdout
    assert "clauses enforced: kept by code and proven by a test linked to it" in out.stdout


def test_version_says_how_the_guard_runs(troth_home: Path) -> None:
    out = run_troth("version", home=troth_home)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("troth 0.") and " on Python 3." in lines[0]
    assert lines[1].startswith(("Hyperscan sieve: ", "Hyperscan: not installed"))
