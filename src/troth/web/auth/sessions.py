"""Server-side staff sessions: the cookie holds a random token, the store holds its hash."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from troth.store.tables import staff_sessions
from troth.timeutil import aware

SESSION_COOKIE = "troth_session"
PENDING_COOKIE = "troth_pending"  # a session awaiting its TOTP code
SESSION_LIFETIME = timedelta(hours=8)
PENDING_LIFETIME = timedelta(minutes=5)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class StaffSession:
    staff_id: int
    verified: bool
    expires_at: datetime


class SessionStore:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def start(self, staff_id: int, verified: bool, now: datetime | None = None) -> str:
        """A new session; returns the cookie token. Unverified sessions await a TOTP code."""
        now = now or datetime.now(UTC)
        token = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(staff_sessions.delete().where(staff_sessions.c.expires_at < now))
            conn.execute(
                staff_sessions.insert().values(
                    token_hash=_digest(token),
                    staff_id=staff_id,
                    verified=verified,
                    created_at=now,
                    expires_at=now + (SESSION_LIFETIME if verified else PENDING_LIFETIME),
                )
            )
        return token

    def get(self, token: str | None, now: datetime | None = None) -> StaffSession | None:
        if not token:
            return None
        now = now or datetime.now(UTC)
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    sa.select(staff_sessions).where(staff_sessions.c.token_hash == _digest(token))
                )
                .mappings()
                .first()
            )
        if row is None or aware(row["expires_at"]) <= now:
            return None
        return StaffSession(row["staff_id"], row["verified"], aware(row["expires_at"]))

    def end(self, token: str | None) -> None:
        if token:
            with self.engine.begin() as conn:
                conn.execute(
                    staff_sessions.delete().where(staff_sessions.c.token_hash == _digest(token))
                )
