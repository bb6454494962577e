"""A few months of privacy work for the demo's console: requests, consents and flags.

A fresh demo would open on an empty console. :func:`seed_history` writes what a small
company's privacy team would have seen over the last months: requests of every kind, most
finished (complete, some erasures partial, a few denied or failed), some still open
(waiting for the person's code, verified, awaiting approval); consents given and withdrawn
at sign-up, in the privacy center and by e-mail link; and a few people flagged as possibly
under the child age. The people are the demo company's own (their addresses, read from its
database), and everything depends only on ``seed``.

The history is written straight into the store, dated in the past; nothing is run and no
mail is sent. Each seeded request's evidence says so, and the audit log records the seeding
once (its events are dated when they are written, so they cannot be back-dated).
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from troth.audit import AuditLog, subject_ref
from troth.consent.children import FLAG_SOURCES, flag_possible_child
from troth.consent.ledger import ConsentLedger, consent_purposes
from troth.policy import Policy
from troth.requests.deadlines import deadlines_for
from troth.requests.service import identity_key
from troth.store import Store
from troth.store.tables import child_flags, consent_events, subject_requests

KINDS = ("access", "erasure", "correction", "withdrawal")
KIND_WEIGHTS = (5, 3, 1, 1)
# The newest requests are still open, one in each state a team works on.
# (a verified request that needs approval waits for it; an approved one for its run).
OPEN = (
    ("received", False),
    ("verified", False),
    ("verified", True),
    ("approved", True),
    ("received", False),
    ("verified", True),
)
# The oldest requests end in each way a request can end, whatever the draw.
ENDINGS = (
    ("erasure", "partial"),
    ("access", "denied"),
    ("erasure", "failed"),
    ("withdrawal", "complete"),
    ("correction", "complete"),
)
NOTE = "demo history: written by `troth demo build`, not run"


@dataclass(frozen=True)
class SeededHistory:
    requests: int
    consents: int
    flags: int


def demo_addresses(demo_url: str, limit: int) -> list[str]:
    """The first ``limit`` addresses of the demo company's accounts."""
    engine = sa.create_engine(demo_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT email FROM accounts ORDER BY id LIMIT :n"), {"n": limit}
            )
            return [str(r[0]) for r in rows]
    finally:
        engine.dispose()


