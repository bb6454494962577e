"""Cross-site request refusal for the whole service (plain ASGI middleware).

SameSite cookies alone are the browser's promise, not the server's check. Every
state-changing request (POST, PUT, PATCH, DELETE) that carries a staff session cookie must
come from the service's own pages:

- ``Sec-Fetch-Site``, when the browser sends it, must be ``same-origin`` (or ``none``: typed
  by the person themselves);
- ``Origin``, when sent, must be the public URL's origin or the origin the request itself
  was addressed to (its Host has already been checked against the allowed hosts); ``null``
  (what browsers send under ``Referrer-Policy: no-referrer``) passes only with
  ``Sec-Fetch-Site: same-origin``.

A request with a bearer token and no cookie is another service calling the API, not a
browser, and is not checked. Independently of cookies, a JSON route (anything under
``/api/``) that is sent a body must say ``Content-Type: application/json`` (415 otherwise):
a page on another site cannot send that without a CORS preflight, which the service never
grants.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from troth.web.auth.sessions import PENDING_COOKIE, SESSION_COOKIE

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SESSION_COOKIES = (SESSION_COOKIE, PENDING_COOKIE)
TRUSTED_FETCH_SITES = frozenset({"same-origin", "none"})
JSON_PREFIX = "/api/"


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL, lower-cased, default ports left out (pure)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(scheme)
    try:
        port = parts.port
    except ValueError:
        return ""
    return f"{scheme}://{host}" if port in (None, default) else f"{scheme}://{host}:{port}"


def is_json_type(content_type: str) -> bool:
    """``application/json`` or a ``+json`` type, any parameters (charset) aside (pure)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind == "application/json" or (
        kind.startswith("application/") and kind.endswith("+json")
    )


def cross_site_reason(headers: dict[bytes, bytes], own_origins: set[str]) -> str | None:
    """Why a cookie-carrying state-changing request is refused as cross-site, or None (pure)."""
    site = headers.get(b"sec-fetch-site", b"").decode("latin-1").strip().lower()
    if site and site not in TRUSTED_FETCH_SITES:
        return f"cross-site request refused: Sec-Fetch-Site is {site[:20]}"
    raw = headers.get(b"origin")
    if raw is None:
        return None
    origin = raw.decode("latin-1").strip()
    # Under the service's "Referrer-Policy: no-referrer" browsers send "Origin: null" even
    # on their own forms; then Sec-Fetch-Site, which no page can set, must say same-origin.
    if origin == "null":
        if site == "same-origin":
            return None
        return "cross-site request refused: the Origin is not this service"
    if origin_of(origin) not in own_origins:
        return "cross-site request refused: the Origin is not this service"
    return None


def _has_session_cookie(headers: dict[bytes, bytes]) -> bool:
    raw = headers.get(b"cookie")
    if not raw:
        return False
    cookies = cookie_parser(raw.decode("latin-1"))
    return any(cookies.get(name) for name in SESSION_COOKIES)


def _has_body(headers: dict[bytes, bytes]) -> bool:
    length = headers.get(b"content-length")
    return b"transfer-encoding" in headers or (length is not None and length.strip() != b"0")


class CrossSiteMiddleware:
    """Refuse cross-site state-changing requests that carry a session (403), and bodies of
    another type than JSON on the JSON API (415), each with a one-line reason."""

    def __init__(self, app: ASGIApp, public_url: str) -> None:
        self.app = app
        self.public_origin = origin_of(public_url)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in STATE_CHANGING:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        refusal = self._refusal(scope, headers)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, reason = refusal
        body = json.dumps({"error": reason}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def _refusal(self, scope: Scope, headers: dict[bytes, bytes]) -> tuple[int, str] | None:
        if _has_session_cookie(headers):
            host = headers.get(b"host", b"").decode("latin-1")
            own = {self.public_origin, origin_of(f"{scope.get('scheme', 'http')}://{host}")}
            reason = cross_site_reason(headers, own - {""})
            if reason:
                return 403, reason
        if scope["path"].startswith(JSON_PREFIX) and _has_body(headers):
            kind = headers.get(b"content-type", b"").decode("latin-1")
            if not is_json_type(kind):
                return 415, "this route takes JSON: send Content-Type: application/json"
        return None
