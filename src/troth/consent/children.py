"""Children: the statement's age line at sign-up, flags of possible children, deletion.

Sign-up asks for the age; under the policy's ``child_age`` nothing at all is stored and
the answer says so. A subject can be flagged as possibly under the age by the intake
guard or by a parent's report; flagged subjects are denied every use of their data (see
:mod:`troth.consent.decision`) and listed for staff, who delete them in one step
(:mod:`troth.requests.children` runs the erasure; :func:`delete_flagged` is the consent side).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from troth.audit import subject_ref
from troth.consent.errors import ConsentError, NotPermitted, UnderAge
from troth.consent.keys import key_of
from troth.consent.ledger import ConsentLedger
from troth.promises import keeps
from troth.roles import Role
from troth.store.tables import audit_events, child_flags, consent_subjects
from troth.timeutil import aware

FLAG_SOURCES = ("guard", "parent_report", "staff")
# Deleting a possible child erases a person for good: approvers and admins only, whichever
# way it is asked (console, JSON API, a service token).
CHILD_DELETION_ROLE = Role.APPROVER
SIGN_UP_NOTICE = "By signing up you accept the privacy statement in force."
MARKETING_NOTICE = "Send me news and offers by email. I can unsubscribe at any time."
# Reports by anyone (a parent's report) are limited: a flag hides a person's data from every
# use, so nobody may flag people in bulk. A flag never erases anything by itself.
REPORT_WINDOW = timedelta(hours=1)
REPORTS_FROM_ONE_CLIENT = 10  # reports from one network address in the window
REPORTS_OF_ONE_SUBJECT = 3  # reports of one person in the window (more add nothing)


class TooManyReports(ConsentError):
    """Too many reports of possible children lately, from this client (HTTP 429)."""

    status_code = 429


@dataclass(frozen=True)
class FlaggedSubject:
    subject_key: str
    sources: list[str]
    first_flagged_at: datetime
    has_address: bool


def _now() -> datetime:
    return datetime.now(UTC)


@keeps("K1", "C1")
def sign_up(
    ledger: ConsentLedger,
    email: str,
    age: int,
    systems: Iterable[str] = ("accounts",),
    marketing_email: bool = False,
    channel: str = "sign_up",
    place: str = "unknown",
) -> str:
    """Register a subject who states ``age``; under the child age nothing is stored."""
    child_age = ledger.policy.settings.child_age
    if not isinstance(age, int) or age < 0 or age > 150:
        raise ConsentError("the age must be a whole number of years between 0 and 150")
    if age < child_age:
        raise UnderAge(f"sign-up needs an age of at least {child_age}: nothing was stored")
    key = ledger.register(email, systems)
    ledger.accept_statement(key, channel, place)
    if marketing_email:
        ledger.grant(key, "marketing.communications.email", "sign_up", notice_text=MARKETING_NOTICE)
    return key


@keeps("K2")
def flag_possible_child(
    ledger: ConsentLedger, subject: str, source: str, client: str | None = None
) -> str:
    """Flag a subject as possibly under the child age; return its key. A report from outside
    names its ``client`` and is limited (:class:`TooManyReports`)."""
    if source not in FLAG_SOURCES:
        raise ConsentError(f"unknown flag source {source!r}: one of {', '.join(FLAG_SOURCES)}")
    key = key_of(subject)
    with ledger.store.engine.begin() as conn:
        if client is not None:
            _note_report(ledger, conn, client, key)
        conn.execute(child_flags.insert().values(subject_key=key, source=source, flagged_at=_now()))
        ledger.audit.append(source, "child.flagged", key, {"source": source}, conn=conn)
    ledger.notify_changed(key)
    return key


def _note_report(ledger: ConsentLedger, conn: sa.Connection, client: str, key: str) -> None:
    """Count a report from ``client`` (a network address, kept only as a keyed hash) in the
    caller's transaction; raise :class:`TooManyReports` past the limits (nothing is stored)."""
    target = "client:" + subject_ref(f"report-client:{client}").removeprefix("subject:")
    ledger.audit.append("anonymous", "child.reported", target, {"subject": key}, conn=conn)
    since = _now() - REPORT_WINDOW

    def count(*where: sa.ColumnElement[bool]) -> int:
        query = sa.select(sa.func.count()).select_from(audit_events)
        return int(conn.execute(query.where(audit_events.c.at >= since, *where)).scalar_one())

    actions = audit_events.c.action
    if count(actions == "child.reported", audit_events.c.target == target) > (
        REPORTS_FROM_ONE_CLIENT
    ) or count(actions == "child.flagged", audit_events.c.target == key) >= (
        REPORTS_OF_ONE_SUBJECT
    ):
        raise TooManyReports("too many reports of possible children lately: try again later")


