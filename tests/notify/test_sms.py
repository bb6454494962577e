"""Text messages: the demo's SMS outbox folder, and how the sender is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from troth.cli.outbox import outbox_command
from troth.notify.sms import (
    Sms,
    SmsError,
    SmsOutbox,
    is_phone_number,
    sms_sender_from_env,
)


def test_the_outbox_keeps_each_message_in_order_and_the_command_lists_them(
    troth_home: Path,
) -> None:
    sender = sms_sender_from_env()
    assert isinstance(sender, SmsOutbox) and sender.path == troth_home / "sms-outbox"
    sender.send(Sms("+44 20 7946 0018", "first"))
    sender.send(Sms("+44 20 7946 0019", "second"))
    assert sender.messages() == [
        Sms("+44 20 7946 0018", "first"),
        Sms("+44 20 7946 0019", "second"),
    ]
    app = typer.Typer()
    app.command()(outbox_command)
    listed = CliRunner().invoke(app, ["--sms"])
    assert listed.exit_code == 0
    assert listed.output.index("first") < listed.output.index("second")


def test_only_phone_numbers_receive_a_message(troth_home: Path) -> None:
    assert is_phone_number("+1 (555) 010-9999") and is_phone_number("0612345678")
    for not_a_phone in ("12345", "a@example.com", "+1 555 010 999９", "1" * 16, ""):
        assert not is_phone_number(not_a_phone)
    with pytest.raises(SmsError, match="not a phone number"):
        SmsOutbox(troth_home / "sms").send(Sms("attacker@example.org", "code 1"))


def test_the_sender_comes_from_the_setting() -> None:
    assert sms_sender_from_env({"TROTH_SMS_SENDER": "none"}) is None
    plugged = sms_sender_from_env({"TROTH_SMS_SENDER": "pathlib:PurePath"})
    assert str(plugged) == "."  # any factory: here one from the standard library
    with pytest.raises(SmsError, match="must be outbox, none or package.module:factory"):
        sms_sender_from_env({"TROTH_SMS_SENDER": "carrier-pigeon"})
    with pytest.raises(SmsError, match="cannot load"):
        sms_sender_from_env({"TROTH_SMS_SENDER": "troth.nothing_here:make"})
