"""Mail and text messages: sending through any SMTP server or SMS gateway, or into a local
outbox staff can read."""

from troth.notify.mail import Mail, MailError, MailSettings, Outbox, send_mail
from troth.notify.sms import (
    Sms,
    SmsError,
    SmsOutbox,
    SmsSender,
    sms_sender_for,
    sms_sender_from_env,
)

__all__ = [
    "Mail",
    "MailError",
    "MailSettings",
    "Outbox",
    "Sms",
    "SmsError",
    "SmsOutbox",
    "SmsSender",
    "send_mail",
    "sms_sender_for",
    "sms_sender_from_env",
]
