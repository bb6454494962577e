"""Staff passwords: argon2id hashes and the strength rule (pure apart from hashing cost)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from troth.errors import TrothError
from troth.promises import keeps

MIN_LENGTH = 12
MIN_SCORE = 3

# argon2id with the library's RFC 9106 "low memory" profile: 64 MiB, 3 passes.
_hasher = PasswordHasher()


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
    """An argon2id hash in PHC string form."""
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when ``password`` matches ``stored_hash``."""
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


# Verifying against this keeps the time of a sign-in with an unknown address like a known one.
DUMMY_HASH = _hasher.hash("troth-no-such-account-password")
