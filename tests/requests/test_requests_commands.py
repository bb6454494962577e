"""``troth request`` as a user runs it: submit, verify, run, status, plan, and bad input."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from requests_helpers import code_in
from typer.testing import CliRunner

from troth.cli import app
from troth.config import load_settings
from troth.datamap import import_datasets
from troth.demo.build import build_demo
from troth.store import open_store
from troth.testing.smtp import SmtpServer


def troth(*args: str) -> SimpleNamespace:
    """``troth request ARGS`` in this process, as the user would see it."""
    result = CliRunner().invoke(app, ["request", *args], env={"COLUMNS": "200"})
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)


@pytest.fixture
def demo_home(troth_home: Path, smtp_server: SmtpServer, tmp_path: Path) -> str:
    settings = load_settings()
    build_demo(settings.demo_database_url, 3, seed=5, datasets_out=tmp_path / "d.yml")
    with open_store(settings.database_url) as store:
        import_datasets(store, [tmp_path / "d.yml"])
    import sqlalchemy as sa

    engine = sa.create_engine(settings.demo_database_url)
    with engine.connect() as conn:
        email = conn.execute(sa.text("SELECT email FROM accounts ORDER BY id LIMIT 1")).scalar_one()
    engine.dispose()
    return str(email)


def test_erase_verify_run_and_status_from_the_command_line(
    demo_home: str, smtp_server: SmtpServer
) -> None:
    submitted = troth("erase", "--email", demo_home, "--jurisdiction", "ccpa")
    assert submitted.returncode == 0, submitted.stderr
    request_id = submitted.stdout.split()[0]
    assert request_id.startswith("req_") and "erasure received" in submitted.stdout
    again = troth("erase", "--email", demo_home)
    assert again.stdout.split()[0] == request_id and "already open" in again.stdout
    verified = troth(
        "verify", request_id, code_in(smtp_server.messages[-1])
    )  # the resubmission sent a fresh code
    assert verified.stdout.strip() == f"{request_id} verified"
    ran = troth("run", request_id)
    assert ran.returncode == 0 and ran.stdout.strip() == f"{request_id} complete", ran.stderr
    status = json.loads(troth("status", request_id).stdout)
    assert status["state"] == "complete" and status["jurisdiction"] == "CCPA"
    assert status["evidence"]["verified"] is True and demo_home not in json.dumps(status)
    listed = troth("list", "--state", "complete")
    assert request_id in listed.stdout


def test_plan_prints_before_anything_runs_and_bad_input_exits_2(demo_home: str) -> None:
    plan = troth("plan", "erase", "--email", demo_home)
    assert plan.returncode == 0, plan.stderr
    assert "demo_accounts.accounts" in plan.stdout
    unknown = troth("access", "--identity", "passport=X1")
    assert unknown.returncode == 2
    assert "unknown identity type 'passport'" in unknown.stderr
    assert "Traceback" not in unknown.stderr and len(unknown.stderr.strip().splitlines()) == 1
    malformed = troth("access", "--identity", "no-equals-sign")
    assert malformed.returncode == 2 and "TYPE=VALUE" in malformed.stderr
    missing = troth("status", "req_nothing")
    assert missing.returncode == 2 and "no request with that id" in missing.stderr


def test_a_correction_of_what_the_data_map_does_not_hold_is_refused(demo_home: str) -> None:
    refused = troth("correct", "--set", "shoe_size=42", "--email", demo_home)
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: nothing in the data map is 'shoe_size'")
    assert "email" in refused.stderr and demo_home not in refused.stderr
    assert troth("list").stdout.strip() == ""


def test_a_second_correction_while_one_is_open_is_refused_not_dropped(demo_home: str) -> None:
    from troth.requests.service import open_service

    first = troth("correct", "--set", "email=first@example.com", "--email", demo_home)
    assert first.returncode == 0, first.stderr
    request_id = first.stdout.split()[0]
    same = troth("correct", "--set", "email=first@example.com", "--email", demo_home)
    assert same.returncode == 0 and "already open" in same.stdout
    second = troth("correct", "--set", "email=second@example.com", "--email", demo_home)
    assert second.returncode == 2
    assert f"a correction is already open for this person ({request_id})" in second.stderr
    assert "the new values were not added" in second.stderr
    details = open_service().get(request_id).details
    assert details["changes"] == {"email": "first@example.com"}


def test_through_the_service_a_public_second_correction_is_told_to_the_person_only(
    demo_home: str, smtp_server: SmtpServer
) -> None:
    """The same rules hold for every caller (API, privacy center): a field nothing holds is
    refused; a different second correction from someone who has not proved the address gets
    the usual answer (it says nothing of an open request), and the person is told by mail."""
    from troth.requests.corrections import CorrectionError
    from troth.requests.service import open_service

    service = open_service()
    with pytest.raises(CorrectionError, match="nothing in the data map is 'shoe_size'"):
        service.submit("correction", {"email": demo_home}, details={"changes": {"shoe_size": 42}})
    first = service.submit(
        "correction", {"email": demo_home}, details={"changes": {"email": "one@example.com"}}
    )
    before = len(smtp_server.messages)
    second = service.submit(
        "correction", {"email": demo_home}, details={"changes": {"email": "two@example.com"}}
    )
    assert second.request.id == first.request.id and not second.created
    assert service.get(first.request.id).details["changes"] == {"email": "one@example.com"}
    told = [m for m in smtp_server.messages[before:] if "second correction" in m["Subject"]]
    assert len(told) == 1 and told[0]["To"] == demo_home
    with pytest.raises(CorrectionError, match="already open for this person"):
        service.submit(
            "correction",
            {"email": demo_home},
            details={"changes": {"email": "two@example.com"}},
            actor="staff:1",
        )
