"""Signed, expiring download links: ``<request id>.<expiry>.<signature>`` (pure).

The signature is an HMAC-SHA-256 over the request id and the expiry time, so a link cannot be
made for another request nor kept alive past its time. Any failure gives the same message,
which says nothing about whether the request exists.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime

from troth.errors import TrothError
from troth.keys import same_secret

# The lifetime is a setting, TROTH_ARCHIVE_LINK_HOURS (48 hours by default): see
# RequestService.link_lifetime.


class LinkError(TrothError):
    """A download link that is not valid (forged, altered or expired)."""

    status_code = 404


def _sig(request_id: str, expires: int, key: bytes) -> str:
    mac = hmac.new(key, f"archive:{request_id}:{expires}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def sign_link(request_id: str, expires_at: datetime, key: bytes) -> str:
    """The token for a link to ``request_id``'s archive, valid until ``expires_at``."""
    expires = int(expires_at.timestamp())
    return f"{request_id}.{expires}.{_sig(request_id, expires, key)}"


def verify_link(token: str, key: bytes, now: datetime | None = None) -> str:
    """The request id a valid token names; :class:`LinkError` otherwise."""
    now = now or datetime.now(UTC)
    parts = token.split(".")
    if len(parts) != 3 or not (parts[1].isascii() and parts[1].isdigit()):  # int("²") fails
        raise LinkError("the download link is not valid or has expired")
    request_id, expires_raw, sig = parts
    expires = int(expires_raw)
    if not same_secret(_sig(request_id, expires, key), sig):
        raise LinkError("the download link is not valid or has expired")
    if now.timestamp() >= expires:
        raise LinkError("the download link is not valid or has expired")
    return request_id
