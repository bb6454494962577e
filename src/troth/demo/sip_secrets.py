"""Encryption of the Wave app's SIP credentials (AES-256-GCM).

The demo company never stores a SIP password in plaintext: the user name and
password are sealed together, with the account id as associated data so a
ciphertext cannot be moved to another account. The key comes from the
``TROTH_DEMO_KEY`` environment variable (32 bytes, base64 or hex) or, for a
throw-away demo, is derived (:func:`troth.keys.derive_key`) from the build seed: the one
built-in key of Troth, and only for the local demo company.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from troth.config import load_settings
from troth.errors import TrothError
from troth.keys import derive_key

KEY_ENV = "TROTH_DEMO_KEY"


class DemoKeyError(TrothError):
    """The demo encryption key is not usable."""


def _decode_key(text: str) -> bytes:
    text = text.strip()
    candidates = []
    try:
        candidates.append(bytes.fromhex(text))
    except ValueError:
        pass
    try:
        candidates.append(base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_"))
    except (binascii.Error, ValueError):
        pass
    for key in candidates:
        if len(key) == 32:
            return key
    raise DemoKeyError(f"{KEY_ENV} must be 32 bytes written as 64 hex digits or base64")


def demo_key(seed: int, env: dict[str, str] | None = None) -> bytes:
    """The AES-256 key: ``TROTH_DEMO_KEY`` when set (in ``env``, default: the process's
    settings), else one derived from the seed."""
    configured = load_settings(env).demo_key
    if configured:
        return _decode_key(configured)
    seed_key = hashlib.sha256(f"troth-demo:{seed}".encode()).digest()
    return derive_key(seed_key, "demo.sip-credentials")


def key_id(key: bytes) -> str:
    """A short public name of a key (never the key itself), stored beside each ciphertext."""
    return hashlib.sha256(b"key-id:" + key).hexdigest()[:16]


def sip_credential_aad(account_id: int) -> bytes:
    """The associated data that binds a sealed credential to its account."""
    return f"wave_sip_accounts:{account_id}".encode()


def open_sip_credential(
    key: bytes, nonce: bytes, ciphertext: bytes, account_id: int
) -> dict[str, str]:
    """Decrypt one stored SIP credential (raises ``InvalidTag`` on a wrong key or account)."""
    plaintext = AESGCM(key).decrypt(nonce, ciphertext, sip_credential_aad(account_id))
    return dict(json.loads(plaintext))
