"""The installation's secret key and the keys derived from it, one per purpose.

Every part that signs, seals or keys something (web sessions and CSRF tokens,
request codes and archive links, consent subject keys and mail links) derives
its own key here with :func:`derive_key`, so no two uses share a key.

The key comes from ``TROTH_SECRET_KEY`` in the environment. Only for the local demo (the
service not served over HTTPS) a key is generated once and kept in ``$TROTH_HOME/secret.key``
(mode 0600); with HTTPS on, a missing key is an error.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from troth.config import Settings
from troth.errors import TrothError

KEY_FILE = "secret.key"


class SecretKeyError(TrothError):
    """The secret key is missing or unusable; the message names the setting."""


def same_secret(expected: str, given: str) -> bool:
    """Constant-time equality of two texts of any characters.

    ``hmac.compare_digest`` refuses a ``str`` holding anything but ASCII (a TypeError, so a
    500 for a forged token typed with other characters); both are compared as UTF-8 bytes.
    """
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))


def _from_text(text: str) -> bytes:
    text = text.strip()
    if len(text) < 32:
        raise SecretKeyError("TROTH_SECRET_KEY must be at least 32 characters long")
    return hashlib.sha256(text.encode("utf-8")).digest()


def load_secret_key(env: dict[str, str] | None = None) -> bytes:
    """The 32-byte master key (from the environment, or the local demo's key file)."""
    env = dict(os.environ if env is None else env)
    if env.get("TROTH_SECRET_KEY"):
        return _from_text(env["TROTH_SECRET_KEY"])
    if env.get("TROTH_HTTPS", "false").lower() in {"1", "true", "yes", "on"}:
        raise SecretKeyError("TROTH_SECRET_KEY is not set (required when served over HTTPS)")
    return _key_file(str(Path(env.get("TROTH_HOME", ".troth")).expanduser() / KEY_FILE))


@lru_cache(maxsize=8)
def _key_file(path_text: str) -> bytes:
    """The local demo's key, written once (mode 0600) and then only read."""
    path = Path(path_text)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process wrote it first
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32))
    return _from_text(path.read_text())


def derive_key(master: bytes, purpose: str) -> bytes:
    """A 32-byte key for one purpose (HKDF-SHA-256), so no two uses share a key."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"troth:{purpose}".encode()
    ).derive(master)


def key_id(key: bytes) -> str:
    """A short public fingerprint of a key, to tell which key sealed something."""
    return hashlib.sha256(b"troth-key-id:" + key).hexdigest()[:16]


def secret_key_for(settings: Settings) -> bytes:
    """The master key for the installation ``settings`` describe (home and HTTPS from them)."""
    env = dict(os.environ)
    env["TROTH_HOME"] = str(settings.home)
    env["TROTH_HTTPS"] = "true" if settings.https else "false"
    return load_secret_key(env)
