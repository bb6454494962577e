"""``troth staff``: create the first admin, change roles, list (through the CLI runner)."""

from __future__ import annotations

from typer.testing import CliRunner

from troth.cli import app

runner = CliRunner()


def test_create_set_role_list(troth_home) -> None:
    r = runner.invoke(
        app,
        [
            "staff",
            "create",
            "ada@example.com",
            "--role",
            "admin",
            "--password",
            "violet-anvil-harbour-92",
        ],
    )
    assert r.exit_code == 0, r.output
    assert "created ada@example.com with the role admin" in r.output
    r = runner.invoke(app, ["staff", "set-role", "ada@example.com", "approver"])
    assert r.exit_code == 0 and "approver" in r.output
    r = runner.invoke(app, ["staff", "list"])
    assert r.exit_code == 0 and "ada@example.com" in r.output and "1 staff member\n" in r.output
    assert "violet-anvil" not in r.output


def test_weak_password_and_bad_role_exit_2_in_one_line(troth_home) -> None:
    r = runner.invoke(app, ["staff", "create", "ada@example.com", "--password", "password1234"])
    assert r.exit_code == 2 and "too weak" in r.output and "password1234" not in r.output
    r = runner.invoke(
        app,
        [
            "staff",
            "create",
            "ada@example.com",
            "--role",
            "boss",
            "--password",
            "violet-anvil-harbour-92",
        ],
    )
    assert r.exit_code == 2 and "unknown role 'boss'" in r.output
    r = runner.invoke(app, ["staff", "set-role", "nobody@example.com", "admin"])
    assert r.exit_code == 2 and "no staff member" in r.output


def test_totp_secret_is_printed_once(troth_home) -> None:
    r = runner.invoke(
        app,
        ["staff", "create", "ada@example.com", "--totp", "--password", "violet-anvil-harbour-92"],
    )
    assert r.exit_code == 0 and "TOTP secret" in r.output


def test_create_checks_the_address_and_role_before_asking_for_the_password(troth_home) -> None:
    for args, said in (
        (["not-an-email"], "e-mail address like name@example.com"),
        (["ada@example.com", "--role", "boss"], "unknown role 'boss'"),
    ):
        r = runner.invoke(app, ["staff", "create", *args], input="")
        assert r.exit_code == 2, r.output
        assert said in r.stderr and "Password" not in r.output
