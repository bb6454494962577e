"""One runner at a time per request: the lease in the store, on SQLite and PostgreSQL, and the
server's sweep that picks up a request whose runner died."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from requests_helpers import insert_request_row

from troth.audit import AuditLog
from troth.config import load_settings
from troth.requests.journal import StoreJournal
from troth.requests.lease import Heartbeat, LeaseLost, claim_running, new_owner, renew
from troth.store import Store, open_store
from troth.store.tables import request_steps, subject_requests
from troth.testing.live import LiveServer, held_socket
from troth.web import create_app

MINUTE = timedelta(minutes=1)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


def _lapsed(store: Store, request_id: str, owner: str = "dead-runner") -> None:
    """A running request whose runner stopped renewing a minute ago."""
    insert_request_row(store.engine, request_id)
    with store.engine.begin() as conn:
        conn.execute(
            subject_requests.update()
            .where(subject_requests.c.id == request_id)
            .values(lease_owner=owner, lease_expires_at=datetime.now(UTC) - MINUTE)
        )


def _row(store: Store, request_id: str) -> sa.RowMapping:
    with store.engine.connect() as conn:
        return (
            conn.execute(sa.select(subject_requests).where(subject_requests.c.id == request_id))
            .mappings()
            .one()
        )


def test_parallel_claims_of_a_lapsed_request_have_one_winner(store: Store) -> None:
    _lapsed(store, "req_race")
    owners = [new_owner() for _ in range(8)]
    barrier = threading.Barrier(len(owners))

    def claim(owner: str) -> bool:
        barrier.wait()
        with store.engine.begin() as conn:
            return claim_running(conn, "req_race", owner, datetime.now(UTC), MINUTE)

    with ThreadPoolExecutor(len(owners)) as pool:
        won = list(pool.map(claim, owners))
    assert won.count(True) == 1
    row = _row(store, "req_race")
    assert row["lease_owner"] == owners[won.index(True)]
    assert row["attempts"] == 2  # one more attempt, not eight


def test_a_live_lease_is_kept_from_others_and_renewed_only_by_its_holder(store: Store) -> None:
    _lapsed(store, "req_held")
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        assert claim_running(conn, "req_held", "runner-a", now, MINUTE)
        assert not claim_running(conn, "req_held", "runner-b", now + MINUTE / 2, MINUTE)
        assert not renew(conn, "req_held", "runner-b", now + MINUTE / 2, MINUTE)
        assert renew(conn, "req_held", "runner-a", now + MINUTE / 2, MINUTE)
        # renewed: still held a minute after the first claim would have run out
        assert not claim_running(conn, "req_held", "runner-b", now + MINUTE * 1.2, MINUTE)
        assert claim_running(conn, "req_held", "runner-b", now + MINUTE * 1.6, MINUTE)
    assert _row(store, "req_held")["lease_owner"] == "runner-b"


def test_a_runner_whose_lease_was_taken_writes_no_further_step(store: Store) -> None:
    _lapsed(store, "req_slow")
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        assert claim_running(conn, "req_slow", "slow", now, MINUTE)

    def keeper(owner: str):  # noqa: ANN202
        return lambda conn: renew(conn, "req_slow", owner, datetime.now(UTC), MINUTE)

    slow = StoreJournal(store.engine, "req_slow", keeper("slow"))
    slow.begin("erasure:shop.customers", {"deleted": 2, "masked": 0})
    slow.record("erasure:shop.customers", {"deleted": 2, "masked": 0})
    # the slow runner stalls past its lease; another takes the request over
    with store.engine.begin() as conn:
        assert claim_running(conn, "req_slow", "fast", now + 2 * MINUTE, MINUTE)
    with pytest.raises(LeaseLost, match="another runner"):
        slow.begin("erasure:shop.orders", {"deleted": 5, "masked": 0})
    with store.engine.connect() as conn:
        keys = conn.execute(sa.select(request_steps.c.step_key)).scalars().all()
    assert keys == ["erasure:shop.customers"]  # the step it no longer holds was not started
    fast = StoreJournal(store.engine, "req_slow", keeper("fast"))
    assert fast.is_done("erasure:shop.customers")
    fast.begin("erasure:shop.orders")


def test_a_step_cut_short_reports_what_it_found_before_the_cut(store: Store) -> None:
    insert_request_row(store.engine, "req_cut")
    first = StoreJournal(store.engine, "req_cut")
    first.begin("erasure:shop.orders", {"deleted": 5, "masked": 1})
    # killed here: the write committed, the record never came
    second = StoreJournal(store.engine, "req_cut")
    second.begin("erasure:shop.orders", {"deleted": 0, "masked": 0})  # nothing left to find
    second.record("erasure:shop.orders", {"deleted": 0, "masked": 0, "collection": "orders"})
    [step] = StoreJournal(store.engine, "req_cut").steps()
    assert step.state == "done"
    assert step.summary == {
        "deleted": 5,
        "masked": 1,
        "collection": "orders",
        "cut_short": {
            "found_before": {"deleted": 5, "masked": 1},
            "written_on_resume": {"deleted": 0, "masked": 0},
        },
    }


def test_the_heartbeat_holds_the_lease_while_the_runner_lives(store: Store) -> None:
    _lapsed(store, "req_long")
    length = timedelta(seconds=1)
    with store.engine.begin() as conn:
        assert claim_running(conn, "req_long", "long", datetime.now(UTC), length)
    with Heartbeat(store.engine, "req_long", "long", length, lambda: datetime.now(UTC)) as beat:
        for _ in range(6):  # 3 s, three lease lengths
            time.sleep(0.5)
            with store.engine.begin() as conn:
                assert not claim_running(conn, "req_long", "other", datetime.now(UTC), length)
    assert not beat.lost
    time.sleep(1.2)  # stopped: the lease runs out
    with store.engine.begin() as conn:
        assert claim_running(conn, "req_long", "other", datetime.now(UTC), length)


@pytest.fixture
def sweeping_server(troth_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setenv("TROTH_REQUEST_SWEEP_SECONDS", "1")
    sock = held_socket()
    monkeypatch.setenv("TROTH_PUBLIC_URL", f"http://127.0.0.1:{sock.getsockname()[1]}")
    server = LiveServer(create_app(load_settings()), sock).start()
    try:
        yield server
    finally:
        server.stop()


def test_the_server_picks_up_a_request_whose_runner_died(sweeping_server: LiveServer) -> None:
    with open_store(load_settings().database_url) as store:
        _lapsed(store, "req_orphan")
        insert_request_row(store.engine, "req_alive")  # a live lease: left to its runner
        with store.engine.begin() as conn:
            conn.execute(
                subject_requests.update()
                .where(subject_requests.c.id == "req_alive")
                .values(lease_owner="alive", lease_expires_at=datetime.now(UTC) + 10 * MINUTE)
            )
        deadline = time.monotonic() + 30
        while _row(store, "req_orphan")["state"] == "running" and time.monotonic() < deadline:
            time.sleep(0.2)
        orphan = _row(store, "req_orphan")
        assert orphan["state"] != "running" and orphan["attempts"] == 2
        assert orphan["lease_owner"] is None  # the outcome released the lease
        resumed = list(AuditLog(store.engine).events("request.resumed", "request:req_orphan"))
        assert [e.actor for e in resumed] == ["worker"]
        alive = _row(store, "req_alive")
        assert (alive["state"], alive["lease_owner"], alive["attempts"]) == ("running", "alive", 1)
    assert httpx.get(f"{sweeping_server.url}/api/v1/health", timeout=5).status_code == 200


def test_the_lease_and_sweep_settings_are_checked(troth_home: Path) -> None:
    from troth.config import ConfigError

    settings = load_settings({"TROTH_HOME": str(troth_home)})
    assert (settings.request_lease_seconds, settings.request_sweep_seconds) == (60, 30)
    off = load_settings({"TROTH_HOME": str(troth_home), "TROTH_REQUEST_SWEEP_SECONDS": "0"})
    assert off.request_sweep_seconds == 0
    for name, value in (
        ("TROTH_REQUEST_LEASE_SECONDS", "2"),
        ("TROTH_REQUEST_LEASE_SECONDS", "soon"),
        ("TROTH_REQUEST_SWEEP_SECONDS", "-1"),
        ("TROTH_REQUEST_SWEEP_SECONDS", "often"),
    ):
        with pytest.raises(ConfigError, match=name):
            load_settings({"TROTH_HOME": str(troth_home), name: value})
