"""Data subject requests as Python functions: submit, verify, approve or deny, run, status.

:class:`RequestService` keeps each request in the platform's store and moves it through the
lifecycle (:mod:`troth.requests.lifecycle`). Every change of state is written to the audit log
in the same transaction, naming the subject only by :func:`troth.audit.subject_ref`. A
request is idempotent: the same subject asking the same thing while a request is open gets
that request back. Running goes through :mod:`troth.requests.dispatch` with a store-backed
journal, so a request cut short resumes where it stopped.

Nothing the service says to a requester who has not proved their address tells whether the
person is known: a code is sent whatever the data holds. A code goes only to a channel that
is the identity searched for (:mod:`troth.requests.proof`): the e-mail address of a request
made with an e-mail address alone, or by SMS the phone number of one made with a phone number
alone; any other request waits for staff to verify it by hand. Every later message (notices,
the archive link) goes to that same identity, never to an address typed beside it.
"""

from __future__ import annotations

import builtins
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from troth.audit import AuditLog, subject_ref
from troth.config import Settings, load_settings
from troth.datamap import stored_datasets
from troth.errors import TrothError
from troth.keys import derive_key, secret_key_for
from troth.notify import Mail, MailSettings, Sms, SmsSender, send_mail, sms_sender_for
from troth.notify.addresses import AddressError, checked_address
from troth.notify.sms import is_phone_number
from troth.policy import Policy
from troth.policy.in_force import policy_in_force
from troth.promises import keeps
from troth.requests.archive_store import ArchiveStore
from troth.requests.corrections import check_changes, check_not_dropped
from troth.requests.deadlines import deadlines_for, is_overdue, normalise_jurisdiction
from troth.requests.dispatch import ExecutionFailed, execute
from troth.requests.history import RequestRow, request_rows
from troth.requests.identity import IdentityError, check_identity
from troth.requests.journal import JournalStep, StoreJournal
from troth.requests.kept import kept_for_person
from troth.requests.lease import Heartbeat, LeaseLost, claim_running, new_owner, renew
from troth.requests.lifecycle import (
    CLOSED_STATES,
    Event,
    State,
    TransitionError,
    next_state,
    ready_to_run,
)
from troth.requests.links import sign_link, verify_link
from troth.requests.planner import plan_request
from troth.requests.proof import (
    EMAIL,
    PHONE,
    Channel,
    Proof,
    message_channel,
    proof_for,
    same_address,
)
from troth.requests.retry import Backoff
from troth.requests.throttle import note_message
from troth.requests.verification import (
    CODE_LIFETIME,
    MAX_TRIES,
    Check,
    CodeResult,
    IssuedCode,
    check_code,
    issue,
    new_code,
)
from troth.store import Store, open_store
from troth.store.tables import request_codes, subject_requests
from troth.timeutil import aware

log = logging.getLogger(__name__)

KINDS = ("access", "erasure", "correction", "withdrawal")
KIND_ALIASES = {
    "access": "access",
    "erase": "erasure",
    "erasure": "erasure",
    "correct": "correction",
    "correction": "correction",
    "rectification": "correction",
    "withdraw": "withdrawal",
    "withdrawal": "withdrawal",
    "consent_withdrawal": "withdrawal",
}


MAX_CHANGES = 20  # values one correction may change
MAX_CHANGE_CHARS = 1_000  # the length of each new value


ERASED_PREFIX = "erased:"
Starter = Callable[[str], None]  # takes the id of a request ready to run, and runs it


class RequestError(TrothError):
    """A request cannot be made or changed; the message says why (no personal data)."""


class RequestNotFound(RequestError):
    """No such request (the same answer whether the id is unknown or mistyped)."""

    exit_code = 2
    status_code = 404

    def __init__(self) -> None:
        super().__init__("no request with that id")


class RequestBusy(RequestError, TransitionError):
    """Another runner holds the request's lease; it is left to that runner (a conflict: 409
    through the API)."""

    def __init__(self) -> None:
        super().__init__(
            "the request is being run by another runner; it is picked up again if that "
            "runner stops (when its lease runs out)"
        )


class VerificationFailed(RequestError):
    """The one-time code was not accepted."""

    status_code = 400


def normalise_kind(kind: str) -> str:
    try:
        return KIND_ALIASES[kind.strip().lower()]
    except KeyError:
        raise RequestError(
            f"unknown request kind {kind[:30]!r}: expected one of {', '.join(KINDS)}"
        ) from None


