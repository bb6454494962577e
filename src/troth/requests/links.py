"""Signed, expiring download links for access archives (:func:`troth.keys.sign`).

The token carries the request id and the expiry under the installation's signing key for
archive links, so a link cannot be made for another request nor kept alive past its time.
Any failure gives the same message, which says nothing about whether the request exists.
"""

from __future__ import annotations

from datetime import UTC, datetime

from troth.errors import TrothError
from troth.keys import TokenError, sign, unsign

# The lifetime is a setting, TROTH_ARCHIVE_LINK_HOURS (48 hours by default): see
# RequestService.link_lifetime.
PURPOSE = "archive-link"


class LinkError(TrothError):
    """A download link that is not valid (forged, altered or expired)."""

    status_code = 404


def sign_link(request_id: str, expires_at: datetime, master: bytes) -> str:
    """The token for a link to ``request_id``'s archive, valid until ``expires_at``."""
    expires = int(expires_at.timestamp())
    # an absolute expiry: the time to live counted from the epoch
    return sign(PURPOSE, {"r": request_id}, ttl=expires, master=master, now=0)


def verify_link(token: str, master: bytes, now: datetime | None = None) -> str:
    """The request id a valid token names; :class:`LinkError` otherwise."""
    moment = (now or datetime.now(UTC)).timestamp()
    try:
        claims = unsign(PURPOSE, token, master=master, now=moment)
    except TokenError:
        raise LinkError("the download link is not valid or has expired") from None
    request_id = claims.get("r")
    if not isinstance(request_id, str):
        raise LinkError("the download link is not valid or has expired")
    return request_id
