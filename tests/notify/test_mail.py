"""Mail through a real SMTP server on loopback, and into the local outbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from troth.notify import Mail, MailError, MailSettings, Outbox, send_mail
from troth.testing.smtp import SmtpServer


def test_mail_reaches_a_real_smtp_server(smtp_server: SmtpServer, troth_home: Path) -> None:
    mail = Mail(
        to="ada@example.org",
        subject="Your code",
        text="123456",
        html="<p>123456</p>",
        headers={"List-Unsubscribe": "<https://example.org/u/abc>"},
    )
    message_id = send_mail(mail)
    [received] = smtp_server.messages
    assert received["To"] == "ada@example.org"
    assert received["Message-ID"] == message_id
    assert received["List-Unsubscribe"] == "<https://example.org/u/abc>"
    assert received.get_body(("plain",)).get_content().strip() == "123456"
    assert received.get_body(("html",)).get_content().strip() == "<p>123456</p>"


def test_without_a_server_mail_goes_to_the_outbox(troth_home: Path) -> None:
    settings = MailSettings.from_env()
    assert settings.host is None
    send_mail(Mail(to="bo@example.org", subject="One", text="first"), settings)
    send_mail(Mail(to="cy@example.org", subject="Two", text="second"), settings)
    received = Outbox(troth_home / "outbox").messages()
    assert sorted(m["To"] for m in received) == ["bo@example.org", "cy@example.org"]


def test_a_server_that_is_down_is_one_clear_error(troth_home: Path) -> None:
    server = SmtpServer()  # never started: nothing listens on its port
    settings = MailSettings(sender="privacy@example.org", host=server.host, port=server.port)
    with pytest.raises(MailError, match=rf"mail server 127.0.0.1:{server.port} refused"):
        send_mail(Mail(to="ada@example.org", subject="x", text="y"), settings)


@pytest.mark.parametrize(
    ("mail", "message"),
    [
        (Mail(to="ada@example.org\nBcc: x@y.z", subject="s", text="t"), "recipient"),
        (Mail(to="not-an-address", subject="s", text="t"), "recipient"),
        # one recipient only: a list, a display name or a quoted comma never reaches To:
        (Mail(to="ada@example.org,eve@example.net", subject="s", text="t"), "recipient"),
        (Mail(to="ada@example.org, eve@example.net", subject="s", text="t"), "recipient"),
        (Mail(to="ada@example.org;eve@example.net", subject="s", text="t"), "recipient"),
        (Mail(to='"ada,eve"@example.org', subject="s", text="t"), "recipient"),
        (Mail(to="Eve <eve@example.net>", subject="s", text="t"), "recipient"),
        (Mail(to="ada@example.org", subject="a\r\nBcc: x@y.z", text="t"), "subject"),
        (Mail(to="ada@example.org", subject="s", text="t", headers={"X": "a\nB: c"}), "header X"),
        # every line break Python knows ends a header just as well
        (Mail(to="ada@example.org\x85", subject="s", text="t"), "recipient"),
        (Mail(to="ada@example.org", subject="a\x85Bcc: x@y.z", text="t"), "subject"),
        (Mail(to="ada@example.org", subject="a\u2028b", text="t"), "subject"),
        (Mail(to="ada@example.org", subject="s", text="t", headers={"X": "a\x0bb"}), "header X"),
    ],
)
def test_header_injection_is_refused(mail: Mail, message: str, troth_home: Path) -> None:
    with pytest.raises(MailError, match=message):
        send_mail(mail)
    assert Outbox(troth_home / "outbox").messages() == []


def test_bad_settings_are_named() -> None:
    with pytest.raises(MailError, match="TROTH_SMTP_TLS must be one of"):
        MailSettings.from_env({"TROTH_SMTP_TLS": "maybe"})
    with pytest.raises(MailError, match="TROTH_SMTP_PORT must be a number"):
        MailSettings.from_env({"TROTH_SMTP_PORT": "x"})