@dataclass(frozen=True)
class RequestRecord:
    """One request as stored, with its deadlines worked out."""

    id: str
    kind: str
    state: State
    jurisdiction: str
    subject_ref: str
    identities: dict[str, str]
    contact: str
    details: dict[str, Any]
    approval_required: bool
    reason: str | None
    evidence: dict[str, Any] | None
    attempts: int
    received_at: datetime
    acknowledged_at: datetime | None
    verified_at: datetime | None
    approved_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    due_at: datetime
    extended_at: datetime | None
    updated_at: datetime

    @classmethod
    def from_row(cls, row: sa.RowMapping) -> RequestRecord:
        return cls(
            id=row["id"],
            kind=row["kind"],
            state=State(row["state"]),
            jurisdiction=row["jurisdiction"],
            subject_ref=row["subject_ref"],
            identities=dict(row["identities"]),
            contact=row["contact"],
            details=dict(row["details"]),
            approval_required=bool(row["approval_required"]),
            reason=row["reason"],
            evidence=row["evidence"],
            attempts=row["attempts"],
            received_at=aware(row["received_at"]),  # type: ignore[arg-type]
            acknowledged_at=aware(row["acknowledged_at"]),
            verified_at=aware(row["verified_at"]),
            approved_at=aware(row["approved_at"]),
            started_at=aware(row["started_at"]),
            finished_at=aware(row["finished_at"]),
            due_at=aware(row["due_at"]),  # type: ignore[arg-type]
            extended_at=aware(row["extended_at"]),
            updated_at=aware(row["updated_at"]),  # type: ignore[arg-type]
        )

    @property
    def verification(self) -> Channel:
        """How the request is verified: a code by mail or SMS, or staff by hand."""
        return Channel(self.details.get("verification", Channel.EMAIL.value))

    def overdue(self, now: datetime | None = None) -> bool:
        return is_overdue(self.due_at, self.finished_at, now or datetime.now(UTC))

    def subject_view(self) -> dict[str, Any]:
        """What the requester may see: no identities, no data, no evidence before completion."""
        view: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "state": self.state.value,
            "received_at": self.received_at.isoformat(),
            "due_at": self.due_at.isoformat(),
        }
        if self.state in CLOSED_STATES:
            view["finished_at"] = self.finished_at.isoformat() if self.finished_at else None
            view["reason"] = self.reason
        if self.state in (State.COMPLETE, State.PARTIAL) and self.evidence:
            view["summary"] = self.evidence.get("summary", {})
            view["kept"] = kept_for_person(self.evidence)
        return view

    def staff_view(self, now: datetime | None = None) -> dict[str, Any]:
        """What staff see: the state, dates, deadlines, reason and evidence (no identities)."""
        deadlines = deadlines_for(self.jurisdiction, self.received_at)
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state.value,
            "jurisdiction": self.jurisdiction,
            "subject": self.subject_ref,
            "identity_types": sorted(self.identities),
            "verification": self.verification.value,
            "approval_required": self.approval_required,
            "attempts": self.attempts,
            "received_at": self.received_at.isoformat(),
            "acknowledged_at": _iso(self.acknowledged_at),
            "acknowledge_by": _iso(deadlines.acknowledge_by),
            "verified_at": _iso(self.verified_at),
            "approved_at": _iso(self.approved_at),
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "due_at": self.due_at.isoformat(),
            "extended": self.extended_at is not None,
            "overdue": self.overdue(now),
            "reason": self.reason,
            "evidence": self.evidence,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass(frozen=True)
class Submission:
    request: RequestRecord
    created: bool  # False when an open request of the same subject and kind was returned


def approval_kinds(settings: Settings) -> set[str]:
    """The kinds of request staff must approve before they run.

    From ``[requests] approval = ["erasure"]`` in troth.toml, or ``TROTH_REQUEST_APPROVAL``
    (comma-separated); none by default.
    """
    raw: object = settings.extra.get("requests", {})
    value: object = raw.get("approval", []) if isinstance(raw, dict) else []
    if settings.request_approval is not None:
        value = list(settings.request_approval)
    if not isinstance(value, list):
        raise RequestError("troth.toml: [requests] approval must be a list of request kinds")
    return {normalise_kind(str(v)) for v in value}


def _checked_details(kind: str, details: dict[str, Any] | None, proof: Proof) -> dict[str, Any]:
    """A request's details with how it is verified; a correction's changes are bounded."""
    checked = {**(details or {}), "verification": proof.channel.value}
    if kind != "correction":
        return checked
    changes = checked.get("changes")
    if not isinstance(changes, dict) or not changes:
        raise RequestError("a correction needs the new values, e.g. email=new@example.com")
    if len(changes) > MAX_CHANGES or any(
        len(str(k)) > 320 or len(str(v)) > MAX_CHANGE_CHARS for k, v in changes.items()
    ):
        raise RequestError(
            f"a correction changes at most {MAX_CHANGES} values, "
            f"each at most {MAX_CHANGE_CHARS} characters"
        )
    return checked


def identity_key(identities: dict[str, str]) -> str:
    """The canonical text of a set of identities (types sorted, values trimmed, emails lower)."""
    parts = []
    for kind in sorted(identities):
        value = str(identities[kind]).strip()
        if kind == "email":
            value = value.lower()
        parts.append(f"{kind}={value}")
    return "&".join(parts)


