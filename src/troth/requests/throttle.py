"""A limit on verification messages per address: at most :data:`MESSAGES_PER_WINDOW` codes (or
"we will check by hand" notices) to one e-mail address or phone number per
:data:`WINDOW`, whoever asks. Anyone may start a request for any address, so without it one
could flood a person's inbox, or try codes for ever by asking for new ones.

Each message is an audit event whose target is a keyed hash of the address (no personal
data). Writing the event takes the audit log's writer lock, and the count is read after it in
the same transaction, so parallel requests cannot all slip under the limit.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from troth.audit import AuditLog, subject_ref
from troth.errors import TrothError
from troth.store.tables import audit_events

MESSAGES_PER_WINDOW = 5
WINDOW = timedelta(hours=1)
ACTION = "request.verification_sent"


class TooManyMessages(TrothError):
    """Too many verification messages went to one address lately (HTTP 429)."""

    status_code = 429

    def __init__(self) -> None:
        super().__init__(
            f"at most {MESSAGES_PER_WINDOW} verification messages go to one address an hour: "
            "try again later"
        )


def address_target(address: str) -> str:
    """The audit target naming an address: a keyed hash, never the address."""
    return "address:" + subject_ref(address).removeprefix("subject:")


def note_message(
    conn: sa.Connection, audit: AuditLog, address: str, request_id: str, kind: str
) -> None:
    """Record one message to ``address`` in ``conn``'s transaction, or raise
    :class:`TooManyMessages` (the caller's transaction then rolls back: nothing is sent)."""
    target = address_target(address)
    audit.append("system", ACTION, target, {"request": request_id, "kind": kind}, conn=conn)
    since = datetime.now(UTC) - WINDOW
    sent = conn.execute(
        sa.select(sa.func.count())
        .select_from(audit_events)
        .where(
            audit_events.c.action == ACTION,
            audit_events.c.target == target,
            audit_events.c.at >= since,
        )
    ).scalar_one()
    if sent > MESSAGES_PER_WINDOW:
        raise TooManyMessages()
