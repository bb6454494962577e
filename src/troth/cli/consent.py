"""``troth campaign`` and ``troth consent``: thin wrappers over the consent functions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from troth.cli.terminal import err_console, output
from troth.errors import TrothError

# The consent engine and the store load inside each command, so that the CLI starts fast.

campaign_app = typer.Typer(no_args_is_help=True, add_completion=False)
consent_app = typer.Typer(no_args_is_help=True, add_completion=False)
console = output()


def _public_url() -> str:
    from troth.config import load_settings

    return load_settings().effective_public_url


@campaign_app.command("send")
def campaign_send(
    subject: Annotated[str, typer.Option(help="The mail's subject line.")],
    body: Annotated[Path, typer.Option(help="A text file with the mail's body.")],
    frequency: Annotated[str, typer.Option(help="daily, weekly or monthly.")] = "weekly",
    channel: Annotated[str, typer.Option(help="The channel (email).")] = "email",
    base_url: Annotated[
        str | None,
        typer.Option(help="Where the unsubscribe links point (default: TROTH_PUBLIC_URL)."),
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Count recipients, send nothing.")] = False,
) -> None:
    """Send a marketing campaign to every subject who consented; report who was skipped, why."""
    from troth.consent.marketing import Campaign, send_campaign
    from troth.consent.notices import fresh_consent_requirements
    from troth.consent.service import ConsentService
    from troth.policy.in_force import policy_in_force
    from troth.store import open_store

    if not body.is_file():
        raise TrothError(f"{body}: no such file")
    text = body.read_text(encoding="utf-8")
    store = open_store()
    service = ConsentService(store, policy_in_force(), fresh_consent_requirements(store))
    report = send_campaign(
        service,
        Campaign(subject, text, frequency, channel, base_url or _public_url()),
        dry_run=dry_run,
    )
    verb = "would send" if dry_run else "sent"
    console.print(f"{verb} {report.sent}, skipped {sum(report.skipped.values())}")
    for reason, count in sorted(report.skipped.items()):
        console.print(f"  skipped {count}: {reason}")


@consent_app.command("diff")
def consent_diff(
    old: Annotated[Path, typer.Argument(help="The policy file in force.")],
    new: Annotated[Path, typer.Argument(help="The policy file of the new version.")],
) -> None:
    """What changes in how personal data is used from OLD to NEW."""
    from troth.consent.changes import diff_policies
    from troth.policy import load_policy

    diff = diff_policies(load_policy(old), load_policy(new))
    console.print(
        f"{diff.old_version} -> {diff.new_version}, effective {diff.effective.isoformat()}: "
        f"{len(diff.changes)} change(s)"
    )
    for change in diff.changes:
        console.print(f"  {change}", highlight=False)
    if diff.fresh_consent:
        console.print(f"needs fresh consent: {', '.join(diff.fresh_consent)}")


@consent_app.command("notify")
def consent_notify(
    old: Annotated[Path, typer.Argument(help="The policy file in force.")],
    new: Annotated[Path, typer.Argument(help="The policy file of the new version.")],
    batch_size: Annotated[int, typer.Option(help="Subjects per batch.")] = 100,
    pause: Annotated[float, typer.Option(help="Seconds to wait after each mail.")] = 0.0,
    base_url: Annotated[
        str | None, typer.Option(help="The privacy center's address (default: TROTH_PUBLIC_URL).")
    ] = None,
    resend_unconfirmed: Annotated[
        bool, typer.Option(help="Also send to subjects whose send was cut short by a crash.")
    ] = False,
) -> None:
    """Mail the notice of change to every affected subject; safe to run again after a crash."""
    from troth.consent.notices import send_notices
    from troth.policy import load_policy
    from troth.store import open_store

    store = open_store()
    with Progress(
        TextColumn("notices"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
    ) as progress:
        task = progress.add_task("notices", total=None)

        def show(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        report = send_notices(
            store,
            load_policy(old),
            load_policy(new),
            batch_size=batch_size,
            pause=pause,
            base_url=base_url or _public_url(),
            resend_unconfirmed=resend_unconfirmed,
            on_progress=show,
        )
    console.print(
        f"version {report.version}: {report.affected} affected, {report.sent} sent now, "
        f"{report.already_sent} already sent, {report.unconfirmed} unconfirmed"
    )
