"""Stable, pseudonymous subject keys and the signing keys of the consent module.

A subject is identified in every consent table by a *subject key*: an HMAC of the
normalised account email (trimmed, lower-cased) under the installation's secret. The
same person always gets the same key, the key reveals nothing without the secret, and
the ledger never repeats the address. The one place the address itself is kept is the
subject register (``consent_subjects.email``), because notices and campaigns must be
mailed; erasing a subject blanks it there and the ledger rows stay as pseudonymous
evidence. Anonymous browsers (the cookie banner, privacy signals) get a random
*browser key* instead.

The secret is ``TROTH_SECRET_KEY`` or, for a local install, a random key written once
to ``$TROTH_HOME/secret.key`` (mode 0600).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from functools import lru_cache
from pathlib import Path

SUBJECT_PREFIX = "s_"
BROWSER_PREFIX = "b_"
_KEY_RE = re.compile(r"^(s|b)_[0-9a-f]{32}$")


def _home() -> Path:
    return Path(os.environ.get("TROTH_HOME", ".troth")).expanduser()


def master_secret() -> bytes:
    """The installation's secret (environment first, else the local key file)."""
    from_env = os.environ.get("TROTH_SECRET_KEY")
    if from_env:
        return from_env.encode()
    return _file_secret(str(_home() / "secret.key"))


@lru_cache(maxsize=8)
def _file_secret(path_text: str) -> bytes:
    path = Path(path_text)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def derived_key(purpose: str) -> bytes:
    """A key for one purpose (subject keys, links), derived from the master secret."""
    return hmac.new(master_secret(), b"troth.consent." + purpose.encode(), hashlib.sha256).digest()


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
