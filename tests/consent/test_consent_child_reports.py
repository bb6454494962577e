"""Reports of possible children from outside are limited, and never erase by themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from troth.consent.children import TooManyReports, flag_possible_child
from troth.consent.ledger import ConsentLedger
from troth.policy import load_policy
from troth.store import open_store
from troth.store.tables import audit_events, child_flags, subject_requests


def _flags(store_url: str) -> int:
    with open_store(store_url) as store, store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(child_flags)).scalar_one())


def test_one_client_flags_at_most_ten_people_an_hour_and_one_person_thrice(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    with open_store(url) as store:
        ledger = ConsentLedger(store, load_policy())
        for n in range(10):
            flag_possible_child(ledger, f"kid{n}@example.org", "parent_report", client="10.0.0.7")
        with pytest.raises(TooManyReports) as refused:
            flag_possible_child(ledger, "kid10@example.org", "parent_report", client="10.0.0.7")
        assert refused.value.status_code == 429
        # another client may still report, but one person only three times in the hour
        for _ in range(2):
            flag_possible_child(ledger, "kid0@example.org", "parent_report", client="10.0.0.8")
        with pytest.raises(TooManyReports):
            flag_possible_child(ledger, "kid0@example.org", "parent_report", client="10.0.0.9")
        # the guard and staff are not limited; nothing was ever erased or requested
        flag_possible_child(ledger, "kid0@example.org", "staff")
        with store.engine.connect() as conn:
            assert conn.execute(sa.select(subject_requests)).all() == []
            targets = conn.execute(
                sa.select(audit_events.c.target).where(audit_events.c.action == "child.reported")
            ).scalars()
            assert all("10.0.0" not in t for t in targets)  # the client only as a keyed hash
    assert _flags(url) == 10 + 2 + 1
