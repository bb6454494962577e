"""Access archives kept encrypted at rest (AES-256-GCM) in the platform's store.

Each archive gets a fresh 96-bit nonce; the request id is the associated data, so a
ciphertext moved to another request does not decrypt. The key is derived from the platform's
secret key for this purpose only; its fingerprint is stored beside the ciphertext so that a
changed key gives a clear error rather than garbage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from troth.errors import TrothError
from troth.keys import derive_key, key_id
from troth.store.tables import request_archives
from troth.timeutil import aware


class ArchiveError(TrothError):
    """The archive is missing, expired, or cannot be decrypted with the key in use."""

    status_code = 404


@dataclass(frozen=True)
class Sealed:
    key_id: str
    nonce: bytes
    ciphertext: bytes


def seal(data: bytes, request_id: str, key: bytes) -> Sealed:
    """Encrypt ``data`` for ``request_id`` (pure apart from the random nonce)."""
    nonce = os.urandom(12)
    return Sealed(key_id(key), nonce, AESGCM(key).encrypt(nonce, data, request_id.encode()))


def unseal(sealed: Sealed, request_id: str, key: bytes) -> bytes:
    if sealed.key_id != key_id(key):
        raise ArchiveError("the archive was sealed with another secret key (TROTH_SECRET_KEY)")
    try:
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, request_id.encode())
    except InvalidTag:
        raise ArchiveError("the archive does not decrypt: it was altered") from None


class ArchiveStore:
    """Encrypted archives by request id, over an engine of the platform's store."""

    def __init__(self, engine: sa.Engine, master_key: bytes) -> None:
        self.engine = engine
        self.key = derive_key(master_key, "archive")

    def put(self, request_id: str, data: bytes, expires_at: datetime) -> None:
        sealed = seal(data, request_id, self.key)
        values = {
            "key_id": sealed.key_id,
            "nonce": sealed.nonce,
            "ciphertext": sealed.ciphertext,
            "size": len(data),
            "created_at": datetime.now(UTC),
            "expires_at": expires_at,
        }
        with self.engine.begin() as conn:
            conn.execute(
                request_archives.delete().where(request_archives.c.request_id == request_id)
            )
            conn.execute(request_archives.insert().values(request_id=request_id, **values))

    def get(self, request_id: str, now: datetime | None = None) -> bytes:
        now = now or datetime.now(UTC)
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    sa.select(request_archives).where(request_archives.c.request_id == request_id)
                )
                .mappings()
                .first()
            )
        if row is None:
            raise ArchiveError("no archive is available for this request")
        expires = aware(row["expires_at"])
        if now >= expires:
            raise ArchiveError("the archive has expired; ask for a new copy")
        sealed = Sealed(row["key_id"], bytes(row["nonce"]), bytes(row["ciphertext"]))
        return unseal(sealed, request_id, self.key)

    def remove_expired(self, now: datetime | None = None) -> int:
        """Delete archives past their time; how many were deleted."""
        now = now or datetime.now(UTC)
        with self.engine.begin() as conn:
            return conn.execute(
                request_archives.delete().where(request_archives.c.expires_at <= now)
            ).rowcount
