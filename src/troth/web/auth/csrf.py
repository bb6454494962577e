"""CSRF protection for every form: a signed double-submit token.

Each browser gets a random ``troth_csrf`` cookie (HttpOnly, SameSite=Strict). Forms
carry ``csrf_token`` = HMAC(service key, cookie). A POST is accepted only when the
field matches the cookie it was derived from, which a page on another site cannot
read or forge.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import HTTPException, Request
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from troth.keys import same_secret

CSRF_COOKIE = "troth_csrf"
CSRF_FIELD = "csrf_token"


def token_for(key: bytes, cookie_value: str) -> str:
    """The form token for a cookie value (pure)."""
    return hmac.new(key, b"csrf:" + cookie_value.encode(), hashlib.sha256).hexdigest()


def token_matches(key: bytes, cookie_value: str | None, submitted: str | None) -> bool:
    if not cookie_value or not submitted:
        return False
    return same_secret(token_for(key, cookie_value), submitted)


def secret_of(request: Request) -> bytes:
    return request.app.state.troth_secret


def csrf_token(request: Request) -> str:
    """The token to put in a form on this page (used by the templates)."""
    return token_for(secret_of(request), request.state.csrf_cookie)


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
    ):
        raise HTTPException(
            status_code=403, detail="the form's security token is missing or stale; reload the page"
        )
