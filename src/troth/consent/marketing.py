"""Marketing campaigns: who may receive one (pure), how each mail is built, and sending.

Every marketing mail carries ``List-Unsubscribe`` with a signed one-click address and
``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` (RFC 8058), and the same signed
link in its body. The email tracking pixel is added only for recipients whose data may
serve the pixel's use (their consent to it stands); everyone else gets mail without one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape

from troth.consent.decision import UseIndex, decide
from troth.consent.errors import ConsentError
from troth.consent.ledger import ConsentLedger, SubjectRecord
from troth.consent.links import sign_link
from troth.consent.service import ConsentService
from troth.consent.state import FREQUENCIES, OFF, SubjectState
from troth.notify import Mail, MailSettings, send_mail
from troth.notify.mail import is_one_line
from troth.promises import keeps

CHANNEL_USES = {"email": "marketing.communications.email"}


@dataclass(frozen=True)
class Campaign:
    subject: str
    text: str
    frequency: str = "weekly"
    channel: str = "email"
    base_url: str = "http://127.0.0.1:8000"

    def check(self) -> None:
        if self.channel not in CHANNEL_USES:
            raise ConsentError(f"campaigns can be sent by email only, not by {self.channel!r}")
        if self.frequency not in FREQUENCIES:
            raise ConsentError(
                f"unknown campaign frequency {self.frequency!r}: one of {', '.join(FREQUENCIES)}"
            )
        if not self.subject.strip() or not is_one_line(self.subject):
            raise ConsentError("the campaign subject must be one non-empty line")
        if not self.text.strip():
            raise ConsentError("the campaign text is empty")
        if not self.base_url.startswith(("http://", "https://")):
            raise ConsentError("the base URL must start with http:// or https://")


@dataclass
class CampaignReport:
    sent: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "skipped": sum(self.skipped.values()),
            "skipped_by_reason": dict(sorted(self.skipped.items())),
        }


def _accepts(preferred: str | None, frequency: str) -> bool:
    """A person who chose ``preferred`` takes mail sent at ``frequency`` (or any, if unchosen)."""
    if preferred is None:
        return True
    return FREQUENCIES.index(preferred) <= FREQUENCIES.index(frequency)


@keeps("U5")
def recipient_check(index: UseIndex, state: SubjectState, campaign: Campaign) -> str | None:
    """None when the subject may receive the campaign, else the reason it is skipped (pure)."""
    use = CHANNEL_USES[campaign.channel]
    decision = decide(index, state, use, system=None)
    if not decision.allowed:
        return decision.code
    if decision.basis != "consent":
        # Marketing rests on consent in the statement; another basis would be a policy error.
        return "no_consent"
    preferred = state.frequency(campaign.channel)
    if preferred == OFF:
        return "channel_off"
    if not _accepts(preferred, campaign.frequency):
        return f"prefers_{preferred}"
    return None


@keeps("C8")
def tracking_allowed(index: UseIndex, state: SubjectState) -> bool:
    """Whether an email beacon may be put in this subject's mail (every beacon use allowed)."""
    beacons = [t for t in index.policy.tracking if t.kind == "email_beacon"]
    return bool(beacons) and all(
        decide(index, state, use, system=beacon.system).allowed
        for beacon in beacons
        for use in beacon.uses
    )


@keeps("U5", "C8")
def compose(
    campaign: Campaign, key: str, email: str, with_pixel: bool, lifetime: int | None = None
) -> Mail:
    """The mail for one recipient (pure apart from signing): unsubscribe headers and link."""
    token = (
        sign_link("unsubscribe", key, campaign.channel)
        if lifetime is None
        else sign_link("unsubscribe", key, campaign.channel, lifetime)
    )
    base = campaign.base_url.rstrip("/")
    unsubscribe = f"{base}/consent/unsubscribe/{token}"
    text = f"{campaign.text}\n\n--\nUnsubscribe at once, no login needed: {unsubscribe}\n"
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in campaign.text.split("\n\n") if p.strip())
    pixel = (
        f'<img src="{base}/consent/pixel/{token}.gif" width="1" height="1" alt="">'
        if with_pixel
        else ""
    )
    html = (
        f"<html><body>{paragraphs}"
        f'<p><a href="{escape(unsubscribe)}">Unsubscribe</a></p>{pixel}</body></html>'
    )
    return Mail(
        to=email,
        subject=campaign.subject,
        text=text,
        html=html,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def send_campaign(
    service: ConsentService,
    campaign: Campaign,
    mail_settings: MailSettings | None = None,
    dry_run: bool = False,
) -> CampaignReport:
    """Mail the campaign to every registered subject who may receive it; count the rest."""
    campaign.check()
    report = CampaignReport()
    ledger: ConsentLedger = service.ledger
    mail_settings = mail_settings or MailSettings.from_env()
    recipients: list[SubjectRecord] = ledger.subjects()
    for record in recipients:
        state = ledger.state(record.key)
        reason = recipient_check(service.index, state, campaign)
        if reason is not None:
            report.skipped[reason] += 1
            continue
        pixel = tracking_allowed(service.index, state)
        mail = compose(campaign, record.key, record.email or "", pixel)
        if not dry_run:
            send_mail(mail, mail_settings)
        report.sent += 1
    service.ledger.audit.append(
        "consent",
        "campaign.sent",
        "campaign",
        {"subject": campaign.subject[:100], **report.as_dict(), "dry_run": dry_run},
    )
    return report


@keeps("U5")
def unsubscribe(ledger: ConsentLedger, key: str, channel: str, source: str) -> bool:
    """Take effect at once: withdraw marketing consent on the channel and turn it off.

    Returns False when the subject was already unsubscribed (nothing new is written).
    """
    use = CHANNEL_USES.get(channel)
    if use is None:
        raise ConsentError(f"unknown channel {channel!r}")
    state = ledger.state(key)
    grant = state.grant(use)
    changed = False
    if grant is not None and grant.granted:
        ledger.withdraw(key, use, source)
        changed = True
    if state.frequency(channel) != OFF:
        ledger.set_preference(key, channel, OFF, source)
        changed = True
    return changed
