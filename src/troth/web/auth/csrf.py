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
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

CSRF_COOKIE = "troth_csrf"
CSRF_FIELD = "csrf_token"


def token_for(key: bytes, cookie_value: str) -> str:
    """The form token for a cookie value (pure)."""
    return hmac.new(key, b"csrf:" + cookie_value.encode(), hashlib.sha256).hexdigest()


def token_matches(key: bytes, cookie_value: str | None, submitted: str | None) -> bool:
    if not cookie_value or not submitted:
        return False
    return hmac.compare_digest(token_for(key, cookie_value), submitted)


def secret_of(request: Request) -> bytes:
    return request.app.state.troth_secret


def csrf_token(request: Request) -> str:
    """The token to put in a form on this page (used by the templates)."""
    return token_for(secret_of(request), request.state.csrf_cookie)


class CsrfCookieMiddleware(BaseHTTPMiddleware):
    """Give every browser its CSRF cookie; remember it on ``request.state`` for the templates."""

    def __init__(self, app, secure: bool = False) -> None:  # noqa: ANN001 - an ASGI app
        super().__init__(app)
        self.secure = secure

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        existing = request.cookies.get(CSRF_COOKIE)
        value = existing if existing and len(existing) <= 64 else secrets.token_urlsafe(24)
        request.state.csrf_cookie = value
        response = await call_next(request)
        if value != existing:
            response.set_cookie(
                CSRF_COOKIE,
                value,
                httponly=True,
                samesite="strict",
                secure=self.secure or request.url.scheme == "https",
                path="/",
            )
        return response


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
