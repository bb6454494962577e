"""The consent ledger in the platform's store: append, never edit; read back as state.

Every change of mind is a new row of ``consent_events`` (granted or withdrawn, with the
policy version in force, the source, the time and the SHA-256 of the notice text the
person was shown). The current state is derived from the rows by
:func:`troth.consent.state.derive_state`. Marketing preferences and privacy signals are
append-only in the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from troth.audit import AuditLog
from troth.consent.errors import ConsentError, NothingToConfirm, UnknownPurpose
from troth.consent.keys import BROWSER_PREFIX, key_of, normalise_email, subject_key
from troth.consent.optin import (
    CONFIRM_SOURCE,
    CONFIRMED,
    REQUESTED,
    OptInSender,
    needs_confirmation,
)
from troth.consent.state import CHANNELS, FREQUENCIES, OFF, ConsentEvent, SubjectState, derive_state
from troth.notify.addresses import is_address
from troth.policy import Policy
from troth.promises import keeps
from troth.store import Store
from troth.store.tables import (
    consent_events,
    consent_subjects,
    marketing_preferences,
    privacy_signals,
    statement_acceptances,
)
from troth.timeutil import aware

SOURCES = (
    "sign_up",
    "app_permission",
    "cookie_banner",
    "api",
    "privacy_center",
    "email_link",
    "one_click",
    "request",
    "staff",
    "email_confirmation",
)


def notice_hash(text: str) -> str:
    """SHA-256 of the notice text the person was shown (empty text: empty hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else ""


def _now() -> datetime:
    return datetime.now(UTC)


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise ConsentError(f"unknown consent source {source!r}: one of {', '.join(SOURCES)}")


def version_label(policy: Policy) -> str:
    current = policy.current_version or policy.versions[0]
    return current.version


def consent_purposes(policy: Policy) -> dict[tuple[str, str], list[str]]:
    """Every (purpose, scope) a person can consent to under ``policy`` -> systems declaring it.

    Purposes are the uses a system declares on the basis of consent; an app permission
    is the scope ``permission:<name>``.
    """
    found: dict[tuple[str, str], list[str]] = {}
    for system in policy.systems:
        for entry in system.collects:
            for use in entry.uses:
                if use.basis != "consent":
                    continue
                scope = f"permission:{entry.permission}" if entry.permission else ""
                systems = found.setdefault((use.use, scope), [])
                if system.key not in systems:
                    systems.append(system.key)
    return found


def check_purpose(policy: Policy, purpose: str, scope: str = "") -> None:
    """Raise :class:`UnknownPurpose` unless ``purpose`` (and scope) can be consented to."""
    if policy.taxonomy.use(purpose) is None:
        raise UnknownPurpose(f"unknown purpose {purpose!r}: not a data use of the policy")
    purposes = consent_purposes(policy)
    if (purpose, scope) not in purposes:
        what = f"{purpose} with {scope}" if scope else purpose
        raise UnknownPurpose(f"purpose {what!r} does not rest on consent in any system")


@dataclass(frozen=True)
class SubjectRecord:
    key: str
    email: str | None
    systems: list[str]
    created_at: datetime


class ConsentLedger:
    """The consent tables of one store, under one policy."""

    def __init__(self, store: Store, policy: Policy) -> None:
        self.store = store
        self.policy = policy
        self.audit = AuditLog(store.engine)
        self.on_change: Callable[[str], None] | None = None
        # Mails the double opt-in link (troth.consent.optin.OptInMailer); without one the
        # requested row is written and no mail goes out (library and command-line use).
        self.opt_in_sender: OptInSender | None = None

    def notify_changed(self, key: str) -> None:
        """Tell a cache of states that this subject's rows changed."""
        if self.on_change is not None:
            self.on_change(key)

    # subjects

    def register(self, email: str, systems: Iterable[str] = ()) -> str:
        """Add (or update the systems of) a subject; return its key."""
        email = normalise_email(email)
        if not is_address(email):  # one mailbox: campaigns and notices are mailed to it
            raise ConsentError("the email address is not valid")
        unknown = [s for s in systems if self.policy.system(s) is None]
        if unknown:
            raise ConsentError(f"unknown system {unknown[0]!r}: not a system of the policy")
        key = subject_key(email)
        with self.store.engine.begin() as conn:
            row = conn.execute(
                sa.select(consent_subjects.c.systems).where(consent_subjects.c.subject_key == key)
            ).first()
            if row is None:
                conn.execute(
                    consent_subjects.insert().values(
                        subject_key=key,
                        email=email,
                        systems=sorted(set(systems)),
                        created_at=_now(),
                    )
                )
            else:
                merged = sorted(set(row.systems) | set(systems))
                conn.execute(
                    consent_subjects.update()
                    .where(consent_subjects.c.subject_key == key)
                    .values(email=email, systems=merged, erased_at=None)
                )
        return key

    def subjects(self) -> list[SubjectRecord]:
        """Subjects with an address to write to, in key order."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(consent_subjects)
                .where(consent_subjects.c.email.is_not(None))
                .order_by(consent_subjects.c.subject_key)
            ).mappings()
            return [
                SubjectRecord(r["subject_key"], r["email"], r["systems"], aware(r["created_at"]))
                for r in rows
            ]

    def email_of(self, key: str) -> str | None:
        with self.store.engine.connect() as conn:
            return conn.execute(
                sa.select(consent_subjects.c.email).where(consent_subjects.c.subject_key == key)
            ).scalar_one_or_none()

    # consent

    @keeps("C5", "U5")
    def record(
        self,
        subject: str,
        purpose: str,
        granted: bool,
        source: str,
        scope: str = "",
        notice_text: str = "",
        policy_version: str | None = None,
        proven: bool = False,
    ) -> ConsentEvent:
        """Append one grant or withdrawal; validated first, so bad input writes nothing.

        Marketing e-mail consent is double opt-in (:mod:`troth.consent.optin`): unless
        ``proven`` (the person reached us through a signed link mailed to the address), the
        row is a *requested* one, not in force, and a confirmation link is mailed to the
        address; :meth:`confirm` puts it in force once the link is followed.
        """
        _check_source(source)
        check_purpose(self.policy, purpose, scope)
        key = key_of(subject)
        address = None
        if not proven and self._awaits_owner(key, purpose, granted, scope):
            address = self._address_for(subject, key)
        event = ConsentEvent(
            subject_key=key,
            purpose=purpose,
            scope=scope,
            policy_version=policy_version or version_label(self.policy),
            source=source,
            granted=granted,
            at=_now(),
            notice_hash=notice_hash(notice_text),
            step=REQUESTED if address else "",
        )
        with self.store.engine.begin() as conn:
            self._append(conn, [event])
        self.notify_changed(key)
        if address and self.opt_in_sender is not None:
            self.opt_in_sender(key, address, purpose)
        return event

    def _awaits_owner(self, key: str, purpose: str, granted: bool, scope: str) -> bool:
        """A marketing e-mail grant not yet in force needs its address's owner to confirm."""
        if not needs_confirmation(purpose, granted, scope):
            return False
        current = self.state(key).grant(purpose, scope)
        return not (current and current.granted)

    def _address_for(self, subject: str, key: str) -> str:
        text = normalise_email(subject)
        address = text if is_address(text) else self.email_of(key)
        if not address:
            raise ConsentError(
                "marketing e-mail consent needs an address on record to confirm it with; "
                "nothing was recorded"
            )
        return address

    @keeps("C5", "U5")
    def confirm(self, key: str, purpose: str) -> ConsentEvent:
        """Put a requested marketing consent in force (its confirmation link was followed).

        Only when the subject's latest row for the purpose is the request: a withdrawal
        since, or an earlier confirmation, leaves nothing to confirm."""
        with self.store.engine.begin() as conn:
            latest = [e for e in _events(conn, key) if (e.purpose, e.scope) == (purpose, "")]
            if not latest or latest[-1].step != REQUESTED:
                raise NothingToConfirm("there is nothing to confirm: no request waits for it")
            requested = latest[-1]
            event = ConsentEvent(
                key,
                purpose,
                "",
                version_label(self.policy),
                CONFIRM_SOURCE,
                True,
                _now(),
                requested.notice_hash,
                CONFIRMED,
            )
            self._append(conn, [event])
        self.notify_changed(key)
        return event

    def _append(self, conn: sa.Connection, events: list[ConsentEvent]) -> None:
        if not events:
            return
        conn.execute(
            consent_events.insert(),
            [
                {
                    "subject_key": e.subject_key,
                    "purpose": e.purpose,
                    "scope": e.scope,
                    "policy_version": e.policy_version,
                    "source": e.source,
                    "granted": e.granted,
                    "at": e.at,
                    "notice_hash": e.notice_hash,
                    "step": e.step,
                }
                for e in events
            ],
        )
        for e in events:
            action = "consent.granted" if e.granted else "consent.withdrawn"
            details = {"purpose": e.purpose, "scope": e.scope, "source": e.source}
            if e.step:
                details["step"] = e.step
            self.audit.append(
                "consent",
                "consent.requested" if e.step == REQUESTED else action,
                e.subject_key,
                details,
                conn=conn,
            )

    def grant(self, subject: str, purpose: str, source: str, **kw: Any) -> ConsentEvent:
        return self.record(subject, purpose, True, source, **kw)

    def withdraw(self, subject: str, purpose: str, source: str, **kw: Any) -> ConsentEvent:
        return self.record(subject, purpose, False, source, **kw)

    @keeps("R4")
    def forget(self, subject: str, source: str) -> dict[str, int]:
        """After an erasure: withdraw every consent and drop the subject's address.

        The subject stays known only by its keyed pseudonym (``subject_key``), which keeps
        blocking marketing to that address without holding it: a campaign writes only to
        subjects with an address, and the address comes back only if the person gives it again.
        """
        withdrawn = self.withdraw_everything(subject, source)
        key = key_of(subject)
        with self.store.engine.begin() as conn:
            erased = conn.execute(
                consent_subjects.update()
                .where(consent_subjects.c.subject_key == key)
                .values(email=None, systems=[], erased_at=_now())
            ).rowcount
        return {"withdrawn": withdrawn, "addresses_erased": erased}

    @keeps("R4")
    def withdraw_everything(self, subject: str, source: str) -> int:
        """Withdraw every consent the subject holds now; return how many were withdrawn."""
        _check_source(source)
        key = key_of(subject)
        version = version_label(self.policy)
        with self.store.engine.begin() as conn:
            state = self._state(conn, key)
            now = _now()
            events = [
                ConsentEvent(key, purpose, scope, version, source, False, now)
                for purpose, scope in state.current()
            ]
            self._append(conn, events)
            for channel, frequency in state.preferences.items():
                if frequency != OFF:
                    conn.execute(
                        marketing_preferences.insert().values(
                            subject_key=key, channel=channel, frequency=OFF, source=source, at=now
                        )
                    )
        self.notify_changed(key)
        return len(events)

    # marketing preferences

    @keeps("U5")
    def set_preference(self, subject: str, channel: str, frequency: str, source: str) -> None:
        """Choose a channel's frequency (daily, weekly, monthly) or ``off``."""
        _check_source(source)
        if channel not in CHANNELS:
            raise ConsentError(f"unknown channel {channel!r}: one of {', '.join(CHANNELS)}")
        if frequency not in (*FREQUENCIES, OFF):
            raise ConsentError(
                f"unknown frequency {frequency!r}: one of {', '.join((*FREQUENCIES, OFF))}"
            )
        with self.store.engine.begin() as conn:
            conn.execute(
                marketing_preferences.insert().values(
                    subject_key=key_of(subject),
                    channel=channel,
                    frequency=frequency,
                    source=source,
                    at=_now(),
                )
            )
        self.notify_changed(key_of(subject))

    # signals and acceptance

    def record_signal(self, holder_key: str, signal: str, value: str, honoured: bool) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(
                privacy_signals.insert().values(
                    holder_key=holder_key, signal=signal, value=value, honoured=honoured, at=_now()
                )
            )
        self.notify_changed(holder_key)

    def signals_of(self, holder_key: str) -> list[dict[str, object]]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(privacy_signals)
                .where(privacy_signals.c.holder_key == holder_key)
                .order_by(privacy_signals.c.id)
            ).mappings()
            return [
                {
                    "signal": r["signal"],
                    "value": r["value"],
                    "honoured": r["honoured"],
                    "at": aware(r["at"]).isoformat(),
                }
                for r in rows
            ]

    @keeps("C1")
    def accept_statement(self, subject: str, channel: str, place: str) -> None:
        """Record that the subject accepted the statement version in force, when and where."""
        with self.store.engine.begin() as conn:
            conn.execute(
                statement_acceptances.insert().values(
                    subject_key=key_of(subject),
                    policy_version=version_label(self.policy),
                    channel=channel[:30],
                    place=place[:100],
                    at=_now(),
                )
            )

    def acceptances(self, subject: str) -> list[dict[str, str]]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(statement_acceptances)
                .where(statement_acceptances.c.subject_key == key_of(subject))
                .order_by(statement_acceptances.c.id)
            ).mappings()
            return [
                {
                    "policy_version": r["policy_version"],
                    "channel": r["channel"],
                    "place": r["place"],
                    "at": aware(r["at"]).isoformat(),
                }
                for r in rows
            ]

    # reading state

    def state(self, subject: str, browser_key: str | None = None) -> SubjectState:
        with self.store.engine.connect() as conn:
            return self._state(conn, key_of(subject), browser_key)

    def events(self, subject: str) -> list[ConsentEvent]:
        with self.store.engine.connect() as conn:
            return _events(conn, key_of(subject))

    def history(self, subject: str) -> list[ConsentEvent]:
        """Every ledger row of the subject in the order written, with its notice hash."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(consent_events)
                .where(consent_events.c.subject_key == key_of(subject))
                .order_by(consent_events.c.id)
            ).mappings()
            return [
                ConsentEvent(
                    r["subject_key"],
                    r["purpose"],
                    r["scope"],
                    r["policy_version"],
                    r["source"],
                    bool(r["granted"]),
                    aware(r["at"]),
                    r["notice_hash"] or "",
                    r["step"] or "",
                )
                for r in rows
            ]

    def _state(self, conn: sa.Connection, key: str, browser_key: str | None = None) -> SubjectState:
        return load_state(conn, key, browser_key)


def _events(conn: sa.Connection, key: str) -> list[ConsentEvent]:
    rows = conn.execute(
        sa.select(
            consent_events.c.purpose,
            consent_events.c.scope,
            consent_events.c.policy_version,
            consent_events.c.source,
            consent_events.c.granted,
            consent_events.c.at,
            consent_events.c.notice_hash,
            consent_events.c.step,
        )
        .where(consent_events.c.subject_key == key)
        .order_by(consent_events.c.id)
    ).all()
    return [
        ConsentEvent(key, r[0], r[1], r[2], r[3], bool(r[4]), aware(r[5]), r[6], r[7] or "")
        for r in rows
    ]


# One round trip for everything a decision needs about a subject (and its browser).
_STATE_QUERY = sa.text(
    "SELECT 0 AS kind, id, purpose, scope, policy_version, source, granted, at "
    "FROM consent_events WHERE subject_key = :key AND step <> 'requested' "
    "UNION ALL SELECT 1, id, channel, frequency, NULL, NULL, NULL, NULL "
    "FROM marketing_preferences WHERE subject_key = :key "
    "UNION ALL SELECT 2, id, signal, value, NULL, NULL, NULL, NULL "
    "FROM privacy_signals WHERE holder_key IN (:key, :browser) "
    "UNION ALL SELECT 3, id, NULL, NULL, NULL, NULL, NULL, NULL "
    "FROM child_flags WHERE subject_key = :key AND resolved_at IS NULL "
    "ORDER BY 1, 2"
)


def load_state(conn: sa.Connection, key: str, browser_key: str | None = None) -> SubjectState:
    """The thin loader: read one subject's rows in one query and derive the state."""
    params = {"key": key, "browser": browser_key or key}
    events: list[ConsentEvent] = []
    prefs: list[tuple[str, str]] = []
    signals: list[tuple[str, str]] = []
    flagged = False
    for kind, _id, a, b, version, source, granted, at in conn.execute(_STATE_QUERY, params):
        if kind == 0:
            if isinstance(at, str):  # SQLite through a text query hands back the stored text
                at = datetime.fromisoformat(at)
            events.append(ConsentEvent(key, a, b, version, source, bool(granted), aware(at)))
        elif kind == 1:
            prefs.append((a, b))
        elif kind == 2:
            signals.append((a, b))
        else:
            flagged = not key.startswith(BROWSER_PREFIX)
    return derive_state(key, events, prefs, signals, flagged)
