"""Security headers on every response; HSTS only when served over HTTPS."""

from __future__ import annotations

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp

from troth.promises import keeps

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# The OpenAPI page loads its viewer from a CDN by default; it is served with its own policy.
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    "https://fastapi.tiangolo.com; frame-ancestors 'none'"
)
HSTS = "max-age=63072000; includeSubDomains"


def is_https(request: Request) -> bool:
    """Whether the client reached us over HTTPS (directly or through a proxy we were told of)."""
    return request.url.scheme == "https"


@keeps("Sec8")
def security_headers(path: str, https: bool) -> dict[str, str]:
    """The headers every response carries (pure, so it can be tested without a server)."""
    headers = {
        "Content-Security-Policy": (
            DOCS_CONTENT_SECURITY_POLICY if path in {"/docs", "/redoc"} else CONTENT_SECURITY_POLICY
        ),
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }
    if https:
        headers["Strict-Transport-Security"] = HSTS
    return headers


class SecurityHeadersMiddleware(BaseHTTPMiddleware):
    def __init__(self, app: ASGIApp, force_https: bool = False) -> None:
        super().__init__(app)
        self.force_https = force_https

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        https = self.force_https or is_https(request)
        for name, value in security_headers(request.url.path, https).items():
            response.headers.setdefault(name, value)
        return response
