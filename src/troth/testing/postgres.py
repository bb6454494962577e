"""Start a throw-away PostgreSQL cluster on a loopback port.

Used by the test suite and the benchmarks. When the process runs as root the
cluster runs as the ``postgres`` system user, since PostgreSQL refuses root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """PostgreSQL binaries are missing or the server would not start."""


def find_bindir() -> Path:
    """The newest PostgreSQL bin folder on the machine, or ``TROTH_PG_BINDIR``."""
    explicit = os.environ.get("TROTH_PG_BINDIR")
    candidates = [explicit] if explicit else sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    for cand in reversed(candidates):
        if cand and (Path(cand) / "initdb").exists():
            return Path(cand)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and PATH); "
        "install postgresql or set TROTH_PG_BINDIR"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    datadir: Path
    port: int
    user: str = "postgres"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/postgres"

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def stop(self) -> None:
        pg_ctl = str(self.bindir / "pg_ctl")
        _run_as_owner([pg_ctl, "-D", str(self.datadir), "-m", "immediate", "stop"])
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _run_as_owner(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_as_owner(cmd), capture_output=True, text=True, check=False)


def _pg_start(
    bindir: Path, datadir: Path, root: Path, port: int
) -> tuple[subprocess.CompletedProcess[str], str]:
    """``pg_ctl start`` on ``port``; what it returned and the server's log."""
    opts = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    logfile = root / "log"
    start = _run_as_owner(
        [str(bindir / "pg_ctl"), "-D", str(datadir), "-o", opts, "-l", str(logfile)]
        + ["-w", "-t", "60", "start"]
    )
    log = logfile.read_text() if logfile.exists() else start.stderr
    return start, log


def start_postgres(port: int | None = None) -> PostgresServer:
    """Initialise and start a cluster in a temporary folder; trust auth on loopback only."""
    bindir = find_bindir()
    root = Path(tempfile.mkdtemp(prefix="troth-pg-"))
    datadir = root / "data"
    if os.geteuid() == 0:
        os.chmod(root, 0o755)
        shutil.chown(root, "postgres", "postgres")
    chosen, number = port, port or 0
    init = _run_as_owner(
        [
            str(bindir / "initdb"),
            "-D",
            str(datadir),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        ]
    )
    if init.returncode != 0:
        raise PostgresUnavailable(f"initdb failed: {init.stderr.strip().splitlines()[-1:]}")
    # PostgreSQL binds a port number, not a socket it is handed: a port another process took
    # between the choice and the bind is chosen again (three times at most).
    for _ in range(3):
        number = chosen or _free_port()
        start, log = _pg_start(bindir, datadir, root, number)
        if start.returncode == 0 or chosen or "already in use" not in log:
            break
    if start.returncode != 0:
        raise PostgresUnavailable(f"PostgreSQL did not start: {log.strip().splitlines()[-1:]}")
    server = PostgresServer(bindir=bindir, datadir=datadir, port=number)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", number), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise PostgresUnavailable("PostgreSQL started but does not accept connections")
