"""Signed, expiring links for mail (unsubscribe, preferences): no login needed, no personal data.

A token is ``<payload>.<signature>``: the payload is base64url JSON holding the action,
the pseudonymous subject key, a purpose or channel and the expiry; the signature is an
HMAC-SHA-256 under a key derived from the installation secret.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from troth.consent.errors import BadLink
from troth.consent.keys import derived_key, is_key
from troth.keys import same_secret

DEFAULT_LIFETIME = 60 * 60 * 24 * 90  # 90 days: a newsletter stays answerable for a season


@dataclass(frozen=True)
class LinkClaims:
    action: str
    subject_key: str
    target: str
    expires: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(payload: str) -> str:
    return _b64(hmac.new(derived_key("link"), payload.encode(), hashlib.sha256).digest())


def sign_link(action: str, subject_key: str, target: str, lifetime: int = DEFAULT_LIFETIME) -> str:
    """A token for ``action`` on ``target`` (a purpose or channel) by that subject."""
    body = {"a": action, "s": subject_key, "t": target, "e": int(time.time()) + lifetime}
    payload = _b64(json.dumps(body, separators=(",", ":")).encode())
    return f"{payload}.{_sign(payload)}"


def verify_link(token: str, action: str, now: float | None = None) -> LinkClaims:
    """The claims of a genuine, unexpired token for ``action``; else :class:`BadLink`."""
    payload, dot, signature = token.partition(".")
    if not dot or not payload or not signature or len(token) > 1000:
        raise BadLink("the link is malformed")
    if not same_secret(_sign(payload), signature):
        raise BadLink("the link's signature is not valid (altered or forged)")
    try:
        body = json.loads(_unb64(payload))
        claims = LinkClaims(str(body["a"]), str(body["s"]), str(body["t"]), int(body["e"]))
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise BadLink("the link is malformed") from None
    if claims.action != action:
        raise BadLink(f"the link is not a {action} link")
    if not is_key(claims.subject_key):
        raise BadLink("the link is malformed")
    if claims.expires < (time.time() if now is None else now):
        raise BadLink("the link has expired")
    return claims
