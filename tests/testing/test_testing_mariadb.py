"""The throw-away MariaDB server: it starts, answers as itself, and never takes over a port
another process holds."""

from __future__ import annotations

import socket

import pytest

from troth.testing.mariadb import MariadbUnavailable, start_mariadb


def test_a_port_someone_else_holds_is_refused_not_shared() -> None:
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        try:
            server = start_mariadb(port)
        except MariadbUnavailable as exc:
            assert "no free loopback port" in str(exc)
        else:  # pragma: no cover - the point of the test
            server.stop()
            pytest.fail("MariaDB started on a port another process holds")


def test_the_server_started_answers_from_its_own_data_folder(mariadb_server) -> None:  # type: ignore[no-untyped-def]
    answer = str(mariadb_server.query_one("SELECT @@datadir")).rstrip("/")
    assert answer.endswith("/data") and str(mariadb_server.root) in answer
