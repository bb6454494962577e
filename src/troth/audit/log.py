"""Append-only, hash-chained audit events in the platform's store.

Each event's hash covers its own fields and the previous event's hash, so
editing, deleting or reordering any event breaks the chain from there on, and
:func:`verify_chain` says where. Events never hold personal data: a subject is
named by :func:`subject_ref`, a keyed hash of the identity.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from troth.keys import derive_key, installation_secret
from troth.store.tables import audit_events
from troth.timeutil import aware

AUDIT_PURPOSE = "audit.subject-ref"

GENESIS = "0" * 64
MAX_DETAILS_BYTES = 8_192  # an event's details, as JSON, are cut down to this size
_KEEP_ITEMS = 20  # items of a list (or keys of a mapping) kept when details are cut down
_KEEP_CHARS = 200  # characters of a text kept when details are cut down


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"audit event {self.seq}: {self.reason}"


def _canonical_time(at: datetime) -> str:
    at = aware(at)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(
    seq: int, at: datetime, actor: str, action: str, target: str, details: dict[str, Any], prev: str
) -> str:
    """SHA-256 over the canonical JSON of the event and the previous hash (pure)."""
    body = json.dumps(
        [seq, _canonical_time(at), actor, action, target, details, prev],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _shrunk(value: Any) -> Any:
    """``value`` with its lists and mappings cut to their first items and texts shortened."""
    if isinstance(value, dict):
        kept = {str(k): _shrunk(v) for k, v in list(value.items())[:_KEEP_ITEMS]}
        if len(value) > _KEEP_ITEMS:
            kept["more_keys"] = len(value) - _KEEP_ITEMS
        return kept
    if isinstance(value, list):
        items = [_shrunk(v) for v in value[:_KEEP_ITEMS]]
        if len(value) > _KEEP_ITEMS:
            items.append({"more_items": len(value) - _KEEP_ITEMS})
        return items
    if isinstance(value, str) and len(value) > _KEEP_CHARS:
        return value[:_KEEP_CHARS] + "…"
    return value


def bounded_details(details: dict[str, Any]) -> dict[str, Any]:
    """Details as stored: JSON-ready, and at most :data:`MAX_DETAILS_BYTES` once encoded.

    Larger details keep their first items, with counts of what was left out and the size
    they had (pure), so one request can never write a huge row.
    """
    plain = json.loads(json.dumps(details, sort_keys=True, default=str))
    size = len(json.dumps(plain, ensure_ascii=False).encode("utf-8"))
    if size <= MAX_DETAILS_BYTES:
        return plain
    cut = _shrunk(plain)
    cut["truncated_from_bytes"] = size
    if len(json.dumps(cut, ensure_ascii=False).encode("utf-8")) <= MAX_DETAILS_BYTES:
        return cut
    return {"keys": sorted(plain)[:_KEEP_ITEMS], "truncated_from_bytes": size}


def subject_ref(identity: str, key: bytes | None = None) -> str:
    """A stable pseudonymous reference to a subject for the log (HMAC-SHA-256, 32 hex)."""
    key = key or derive_key(installation_secret(), AUDIT_PURPOSE)
    digest = hmac.new(key, identity.strip().lower().encode("utf-8"), hashlib.sha256)
    return "subject:" + digest.hexdigest()[:32]


def verify_chain(events: Iterable[AuditEvent]) -> list[ChainBreak]:
    """Every place where the chain does not hold (pure; empty when intact)."""
    breaks: list[ChainBreak] = []
    prev = GENESIS
    expected_seq = 1
    for ev in events:
        if ev.seq != expected_seq:
            breaks.append(ChainBreak(ev.seq, f"expected sequence {expected_seq}"))
        if ev.prev_hash != prev:
            breaks.append(ChainBreak(ev.seq, "does not follow the event before it"))
        recomputed = event_hash(
            ev.seq, ev.at, ev.actor, ev.action, ev.target, ev.details, ev.prev_hash
        )
        if recomputed != ev.hash:
            breaks.append(ChainBreak(ev.seq, "was changed after it was written"))
        prev = ev.hash
        expected_seq = ev.seq + 1
    return breaks


class AuditLog:
    """The log over an engine of the platform's store."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def append(
        self,
        actor: str,
        action: str,
        target: str,
        details: dict[str, Any] | None = None,
        conn: sa.Connection | None = None,
    ) -> AuditEvent:
        """Append one event; inside ``conn``'s transaction when given (so it commits with it)."""
        if conn is None:
            with self.engine.begin() as own:
                return self._append(own, actor, action, target, details or {})
        return self._append(conn, actor, action, target, details or {})

    def _append(
        self, conn: sa.Connection, actor: str, action: str, target: str, details: dict[str, Any]
    ) -> AuditEvent:
        if conn.dialect.name == "postgresql":
            # One writer at a time keeps the chain linear across processes.
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(7340128)"))
        elif conn.dialect.name == "sqlite":
            # Take SQLite's write lock before reading the last hash.
            conn.execute(audit_events.update().where(sa.false()).values(actor=audit_events.c.actor))
        last = conn.execute(
            sa.select(audit_events.c.seq, audit_events.c.hash)
            .order_by(audit_events.c.seq.desc())
            .limit(1)
        ).first()
        seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
        at = datetime.now(UTC)
        details = bounded_details(details)
        digest = event_hash(seq, at, actor, action, target, details, prev)
        conn.execute(
            audit_events.insert().values(
                seq=seq,
                at=at,
                actor=actor,
                action=action,
                target=target,
                details=details,
                prev_hash=prev,
                hash=digest,
            )
        )
        return AuditEvent(seq, at, actor, action, target, details, prev, digest)

    def events(
        self, action: str | None = None, target: str | None = None, text: str | None = None
    ) -> Iterator[AuditEvent]:
        """Events in order, optionally only one action, one target, or containing ``text``."""
        query = sa.select(audit_events).order_by(audit_events.c.seq)
        if action:
            query = query.where(audit_events.c.action == action)
        if target:
            query = query.where(audit_events.c.target == target)
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                event = AuditEvent(
                    row["seq"],
                    row["at"],
                    row["actor"],
                    row["action"],
                    row["target"],
                    row["details"],
                    row["prev_hash"],
                    row["hash"],
                )
                if (
                    text
                    and text.lower()
                    not in json.dumps(
                        [event.actor, event.action, event.target, event.details]
                    ).lower()
                ):
                    continue
                yield event

    def verify(self) -> list[ChainBreak]:
        """Check the whole stored chain."""
        return verify_chain(self.events())
