"""Build and send mail.

With ``TROTH_SMTP_HOST`` set, mail goes through that SMTP server (plain, STARTTLS
or implicit TLS; credentials from ``TROTH_SMTP_USERNAME`` / ``TROTH_SMTP_PASSWORD``).
Without it, as in the demo, mail is written to a Maildir outbox under
``$TROTH_HOME/outbox`` that staff can read.
"""

from __future__ import annotations

import mailbox
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from troth.config import Settings, load_settings
from troth.errors import TrothError
from troth.notify.addresses import is_address

TLS_MODES = ("none", "starttls", "tls")
# Every character Python's str.splitlines() breaks on: any of them in a header would end it
# (the email package refuses them), so a header value must hold none.
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def is_one_line(text: str) -> bool:
    """True when ``text`` holds no line break of any kind (pure)."""
    return not any(c in LINE_BREAKS for c in text)


class MailError(TrothError):
    """Mail could not be built or delivered; the message names the setting or server."""


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str
    html: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MailSettings:
    sender: str
    host: str | None = None
    port: int = 25
    tls: str = "none"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    outbox: Path = Path(".troth/outbox")
    timeout: float = 10.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> MailSettings:
        """The mail settings of the environment ``env`` (default: the process's)."""
        return cls.from_settings(load_settings(env))

    @classmethod
    def from_settings(cls, settings: Settings) -> MailSettings:
        """``TROTH_SMTP_*`` and ``TROTH_MAIL_FROM`` checked; the outbox in the home."""
        tls = settings.smtp_tls.lower()
        if tls not in TLS_MODES:
            raise MailError(f"TROTH_SMTP_TLS must be one of {', '.join(TLS_MODES)}, not {tls!r}")
        port_raw = settings.smtp_port or ("465" if tls == "tls" else "25")
        try:
            port = int(port_raw)
        except ValueError:
            raise MailError(f"TROTH_SMTP_PORT must be a number, not {port_raw!r}") from None
        return cls(
            sender=settings.mail_from,
            host=settings.smtp_host or None,
            port=port,
            tls=tls,
            username=settings.smtp_username or None,
            password=settings.smtp_password or None,
            outbox=settings.home / "outbox",
        )


def build_message(mail: Mail, sender: str) -> EmailMessage:
    """The RFC 5322 message for ``mail`` (pure: no I/O)."""
    if not is_one_line(mail.to) or not is_address(mail.to):  # one mailbox, never a list
        raise MailError("the recipient address is not a valid email address")
    if not is_one_line(mail.subject):
        raise MailError("the subject must be one line")
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = mail.to
    if len(msg["To"].addresses) != 1:  # what the mail server will read: still one recipient
        raise MailError("the recipient address is not a valid email address")
    msg["Subject"] = mail.subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1] or "localhost")
    for name, value in mail.headers.items():
        if not is_one_line(name):
            raise MailError("a mail header's name must be one line")
        if not is_one_line(value):
            raise MailError(f"mail header {name[:40]} must be one line")
        msg[name] = value
    msg.set_content(mail.text)
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html")
    return msg


class Outbox:
    """A Maildir of mail that was not sent to a server (the demo's mail)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def deliver(self, msg: EmailMessage) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        box = mailbox.Maildir(self.path, create=True)
        box.add(msg)

    def messages(self) -> list[EmailMessage]:
        """Every message in the outbox, oldest first."""
        if not self.path.exists():
            return []
        box = mailbox.Maildir(self.path, create=False)
        from email import message_from_bytes, policy

        found = [
            message_from_bytes(box.get_bytes(key), policy=policy.default) for key in box.keys()
        ]
        return sorted(found, key=lambda m: (str(m["Date"]), str(m["Message-ID"])))  # type: ignore[return-value]


def send_mail(mail: Mail, settings: MailSettings | None = None) -> str:
    """Send ``mail`` and return its Message-ID. Failures raise :class:`MailError`."""
    settings = settings or MailSettings.from_env()
    msg = build_message(mail, settings.sender)
    if settings.host is None:
        Outbox(settings.outbox).deliver(msg)
        return str(msg["Message-ID"])
    try:
        if settings.tls == "tls":
            context = ssl.create_default_context()
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with smtp:
            if settings.tls == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.username:
                smtp.login(settings.username, settings.password or "")
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(
            f"mail server {settings.host}:{settings.port} refused or failed: {type(exc).__name__}"
        ) from None
    return str(msg["Message-ID"])
