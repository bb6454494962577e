"""Mail: sending through any SMTP server, or into a local outbox staff can read."""

from troth.notify.mail import Mail, MailError, MailSettings, Outbox, send_mail

__all__ = ["Mail", "MailError", "MailSettings", "Outbox", "send_mail"]
