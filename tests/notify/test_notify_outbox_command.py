"""``troth outbox``: staff read the demo's mail without a mail server."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from troth.cli.outbox import outbox_command
from troth.notify import Mail, send_mail

app = typer.Typer()
app.command()(outbox_command)
runner = CliRunner()


def test_lists_and_shows_the_outbox(troth_home: Path) -> None:
    assert "is empty" in runner.invoke(app, []).output
    send_mail(Mail(to="ada@example.org", subject="Your code", text="code 12345678"))
    send_mail(Mail(to="bo@example.org", subject="Your archive", text="link"))
    listing = runner.invoke(app, [])
    assert listing.exit_code == 0, listing.output
    assert "ada@example.org" in listing.output and "Your archive" in listing.output
    shown = [runner.invoke(app, ["--show", n]).output for n in ("1", "2")]
    by_recipient = {
        next(line for line in out.splitlines() if line.startswith("To: ")): out for out in shown
    }
    assert "code 12345678" in by_recipient["To: ada@example.org"]
    assert "link" in by_recipient["To: bo@example.org"]


def test_a_message_that_is_not_there_is_one_line(troth_home: Path) -> None:
    result = runner.invoke(app, ["--show", "3"])
    assert result.exit_code == 2
    assert "--show 3: the outbox holds 0 messages" in result.output


def test_the_listing_is_not_cut_at_80_columns_when_piped(troth_home: Path) -> None:
    subject = "Your request req_0123456789abcdef0123456789abcdef is complete: what was kept"
    send_mail(Mail(to="someone.with.a.long.address@example.org", subject=subject, text="x"))
    listing = runner.invoke(app, [], env={"COLUMNS": None})
    assert listing.exit_code == 0, listing.output
    row = next(line for line in listing.stdout.splitlines() if "someone.with" in line)
    assert subject in row and "someone.with.a.long.address@example.org" in row
    assert len(row) > 80