def seed_history(
    store: Store,
    policy: Policy,
    addresses: Sequence[str],
    seed: int = 1,
    now: datetime | None = None,
    months: int = 6,
) -> SeededHistory:
    """Write the demo's history for ``addresses`` into ``store`` (see the module's text)."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    people = list(addresses)
    asking = people[: max(1, len(people) // 2)]
    ages = sorted((rng.uniform(0.2, months * 30.4) for _ in asking), reverse=True)
    rows = [
        _request_row(rng, email, now, age, OPEN[n] if n < len(OPEN) else None)
        for n, (email, age) in enumerate(zip(asking, reversed(ages), strict=True))
    ]
    for row, (kind, state) in zip(reversed(rows[len(OPEN) :]), ENDINGS, strict=False):
        _end_as(row, rng, kind, state)
    with store.engine.begin() as conn:
        if rows:
            conn.execute(subject_requests.insert(), rows)
    consents = _seed_consents(store, policy, people, rng, now, months)
    flags = _seed_flags(store, policy, people, rng, now)
    AuditLog(store.engine).append(
        "demo",
        "demo.history_seeded",
        "store",
        {"requests": len(rows), "consents": consents, "flags": flags, "note": NOTE},
    )
    return SeededHistory(len(rows), consents, flags)


def _closed_state(rng: random.Random, kind: str) -> str:
    """How an older request ended: mostly complete, some erasures partial, a few not."""
    roll = rng.random()
    if roll < 0.06:
        return "denied"
    if roll < 0.08:
        return "failed"
    if kind == "erasure" and roll < 0.18:
        return "partial"  # something kept for no reason the policy gives: staff look at it
    return "complete"


def _request_row(
    rng: random.Random, email: str, now: datetime, age: float, opened: tuple[str, bool] | None
) -> dict[str, Any]:
    """One request received ``age`` days ago, open as ``opened`` (state, approval needed) or
    (None) closed."""
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    jurisdiction = rng.choice(("GDPR", "GDPR", "GDPR", "CCPA"))
    received = now - timedelta(days=age)
    state, approval = opened or (_closed_state(rng, kind), False)
    identities = {"email": email}
    ref = subject_ref(identity_key(identities))
    closed = state in ("complete", "partial", "denied", "failed")
    took = timedelta(days=min(age - 0.1, rng.choice((0.2, 0.5, 1, 2, 3, 6, 11, 20, 33))))
    verified = received + timedelta(hours=rng.uniform(0.1, 20)) if state != "received" else None
    details: dict[str, Any] = {"verification": "email"}
    if kind == "correction":
        details["changes"] = {"full_name": "(a corrected name)"}
    reason = None
    if state == "denied":
        reason = "the identity could not be confirmed"
    elif state == "failed":
        reason = "a database could not be reached; the team was told"
    return {
        "id": "req_" + secrets.token_hex(16),
        "kind": kind,
        "state": state,
        "jurisdiction": jurisdiction,
        "subject_ref": ref,
        "open_key": None if closed else f"{kind}:{ref}",
        "identities": identities,
        "contact": email,
        "details": details,
        "approval_required": approval,
        "reason": reason,
        "evidence": _evidence(rng, kind, state) if closed else None,
        "attempts": 1 if closed and state != "denied" else 0,
        "received_at": received,
        "acknowledged_at": received,
        "verified_at": verified,
        "approved_at": verified + timedelta(hours=3) if verified and state == "approved" else None,
        "started_at": received + took if closed and state != "denied" else None,
        "finished_at": received + took if closed else None,
        "due_at": deadlines_for(jurisdiction, received).due,
        "updated_at": received + took if closed else received,
    }


def _end_as(row: dict[str, Any], rng: random.Random, kind: str, state: str) -> None:
    """Make a closed request of ``row`` one of ``kind`` that ended in ``state``."""
    details = dict(row["details"])
    details.pop("changes", None)
    if kind == "correction":
        details["changes"] = {"full_name": "(a corrected name)"}
    reason = {"denied": "the identity could not be confirmed"}.get(state)
    if state == "failed":
        reason = "a database could not be reached; the team was told"
    row.update(
        kind=kind,
        state=state,
        details=details,
        reason=reason,
        evidence=_evidence(rng, kind, state),
        started_at=None if state == "denied" else row["finished_at"],
        attempts=0 if state == "denied" else 1,
    )


def _evidence(rng: random.Random, kind: str, state: str) -> dict[str, Any]:
    if state in ("denied", "failed"):
        return {"kind": kind, "note": NOTE}
    if kind == "access":
        summary: dict[str, Any] = {"collections": rng.randint(6, 14), "rows": rng.randint(20, 400)}
    elif kind == "correction":
        summary = {"fields": ["full_name"], "rows_changed": rng.randint(1, 4)}
    else:
        summary = {
            "deleted": rng.randint(5, 120),
            "masked": rng.randint(0, 6),
            "kept": rng.randint(1, 8) if state == "partial" else 0,
            "verified": True,
            "status": state,
        }
    return {"kind": kind, "summary": summary, "note": NOTE}


def _seed_consents(
    store: Store,
    policy: Policy,
    people: Sequence[str],
    rng: random.Random,
    now: datetime,
    months: int,
) -> int:
    """Consents given (and some withdrawn) by the demo's people, dated over the months."""
    purposes = [p for p in consent_purposes(policy) if not p[0].startswith("marketing")]
    if not purposes:
        return 0
    ledger = ConsentLedger(store, policy)
    written = 0
    for email in people:
        ledger.register(email)
        for purpose, scope in rng.sample(purposes, k=min(len(purposes), rng.randint(1, 3))):
            source = rng.choice(("sign_up", "privacy_center", "cookie_banner", "app_permission"))
            if scope and source != "app_permission":
                source = "app_permission"
            ledger.record(email, purpose, True, source, scope=scope)
            written += 1
            if rng.random() < 0.2:
                ledger.record(email, purpose, False, "privacy_center", scope=scope)
                written += 1
    _spread(store, consent_events, consent_events.c.at, written, rng, now, months)
    return written


def _seed_flags(
    store: Store, policy: Policy, people: Sequence[str], rng: random.Random, now: datetime
) -> int:
    """A few people flagged as possibly under the child age, dated in the last weeks."""
    ledger = ConsentLedger(store, policy)
    chosen = rng.sample(list(people), k=min(3, len(people)))
    for n, email in enumerate(chosen):
        flag_possible_child(ledger, email, FLAG_SOURCES[n % len(FLAG_SOURCES)])
    with store.engine.begin() as conn:
        ids = conn.execute(sa.select(child_flags.c.id).order_by(child_flags.c.id)).scalars()
        for n, flag_id in enumerate(list(ids)[-len(chosen) :]):
            conn.execute(
                child_flags.update()
                .where(child_flags.c.id == flag_id)
                .values(flagged_at=now - timedelta(days=rng.uniform(1, 40) + n))
            )
    return len(chosen)


def _spread(
    store: Store,
    table: sa.Table,
    column: sa.Column,
    last: int,
    rng: random.Random,
    now: datetime,
    months: int,
) -> None:
    """Date the ``last`` rows of ``table`` over the past months, in their order."""
    with store.engine.begin() as conn:
        ids = list(conn.execute(sa.select(table.c.id).order_by(table.c.id.desc()).limit(last)))
        moments = sorted(now - timedelta(days=rng.uniform(1, months * 30.4)) for _ in ids)
        for (row_id,), moment in zip(reversed(ids), moments, strict=True):
            conn.execute(table.update().where(table.c.id == row_id).values({column.name: moment}))
