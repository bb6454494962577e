"""One-time codes that prove a requester controls the email address they gave.

A code has :data:`CODE_DIGITS` digits, lives :data:`CODE_LIFETIME`, and allows
:data:`MAX_TRIES` wrong tries; then it is spent and a new one must be asked for. Only an
HMAC of the code (keyed, bound to the request) is stored. The decision is pure.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

CODE_DIGITS = 8
CODE_LIFETIME = timedelta(minutes=15)
MAX_TRIES = 5


class CodeResult(StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    EXPIRED = "expired"
    SPENT = "spent"


@dataclass(frozen=True)
class IssuedCode:
    """What is stored about a code: never the code itself."""

    code_hash: str
    issued_at: datetime
    expires_at: datetime
    tries: int = 0
    spent: bool = False


@dataclass(frozen=True)
class Check:
    outcome: CodeResult
    code: IssuedCode  # the stored state after this try

    @property
    def tries_left(self) -> int:
        return 0 if self.code.spent else max(0, MAX_TRIES - self.code.tries)


def new_code(digits: int = CODE_DIGITS) -> str:
    """A uniformly random decimal code, leading zeros kept."""
    if digits < 6:
        raise ValueError("a one-time code needs at least 6 digits")
    return f"{secrets.randbelow(10**digits):0{digits}d}"


def hash_code(code: str, request_id: str, key: bytes) -> str:
    """HMAC-SHA-256 of the code bound to its request (hex)."""
    return hmac.new(key, f"{request_id}:{code}".encode(), hashlib.sha256).hexdigest()


def issue(code: str, request_id: str, key: bytes, now: datetime) -> IssuedCode:
    return IssuedCode(hash_code(code, request_id, key), now, now + CODE_LIFETIME)


def check_code(stored: IssuedCode, given: str, request_id: str, key: bytes, now: datetime) -> Check:
    """Decide one try (pure): accepted, wrong, expired, or spent (used, or out of tries)."""
    if stored.spent or stored.tries >= MAX_TRIES:
        return Check(CodeResult.SPENT, replace(stored, spent=True))
    if now >= stored.expires_at:
        return Check(CodeResult.EXPIRED, stored)
    given = given.strip()
    if hmac.compare_digest(hash_code(given, request_id, key), stored.code_hash):
        return Check(CodeResult.ACCEPTED, replace(stored, spent=True))
    tries = stored.tries + 1
    return Check(CodeResult.WRONG, replace(stored, tries=tries, spent=tries >= MAX_TRIES))
