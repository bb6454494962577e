"""CSRF protection for every form: a signed double-submit token.

Each browser gets a random ``troth_csrf`` cookie (HttpOnly, SameSite=Strict). Forms
carry ``csrf_token`` = HMAC(service key, cookie, staff session cookie). A POST is accepted
only when the field matches the cookies it was derived from, which a page on another site
cannot read or forge. Binding the session in means a token planted from another browser's
session (a cookie set by a sibling host, say) is refused once someone signs in; signing in
or out makes the forms of pages loaded before it stale.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import HTTPException, Request
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from troth.keys import same_secret
from troth.web.auth.sessions import PENDING_COOKIE, SESSION_COOKIE

CSRF_COOKIE = "troth_csrf"
CSRF_FIELD = "csrf_token"


def token_for(key: bytes, cookie_value: str, session: str = "") -> str:
    """The form token for a CSRF cookie value and the session's binding (pure)."""
    message = b"csrf:" + cookie_value.encode() + b"\x00" + session.encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def token_matches(
    key: bytes, cookie_value: str | None, submitted: str | None, session: str = ""
) -> bool:
    if not cookie_value or not submitted:
        return False
    return same_secret(token_for(key, cookie_value, session), submitted)


def session_binding(request: Request) -> str:
    """What ties a form token to the browser's staff session: a digest of its session and
    pending-session cookies ("" when signed out), so the token never holds them.

    A page answering a request that just ended the session sets ``request.state.csrf_session``
    to the binding the browser's next request will have ("")."""
    override = getattr(request.state, "csrf_session", None)
    if override is not None:
        return override
    parts = [request.cookies.get(SESSION_COOKIE, ""), request.cookies.get(PENDING_COOKIE, "")]
    if not any(parts):
        return ""
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def secret_of(request: Request) -> bytes:
    return request.app.state.troth_secret


def csrf_token(request: Request) -> str:
    """The token to put in a form on this page (used by the templates)."""
    return token_for(secret_of(request), request.state.csrf_cookie, session_binding(request))


NO_FORMS = ("/api/", "/static/", "/.well-known/")


def csrf_cookie_header(value: str, secure: bool) -> bytes:
    """The ``Set-Cookie`` value giving a browser its CSRF cookie (pure)."""
    text = f"{CSRF_COOKIE}={value}; HttpOnly; Path=/; SameSite=strict"
    return (text + "; Secure" if secure else text).encode("latin-1")


class CsrfCookieMiddleware:
    """Give every browser its CSRF cookie; remember it on ``request.state`` for the templates.

    Plain ASGI (no task hand-off per request). The JSON API, static files and well-known
    documents render no forms, so they neither need nor set the cookie.
    """

    def __init__(self, app: ASGIApp, secure: bool = False) -> None:
        self.app = app
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(NO_FORMS):
            await self.app(scope, receive, send)
            return
        existing = None
        for name, raw in scope.get("headers", ()):
            if name == b"cookie":
                existing = cookie_parser(raw.decode("latin-1")).get(CSRF_COOKIE) or existing
        value = existing if existing and len(existing) <= 64 else secrets.token_urlsafe(24)
        scope.setdefault("state", {})["csrf_cookie"] = value
        if value == existing:
            await self.app(scope, receive, send)
            return
        cookie = csrf_cookie_header(value, self.secure or scope.get("scheme") == "https")

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", ()), (b"set-cookie", cookie)]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


async def verify_csrf(request: Request) -> None:
    """A dependency for every form POST: refuse it (403) unless its CSRF token is right."""
    form = await request.form()
    submitted = form.get(CSRF_FIELD)
    if not token_matches(
        secret_of(request),
        request.cookies.get(CSRF_COOKIE),
        submitted if isinstance(submitted, str) else None,
        session_binding(request),
    ):
        raise HTTPException(
            status_code=403, detail="the form's security token is missing or stale; reload the page"
        )
