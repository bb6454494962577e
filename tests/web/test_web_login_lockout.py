"""The console's sign-in over real HTTP: twenty parallel wrong passwords still lock the account
after five (the count is taken atomically in the store before a password is checked)."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from troth.audit import AuditLog
from troth.staff.accounts import StaffAccounts
from troth.testing.live import LiveServer

PASSWORD = "violet-anvil-harbour-92"


@pytest.mark.proves("Sec1", "Sec3", via="troth.staff.accounts.StaffAccounts.check_password")
def test_twenty_parallel_sign_ins_cannot_get_past_the_lockout(live_server: LiveServer) -> None:
    engine = live_server.app.state.context.store.engine
    StaffAccounts(engine).create("ada@example.com", PASSWORD, "admin")
    start = threading.Barrier(20)

    def sign_in(n: int) -> int:
        with httpx.Client(base_url=live_server.url, timeout=60) as client:
            page = client.get("/console/login")
            token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
            form = {"csrf_token": token, "email": "ada@example.com", "password": f"guess-{n:02d}"}
            start.wait()
            return client.post("/console/login", data=form).status_code

    with ThreadPoolExecutor(max_workers=20) as pool:
        codes = list(pool.map(sign_in, range(20)))
    assert codes == [401] * 20
    events = [e.action for e in AuditLog(engine).events()]
    assert events.count("staff.sign_in_failed") + events.count("staff.lockout") == 5
    assert events.count("staff.sign_in_refused") == 15
    with httpx.Client(base_url=live_server.url) as client:
        page = client.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        right = client.post(
            "/console/login",
            data={"csrf_token": token, "email": "ada@example.com", "password": PASSWORD},
        )
    assert right.status_code == 401 and "too many tries" in right.text


def _sign_in(url: str, email: str, password: str, source: str = "127.0.0.1") -> httpx.Response:
    """One sign-in over HTTP from the loopback address ``source`` (any 127.x is this host)."""
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(base_url=url, transport=transport) as client:
        page = client.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        form = {"csrf_token": token, "email": email, "password": password}
        return client.post("/console/login", data=form)


def _error(page: httpx.Response) -> str:
    return re.search(r'<p class="error"[^>]*>(.*?)</p>', page.text, re.S).group(1).strip()


@pytest.mark.proves("Sec1", "Sec3", via="troth.staff.accounts.StaffAccounts.check_password")
def test_one_source_held_back_does_not_lock_the_account_for_others(
    live_server: LiveServer,
) -> None:
    StaffAccounts(live_server.app.state.context.store.engine).create(
        "ada@example.com", PASSWORD, "admin"
    )
    for n in range(5):
        assert (
            _sign_in(live_server.url, "ada@example.com", f"guess-{n}", "127.0.0.2").status_code
            == 401
        )
    held = _sign_in(live_server.url, "ada@example.com", PASSWORD, "127.0.0.2")
    assert held.status_code == 401
    # The admin, from their own address, still signs in.
    right = _sign_in(live_server.url, "ada@example.com", PASSWORD, "127.0.0.1")
    assert (right.status_code, right.headers["location"]) == (303, "/console")


def test_every_refused_sign_in_reads_the_same(live_server: LiveServer) -> None:
    StaffAccounts(live_server.app.state.context.store.engine).create(
        "ada@example.com", PASSWORD, "admin"
    )
    unknown = _sign_in(live_server.url, "nobody@example.com", PASSWORD, "127.0.0.3")
    wrong = _sign_in(live_server.url, "ada@example.com", "guess-0", "127.0.0.3")
    for n in range(1, 5):
        _sign_in(live_server.url, "ada@example.com", f"guess-{n}", "127.0.0.3")
    held = _sign_in(live_server.url, "ada@example.com", PASSWORD, "127.0.0.3")
    for n in range(5):
        _sign_in(live_server.url, "nobody@example.com", f"guess-{n}", "127.0.0.3")
    unknown_held = _sign_in(live_server.url, "nobody@example.com", PASSWORD, "127.0.0.3")
    messages = {_error(r) for r in (unknown, wrong, held, unknown_held)}
    assert {r.status_code for r in (unknown, wrong, held, unknown_held)} == {401}
    assert messages == {
        "the address or the password is wrong, or there were too many tries; wait and try again"
    }
