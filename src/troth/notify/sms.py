"""Text messages (SMS): a pluggable sender, and a local outbox folder for the demo.

A request made with a phone number alone is proven by a code sent by SMS to that number.
Which sender is used comes from ``TROTH_SMS_SENDER``:

- ``outbox`` (the default): each message is written as a JSON file under
  ``$TROTH_HOME/sms-outbox/`` for staff to read, like the demo's mail outbox;
- ``none``: no SMS is sent; a request with a phone number alone waits for staff to verify it;
- ``package.module:factory``: a callable returning an object with ``send(sms) -> str``, for
  a real SMS gateway.
"""

from __future__ import annotations

import importlib
import json
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from troth.config import Settings, load_settings
from troth.errors import TrothError

SMS_SENDER_ENV = "TROTH_SMS_SENDER"
# A phone number as people write it: digits with an optional leading +, and spaces, dots,
# dashes or brackets between them; 6 to 15 digits (E.164 allows 15).
_PHONE = re.compile(r"^\+?[0-9 ().\-]{6,30}$")


class SmsError(TrothError):
    """A text message could not be built or sent; the message names the setting."""


@dataclass(frozen=True)
class Sms:
    to: str
    text: str


class SmsSender(Protocol):
    def send(self, sms: Sms) -> str:
        """Send ``sms``; return an id for it. Failures raise :class:`SmsError`."""
        ...


def is_phone_number(text: str) -> bool:
    """Whether ``text`` looks like a phone number an SMS can reach (pure)."""
    digits = sum(c.isdigit() for c in text)
    return bool(_PHONE.match(text)) and 6 <= digits <= 15 and text.isascii()


class SmsOutbox:
    """A folder of text messages that were not sent to a gateway (the demo's SMS)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def send(self, sms: Sms) -> str:
        if not is_phone_number(sms.to):
            raise SmsError("the recipient is not a phone number")
        self.path.mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns():020d}-{secrets.token_hex(4)}"
        body = {"to": sms.to, "text": sms.text, "at": time.time()}
        partial = self.path / f".{name}.tmp"
        partial.write_text(json.dumps(body), encoding="utf-8")
        partial.replace(self.path / f"{name}.json")  # readers never see half a message
        return name

    def messages(self) -> list[Sms]:
        """Every message in the outbox, oldest first."""
        if not self.path.is_dir():
            return []
        found = []
        for file in sorted(self.path.glob("*.json")):
            data = json.loads(file.read_text(encoding="utf-8"))
            found.append(Sms(str(data["to"]), str(data["text"])))
        return found


def sms_outbox_path(env: dict[str, str] | None = None) -> Path:
    return load_settings(env).home / "sms-outbox"


def sms_sender_from_env(env: dict[str, str] | None = None) -> SmsSender | None:
    """The SMS sender of the environment ``env`` (default: the process's)."""
    return sms_sender_for(load_settings(env))


def sms_sender_for(settings: Settings) -> SmsSender | None:
    """The configured SMS sender, or None when SMS is switched off."""
    choice = settings.sms_sender.strip()
    if choice in ("", "outbox"):
        return SmsOutbox(settings.home / "sms-outbox")
    if choice == "none":
        return None
    module_name, sep, attr = choice.partition(":")
    if not sep or not module_name or not attr:
        raise SmsError(f"{SMS_SENDER_ENV} must be outbox, none or package.module:factory")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError):
        raise SmsError(f"{SMS_SENDER_ENV}: cannot load {choice[:100]!r}") from None
    return factory()
