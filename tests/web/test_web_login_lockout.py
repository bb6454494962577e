"""The console's sign-in over real HTTP: twenty parallel wrong passwords still lock the account
after five (the count is taken atomically in the store before a password is checked)."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from troth.audit import AuditLog
from troth.testing.live import LiveServer
from troth.web.auth import StaffAccounts

PASSWORD = "violet-anvil-harbour-92"


@pytest.mark.proves("Sec1", "Sec3", via="troth.web.auth.accounts.StaffAccounts.check_password")
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
    assert right.status_code == 401 and "locked" in right.text
