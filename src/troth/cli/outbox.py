"""``troth outbox``: read the demo's local outbox (mail not sent to an SMTP server)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from troth.cli.terminal import fail, output
from troth.errors import TrothError

console = output(soft_wrap=True)


class OutboxError(TrothError):
    """The outbox has no such message."""


def sms_outbox_listing() -> None:
    """Print the text messages in $TROTH_HOME/sms-outbox, oldest first."""
    from troth.notify.sms import SmsOutbox, sms_outbox_path

    path = sms_outbox_path()
    messages = SmsOutbox(path).messages()
    if not messages:
        console.print(f"the SMS outbox {path} is empty")
        return
    for n, sms in enumerate(messages, start=1):
        console.print(f"#{n} to {sms.to}:", markup=False)
        console.print(sms.text, markup=False)


def outbox_command(
    show: Annotated[
        int | None, typer.Option("--show", help="Print message N (1 = oldest) in full.")
    ] = None,
    sms: Annotated[
        bool, typer.Option("--sms", help="The text messages ($TROTH_HOME/sms-outbox) instead.")
    ] = False,
) -> None:
    """List the mail in $TROTH_HOME/outbox, oldest first, or print one message."""
    from troth.notify.mail import MailSettings, Outbox

    if sms:
        sms_outbox_listing()
        return
    settings = MailSettings.from_env()
    messages = Outbox(settings.outbox).messages()
    if show is not None:
        if not 1 <= show <= len(messages):
            raise fail(OutboxError(f"--show {show}: the outbox holds {len(messages)} messages"))
        msg = messages[show - 1]
        for name in ("Date", "From", "To", "Subject"):
            console.print(f"{name}: {msg[name]}", markup=False)
        body = msg.get_body(("plain",))
        console.print("")
        console.print(body.get_content() if body is not None else "", markup=False)
        return
    if not messages:
        console.print(f"the outbox {settings.outbox} is empty")
        return
    table = Table(title=f"outbox {settings.outbox}")
    for column in ("#", "date", "to", "subject"):
        table.add_column(column)
    for n, msg in enumerate(messages, start=1):
        table.add_row(str(n), str(msg["Date"]), str(msg["To"]), str(msg["Subject"]))
    console.print(table)
