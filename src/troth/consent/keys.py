"""Stable, pseudonymous subject keys and the signing keys of the consent module.

A subject is identified in every consent table by a *subject key*: an HMAC of the
normalised account email (trimmed, lower-cased) under the installation's secret. The
same person always gets the same key, the key reveals nothing without the secret, and
the ledger never repeats the address. The one place the address itself is kept is the
subject register (``consent_subjects.email``), because notices and campaigns must be
mailed; erasing a subject blanks it there and the ledger rows stay as pseudonymous
evidence. Anonymous browsers (the cookie banner, privacy signals) get a random
*browser key* instead.

The keys derive from the installation secret (:mod:`troth.keys`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from functools import lru_cache

from troth.keys import derive_key, installation_secret

SUBJECT_PREFIX = "s_"
BROWSER_PREFIX = "b_"
_KEY_RE = re.compile(r"^(s|b)_[0-9a-f]{32}$")


def derived_key(purpose: str) -> bytes:
    """A key for one purpose (subject keys), derived from the installation secret."""
    return _derived(purpose, installation_secret())


@lru_cache(maxsize=64)
def _derived(purpose: str, master: bytes) -> bytes:
    return derive_key(master, f"consent.{purpose}")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def subject_key(email: str) -> str:
    """The stable pseudonymous key of the subject with that account email."""
    digest = hmac.new(derived_key("subject"), normalise_email(email).encode(), hashlib.sha256)
    return SUBJECT_PREFIX + digest.hexdigest()[:32]


def new_browser_key() -> str:
    return BROWSER_PREFIX + secrets.token_hex(16)


def is_key(text: str) -> bool:
    """True for a subject key or a browser key (and nothing else)."""
    return bool(_KEY_RE.match(text))


def key_of(subject: str) -> str:
    """A subject given as a key stays as it is; an email address becomes its key."""
    return subject if is_key(subject) else subject_key(subject)
