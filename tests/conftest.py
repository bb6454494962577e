"""Fixtures shared by the whole suite: real servers, started by the tests themselves."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

# Keepers (``@keeps``) note their calls in this test run, so that a test marked
# ``proves(..., via=KEEPER)`` fails when it never calls KEEPER. Set before Troth is imported.
os.environ["TROTH_RECORD_KEEPERS"] = "1"

import pytest  # noqa: E402

from troth import promises  # noqa: E402
from troth.testing.live import LiveServer  # noqa: E402
from troth.testing.postgres import PostgresServer, start_postgres  # noqa: E402
from troth.testing.smtp import SmtpServer  # noqa: E402


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fail a test marked ``proves(..., via=KEEPER)`` that passed without calling KEEPER,
    or whose KEEPER is missing or not marked ``@keeps`` for the clauses it proves."""
    links = [(m.args, m.kwargs.get("via")) for m in item.iter_markers("proves")]
    if not links:
        return (yield)
    promises.start_recording()
    try:
        result = yield
    finally:
        called = promises.stop_recording()
    problems = []
    for clauses, via in links:
        if via:
            promises.import_keeper_module(via)
        registry = promises.keeper_registry()
        problems += promises.link_problems(clauses, via, registry, called)
    if problems:
        pytest.fail("the proof is not linked to its keeper: " + "; ".join(problems))
    return result


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project; tests that need it skip with a reason when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"the shared folder {SHARED} is absent")
    return SHARED


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL cluster per test session (per xdist worker), on a loopback port."""
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return postgres_server.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def troth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty TROTH_HOME so a test never touches the developer's data."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("TROTH_HOME", str(home))
    for var in list(os.environ):
        if var.startswith("TROTH_") and var != "TROTH_HOME" and var != "TROTH_PG_BINDIR":
            monkeypatch.delenv(var)
    return home


@pytest.fixture
def smtp_server(troth_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    """A real SMTP server on loopback; TROTH_SMTP_* point at it (in a fresh TROTH_HOME)."""
    server = SmtpServer().start()
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database for the platform's store: a SQLite file, or a fresh PostgreSQL one."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'troth.sqlite3'}"
    request.applymarker(pytest.mark.postgres)
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def live_server(troth_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """The whole web service over real HTTP on a loopback port (in a fresh TROTH_HOME).

    Set environment variables (mail, policy, database URLs) before requesting this fixture.
    Its public URL (where mailed links point) is its own address unless TROTH_PUBLIC_URL is set.
    """
    from troth.config import load_settings
    from troth.testing.live import held_socket
    from troth.web import create_app

    sock = held_socket()  # held from here on: the app's settings name its port
    port = sock.getsockname()[1]
    if not os.environ.get("TROTH_PUBLIC_URL"):
        monkeypatch.setenv("TROTH_PUBLIC_URL", f"http://127.0.0.1:{port}")
    server = LiveServer(create_app(load_settings()), sock).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def staff_login(live_server: LiveServer):  # noqa: ANN201 - returns a factory
    """A factory: ``staff_login(role)`` creates a staff member with that role in the live
    server's store, signs in over HTTP and returns ``(client, email, password)``."""
    import re
    import secrets

    import httpx

    from troth.staff.accounts import StaffAccounts

    clients: list[httpx.Client] = []

    def make(role: str, email: str | None = None) -> tuple[httpx.Client, str, str]:
        email = email or f"{role}-{secrets.token_hex(3)}@staff.example.com"
        password = "Pw-" + secrets.token_urlsafe(16)
        StaffAccounts(live_server.app.state.context.store.engine).create(email, password, role)
        client = httpx.Client(base_url=live_server.url, follow_redirects=False)
        clients.append(client)
        page = client.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        r = client.post(
            "/console/login", data={"csrf_token": token, "email": email, "password": password}
        )
        assert r.status_code == 303 and r.headers["location"] == "/console", r.text
        return client, email, password

    yield make
    for client in clients:
        client.close()


@pytest.fixture(scope="session")
def mariadb_server():  # type: ignore[no-untyped-def]
    """One MariaDB server per test session (per xdist worker), on a loopback port."""
    from troth.testing.mariadb import start_mariadb

    server = start_mariadb()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mariadb_url(mariadb_server) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty MariaDB database for one test."""
    return mariadb_server.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def demo_company_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo company (4 people) built once per session; tests work on copies."""
    from troth.demo import build_demo

    folder = tmp_path_factory.mktemp("demo_company")
    build_demo(
        f"sqlite:///{folder / 'demo.sqlite3'}", 4, seed=7, datasets_out=folder / "datasets.yml"
    )
    return folder


@pytest.fixture
def demo_company(troth_home: Path, smtp_server: SmtpServer, demo_company_template: Path):  # noqa: ANN201
    """A copy of the demo company in TROTH_HOME with its data map imported into the store;
    mail goes to the test SMTP server. Returns the demo people's e-mail addresses."""
    import shutil

    import sqlalchemy as sa

    from troth.config import load_settings
    from troth.datamap import import_datasets
    from troth.store import open_store

    shutil.copy(demo_company_template / "demo.sqlite3", troth_home / "demo.sqlite3")
    settings = load_settings()
    with open_store(settings.database_url) as store:
        import_datasets(store, [demo_company_template / "datasets.yml"])
    engine = sa.create_engine(settings.demo_database_url)
    with engine.connect() as conn:
        emails = [r[0] for r in conn.execute(sa.text("SELECT email FROM accounts ORDER BY id"))]
    engine.dispose()
    return emails
