"""Security headers on every response; HSTS only when served over HTTPS."""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from troth.promises import keeps

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HSTS = "max-age=63072000; includeSubDomains"


def is_https(request: Request) -> bool:
    """Whether the client reached us over HTTPS (directly or through a proxy we were told of)."""
    return request.url.scheme == "https"


@keeps("Sec8")
def security_headers(path: str, https: bool) -> dict[str, str]:
    """The headers every response carries (pure, so it can be tested without a server)."""
    headers = {
        # The same policy everywhere, the OpenAPI page included (its viewer is served here).
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }
    if https:
        headers["Strict-Transport-Security"] = HSTS
    return headers


def _encoded(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    return [
        (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()
    ]


class SecurityHeadersMiddleware:
    """Adds :func:`security_headers` to every HTTP response (plain ASGI: no task hand-off).

    The two possible header sets (HTTPS or not) are encoded once; a header the endpoint set
    itself is left as it is.
    """

    def __init__(self, app: ASGIApp, force_https: bool = False) -> None:
        self.app = app
        self.force_https = force_https
        self._sets = {https: _encoded(security_headers("/", https)) for https in (False, True)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        https = self.force_https or scope.get("scheme") == "https"
        extra = self._sets[https]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in extra if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
