"""The access log of ``troth serve``: one line a request, with no personal data.

A line is the method, the route as declared (``/privacy/preferences/manage/{token}``, never
the token, the query string or the client's address), the status and the time taken:
``GET /privacy/requests/status 200 4 ms``. A path that matches no route is logged as
``(no route)``, since what was typed there may be anything.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

logger = logging.getLogger("troth.access")


def route_of(scope: Scope) -> str:
    """The declared path of the route that answered, or ``(no route)``."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if not isinstance(path, str):
        return "(no route)"
    if getattr(route, "app", None) is not None and not hasattr(route, "endpoint"):
        return path.rstrip("/") + "/…"  # a mounted app (the static files)
    return path or "/"


def access_line(method: str, route: str, status: int, seconds: float) -> str:
    return f"{method} {route} {status} {seconds * 1000:.0f} ms"


class AccessLog:
    """ASGI middleware writing :func:`access_line` for every HTTP request to ``troth.access``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def __getattr__(self, name: str) -> Any:  # app.state and the like stay reachable
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def noting(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, noting)
        finally:
            line = access_line(
                scope["method"], route_of(scope), status, time.perf_counter() - start
            )
            logger.info(line)


def to_stderr() -> None:
    """Write the access log to stderr, a line a request after the time (once a process)."""
    if logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%d %H:%M:%S"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def logged_app() -> AccessLog:
    """The app of the settings in force behind its access log (``troth serve --workers N``)."""
    from troth.config import load_settings
    from troth.web.app import create_app

    to_stderr()
    return AccessLog(create_app(load_settings()))
