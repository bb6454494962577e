"""The hash-chained audit log on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import sqlalchemy as sa

from troth.audit import AuditLog, subject_ref, verify_chain
from troth.store import open_store
from troth.store.tables import audit_events


def test_events_chain_and_verify(store_url: str) -> None:
    with open_store(store_url) as store:
        log = AuditLog(store.engine)
        first = log.append("staff:1", "request.received", "request:7", {"kind": "erasure"})
        second = log.append("system", "request.completed", "request:7", {"rows": 3})
        assert (first.seq, second.seq) == (1, 2)
        assert second.prev_hash == first.hash
        assert [e.action for e in log.events(target="request:7")] == [
            "request.received",
            "request.completed",
        ]
        assert [e.seq for e in log.events(text="erasure")] == [1]
        assert log.verify() == []


def test_an_edited_event_is_found(store_url: str) -> None:
    with open_store(store_url) as store:
        log = AuditLog(store.engine)
        for n in range(5):
            log.append("system", "scan.done", f"run:{n}", {"n": n})
        with store.engine.begin() as conn:
            conn.execute(
                audit_events.update().where(audit_events.c.seq == 3).values(details={"n": 99})
            )
        assert [str(b) for b in log.verify()] == ["audit event 3: was changed after it was written"]


def test_a_deleted_event_is_found(store_url: str) -> None:
    with open_store(store_url) as store:
        log = AuditLog(store.engine)
        for n in range(4):
            log.append("system", "scan.done", f"run:{n}")
        with store.engine.begin() as conn:
            conn.execute(audit_events.delete().where(audit_events.c.seq == 2))
        breaks = log.verify()
        assert [b.seq for b in breaks] == [3, 3]
        assert "expected sequence 2" in str(breaks[0])


def test_an_appended_event_inside_a_rolled_back_transaction_leaves_no_trace(
    store_url: str,
) -> None:
    with open_store(store_url) as store:
        log = AuditLog(store.engine)
        log.append("system", "a", "t")
        with store.engine.connect() as conn:
            tx = conn.begin()
            log.append("system", "b", "t", conn=conn)
            tx.rollback()
        assert [e.action for e in log.events()] == ["a"]
        assert log.verify() == []


def test_concurrent_writers_keep_one_chain(store_url: str) -> None:
    with open_store(store_url) as store:
        log = AuditLog(store.engine)
        errors: list[BaseException] = []

        def write(worker: int) -> None:
            try:
                for n in range(15):
                    log.append(f"worker:{worker}", "tick", f"n:{n}")
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(w,)) for w in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        events = list(log.events())
        assert [e.seq for e in events] == list(range(1, 46))
        assert verify_chain(events) == []


def test_subject_refs_are_stable_keyed_and_hold_no_identity() -> None:
    # "quinn" holds letters that are not hex digits, so a digest can never
    # contain it by chance, whatever the installation's secret.
    ref = subject_ref("Quinn@Example.org")
    assert ref == subject_ref(" quinn@example.org ")
    assert re.fullmatch(r"subject:[0-9a-f]{32}", ref)
    assert "quinn" not in ref and "example" not in ref
    assert subject_ref("quinn@example.org", key=b"other") != ref


def test_the_log_table_is_created_by_migration(store_url: str) -> None:
    with open_store(store_url) as store:
        assert "audit_events" in sa.inspect(store.engine).get_table_names()


def test_large_details_are_cut_down_and_the_chain_still_verifies(tmp_path: Path) -> None:
    from troth.audit.log import MAX_DETAILS_BYTES, bounded_details

    huge = {"findings": [{"field": f"f{n}", "rule": "undeclared"} for n in range(60_000)]}
    cut = bounded_details(huge)
    assert len(json.dumps(cut, ensure_ascii=False).encode()) <= MAX_DETAILS_BYTES
    assert cut["findings"][:2] == huge["findings"][:2]
    assert cut["findings"][-1] == {"more_items": 60_000 - 20}
    assert cut["truncated_from_bytes"] > 1_000_000
    wide = {f"k{n}": "v" * 50 for n in range(10_000)}
    assert bounded_details(wide)["more_keys"] == 10_000 - 20
    small = {"kind": "access", "n": 3}
    assert bounded_details(small) == small
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        log = AuditLog(store.engine)
        log.append("guard", "guard.reject", "system:x", huge)
        [event] = log.events()
        assert event.details == cut and log.verify() == []
    finally:
        store.close()
