"""Requests run end to end on the demo company (SQLite): access, erasure, correction,
withdrawal, no match, hostile identity values, a datastore that is down, and a worker
process killed in the middle of an erasure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import threading
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
import sqlalchemy as sa
from requests_helpers import code_in

from troth.audit import AuditLog
from troth.config import load_settings
from troth.datamap import import_datasets
from troth.demo.build import build_demo
from troth.errors import TrothError
from troth.policy import load_policy
from troth.requests.journal import StoreJournal
from troth.requests.lifecycle import State
from troth.requests.retry import Backoff
from troth.requests.service import RequestBusy, RequestError, RequestService
from troth.store import open_store
from troth.store.tables import request_archives
from troth.testing.smtp import SmtpServer


@dataclass
class Demo:
    service: RequestService
    demo: sa.Engine
    smtp: SmtpServer
    email: str
    other: str

    def count(self, sql: str, **params: object) -> int:
        with self.demo.connect() as conn:
            return int(conn.execute(sa.text(sql), params).scalar_one())

    def verified(self, kind: str, identities: dict[str, str], **kw: object) -> str:
        """Submit and verify with the code from the mail; the request id."""
        request = self.service.submit(kind, identities, **kw).request  # type: ignore[arg-type]
        if request.verification.value == "staff":  # no code can prove these identities
            self.service.verify_by_staff(request.id, "staff:test", "checked by hand")
        else:
            self.service.verify(request.id, code_in(self.smtp.messages[-1]))
        return request.id


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo company (6 subjects) built once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo")
    build_demo(
        f"sqlite:///{folder / 'demo.sqlite3'}", 6, seed=3, datasets_out=folder / "datasets.yml"
    )
    return folder


@pytest.fixture
def demo(troth_home: Path, smtp_server: SmtpServer, built_demo: Path) -> Iterator[Demo]:
    settings = load_settings()
    shutil.copy(built_demo / "demo.sqlite3", troth_home / "demo.sqlite3")
    store = open_store(settings.database_url)
    import_datasets(store, [built_demo / "datasets.yml"])
    engine = sa.create_engine(settings.demo_database_url)
    with engine.connect() as conn:
        first, second = conn.execute(sa.text("SELECT email FROM accounts ORDER BY id LIMIT 2"))
    service = RequestService(store, load_policy(), settings, backoff=Backoff(3, 0.01))
    try:
        yield Demo(service, engine, smtp_server, first[0], second[0])
    finally:
        engine.dispose()
        store.close()


@pytest.mark.proves("R2", via="troth.requests.dispatch.execute")
def test_access_is_archived_encrypted_and_handed_out_by_a_signed_link(demo: Demo) -> None:
    request_id = demo.verified("access", {"email": demo.email})
    done = demo.service.run(request_id)
    assert done.state is State.COMPLETE and done.evidence["summary"]["rows"] >= 1
    mail = demo.smtp.messages[-1]
    text = mail.get_body(("plain",)).get_content()
    token = text.split("/api/v1/requests/archive/")[1].split()[0]
    opened_id, data = demo.service.archive(token)
    assert opened_id == request_id
    with zipfile.ZipFile(BytesIO(data)) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert demo.email.encode() in everything and demo.other.encode() not in everything
    with demo.service.engine.connect() as conn:
        stored = bytes(conn.execute(sa.select(request_archives.c.ciphertext)).scalar_one())
    assert demo.email.encode() not in stored and b"PK" not in stored[:4]


@pytest.mark.proves("R3", via="troth.requests.dispatch.execute")
def test_erasure_runs_is_verified_and_every_state_is_audited(demo: Demo) -> None:
    before_other = demo.count("SELECT count(*) FROM accounts WHERE email = :e", e=demo.other)
    request_id = demo.verified("erase", {"email": demo.email})
    done = demo.service.run(request_id)
    assert done.state is State.COMPLETE, done.reason
    assert done.evidence["verified"] is True and done.evidence["summary"]["verified"]
    assert demo.count("SELECT count(*) FROM accounts WHERE email = :e", e=demo.email) == 0
    assert demo.count("SELECT count(*) FROM accounts WHERE email = :e", e=demo.other) == (
        before_other
    )
    actions = [
        e.action for e in AuditLog(demo.service.engine).events(target=f"request:{request_id}")
    ]
    assert actions == [
        "request.received",
        "request.verified",
        "request.running",
        "request.complete",
        "request.identities_erased",
    ]


@pytest.mark.proves("R3", via="troth.requests.dispatch.execute")
def test_erasure_reaches_troths_own_store_and_no_campaign_reaches_the_person(demo: Demo) -> None:
    """After an erasure the platform's own tables hold the address nowhere in clear; the
    consent ledger keeps a keyed pseudonym that still blocks marketing to it; the requester can
    still follow the request by number and address."""
    from troth.consent.ledger import ConsentLedger

    ledger = ConsentLedger(demo.service.store, demo.service.policy)
    ledger.register(demo.email, ["marketing"])
    ledger.grant(demo.email, "marketing.communications.email", "privacy_center")
    ledger.register(demo.other, ["marketing"])
    assert demo.email in {r.email for r in ledger.subjects()}

    request_id = demo.verified("erase", {"email": demo.email})
    done = demo.service.run(request_id)
    assert done.state is State.COMPLETE, done.reason

    recipients = {r.email for r in ledger.subjects()}
    assert demo.email not in recipients and demo.other in recipients
    grant = ledger.state(demo.email).grant("marketing.communications.email")
    assert grant is None or not grant.granted
    # every text cell of every table of the store, read back as text
    needle = demo.email.lower()
    with demo.service.engine.connect() as conn:
        meta = sa.MetaData()
        meta.reflect(bind=conn)
        for table in meta.sorted_tables:
            for row in conn.execute(sa.select(table)):
                text = " ".join(str(v) for v in row).lower()
                assert needle not in text, f"{table.name} holds the address in clear"
    assert demo.service.is_contact(demo.service.get(request_id), demo.email.upper())
    assert not demo.service.is_contact(demo.service.get(request_id), demo.other)


@pytest.mark.proves("R1", via="troth.requests.dispatch.execute")
def test_correction_writes_the_new_address(demo: Demo) -> None:
    request_id = demo.verified(
        "correct", {"email": demo.email}, details={"changes": {"email": "new.address@example.org"}}
    )
    done = demo.service.run(request_id)
    assert done.state is State.COMPLETE, done.reason
    assert done.evidence["summary"]["rows_changed"] >= 1
    assert demo.count("SELECT count(*) FROM accounts WHERE email = :e", e=demo.email) == 0
    assert demo.count("SELECT count(*) FROM accounts WHERE email = 'new.address@example.org'") == 1


@pytest.mark.proves("R4", via="troth.requests.dispatch.execute")
def test_withdrawal_records_it_stops_marketing_and_erases_consent_only_data(demo: Demo) -> None:
    analytics = "SELECT count(*) FROM web_analytics_events e JOIN accounts a ON a.id = e.account_id"
    assert demo.count(analytics + " WHERE a.email = :e", e=demo.email) >= 1
    others = demo.count(analytics + " WHERE a.email <> :e", e=demo.email)
    request_id = demo.verified("withdraw", {"email": demo.email})
    done = demo.service.run(request_id)
    assert done.state is State.COMPLETE, done.reason
    consent = done.evidence["consent"]
    assert consent["marketing"] == "off"
    if consent["recorded_in"] == "consent_ledger":
        from troth.consent.ledger import ConsentLedger

        state = ConsentLedger(demo.service.store, demo.service.policy).state(demo.email)
        assert state.preferences and set(state.preferences.values()) == {"off"}
    # web analytics rests on consent alone (the policy): erased; the account rests on contract
    assert demo.count(analytics + " WHERE a.email = :e", e=demo.email) == 0
    assert demo.count(analytics + " WHERE a.email <> :e", e=demo.email) == others
    assert demo.count("SELECT count(*) FROM accounts WHERE email = :e", e=demo.email) == 1
    kept = done.evidence["steps"]["withdrawal:demo_accounts.accounts"]["fields_kept"]
    assert kept["email"] == "it also rests on a basis other than consent"


def test_no_match_and_hostile_values_complete_empty_and_change_nothing(demo: Demo) -> None:
    accounts = demo.count("SELECT count(*) FROM accounts")
    hostile = "x' OR '1'='1'; DROP TABLE accounts; --"
    # an address that cannot be one is refused when the request is made (M2)
    with pytest.raises(RequestError, match="is not valid: give one address"):
        demo.verified("access", {"email": hostile + "@example.net"})
    for identities in (
        {"email": "nobody@example.net"},
        {"email": "o'hara%_@example.net"},
        {"email": "x'OR'1'='1'--@example.net"},  # quotes are valid in an address
        {"username": hostile},
        {"username": '" OR 1=1 --'},
    ):
        ask = {"identities": identities}
        access = demo.service.run(demo.verified("access", **ask))
        assert access.state is State.COMPLETE and access.evidence["summary"]["rows"] == 0
        erase = demo.service.run(demo.verified("erasure", **ask))
        assert erase.state is State.COMPLETE and erase.evidence["summary"]["deleted"] == 0
    assert demo.count("SELECT count(*) FROM accounts") == accounts


def test_a_datastore_that_is_down_is_retried_then_fails_with_the_reason(
    demo: Demo, monkeypatch: pytest.MonkeyPatch, troth_home: Path
) -> None:
    request_id = demo.verified("erasure", {"email": demo.email})
    good_url = demo.service.settings.demo_database_url
    monkeypatch.setenv("TROTH_CONNECTION_DEMO_URL", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    failed = demo.service.run(request_id)
    assert failed.state is State.FAILED
    assert failed.reason and "\n" not in failed.reason and demo.email not in failed.reason
    assert failed.evidence == {"done": [], "unfinished": []}
    retries = list(AuditLog(demo.service.engine).events(action="request.retry"))
    assert [e.details["attempt"] for e in retries] == [1, 2]
    monkeypatch.setenv("TROTH_CONNECTION_DEMO_URL", good_url)
    again = demo.service.run(request_id)  # staff retry once the datastore is back
    assert again.state is State.COMPLETE and again.attempts == 2


KILLER = textwrap.dedent(
    """
    import os, signal
    from troth.config import load_settings
    from troth.policy import load_policy
    from troth.requests.journal import StoreJournal
    from troth.requests.service import RequestService
    from troth.store import open_store

    original_begin, original_record = StoreJournal.begin, StoreJournal.record

    def begin(self, step_key, found=None):
        if step_key == os.environ["CUT_STEP"] and os.environ.get("CUT_WHEN") == "begin":
            os.kill(os.getpid(), signal.SIGKILL)  # before the step does anything
        original_begin(self, step_key, found)

    def record(self, step_key, summary):
        if step_key == os.environ["CUT_STEP"]:  # its write has committed; die before the record
            os.kill(os.getpid(), signal.SIGKILL)
        original_record(self, step_key, summary)

    StoreJournal.begin, StoreJournal.record = begin, record
    settings = load_settings()
    RequestService(open_store(settings.database_url), load_policy(), settings).run(
        os.environ["REQUEST_ID"]
    )
    """
)
CUT_STEP = "erasure:demo_web_analytics.web_analytics_events"
ANALYTICS = "SELECT count(*) FROM web_analytics_events e JOIN accounts a ON a.id = e.account_id"


def _after_the_lease(demo: Demo) -> RequestService:
    """The service as seen once the default lease (60 s) of a dead runner has run out."""
    return RequestService(
        demo.service.store,
        demo.service.policy,
        demo.service.settings,
        backoff=Backoff(3, 0.01),
        clock=lambda: datetime.now(UTC) + timedelta(seconds=61),
    )


@pytest.mark.proves("R3", via="troth.requests.dispatch.execute")
def test_a_worker_killed_mid_erasure_is_picked_up_once_its_lease_runs_out(demo: Demo) -> None:
    analytics = demo.count(ANALYTICS + " WHERE a.email = :e", e=demo.email)
    assert analytics >= 1
    request_id = demo.verified("erasure", {"email": demo.email})
    env = dict(os.environ, REQUEST_ID=request_id, CUT_STEP=CUT_STEP)
    proc = subprocess.run([sys.executable, "-c", KILLER], env=env, capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]

    assert demo.service.get(request_id).state is State.RUNNING
    assert demo.count(ANALYTICS + " WHERE a.email = :e", e=demo.email) == 0  # committed
    steps = StoreJournal(demo.service.engine, request_id).steps()
    [cut] = [s for s in steps if s.state == "started"]  # the cut step is on record
    assert cut.key == CUT_STEP and cut.summary is not None
    assert sum(cut.summary["found"].values()) == analytics
    done_before = {s.key: s.summary for s in steps if s.state == "done"}
    assert done_before

    # the dead runner's lease still runs: nobody takes the request over yet
    assert demo.service.resume() == []
    with pytest.raises(RequestBusy, match="another runner"):
        demo.service.run(request_id)
    assert demo.service.get(request_id).attempts == 1

    [resumed] = _after_the_lease(demo).resume()
    assert resumed.id == request_id and resumed.state is State.COMPLETE, resumed.reason
    assert resumed.attempts == 2
    evidence = resumed.evidence["steps"]
    for key, summary in done_before.items():  # done by the dead runner, counted as it recorded
        assert evidence[key]["already_done"] is True
        assert (evidence[key]["deleted"], evidence[key]["masked"]) == (
            summary["deleted"],
            summary["masked"],
        )
    # the cut step found nothing left this time, and still reports what it erased
    assert evidence[CUT_STEP]["deleted"] + evidence[CUT_STEP]["masked"] == analytics
    assert evidence[CUT_STEP]["cut_short"]["written_on_resume"] == {"deleted": 0, "masked": 0}
    assert resumed.evidence["summary"]["deleted"] == sum(s["deleted"] for s in evidence.values())
    assert resumed.evidence["summary"]["deleted"] >= analytics + 1  # and the account row
    assert resumed.evidence["verified"] is True
    assert StoreJournal(demo.service.engine, request_id).unfinished() == []
    assert demo.count("SELECT count(*) FROM accounts WHERE email = :e", e=demo.email) == 0


def test_two_runners_racing_for_a_lapsed_request_run_it_once(demo: Demo) -> None:
    request_id = demo.verified("erasure", {"email": demo.email})
    env = dict(os.environ, REQUEST_ID=request_id, CUT_STEP=CUT_STEP)
    proc = subprocess.run([sys.executable, "-c", KILLER], env=env, capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    later = _after_the_lease(demo)
    barrier = threading.Barrier(4)

    def race(_: int) -> str:
        barrier.wait()
        try:
            return later.run(request_id).state.value
        except TrothError:  # busy (or, if the winner already finished, nothing to run)
            return "refused"

    with ThreadPoolExecutor(4) as pool:
        outcomes = sorted(pool.map(race, range(4)))
    assert outcomes == ["complete", "refused", "refused", "refused"]
    actions = [
        e.action for e in AuditLog(demo.service.engine).events(target=f"request:{request_id}")
    ]
    assert actions.count("request.resumed") == 1 and actions.count("request.complete") == 1
    assert demo.service.get(request_id).attempts == 2


GIVEN = [
    ("essential.service", "permission:contacts"),
    ("analytics.reporting.campaign_insights", ""),
    ("functional.service.improve", ""),
]


def test_racing_runners_withdraw_each_consent_once(demo: Demo) -> None:
    from troth.consent.keys import key_of
    from troth.consent.ledger import ConsentLedger
    from troth.store.tables import consent_events

    ledger = ConsentLedger(demo.service.store, demo.service.policy)
    ledger.register(demo.email, ["wave_app", "web_analytics"])
    for purpose, scope in GIVEN:
        ledger.grant(
            demo.email, purpose, "app_permission" if scope else "privacy_center", scope=scope
        )
    request_id = demo.verified("withdraw", {"email": demo.email})
    # the first runner dies as the consent step begins: nothing withdrawn yet
    env = dict(
        os.environ, REQUEST_ID=request_id, CUT_STEP="consent:withdraw_everything", CUT_WHEN="begin"
    )
    proc = subprocess.run([sys.executable, "-c", KILLER], env=env, capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    assert len(ledger.state(demo.email).current()) == len(GIVEN)

    later = _after_the_lease(demo)
    barrier = threading.Barrier(4)

    def race(_: int) -> str:
        barrier.wait()
        try:
            return later.run(request_id).state.value
        except TrothError:
            return "refused"

    with ThreadPoolExecutor(4) as pool:
        outcomes = sorted(pool.map(race, range(4)))
    assert outcomes == ["complete", "refused", "refused", "refused"]
    with demo.service.engine.connect() as conn:
        withdrawals = conn.execute(
            sa.select(sa.func.count())
            .select_from(consent_events)
            .where(
                consent_events.c.subject_key == key_of(demo.email),
                consent_events.c.granted.is_(False),
            )
        ).scalar_one()
    assert withdrawals == len(GIVEN)  # each consent withdrawn once, not once per runner
    done = demo.service.get(request_id)
    assert done.evidence["consent"]["withdrawn"] == len(GIVEN)
    assert done.evidence["summary"]["consents_withdrawn"] == len(GIVEN)


EMAIL_TABLES = (
    "accounts",
    "support_tickets",
    "gwn_members",
    "ipvideotalk_participants",
    "marketing_subscriptions",
    "social_login_profiles",
    "store_orders",
)


def test_a_correction_cut_short_counts_every_row_it_changed(demo: Demo) -> None:
    def holding(address: str) -> int:
        return sum(
            demo.count(f"SELECT count(*) FROM {t} WHERE email = :e", e=address)  # noqa: S608
            for t in EMAIL_TABLES
        )

    before = holding(demo.email)
    new = "new.address@example.org"
    request_id = demo.verified(
        "correct", {"email": demo.email}, details={"changes": {"email": new}}
    )
    cut = "email|correction:demo_accounts.accounts"  # written last: nothing left to find after
    env = dict(os.environ, REQUEST_ID=request_id, CUT_STEP=cut)
    proc = subprocess.run([sys.executable, "-c", KILLER], env=env, capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]

    done = _after_the_lease(demo).run(request_id)
    assert done.state is State.COMPLETE, done.reason
    changed = before - holding(demo.email)
    assert changed >= 1 and holding(new) == changed
    assert done.evidence["summary"]["rows_changed"] == changed
    target = done.evidence["targets"]["email"]
    assert target["changed_before_a_cut"] == {"correction:demo_accounts.accounts": 1}


def test_a_fault_mid_run_fails_the_request_and_a_retry_counts_everything(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    analytics = demo.count(ANALYTICS + " WHERE a.email = :e", e=demo.email)
    request_id = demo.verified("erasure", {"email": demo.email})
    original = StoreJournal.record

    def faulty(self: StoreJournal, step_key: str, summary: dict) -> None:
        if step_key == CUT_STEP:  # after the step's write committed
            raise RuntimeError("a fault")
        original(self, step_key, summary)

    monkeypatch.setattr(StoreJournal, "record", faulty)
    with pytest.raises(RuntimeError):
        demo.service.run(request_id)
    failed = demo.service.get(request_id)
    assert failed.state is State.FAILED
    assert failed.reason == "stopped by an unexpected error (RuntimeError)"
    assert failed.evidence["unfinished"] == [CUT_STEP]
    monkeypatch.setattr(StoreJournal, "record", original)

    done = demo.service.run(request_id)  # staff retry
    assert done.state is State.COMPLETE and done.attempts == 2
    step = done.evidence["steps"][CUT_STEP]
    assert step["deleted"] + step["masked"] == analytics
