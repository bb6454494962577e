"""Double opt-in for marketing e-mail: an address is mailed only after its owner says so.

Recording marketing e-mail consent for an address (at sign-up, through the staff API, or
from any other source that does not prove the address) writes a *requested* row to the
ledger and mails a signed, expiring confirmation link to that address, built from the
configured public URL. The consent counts (campaigns may use the address) only once the
link is followed and confirmed, which writes a *confirmed* grant. Both rows stay in the
ledger. A withdrawal between the two leaves the link with nothing to confirm.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from troth.consent.errors import ConsentError
from troth.consent.links import sign_link, verify_link
from troth.notify import Mail, MailSettings, send_mail

EMAIL_MARKETING = "marketing.communications.email"
CONFIRM_ACTION = "confirm"
CONFIRM_SOURCE = "email_confirmation"
CONFIRM_LIFETIME = 60 * 60 * 24 * 3  # three days to follow the link
REQUESTED = "requested"
CONFIRMED = "confirmed"


def needs_confirmation(purpose: str, granted: bool, scope: str = "") -> bool:
    """Whether recording this change must wait for the address's owner (pure)."""
    return granted and purpose == EMAIL_MARKETING and scope == ""


def confirmation_link(public_url: str, key: str, purpose: str) -> str:
    """The signed, expiring link that confirms ``purpose`` for subject ``key``."""
    token = sign_link(CONFIRM_ACTION, key, purpose, CONFIRM_LIFETIME)
    return f"{public_url.rstrip('/')}/consent/confirm/{token}"


def confirmation_mail(address: str, link: str) -> Mail:
    return Mail(
        to=address,
        subject="Please confirm: marketing e-mail",
        text=(
            "Someone, probably you, asked for our marketing e-mail at this address.\n\n"
            f"To confirm, open this link (it works for three days):\n{link}\n\n"
            "If it was not you, ignore this message: without your confirmation we send\n"
            "you no marketing e-mail.\n"
        ),
    )


@dataclass(frozen=True)
class OptInMailer:
    """Sends confirmation links; the ledger calls it after writing a requested row."""

    public_url: str
    mail_settings: MailSettings | None = None

    def __call__(self, key: str, address: str, purpose: str) -> None:
        link = confirmation_link(self.public_url, key, purpose)
        send_mail(confirmation_mail(address, link), self.mail_settings)


OptInSender = Callable[[str, str, str], None]


def claims_of(token: str) -> tuple[str, str]:
    """The (subject key, purpose) of a genuine, unexpired confirmation token."""
    claims = verify_link(token, CONFIRM_ACTION)
    if claims.target != EMAIL_MARKETING:
        raise ConsentError("the link is malformed")
    return claims.subject_key, claims.target
