"""The installation's secret key, the keys derived from it, and the one signed-token format.

Every part that signs, seals or keys something (web sessions and CSRF tokens, request codes
and archive links, consent subject keys and mail links, the TOTP enrolment form, audit
subject references, masked values, the guard's hashes) derives its own key here with
:func:`derive_key`, so no two uses share a key. Every signed token (an archive link, a mail
link, the TOTP enrolment seal) is made by :func:`sign` and read by :func:`unsign`:
``<payload>.<signature>``, the payload base64url JSON of the purpose, the expiry and the
claims, the signature an HMAC-SHA-256 under the purpose's own derived key.

The key comes from ``TROTH_SECRET_KEY`` in the environment. Only for the local demo (the
service not served over HTTPS) a key is generated once and kept in ``$TROTH_HOME/secret.key``
(mode 0600); with HTTPS on, a missing key is an error.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from troth.config import Settings, load_settings, secret_settings
from troth.errors import TrothError

KEY_FILE = "secret.key"


MAX_TOKEN_CHARS = 2_000


class SecretKeyError(TrothError):
    """The secret key is missing or unusable; the message names the setting."""


class TokenError(TrothError):
    """A signed token that is not valid; ``reason`` says how: ``malformed``, ``forged`` (the
    signature does not match: altered, or made for another purpose or key) or ``expired``."""

    status_code = 404

    def __init__(self, reason: str) -> None:
        super().__init__(f"the token is {reason}")
        self.reason = reason


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
    """The 32-byte master key of the settings ``env`` gives (default: the environment)."""
    return secret_key_for(load_settings(env))


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
    """The master key of the installation ``settings`` describe: ``TROTH_SECRET_KEY``, or
    only for the local demo (not served over HTTPS) the key file in its home."""
    if settings.secret_key:
        return _from_text(settings.secret_key)
    if settings.https:
        raise SecretKeyError("TROTH_SECRET_KEY is not set (required when served over HTTPS)")
    return _key_file(str(settings.home / KEY_FILE))


def installation_secret() -> bytes:
    """The master key of the installation the process is configured for (its settings)."""
    settings = secret_settings()
    return _secret_of(settings.secret_key, settings.https, settings.home)


@lru_cache(maxsize=16)
def _secret_of(secret_key: str, https: bool, home: Path) -> bytes:
    return secret_key_for(
        Settings(home, "", "", None, https=https, secret_key=secret_key)  # the key's settings
    )


@lru_cache(maxsize=64)
def _signing_key(master: bytes, purpose: str) -> bytes:
    return derive_key(master, f"sign:{purpose}")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _mac(master: bytes, purpose: str, payload: str) -> str:
    digest = hmac.new(_signing_key(master, purpose), payload.encode(), hashlib.sha256).digest()
    return _b64(digest)


def sign(
    purpose: str,
    claims: dict[str, Any],
    ttl: float,
    *,
    master: bytes | None = None,
    now: float | None = None,
) -> str:
    """A token carrying ``claims`` (JSON values) for ``purpose``, valid ``ttl`` seconds.

    ``master`` defaults to the installation secret; the claims are signed, not hidden."""
    master = installation_secret() if master is None else master
    expires = int((time.time() if now is None else now) + ttl)
    body = {"p": purpose, "e": expires, "c": claims}
    payload = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    return f"{payload}.{_mac(master, purpose, payload)}"


def unsign(
    purpose: str, token: str, *, master: bytes | None = None, now: float | None = None
) -> dict[str, Any]:
    """The claims of a genuine, unexpired token made for ``purpose``; :class:`TokenError`
    otherwise (the signature is checked before anything in the payload is read)."""
    payload, dot, signature = token.partition(".")
    if not dot or not payload or not signature or len(token) > MAX_TOKEN_CHARS:
        raise TokenError("malformed")
    master = installation_secret() if master is None else master
    if not same_secret(_mac(master, purpose, payload), signature):
        raise TokenError("forged")
    try:
        body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        claims, expires = body["c"], int(body["e"])
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise TokenError("malformed") from None
    if body.get("p") != purpose or not isinstance(claims, dict):
        raise TokenError("malformed")
    if (time.time() if now is None else now) >= expires:
        raise TokenError("expired")
    return claims
