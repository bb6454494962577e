"""The ``troth`` command line: one group per part of the platform.

Each command is a thin wrapper over a plain Python function of its module, so
everything the CLI does can be done from Python too.
"""

from __future__ import annotations

import sys

import typer

from troth.consent.commands import campaign_app, consent_app
from troth.datamap.commands import app as datamap_app
from troth.demo.commands import app as demo_app
from troth.errors import TrothError
from troth.guard.commands import scan_command
from troth.notify.commands import outbox_command
from troth.policy.commands import app as policy_app
from troth.requests.commands import app as request_app
from troth.store.commands import app as store_app
from troth.terminal import fail
from troth.web.auth.commands import app as staff_app
from troth.web.commands import promises_command, serve_command

app = typer.Typer(
    help="Troth keeps the promises of a privacy statement in code.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(policy_app, name="policy", help="The statement as code: show and check a policy.")
app.add_typer(datamap_app, name="datamap", help="Where personal data lives: import, show, check.")
app.add_typer(demo_app, name="demo", help="The demo company: build its database and data map.")
app.add_typer(request_app, name="request", help="Data subject requests: access, erase, correct...")
app.add_typer(store_app, name="store", help="The platform's own store: migrate and inspect.")
app.add_typer(campaign_app, name="campaign", help="Marketing campaigns to those who consented.")
app.add_typer(consent_app, name="consent", help="Consent: notices of change to the statement.")
app.add_typer(staff_app, name="staff", help="Console staff accounts: create, set-role, list.")
app.command("serve", help="Run the web service (API, docs, promise page).")(serve_command)
app.command("outbox", help="Read the local outbox: the mail of a demo without an SMTP server.")(
    outbox_command
)
app.command("scan", help="Find forbidden data already in the datastores of the data map.")(
    scan_command
)
app.command("promises", help="Each promise of the statement: what keeps it, which tests prove it.")(
    promises_command
)


@app.command("version", help="Troth's version, and how its guard runs here.")
def version_command() -> None:
    from troth.guard.about import build_report

    for line in build_report():
        typer.echo(line)


def main() -> None:
    """Entry point: run the CLI and turn any TrothError into one line and exit code 2."""
    try:
        app()
    except TrothError as exc:
        sys.exit(fail(exc).exit_code)


if __name__ == "__main__":
    main()
