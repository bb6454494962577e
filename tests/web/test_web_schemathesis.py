"""Schemathesis against the live service's OpenAPI document, for a bounded time: no answer
is a 5xx, and every status code a route answers is declared in its OpenAPI responses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

TOKEN = "schemathesis-token-0123456789abcdef-xyz"
BUDGET_SECONDS = 75  # the fuzzing and stateful phases stop here; the run ends soon after


@pytest.fixture
def fuzzed_server(
    smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> LiveServer:
    # An admin service token, so the staff routes are reached and not just refused.
    monkeypatch.setenv("TROTH_STAFF_TOKEN", TOKEN)
    monkeypatch.setenv("TROTH_STAFF_TOKEN_ROLE", "admin")
    return request.getfixturevalue("live_server")


def _schemathesis() -> list[str]:
    found = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("schemathesis is not installed (pip install -e '.[test]')")
    return [found]


def test_no_server_error_and_every_status_code_is_documented(
    fuzzed_server: LiveServer, tmp_path: Path
) -> None:
    command = [
        *_schemathesis(),
        "run",
        f"{fuzzed_server.url}/api/v1/openapi.json",
        "--header",
        f"Authorization: Bearer {TOKEN}",
        "--checks",
        "not_a_server_error,status_code_conformance",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-time",
        str(BUDGET_SECONDS),
        "--workers",
        "1",
        "--request-timeout",
        "10",
        "--max-failures",
        "50",
        "--no-color",
    ]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": ""}
    run = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=BUDGET_SECONDS + 60,
        cwd=tmp_path,
        env=env,
    )
    report = run.stdout[-12_000:] + run.stderr[-2_000:]
    assert "Server error" not in run.stdout, report
    assert run.returncode == 0, report
