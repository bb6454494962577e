"""Staff passwords: argon2id hashes and the strength rule (pure apart from hashing cost).

Each argon2 computation takes 64 MiB and a core for a few tens of milliseconds, so they run
through a small pool: at most :data:`HASH_SLOTS` at once in the process (one per core, at
most four). Further sign-ins wait their turn holding none of that memory, and one that waits
longer than :data:`SLOT_WAIT` seconds is refused (:class:`PasswordsBusy`). A sign-in to an
unknown account checks its password against one dummy hash (:func:`verify_nothing`), in the
same pool, so it costs the same time as a real one and no more memory.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from troth.errors import TrothError
from troth.promises import keeps

MIN_LENGTH = 12
MIN_SCORE = 3

# argon2id with the library's RFC 9106 "low memory" profile: 64 MiB, 3 passes.
_hasher = PasswordHasher()

HASH_SLOTS = max(1, min(4, os.cpu_count() or 1))
SLOT_WAIT = 10.0  # seconds a sign-in waits for a free slot before it is refused
_slots = threading.BoundedSemaphore(HASH_SLOTS)


class PasswordsBusy(TrothError):
    """Every hashing slot stayed busy too long (a flood of sign-ins); try again shortly."""


@contextmanager
def hash_slot() -> Iterator[None]:
    """Hold one of the :data:`HASH_SLOTS` slots for one argon2 computation."""
    if not _slots.acquire(timeout=SLOT_WAIT):
        raise PasswordsBusy("too many sign-ins at once; wait a moment and try again")
    try:
        yield
    finally:
        _slots.release()


class WeakPassword(TrothError):
    """The password does not meet the strength rule; the message says why (never the password)."""


@keeps("Sec3")
def check_strength(password: str, context: tuple[str, ...] = ()) -> None:
    """Raise :class:`WeakPassword` unless ``password`` is long enough and scores 3+ in zxcvbn.

    ``context`` holds words an attacker would try first (the e-mail address, the product name).
    """
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"the password must have at least {MIN_LENGTH} characters")
    from zxcvbn import zxcvbn

    result = zxcvbn(password[:100], user_inputs=[w for w in context if w])
    if result["score"] < MIN_SCORE:
        hint = (result.get("feedback") or {}).get("warning") or "it is too easy to guess"
        raise WeakPassword(
            f"the password is too weak (strength {result['score']} of 4, at least {MIN_SCORE} "
            f"needed): {hint.rstrip('.')}"
        )


@keeps("Sec3")
def hash_password(password: str) -> str:
    """An argon2id hash in PHC string form (in the pool)."""
    with hash_slot():
        return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when ``password`` matches ``stored_hash`` (checked in the pool)."""
    with hash_slot():
        try:
            return _hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


@cache
def _dummy_hash() -> str:
    """One hash made once per process: the stand-in for accounts that do not exist."""
    return hash_password("troth-no-such-account-password")


def verify_nothing(password: str) -> None:
    """Spend the time of a real check, in the same pool, when there is no account to check
    against (an unknown or disabled address): the answer's timing tells nothing."""
    verify_password(_dummy_hash(), password)


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
