"""The real Troth web service on a loopback port, in a background thread, for tests."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import uvicorn
from fastapi import FastAPI


def free_port() -> int:
    """A loopback port free now, for a server that can only be given a number (PostgreSQL,
    MariaDB): another process may take it before that server binds it. Servers that take a
    socket are given one they hold (:func:`held_socket`)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def held_socket() -> socket.socket:
    """A listening TCP socket on a loopback port the system chose, held until the server
    that is given it closes it: no other process can take the port in between."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


class LiveServer:
    """Serve ``app`` with uvicorn on 127.0.0.1; ``url`` is its base address.

    It serves on ``sock`` (a :func:`held_socket`, whose port the app's settings may name
    already), or on a socket of its own."""

    def __init__(self, app: FastAPI, sock: socket.socket | None = None) -> None:
        self._socket = sock or held_socket()
        self.port = int(self._socket.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = app
        config = uvicorn.Config(app, log_level="warning", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def start(self, timeout: float = 20.0) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError(f"the web service did not start on port {self.port}")

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()
