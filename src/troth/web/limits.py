"""A limit on the size of every request body (plain ASGI middleware).

A body declared larger than the limit (``Content-Length``) is refused with 413 before a byte
of it is read; a body sent without a length (chunked) is counted as it arrives and refused
the moment it passes the limit. The limit is ``TROTH_MAX_BODY_BYTES`` (256 KiB by default);
the intake guard's ``/api/v1/collect/`` takes records up to its own 1 MB limit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a body passes the limit; answered 413.

    An HTTPException, so the framework's body parsing passes it on instead of turning it
    into a 400."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"the body is larger than {limit} bytes")


def _answer(status: int, message: str) -> tuple[Message, Message]:
    body = json.dumps({"error": message}).encode()
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    }
    return start, {"type": "http.response.body", "body": body}


class BodyLimitMiddleware:
    """Refuse request bodies over ``limit`` bytes (``overrides``: path prefix -> limit)."""

    def __init__(self, app: ASGIApp, limit: int, overrides: Mapping[str, int] | None = None):
        self.app = app
        self.limit = limit
        self.overrides = dict(overrides or {})

    def limit_for(self, path: str) -> int:
        for prefix, limit in self.overrides.items():
            if path.startswith(prefix):
                return limit
        return self.limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await self._refuse(send, 400, "the Content-Length header is not a number")
                return
            if int(declared) > limit:
                await self._refuse(send, 413, f"the body is larger than {limit} bytes")
                return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge as exc:  # raised where no handler answered it
            if not started:
                await self._refuse(send, 413, str(exc.detail))

    @staticmethod
    async def _refuse(send: Send, status: int, message: str) -> None:
        for part in _answer(status, message):
            await send(part)
