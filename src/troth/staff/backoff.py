"""Back-off of failed sign-ins, per account and source address.

A lock on the whole account let anyone keep an admin out for good (five posts every
fifteen minutes) and, by its own message, told which accounts exist. Here the failures are
counted per (account name, source address): five from one address lock that address out of
that account for a minute, and each further failure from it doubles the wait, up to an
hour; others signing in to the same account from elsewhere are not held up. The same
counting applies to names that are no account, so a lock says nothing about existence.

Both the name and the address are kept only as SHA-256 digests. Each try is counted before
its password is checked, in one ``UPDATE ... RETURNING``, so parallel tries are counted one
by one and a locked pair is refused without its password being looked at.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from troth.store.tables import staff_sign_in_backoff
from troth.timeutil import aware

FREE_TRIES = 5
FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=1)
LAST_STEP = FREE_TRIES + 7  # from here on every wait is the longest
FORGET_AFTER = timedelta(days=1)  # pairs idle this long, and not locked, are deleted


def account_key(email: str) -> str:
    return hashlib.sha256(b"troth-sign-in-account:" + email.strip().lower().encode()).hexdigest()


def source_key(source: str) -> str:
    return hashlib.sha256(b"troth-sign-in-source:" + source.encode()).hexdigest()


def wait_after(failures: int) -> timedelta | None:
    """How long a pair is locked once it has ``failures`` failures (None: not locked) (pure)."""
    if failures < FREE_TRIES:
        return None
    doublings = min(failures - FREE_TRIES, LAST_STEP - FREE_TRIES)
    return min(FIRST_WAIT * (2**doublings), LONGEST_WAIT)


class SignInBackoff:
    """The back-off table of one store."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def take_try(self, email: str, source: str, now: datetime) -> int | None:
        """Count one try of ``email`` from ``source``; the count with it, or None when locked."""
        account, where = account_key(email), source_key(source)
        self._ensure_row(account, where, now)
        table = staff_sign_in_backoff.c
        count = table.failures + 1
        # Longest wait first: the first step the new count reaches sets the lock.
        steps = [
            (count >= n, now + (wait_after(n) or timedelta(0)))
            for n in reversed(range(FREE_TRIES, LAST_STEP))
        ]
        statement = (
            staff_sign_in_backoff.update()
            .where(
                table.account_key == account,
                table.source_key == where,
                sa.or_(table.locked_until.is_(None), table.locked_until <= now),
            )
            .values(failures=count, locked_until=sa.case(*steps, else_=None), updated_at=now)
            .returning(table.failures)
        )
        with self.engine.begin() as conn:
            return conn.execute(statement).scalar_one_or_none()

    def _ensure_row(self, account: str, where: str, now: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                staff_sign_in_backoff.delete().where(
                    staff_sign_in_backoff.c.updated_at < now - FORGET_AFTER,
                    sa.or_(
                        staff_sign_in_backoff.c.locked_until.is_(None),
                        staff_sign_in_backoff.c.locked_until < now,
                    ),
                )
            )
            exists = conn.execute(
                sa.select(staff_sign_in_backoff.c.failures).where(
                    staff_sign_in_backoff.c.account_key == account,
                    staff_sign_in_backoff.c.source_key == where,
                )
            ).first()
        if exists is None:
            try:
                with self.engine.begin() as conn:
                    conn.execute(
                        staff_sign_in_backoff.insert().values(
                            account_key=account, source_key=where, failures=0, updated_at=now
                        )
                    )
            except IntegrityError:  # a parallel try made it first
                pass

    def succeeded(self, email: str, source: str) -> None:
        """A right password (or code) from ``source`` clears that pair's count."""
        with self.engine.begin() as conn:
            conn.execute(
                staff_sign_in_backoff.delete().where(
                    staff_sign_in_backoff.c.account_key == account_key(email),
                    staff_sign_in_backoff.c.source_key == source_key(source),
                )
            )

    def clear(self, email: str) -> None:
        """Lift every source's back-off on ``email`` (an admin's unlock)."""
        with self.engine.begin() as conn:
            conn.execute(
                staff_sign_in_backoff.delete().where(
                    staff_sign_in_backoff.c.account_key == account_key(email)
                )
            )

    def status(self, email: str, now: datetime) -> tuple[int, datetime | None]:
        """The most failures from one source, and the latest lock still running (or None)."""
        table = staff_sign_in_backoff.c
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(sa.func.max(table.failures), sa.func.max(table.locked_until)).where(
                    table.account_key == account_key(email)
                )
            ).first()
        failures = int(row[0] or 0) if row else 0
        until = aware(row[1]) if row and row[1] else None
        return failures, until if until and until > now else None
