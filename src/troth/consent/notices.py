"""Notice of change: mail every affected subject before a new version takes effect.

Sending is batched and resumable. For each subject a delivery row is *claimed*
(committed) before the mail goes out and marked *sent* once the server accepted it, so a
sender killed at any moment and started again never mails anyone twice: subjects with a
sent row are skipped, and a claim left by a crash in the middle of one send is reported
as unconfirmed rather than sent again (``resend_unconfirmed`` sends those after a check
of the mail server's log).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlalchemy as sa

from troth.consent.changes import PolicyDiff, diff_policies
from troth.consent.errors import ConsentError
from troth.consent.ledger import ConsentLedger, SubjectRecord
from troth.notify import Mail, MailSettings, send_mail
from troth.policy import Policy
from troth.promises import keeps
from troth.store import Store
from troth.store.tables import change_notices, notice_deliveries


@dataclass
class NoticeReport:
    version: str
    affected: int = 0
    sent: int = 0
    already_sent: int = 0
    unconfirmed: int = 0

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _now() -> datetime:
    return datetime.now(UTC)


def save_notice(store: Store, diff: PolicyDiff) -> None:
    """Keep the diff so the privacy center can show it and decisions can require fresh consent."""
    with store.engine.begin() as conn:
        seen = conn.execute(
            sa.select(change_notices.c.version).where(change_notices.c.version == diff.new_version)
        ).first()
        values = {
            "previous_version": diff.old_version,
            "effective": diff.effective,
            "changes": diff.as_dict(),
        }
        if seen is None:
            conn.execute(
                change_notices.insert().values(
                    version=diff.new_version, created_at=_now(), **values
                )
            )
        else:
            conn.execute(
                change_notices.update()
                .where(change_notices.c.version == diff.new_version)
                .values(**values)
            )


def stored_notices(store: Store) -> list[dict[str, object]]:
    """Every change notice, newest effective date first."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(change_notices).order_by(change_notices.c.effective.desc())
        ).mappings()
        return [dict(r["changes"]) for r in rows]


def fresh_consent_requirements(store: Store) -> dict[str, str]:
    """Use -> the version from which consent to it must have been given afresh."""
    found: dict[str, tuple[date, str]] = {}
    for notice in reversed(stored_notices(store)):
        effective = date.fromisoformat(str(notice["effective"]))
        fresh: list[str] = notice.get("fresh_consent", [])  # type: ignore[assignment]
        for use in fresh:
            if use not in found or found[use][0] < effective:
                found[use] = (effective, str(notice["new_version"]))
    return {use: version for use, (_, version) in found.items()}


def affected(diff: PolicyDiff, subjects: list[SubjectRecord]) -> list[SubjectRecord]:
    """Subjects whose systems the change touches (a subject of unknown systems: all) (pure)."""
    return [s for s in subjects if diff.changes and diff.for_systems(s.systems)]


def compose_notice(diff: PolicyDiff, record: SubjectRecord, organisation: str, base: str) -> Mail:
    """The notice for one subject: only the changes that touch the systems they use."""
    lines = [f"- {c}" for c in diff.for_systems(record.systems)]
    fresh = ""
    if diff.fresh_consent:
        fresh = (
            "\nSome new uses rest on your consent; they apply to you only if you agree to them: "
            + ", ".join(diff.fresh_consent)
            + "\n"
        )
    text = (
        f"{organisation} is changing its privacy statement. Version {diff.new_version} "
        f"takes effect on {diff.effective.isoformat()}.\n\n"
        "What changes in how your personal data is used:\n"
        + "\n".join(lines)
        + "\n"
        + fresh
        + f"\nRead the notice: {base.rstrip('/')}/api/v1/consent/notices\n"
    )
    return Mail(
        to=record.email or "",
        subject=f"Changes to our privacy statement from {diff.effective.isoformat()}",
        text=text,
    )


@keeps("P1")
def send_notices(
    store: Store,
    old: Policy,
    new: Policy,
    *,
    batch_size: int = 100,
    pause: float = 0.0,
    today: date | None = None,
    base_url: str = "http://127.0.0.1:8000",
    resend_unconfirmed: bool = False,
    mail_settings: MailSettings | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> NoticeReport:
    """Mail the notice of ``new`` to every affected subject who has not had it yet."""
    diff = diff_policies(old, new)
    today = today or date.today()
    if diff.effective <= today:
        raise ConsentError(
            f"version {diff.new_version} takes effect on {diff.effective.isoformat()}: "
            "notices must go out before that date"
        )
    if not diff.changes:
        raise ConsentError(
            f"version {diff.new_version} changes nothing in how personal data is used"
        )
    if batch_size < 1:
        raise ConsentError("the batch size must be at least 1")
    save_notice(store, diff)
    mail_settings = mail_settings or MailSettings.from_env()
    ledger = ConsentLedger(store, new)
    targets = affected(diff, ledger.subjects())
    report = NoticeReport(diff.new_version, affected=len(targets))
    with store.engine.connect() as conn:
        states = dict(
            conn.execute(
                sa.select(notice_deliveries.c.subject_key, notice_deliveries.c.state).where(
                    notice_deliveries.c.version == diff.new_version
                )
            ).all()
        )
    pending: list[SubjectRecord] = []
    for record in targets:
        state = states.get(record.key)
        if state == "sent":
            report.already_sent += 1
        elif state == "sending" and not resend_unconfirmed:
            report.unconfirmed += 1
        else:
            pending.append(record)
    done = 0
    if on_progress:
        on_progress(done, len(pending))
    organisation = new.organisation.name
    for start in range(0, len(pending), batch_size):
        for record in pending[start : start + batch_size]:
            _claim(store, diff.new_version, record.key)
            send_mail(compose_notice(diff, record, organisation, base_url), mail_settings)
            with store.engine.begin() as conn:
                conn.execute(
                    notice_deliveries.update()
                    .where(
                        notice_deliveries.c.version == diff.new_version,
                        notice_deliveries.c.subject_key == record.key,
                    )
                    .values(state="sent", sent_at=_now())
                )
            report.sent += 1
            done += 1
            if on_progress:
                on_progress(done, len(pending))
            if pause:
                time.sleep(pause)
    ledger.audit.append("consent", "notice.sent", f"policy:{diff.new_version}", report.as_dict())
    return report


def _claim(store: Store, version: str, key: str) -> None:
    with store.engine.begin() as conn:
        exists = conn.execute(
            sa.select(notice_deliveries.c.state).where(
                notice_deliveries.c.version == version, notice_deliveries.c.subject_key == key
            )
        ).first()
        if exists is None:
            conn.execute(
                notice_deliveries.insert().values(
                    version=version, subject_key=key, state="sending", claimed_at=_now()
                )
            )
        else:
            conn.execute(
                notice_deliveries.update()
                .where(
                    notice_deliveries.c.version == version, notice_deliveries.c.subject_key == key
                )
                .values(state="sending", claimed_at=_now())
            )


def delivery_counts(store: Store, version: str) -> dict[str, int]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(notice_deliveries.c.state, sa.func.count())
            .where(notice_deliveries.c.version == version)
            .group_by(notice_deliveries.c.state)
        ).all()
    return {state: int(n) for state, n in rows}
