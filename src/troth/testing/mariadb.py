"""Start a throw-away MariaDB server on a loopback port (Debian's ``mariadb-server``).

Used by the test suite and benchmarks. The server runs as the ``mysql`` system user on a
temporary data folder; root may log in over TCP without a password (loopback only).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class MariadbUnavailable(RuntimeError):
    """MariaDB binaries are missing or the server would not start."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _binary(*names: str) -> str:
    for name in names:
        found = shutil.which(name) or (
            f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists() else None
        )
        if found:
            return found
    raise MariadbUnavailable(f"none of {', '.join(names)} found; install mariadb-server")


@dataclass
class MariadbServer:
    root: Path
    port: int
    process: subprocess.Popen[bytes]

    def url_for(self, database: str) -> str:
        return f"mysql+pymysql://root@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        """Run a script of statements (as root)."""
        import pymysql

        conn = pymysql.connect(
            host="127.0.0.1",
            port=self.port,
            user="root",
            autocommit=True,
            client_flag=pymysql.constants.CLIENT.MULTI_STATEMENTS,
        )
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                while cur.nextset():
                    pass
        finally:
            conn.close()

    def query_one(self, sql: str) -> object:
        """The first column of the first row of one query (as root)."""
        import pymysql

        conn = pymysql.connect(
            host="127.0.0.1", port=self.port, user="root", connect_timeout=2, read_timeout=5
        )
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                row = cur.fetchone()
                return None if row is None else row[0]
        finally:
            conn.close()

    def create_database(self, name: str) -> str:
        self.execute(f"DROP DATABASE IF EXISTS `{name}`; CREATE DATABASE `{name}`")
        return self.url_for(name)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)


def _initialise(root: Path, user: list[str]) -> Path:
    """A fresh data folder under ``root``."""
    datadir = root / "data"
    init = subprocess.run(
        [
            _binary("mariadb-install-db", "mysql_install_db"),
            "--no-defaults",
            f"--datadir={datadir}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            *user,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        raise MariadbUnavailable(
            f"mariadb-install-db failed: {init.stderr.strip().splitlines()[-1:]}"
        )
    return datadir


def _launch(root: Path, datadir: Path, port: int, user: list[str]) -> MariadbServer:
    """Start ``mariadbd`` on ``port``; the server once it answers as the server of ``root``.

    Raises :class:`PortTaken` when another process holds the port."""
    log = root / "log"
    process = subprocess.Popen(
        [
            _binary("mariadbd", "mysqld"),
            "--no-defaults",
            f"--datadir={datadir}",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            f"--socket={root / 'sock'}",
            f"--pid-file={root / 'pid'}",
            "--innodb-flush-log-at-trx-commit=0",
            "--skip-log-bin",
            *user,
        ],
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    started = MariadbServer(root, port, process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = log.read_text(errors="replace")
            if "already in use" in text or "Bind on TCP/IP port" in text:
                raise PortTaken(port)
            raise MariadbUnavailable("MariaDB exited at start: see " + str(log))
        try:
            answer = started.query_one("SELECT @@datadir")
        except Exception:  # noqa: BLE001 - not accepting connections yet
            time.sleep(0.2)
            continue
        # a server that answers with another data folder is someone else's on this port
        if Path(str(answer)).resolve() != datadir.resolve():
            process.terminate()
            process.wait(timeout=30)
            raise PortTaken(port)
        return started
    process.terminate()
    raise MariadbUnavailable("MariaDB started but does not accept connections")


class PortTaken(Exception):
    """Another process took the chosen port between its choice and the server's bind."""


def start_mariadb(port: int | None = None) -> MariadbServer:
    """Initialise a data folder and start ``mariadbd`` on 127.0.0.1.

    MariaDB binds a port number, not a socket it is handed: a port another process took
    between the choice and the bind is chosen again (three times at most)."""
    root = Path(tempfile.mkdtemp(prefix="troth-mariadb-"))
    as_root = os.geteuid() == 0
    if as_root:
        os.chmod(root, 0o755)
        shutil.chown(root, "mysql", "mysql")
    user = ["--user=mysql"] if as_root else []
    try:
        datadir = _initialise(root, user)
        for attempt in range(3):
            try:
                return _launch(root, datadir, port or _free_port(), user)
            except PortTaken:
                if port or attempt == 2:
                    raise MariadbUnavailable("no free loopback port for MariaDB") from None
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    raise MariadbUnavailable("no free loopback port for MariaDB")  # pragma: no cover
