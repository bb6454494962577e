"""Signed, expiring links for mail (unsubscribe, preferences): no login needed, no personal data.

A link's token is made by :func:`troth.keys.sign` under the installation secret: its claims
are the action, the pseudonymous subject key and a purpose or channel; the expiry is the
token's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from troth.consent.errors import BadLink
from troth.consent.keys import is_key
from troth.keys import TokenError, sign, unsign

DEFAULT_LIFETIME = 60 * 60 * 24 * 90  # 90 days: a newsletter stays answerable for a season
PURPOSE = "consent-link"
REASONS = {
    "malformed": "the link is malformed",
    "forged": "the link's signature is not valid (altered or forged)",
    "expired": "the link has expired",
}


@dataclass(frozen=True)
class LinkClaims:
    action: str
    subject_key: str
    target: str


def sign_link(action: str, subject_key: str, target: str, lifetime: int = DEFAULT_LIFETIME) -> str:
    """A token for ``action`` on ``target`` (a purpose or channel) by that subject."""
    return sign(PURPOSE, {"a": action, "s": subject_key, "t": target}, lifetime)


def verify_link(token: str, action: str, now: float | None = None) -> LinkClaims:
    """The claims of a genuine, unexpired token for ``action``; else :class:`BadLink`."""
    try:
        body = unsign(PURPOSE, token, now=now)
    except TokenError as exc:
        raise BadLink(REASONS[exc.reason]) from None
    try:
        claims = LinkClaims(str(body["a"]), str(body["s"]), str(body["t"]))
    except KeyError:
        raise BadLink("the link is malformed") from None
    if claims.action != action:
        raise BadLink(f"the link is not a {action} link")
    if not is_key(claims.subject_key):
        raise BadLink("the link is malformed")
    return claims