@dataclass
class RequestService:
    """Requests over the platform's store; ``execute`` runs a request (see dispatch.py)."""

    store: Store
    policy: Policy
    settings: Settings
    mail_settings: MailSettings | None = None
    backoff: Backoff = field(default_factory=Backoff)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    public_url: str = ""  # default: the settings' public URL (TROTH_PUBLIC_URL)
    sms: SmsSender | None = None  # default: the settings' sender (TROTH_SMS_SENDER)
    lease: timedelta | None = None  # default: the settings' request_lease_seconds

    def __post_init__(self) -> None:
        self.public_url = (self.public_url or self.settings.effective_public_url).rstrip("/")
        if self.sms is None:
            self.sms = sms_sender_for(self.settings)
        master = secret_key_for(self.settings)
        self._code_key = derive_key(master, "request-code")
        self._master = master  # archive links are signed with keys.sign under it
        self._erased_key = derive_key(master, "erased-identity")
        self.archives = ArchiveStore(self.store.engine, master)
        self.audit = AuditLog(self.store.engine)
        self._approval = approval_kinds(self.settings)

    @property
    def engine(self) -> sa.Engine:
        return self.store.engine

    # identity types

    def identity_types(self) -> set[str]:
        """Every identity type some dataset of the data map declares."""
        datasets, _ = stored_datasets(self.store)
        return {f.identity for d in datasets for c in d.collections for f in c.walk() if f.identity}

    def check_identities(self, identities: dict[str, str]) -> dict[str, str]:
        if not identities:
            raise RequestError("give at least one identity, e.g. email=person@example.com")
        known = self.identity_types()
        unknown = sorted(set(identities) - known)
        if unknown:
            raise RequestError(
                f"unknown identity type {unknown[0]!r}: the data map declares "
                f"{', '.join(sorted(known)) or 'none'}"
            )
        cleaned = {}
        for kind, value in identities.items():
            text = str(value).strip()
            if not text:
                raise RequestError(f"identity {kind!r} is empty")
            if len(text) > 320:
                raise RequestError(f"identity {kind!r} is longer than 320 characters")
            if kind == EMAIL:
                try:
                    text = checked_address(text, "identity 'email'")
                except AddressError as exc:
                    raise RequestError(str(exc)) from None
            if kind == PHONE and not is_phone_number(text):
                raise RequestError("identity 'phone_number' is not a phone number")
            try:
                check_identity(kind, text)
            except IdentityError as exc:
                raise RequestError(str(exc)) from None
            cleaned[kind] = text
        return cleaned

    def proof_of(self, identities: dict[str, str], contact: str | None) -> Proof:
        """How a request with these identities is verified; a ``contact`` other than the
        identity its messages go to is refused (a code proves only its own channel)."""
        proof = proof_for(identities, sms=self.sms is not None)
        if contact and contact.strip() and not same_address(contact, proof):
            raise RequestError(
                "messages about a request go only to the e-mail address (or phone number) "
                "it is about: leave contact out or give that same address"
            )
        return proof

    # submit

    @keeps("R1", "R2", "R3", "R4")
    def submit(
        self,
        kind: str,
        identities: dict[str, str],
        *,
        contact: str | None = None,
        jurisdiction: str = "GDPR",
        details: dict[str, Any] | None = None,
        actor: str = "subject",
        send_code: bool = True,
    ) -> Submission:
        """Receive a request; the same open subject+kind returns the open request."""
        kind = normalise_kind(kind)
        jurisdiction = normalise_jurisdiction(jurisdiction)
        identities = self.check_identities(identities)
        proof = self.proof_of(identities, contact)
        details = _checked_details(kind, details, proof)
        if kind == "correction":
            check_changes(details["changes"], stored_datasets(self.store)[0])
        ref = subject_ref(identity_key(identities))
        open_key = f"{kind}:{ref}"
        request_id = "req_" + secrets.token_hex(16)
        row = self._new_row(request_id, kind, jurisdiction, ref, identities, proof, details)
        try:
            with self.engine.begin() as conn:
                conn.execute(subject_requests.insert().values(**row))
                self.audit.append(
                    actor,
                    "request.received",
                    f"request:{request_id}",
                    {"kind": kind, "subject": ref, "jurisdiction": jurisdiction, "to": "received"},
                    conn=conn,
                )
        except IntegrityError:
            existing = self._by_open_key(open_key)
            if existing is None:  # closed between the insert and this read: try once more
                return self.submit(
                    kind,
                    identities,
                    contact=proof.address,
                    jurisdiction=jurisdiction,
                    details=details,
                    actor=actor,
                    send_code=send_code,
                )
            if kind == "correction":
                self._second_correction(existing, details["changes"], actor)
            if send_code and existing.state is State.RECEIVED:
                self.send_code(existing.id)
            return Submission(existing, created=False)
        if send_code and proof.by_code:
            self.send_code(request_id)
        elif send_code:
            self._await_staff(self.get(request_id), proof, actor)
        return Submission(self.get(request_id), created=True)

    def _second_correction(
        self, existing: RequestRecord, asked: dict[str, Any], actor: str
    ) -> None:
        """A correction asked for while another is open for the person: its values are never
        silently dropped. Staff and the CLI are told at once (:class:`CorrectionError`); a
        requester who has not proved the address gets the usual answer, and the person is
        told on their own channel, so nobody learns from the answer that a request is open."""
        if asked == (existing.details.get("changes") or {}):
            return
        if actor != "subject":
            check_not_dropped(asked, existing.id, existing.details.get("changes") or {})
        self._tell(
            existing,
            "Your second correction was not added",
            f"A correction was asked for while your correction request ({existing.id}) is "
            "still open, so its new values were not added. Confirm or finish the open "
            "request, then ask again.\n",
        )

    def _new_row(
        self,
        request_id: str,
        kind: str,
        jurisdiction: str,
        ref: str,
        identities: dict[str, str],
        proof: Proof,
        details: dict[str, Any],
    ) -> dict[str, Any]:
        """The stored row of a new request: received now, its messages to ``proof.address``."""
        now = self.clock()
        return {
            "id": request_id,
            "kind": kind,
            "state": State.RECEIVED.value,
            "jurisdiction": jurisdiction,
            "subject_ref": ref,
            "open_key": f"{kind}:{ref}",
            "identities": identities,
            "contact": proof.address,
            "details": details,
            "approval_required": kind in self._approval,
            "reason": None,
            "evidence": None,
            "attempts": 0,
            "received_at": now,
            "due_at": deadlines_for(jurisdiction, now).due,
            "updated_at": now,
        }

    def _await_staff(self, request: RequestRecord, proof: Proof, actor: str) -> None:
        """Record that staff must verify the request by hand, and tell the person so."""
        with self.engine.begin() as conn:
            self.audit.append(
                actor,
                "request.awaiting_staff_verification",
                f"request:{request.id}",
                {
                    "kind": request.kind,
                    "subject": request.subject_ref,
                    "unproven": list(proof.unproven),
                },
                conn=conn,
            )
            if not request.contact:
                return  # no address to tell: staff reach the person another way
            note_message(conn, self.audit, request.contact, request.id, "staff_notice")
        self._tell(
            request,
            f"Your {request.kind} request: we will check it is yours",
            f"We received your {request.kind} request ({request.id}).\n\n"
            "Some of the details it names cannot be confirmed by a code, so our privacy team "
            "will check by hand that they are yours before anything is done.\n"
            f"We will answer by {request.due_at:%d %B %Y}.\n"
            "If you did not make this request, ignore this message.\n",
        )

    def _by_open_key(self, open_key: str) -> RequestRecord | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    sa.select(subject_requests).where(subject_requests.c.open_key == open_key)
                )
                .mappings()
                .first()
            )
        return RequestRecord.from_row(row) if row else None

    # reading

    def get(self, request_id: str) -> RequestRecord:
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(subject_requests).where(subject_requests.c.id == request_id))
                .mappings()
                .first()
            )
        if row is None:
            raise RequestNotFound()
        return RequestRecord.from_row(row)

    def list(
        self, state: str | None = None, overdue: bool | None = None, limit: int = 200
    ) -> builtins.list[RequestRecord]:
        """Requests, newest first, optionally one state or only the overdue ones."""
        query = sa.select(subject_requests).order_by(subject_requests.c.received_at.desc())
        if state:
            query = query.where(subject_requests.c.state == State(state).value)
        if overdue:
            query = query.where(subject_requests.c.due_at < self.clock())
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit)).mappings().all()
        found = [RequestRecord.from_row(r) for r in rows]
        if overdue is not None:
            now = self.clock()
            found = [r for r in found if r.overdue(now) == overdue]
        return found

    # changes of state

    def _transition(
        self,
        request: RequestRecord,
        event: Event,
        actor: str,
        values: dict[str, Any] | None = None,
        details: dict[str, Any] | None = None,
        conn: sa.Connection | None = None,
        owner: str | None = None,
    ) -> RequestRecord:
        """Move the request on, if it is still in the state read (and, with ``owner``, still
        held by that runner, whose lease the change releases)."""
        target = next_state(request.state, event, approval_required=request.approval_required)
        now = self.clock()
        values = dict(values or {})
        values.update(state=target.value, updated_at=now)
        if target in CLOSED_STATES:
            values.update(open_key=None, finished_at=now)
        elif target is State.RUNNING:
            values["open_key"] = f"{request.kind}:{request.subject_ref}"
        held = sa.true() if owner is None else subject_requests.c.lease_owner == owner
        if owner is not None:
            values.update(lease_owner=None, lease_expires_at=None)

        def write(c: sa.Connection) -> None:
            changed = c.execute(
                subject_requests.update()
                .where(
                    subject_requests.c.id == request.id,
                    subject_requests.c.state == request.state.value,
                    held,
                )
                .values(**values)
            ).rowcount
            if changed != 1 and owner is not None:
                raise LeaseLost()
            if changed != 1:
                raise TransitionError("the request changed meanwhile; read it again")
            self.audit.append(
                actor,
                f"request.{target.value}",
                f"request:{request.id}",
                {
                    "kind": request.kind,
                    "subject": request.subject_ref,
                    "from": request.state.value,
                    "to": target.value,
                    **(details or {}),
                },
                conn=c,
            )

        if conn is not None:  # the caller's transaction: it reads the request after commit
            write(conn)
            return request
        try:
            with self.engine.begin() as own:
                write(own)
        except IntegrityError:
            raise RequestError(
                "an open request of the same kind for the same subject exists"
            ) from None
        return self.get(request.id)

    def send_code(self, request_id: str) -> None:
        """Issue a new one-time code (replacing any earlier one) and mail it to the contact."""
        request = self.get(request_id)
        if request.state is not State.RECEIVED or request.verification is Channel.STAFF:
            return
        if message_channel(request.identities, request.contact) is None:
            return  # a stored request whose contact is no identity of its own: nothing sent
        code = new_code()
        now = self.clock()
        issued = issue(code, request.id, self._code_key, now)
        with self.engine.begin() as conn:
            note_message(conn, self.audit, request.contact, request.id, "code")
            self._store_code(conn, request.id, issued)
            if request.acknowledged_at is None:
                conn.execute(
                    subject_requests.update()
                    .where(subject_requests.c.id == request.id)
                    .values(acknowledged_at=now)
                )
        minutes = int(CODE_LIFETIME.total_seconds() // 60)
        self._tell(
            request,
            f"Your {request.kind} request: verification code",
            f"We received your {request.kind} request ({request.id}).\n\n"
            f"To confirm that this is yours, enter this code: {code}\n\n"
            f"It is valid for {minutes} minutes and for 5 tries.\n"
            f"We will answer by {request.due_at:%d %B %Y}.\n"
            "If you did not make this request, ignore this message.\n",
        )

    def _store_code(self, conn: sa.Connection, request_id: str, issued: IssuedCode) -> None:
        """Keep the new code in place of the old one; the count of tries stays as it was.

        Called after :func:`note_message` took the audit writer lock in this transaction, so
        two re-sends cannot both find no row and both insert one."""
        codes = request_codes.c
        fresh = {
            "code_hash": issued.code_hash,
            "issued_at": issued.issued_at,
            "expires_at": issued.expires_at,
            "spent": False,
        }
        changed = conn.execute(
            request_codes.update().where(codes.request_id == request_id).values(**fresh)
        ).rowcount
        if changed == 0:
            conn.execute(request_codes.insert().values(request_id=request_id, tries=0, **fresh))

    def verify(
        self, request_id: str, code: str, actor: str = "subject", start: Starter | None = None
    ) -> RequestRecord:
        """Check a one-time code; on success the request is verified (and ``start`` is handed
        its id when it may run now: :meth:`start_when_ready`).

        A request allows :data:`MAX_TRIES` wrong codes in all: each try is counted in the
        store before the code is compared (one atomic UPDATE), a new code keeps the count,
        and the last wrong try closes the request (denied), so a new request must be made.
        """
        request = self.get(request_id)
        if request.state is not State.RECEIVED:
            raise VerificationFailed("this request needs no verification now")
        if request.verification is Channel.STAFF:
            raise VerificationFailed("this request is verified by our privacy team, not by a code")
        now = self.clock()
        with self.engine.begin() as conn:
            stored = self._take_code_try(conn, request.id)
            check = check_code(stored, code, request.id, self._code_key, now)
            self._settle_code_try(conn, request, check, actor, now)
        if check.outcome is CodeResult.WRONG:
            left = check.tries_left
            if left == 0:
                raise VerificationFailed(
                    f"wrong code, and no tries are left: the request is closed; "
                    f"make it again for a new one ({MAX_TRIES} tries in all)"
                )
            raise VerificationFailed(f"wrong code: {left} tries left")
        if check.outcome is CodeResult.EXPIRED:
            raise VerificationFailed("the code has expired: ask for a new code")
        if check.outcome is CodeResult.SPENT:
            raise VerificationFailed("the code can no longer be used: make the request again")
        return self.start_when_ready(self.get(request.id), start)

    def _take_code_try(self, conn: sa.Connection, request_id: str) -> IssuedCode:
        """Count one try of the request's code before it is compared, in one statement.

        ``UPDATE ... SET tries = tries + 1 WHERE ... tries < MAX_TRIES RETURNING``: parallel
        tries are ordered by the database and each sees its own count; the returned code
        carries the count before this try. A spent code (or none) is read as it is."""
        codes = request_codes.c
        taken = (
            conn.execute(
                request_codes.update()
                .where(codes.request_id == request_id, codes.spent.is_(False))
                .where(codes.tries < MAX_TRIES)
                .values(tries=codes.tries + 1)
                .returning(codes.code_hash, codes.issued_at, codes.expires_at, codes.tries)
            )
            .mappings()
            .first()
        )
        if taken is not None:
            return IssuedCode(
                taken["code_hash"],
                aware(taken["issued_at"]),  # type: ignore[arg-type]
                aware(taken["expires_at"]),  # type: ignore[arg-type]
                taken["tries"] - 1,
            )
        row = conn.execute(sa.select(codes.tries).where(codes.request_id == request_id)).first()
        if row is None:
            raise VerificationFailed("no code was issued: ask for a new code")
        return IssuedCode("", datetime.now(UTC), datetime.now(UTC), row.tries, spent=True)

    def _settle_code_try(
        self, conn: sa.Connection, request: RequestRecord, check: Check, actor: str, now: datetime
    ) -> None:
        """Write what one try decided: verified, a wrong try (the last closes the request),
        or an expired code (the try is given back: it compared nothing)."""
        codes = request_codes.c
        where = request_codes.update().where(codes.request_id == request.id)
        if check.outcome is CodeResult.ACCEPTED:
            conn.execute(where.values(spent=True))
            by = {"by": f"{request.verification.value}_code"}
            self._transition(request, Event.VERIFY, actor, {"verified_at": now}, by, conn)
            return
        if check.outcome is CodeResult.EXPIRED:
            conn.execute(where.values(tries=codes.tries - 1))
        self.audit.append(
            actor,
            "request.verification_refused",
            f"request:{request.id}",
            {"outcome": check.outcome.value, "tries_left": check.tries_left},
            conn=conn,
        )
        if check.outcome is CodeResult.WRONG and check.tries_left == 0:
            conn.execute(where.values(spent=True))
            reason = f"the code was typed wrong {MAX_TRIES} times"
            self._transition(request, Event.DENY, "system", {"reason": reason}, None, conn)

    def verify_by_staff(
        self, request_id: str, actor: str, why: str, start: Starter | None = None
    ) -> RequestRecord:
        """Verify a request staff made themselves, for a subject whose identity they hold
        (no code is mailed); the audit event names the staff member and why."""
        if not actor.startswith("staff:"):
            raise RequestError("only a staff member can verify a request without a code")
        request = self.get(request_id)
        with self.engine.begin() as conn:
            conn.execute(request_codes.delete().where(request_codes.c.request_id == request.id))
            self._transition(
                request,
                Event.VERIFY,
                actor,
                {"verified_at": self.clock()},
                {"by": "staff", "why": why[:200]},
                conn,
            )
        return self.start_when_ready(self.get(request.id), start)

    def approve(self, request_id: str, actor: str, start: Starter | None = None) -> RequestRecord:
        request = self.get(request_id)
        approved = self._transition(request, Event.APPROVE, actor, {"approved_at": self.clock()})
        return self.start_when_ready(approved, start)

    def start_when_ready(self, record: RequestRecord, start: Starter | None) -> RequestRecord:
        """The one rule of when a request runs by itself: once it is verified, and approved
        when its kind needs approval, ``start`` is handed its id (the web service runs it
        after the answer is sent; the CLI passes none and runs it on demand)."""
        if start is not None and ready_to_run(
            record.state, approval_required=record.approval_required
        ):
            start(record.id)
        return record

    def deny(self, request_id: str, actor: str, reason: str) -> RequestRecord:
        reason = " ".join(reason.split())
        if not reason:
            raise RequestError("a denial needs a reason")
        request = self.get(request_id)
        denied = self._transition(request, Event.DENY, actor, {"reason": reason[:500]})
        self._tell(
            request,
            f"Your {request.kind} request was declined",
            f"Your {request.kind} request ({request.id}) was declined: {reason[:500]}\n",
        )
        return denied

    def extend(self, request_id: str, actor: str, reason: str) -> RequestRecord:
        """Extend the deadline (GDPR by two months, CCPA by 45 days) and tell the subject why."""
        reason = " ".join(reason.split())
        if not reason:
            raise RequestError("an extension needs a reason the subject is told")
        request = self.get(request_id)
        if request.state in CLOSED_STATES:
            raise RequestError(f"a {request.state.value} request cannot be extended")
        if request.extended_at is not None:
            raise RequestError("the deadline was already extended once")
        now = self.clock()
        deadlines = deadlines_for(request.jurisdiction, request.received_at)
        if now >= deadlines.due:
            raise RequestError("the extension had to be noticed before the first deadline")
        with self.engine.begin() as conn:
            conn.execute(
                subject_requests.update()
                .where(subject_requests.c.id == request.id)
                .values(due_at=deadlines.extended_due, extended_at=now, updated_at=now)
            )
            self.audit.append(
                actor,
                "request.extended",
                f"request:{request.id}",
                {
                    "kind": request.kind,
                    "subject": request.subject_ref,
                    "until": str(deadlines.extended_due),
                },
                conn=conn,
            )
        self._tell(
            request,
            f"Your {request.kind} request: more time needed",
            f"We need more time to answer your {request.kind} request ({request.id}).\n"
            f"Reason: {reason[:500]}\n"
            f"We will answer by {deadlines.extended_due:%d %B %Y}.\n",
        )
        return self.get(request.id)

    # running

    def run(self, request_id: str, actor: str = "worker") -> RequestRecord:
        """Run a verified (and, where needed, approved) request; resume a running one whose
        lease ran out; retry a failed one. Only the runner holding the lease writes the
        outcome (:mod:`troth.requests.lease`); :class:`RequestBusy` when another holds it."""
        owner = new_owner()
        request = self._claim(request_id, owner, actor)
        keep = self._lease_keeper(request.id, owner)
        journal = StoreJournal(self.engine, request.id, keep)
        with Heartbeat(self.engine, request.id, owner, self.lease_length, self.clock):
            try:
                outcome = execute(self, request, journal)
            except ExecutionFailed as exc:
                return self._run_failed(request, owner, actor, exc, journal)
            except LeaseLost:
                raise  # another runner has it: it writes the outcome
            except Exception as exc:
                # A fault, not a datastore failing: staff see it at once (not one retry per
                # lease forever); the journal keeps what was done for their retry.
                stopped = f"stopped by an unexpected error ({type(exc).__name__})"
                so_far = [{"step": k, **v} for k, v in journal.recorded().items()]
                self._run_failed(request, owner, actor, ExecutionFailed(stopped, so_far), journal)
                raise
        partly = outcome.evidence.get("status") == "partial"
        # The archive is stored before the request shows complete: a status page that shows
        # the link must find the archive behind it.
        expires = None
        if outcome.archive is not None:
            expires = self.clock() + self.link_lifetime
            self.archives.put(request.id, outcome.archive, expires)
        values: dict[str, Any] = {
            "evidence": outcome.evidence,
            "reason": "some data could not be erased; see what was kept" if partly else None,
        }
        done = self._transition(
            request,
            Event.FINISH_PARTLY if partly else Event.COMPLETE,
            actor,
            values,
            {"summary": outcome.evidence.get("summary")},
            owner=owner,
        )
        self._tell_complete(done, expires)
        if done.kind == "erasure":
            done = self._forget_identities(done, actor)
        return done

    @property
    def lease_length(self) -> timedelta:
        """How long a runner holds a request without renewing (``TROTH_REQUEST_LEASE_SECONDS``)."""
        return self.lease or timedelta(seconds=self.settings.request_lease_seconds)

    def _lease_keeper(self, request_id: str, owner: str) -> Callable[[sa.Connection], bool]:
        def keep(conn: sa.Connection) -> bool:
            return renew(conn, request_id, owner, self.clock(), self.lease_length)

        return keep

    def _claim(self, request_id: str, owner: str, actor: str) -> RequestRecord:
        """Take the request's lease for ``owner``, in the statement that starts, retries or
        takes it over; :class:`RequestBusy` when another runner holds it."""
        request = self.get(request_id)
        now = self.clock()
        lease = {"lease_owner": owner, "lease_expires_at": now + self.lease_length}
        if request.state is State.RUNNING:
            with self.engine.begin() as conn:
                if not claim_running(conn, request.id, owner, now, self.lease_length):
                    raise RequestBusy()
                self._audit_resumed(conn, request, actor)
            return self.get(request.id)
        try:
            if request.state in (State.FAILED, State.PARTIAL):
                request = self._transition(request, Event.RETRY, actor, {"reason": None, **lease})
                return self._bump_attempts(request, actor)
            # verified or approved; anything else is refused with the lifecycle's reason
            return self._transition(
                request, Event.START, actor, {"started_at": now, "attempts": 1, **lease}
            )
        except TransitionError:
            if self.get(request.id).state is State.RUNNING:
                raise RequestBusy() from None  # another runner started it first
            raise

    def _run_failed(
        self,
        request: RequestRecord,
        owner: str,
        actor: str,
        exc: ExecutionFailed,
        journal: StoreJournal,
    ) -> RequestRecord:
        evidence = {"done": exc.done, "unfinished": journal.unfinished()}
        failed = self._transition(
            request,
            Event.FAIL,
            actor,
            {"reason": exc.reason, "evidence": evidence},
            {"reason": exc.reason},
            owner=owner,
        )
        self._tell(
            request,
            f"Your {request.kind} request could not be completed",
            f"Your {request.kind} request ({request.id}) could not be completed yet. "
            "Our privacy team has been told and will finish it.\n",
        )
        return failed

    def erased_form(self, value: str) -> str:
        """What an erased request keeps of an identity: a keyed digest, never the value."""
        text = value.strip().lower().encode()
        return ERASED_PREFIX + hmac.new(self._erased_key, text, hashlib.sha256).hexdigest()[:40]

    def is_contact(self, request: RequestRecord, email: str) -> bool:
        """True when ``email`` is the address the request was made with (constant time), also
        once the request forgot it (its keyed digest is compared)."""
        stored = request.contact
        given = self.erased_form(email) if stored.startswith(ERASED_PREFIX) else email
        return hmac.compare_digest(stored.strip().lower().encode(), given.strip().lower().encode())

    def _forget_identities(self, request: RequestRecord, actor: str) -> RequestRecord:
        """After an erasure has run and its last message is sent, the request keeps only
        keyed digests of the identities and the contact (enough to look it up by number and
        address), not the values."""
        with self.engine.begin() as conn:
            conn.execute(
                subject_requests.update()
                .where(subject_requests.c.id == request.id)
                .values(
                    identities={k: self.erased_form(v) for k, v in request.identities.items()},
                    contact=self.erased_form(request.contact),
                )
            )
            self.audit.append(
                actor, "request.identities_erased", f"request:{request.id}", {}, conn=conn
            )
        return self.get(request.id)

    def _bump_attempts(self, request: RequestRecord, actor: str) -> RequestRecord:
        with self.engine.begin() as conn:
            conn.execute(
                subject_requests.update()
                .where(subject_requests.c.id == request.id)
                .values(attempts=subject_requests.c.attempts + 1, updated_at=self.clock())
            )
            self._audit_resumed(conn, request, actor)
        return self.get(request.id)

    def _audit_resumed(self, conn: sa.Connection, request: RequestRecord, actor: str) -> None:
        self.audit.append(
            actor,
            "request.resumed",
            f"request:{request.id}",
            {"kind": request.kind, "subject": request.subject_ref},
            conn=conn,
        )

    def runnable(self) -> builtins.list[RequestRecord]:
        """Requests to run now: verified or approved ones, and running ones whose runner's
        lease has run out (killed or cut off)."""
        table = subject_requests.c
        free = sa.or_(table.lease_expires_at.is_(None), table.lease_expires_at <= self.clock())
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(subject_requests)
                .where(
                    sa.or_(
                        sa.and_(table.state == State.RUNNING.value, free),
                        table.state.in_([State.VERIFIED.value, State.APPROVED.value]),
                    )
                )
                .order_by(table.received_at)
            ).mappings()
            found = [RequestRecord.from_row(r) for r in rows]
        return [
            r
            for r in found
            if r.state is State.RUNNING
            or ready_to_run(r.state, approval_required=r.approval_required)
        ]

    def resume(self, actor: str = "worker") -> builtins.list[RequestRecord]:
        """Run every runnable request (after a restart, or from a worker loop); a request
        another runner takes first is left to it."""
        done = []
        for request in self.runnable():
            try:
                done.append(self.run(request.id, actor))
            except (RequestBusy, LeaseLost):
                log.info("request %s: taken by another runner", request.id)
        return done

    def steps(self, request_id: str) -> builtins.list[JournalStep]:
        """The journal of a request's run: each step begun or done, in order."""
        return StoreJournal(self.engine, request_id).steps()

    def plan_text(self, request: RequestRecord) -> str:
        """The plan of a request over the data map today, in words (or why there is none)."""
        try:
            datasets, systems = stored_datasets(self.store)
            changes = (request.details or {}).get("changes") or {}
            plan = plan_request(
                request.kind,
                {k: [v] for k, v in request.identities.items()},
                datasets,
                self.policy,
                correction_target=next(iter(changes), None),
                systems=systems,
            )
            return plan.describe()
        except TrothError as exc:
            return f"no plan: {exc}"

    def history(self) -> builtins.list[RequestRow]:
        """Kind, state and times of every request, for the charts (no identities)."""
        return request_rows(self.engine)

    def _tell_complete(self, request: RequestRecord, expires: datetime | None) -> None:
        """Tell the person the request is done: the archive's link (stored until `expires`)
        for an access request, what was kept and why for the others."""
        if expires is not None:
            token = sign_link(request.id, expires, self._master)
            link = f"{self.public_url.rstrip('/')}/api/v1/requests/archive/{token}"
            self._tell(
                request,
                "Your copy of your data is ready",
                f"Your access request ({request.id}) is complete.\n\n"
                f"Download your data here (the link works until {expires:%d %B %Y, %H:%M} UTC):"
                f"\n{link}\n",
            )
            return
        kept = kept_for_person(request.evidence or {})
        state = "is complete" if request.state is State.COMPLETE else "was carried out in part"
        text = f"Your {request.kind} request ({request.id}) {state}.\n"
        if kept:
            text += "\nWhat we kept, and why:\n" + "".join(f"- {line}\n" for line in kept)
        self._tell(request, f"Your {request.kind} request {state}", text)

    def purge_archives(self, actor: str = "worker") -> int:
        """Delete the access archives past their time (the server does it every hour, and
        ``troth request purge-archives``); audited when any went. How many were deleted."""
        removed = self.archives.remove_expired(self.clock())
        if removed:
            self.audit.append(actor, "request.archives_purged", "archives", {"removed": removed})
        return removed

    @property
    def link_lifetime(self) -> timedelta:
        """How long an archive link opens the archive (``TROTH_ARCHIVE_LINK_HOURS``)."""
        return timedelta(hours=self.settings.archive_link_hours)

    def download_link(self, request_id: str, lifetime: timedelta | None = None) -> str:
        """A fresh signed token for a completed access request's archive."""
        lifetime = lifetime or self.link_lifetime
        request = self.get(request_id)
        if request.kind != "access" or request.state is not State.COMPLETE:
            raise RequestError("only a completed access request has an archive")
        return sign_link(request.id, self.clock() + lifetime, self._master)

    def archive(self, token: str) -> tuple[str, bytes]:
        """The request id and archive a signed token opens (LinkError / ArchiveError else)."""
        request_id = verify_link(token, self._master, self.clock())
        data = self.archives.get(request_id, self.clock())
        target = f"request:{request_id}"
        earlier = sum(1 for _ in self.audit.events("request.archive_downloaded", target))
        # Each download is its own event, numbered, so staff see a link used more than once.
        self.audit.append(
            "subject", "request.archive_downloaded", target, {"download": earlier + 1}
        )
        return request_id, data

    # mail

    def _tell(self, request: RequestRecord, subject: str, text: str) -> None:
        """Send a message on the request's own channel: the identity its code went to.

        A contact that is no identity of the request (a row written before this rule) gets
        nothing; staff see the request in the queue and reach the person another way."""
        channel = message_channel(request.identities, request.contact)
        if channel is Channel.EMAIL:
            send_mail(Mail(to=request.contact, subject=subject, text=text), self.mail_settings)
        elif channel is Channel.SMS and self.sms is not None:
            self.sms.send(Sms(to=request.contact, text=f"{subject}\n{text}"))
        else:
            log.warning("request %s: no channel of its own to send a message on", request.id)


def open_service(settings: Settings | None = None, **kwargs: Any) -> RequestService:
    """The service over the configured store and policy."""
    settings = settings or load_settings()
    policy = policy_in_force(settings.policy_path)
    return RequestService(open_store(settings.database_url), policy, settings, **kwargs)
