"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, for tests."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from troth.testing.live import held_socket


@dataclass
class _Collector:
    messages: list[EmailMessage] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802, ANN001
        msg = message_from_bytes(
            envelope.original_content or envelope.content, policy=policy.default
        )
        with self.lock:
            self.messages.append(msg)  # type: ignore[arg-type]
        return "250 OK"


class _HeldController(Controller):
    """aiosmtpd's controller serving on a socket bound before it starts (and held by it)."""

    def __init__(self, handler: _Collector, sock: socket.socket) -> None:
        self._socket = sock
        host, port = sock.getsockname()[:2]
        super().__init__(handler, hostname=host, port=port)

    def _create_server(self):  # noqa: ANN202 - what loop.create_server returns
        return self.loop.create_server(self._factory_invoker, sock=self._socket)


class SmtpServer:
    """Start with :meth:`start`; read received mail from :attr:`messages`."""

    def __init__(self) -> None:
        self._collector = _Collector()
        sock = held_socket()
        self.host = "127.0.0.1"
        self.port = int(sock.getsockname()[1])
        self._controller = _HeldController(self._collector, sock)

    def start(self) -> SmtpServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        with self._collector.lock:
            return list(self._collector.messages)

    def clear(self) -> None:
        with self._collector.lock:
            self._collector.messages.clear()

    def env(self) -> dict[str, str]:
        """The environment that points Troth's mail at this server."""
        return {"TROTH_SMTP_HOST": self.host, "TROTH_SMTP_PORT": str(self.port)}