def flagged_subjects(ledger: ConsentLedger) -> list[FlaggedSubject]:
    """Subjects with an unresolved flag, first flagged first."""
    with ledger.store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(
                child_flags.c.subject_key,
                child_flags.c.source,
                child_flags.c.flagged_at,
                consent_subjects.c.email.is_not(None).label("has_address"),
            )
            .select_from(
                child_flags.outerjoin(
                    consent_subjects, consent_subjects.c.subject_key == child_flags.c.subject_key
                )
            )
            .where(child_flags.c.resolved_at.is_(None))
            .order_by(child_flags.c.flagged_at, child_flags.c.id)
        ).all()
    found: dict[str, FlaggedSubject] = {}
    for key, source, at, has_address in rows:
        at = aware(at)
        if key not in found:
            found[key] = FlaggedSubject(key, [source], at, bool(has_address))
        elif source not in found[key].sources:
            found[key].sources.append(source)
    return list(found.values())


def require_flagged(ledger: ConsentLedger, subject_key: str) -> None:
    """Refuse (:class:`ConsentError`) a subject that has no unresolved flag."""
    if subject_key not in {f.subject_key for f in flagged_subjects(ledger)}:
        raise ConsentError("that subject is not flagged as possibly under age")


def address_for_erasure(ledger: ConsentLedger, subject_key: str, given: str | None) -> str:
    """The address the erasure runs for: the one staff typed (which must be the flagged
    subject's), else the one on record. Raises :class:`ConsentError` otherwise."""
    given = (given or "").strip()
    if given:
        if "@" not in given or key_of(given) != subject_key:
            raise ConsentError("that address does not belong to the flagged subject")
        return given
    on_record = ledger.email_of(subject_key)
    if not on_record:
        raise ConsentError("no address is on record for that subject: enter the address you hold")
    return on_record


def require_deletion_role(role: Role) -> None:
    """The one rule of who may delete a possible child (:class:`NotPermitted` otherwise)."""
    if not role.allows(CHILD_DELETION_ROLE):
        raise NotPermitted(
            f"deleting a possible child needs the {CHILD_DELETION_ROLE.value} role or higher"
        )


@keeps("K2")
def delete_flagged(
    ledger: ConsentLedger, subject_key: str, actor: str, role: Role, resolution: str = "deleted"
) -> dict[str, object]:
    """The consent side of deleting a flagged subject: withdraw every consent, erase the
    address, resolve the flags. :func:`troth.requests.children.erase_flagged_child` calls
    it once the request engine has erased the subject's rows. Returns what was done."""
    require_deletion_role(role)
    require_flagged(ledger, subject_key)
    withdrawn = ledger.withdraw_everything(subject_key, "staff")
    now = _now()
    with ledger.store.engine.begin() as conn:
        erased = conn.execute(
            consent_subjects.update()
            .where(consent_subjects.c.subject_key == subject_key)
            .values(email=None, systems=[], erased_at=now)
        ).rowcount
        conn.execute(
            child_flags.update()
            .where(child_flags.c.subject_key == subject_key, child_flags.c.resolved_at.is_(None))
            .values(resolved_at=now, resolution=resolution[:200])
        )
        ledger.audit.append(
            actor,
            "child.deleted",
            subject_key,
            {
                "consents_withdrawn": withdrawn,
                "address_erased": bool(erased),
                "resolution": resolution[:200],
            },
            conn=conn,
        )
    ledger.notify_changed(subject_key)
    return {
        "subject_key": subject_key,
        "consents_withdrawn": withdrawn,
        "address_erased": bool(erased),
    }
