"""Carry out a request through the engine: plan, run with a journal, retry, gather evidence.

Which engine call a kind of request makes:

- access: ``run_access``; the archive (``troth.requests.export.archive_bytes``) is returned
  for the service to store encrypted;
- erasure: ``run_erasure`` with the request's store-backed journal;
- correction: ``run_correction`` per corrected identity or category, each with its own
  journal prefix;
- withdrawal: the withdrawal of every consent and the end of marketing in the consent ledger,
  then ``run_erasure`` of the ``withdrawal`` plan (data whose only legal basis was consent).

A datastore that fails is retried with back-off (:mod:`troth.requests.retry`); when every try
failed, :class:`ExecutionFailed` carries the reason and what the journal says was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from troth.connectors import ConnectorError, connections_for
from troth.consent.ledger import ConsentLedger
from troth.consent.state import CHANNELS, OFF
from troth.datamap import stored_datasets
from troth.errors import TrothError
from troth.promises import keeps
from troth.requests.executor import ExecutionError, run_access, run_correction, run_erasure
from troth.requests.export import archive_bytes
from troth.requests.journal import StoreJournal
from troth.requests.lease import LeaseLost
from troth.requests.planner import plan_request
from troth.requests.retry import with_backoff

if TYPE_CHECKING:
    from troth.requests.service import RequestRecord, RequestService


class ExecutionFailed(Exception):
    """The request failed for good; ``reason`` is one line without personal data."""

    def __init__(self, reason: str, done: list[dict[str, Any]]) -> None:
        super().__init__(reason)
        self.reason = reason
        self.done = done


@dataclass(frozen=True)
class RunResult:
    evidence: dict[str, Any]
    archive: bytes | None = None


class PrefixedJournal:
    """One request's journal seen under a prefix (a correction runs one plan per target)."""

    def __init__(self, journal: StoreJournal, prefix: str) -> None:
        self.journal = journal
        self.prefix = prefix

    def is_done(self, step_key: str) -> bool:
        return self.journal.is_done(self.prefix + step_key)

    def begin(self, step_key: str, found: dict | None = None) -> None:
        self.journal.begin(self.prefix + step_key, found)

    def record(self, step_key: str, summary: dict) -> None:
        self.journal.record(self.prefix + step_key, summary)


def _done(journal: StoreJournal) -> list[dict[str, Any]]:
    return [{"step": s.key, **(s.summary or {})} for s in journal.steps() if s.state == "done"]


@keeps("R1", "R2", "R3", "R4")
def execute(service: RequestService, request: RequestRecord, journal: StoreJournal) -> RunResult:
    """Run ``request`` to the end (retrying a failing datastore), or raise ExecutionFailed."""

    def once() -> RunResult:
        return _run_once(service, request, journal)

    def note(attempt: int, exc: BaseException) -> None:
        service.audit.append(
            "worker",
            "request.retry",
            f"request:{request.id}",
            {"attempt": attempt, "reason": _reason(exc)},
        )

    try:
        return with_backoff(once, service.backoff, (ConnectorError, ExecutionError), on_retry=note)
    except LeaseLost:
        raise  # another runner has the request now: this one writes nothing more
    except TrothError as exc:
        raise ExecutionFailed(_reason(exc), _done(journal)) from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:500]


def _run_once(service: RequestService, request: RequestRecord, journal: StoreJournal) -> RunResult:
    datasets, systems = stored_datasets(service.store)
    identities = {k: [v] for k, v in request.identities.items()}
    policy = service.policy
    if request.kind == "correction":
        changes: dict[str, Any] = request.details["changes"]
        plans = {
            target: plan_request(
                "correction",
                identities,
                datasets,
                policy,
                correction_target=target,
                systems=systems,
            )
            for target in sorted(changes)
        }
        keys = sorted({d for p in plans.values() for d in p.datasets})
        with connections_for(keys, service.settings) as connections:
            return _correct(plans, changes, connections, journal)
    kind = request.kind
    plan = plan_request(kind, identities, datasets, policy, systems=systems)
    with connections_for(list(plan.datasets), service.settings) as connections:
        if kind == "access":
            return _access(plan, connections, policy)
        if kind == "withdrawal":
            consent = _withdraw_consent(service, request, journal)
            outcome = _erase(plan, connections, journal)
            outcome.evidence["consent"] = consent
            outcome.evidence["summary"]["consents_withdrawn"] = consent.get("withdrawn", 0)
            return outcome
        outcome = _erase(plan, connections, journal)
        outcome.evidence["consent"] = _forget_consent(service, request, journal)
        return outcome


def _access(plan: Any, connections: Any, policy: Any) -> RunResult:
    result = run_access(plan, connections)
    archive = archive_bytes(result, policy)
    collections = {c.name: len(c.rows) for c in result.collections}
    evidence = {
        "kind": "access",
        "plan": plan.digest(),
        "collections": collections,
        "summary": {"collections": len(collections), "rows": result.row_count},
    }
    return RunResult(evidence, archive)


def _erase(plan: Any, connections: Any, journal: StoreJournal) -> RunResult:
    result = run_erasure(plan, connections, journal)
    evidence = dict(result.evidence)
    steps = evidence["steps"] = counted_from_journal(evidence.get("steps", {}), journal.recorded())
    evidence["summary"] = {
        "deleted": sum(s.get("deleted", 0) for s in steps.values()),
        "masked": sum(s.get("masked", 0) for s in steps.values()),
        "kept": sum(k["rows"] for s in steps.values() for k in s.get("kept", [])),
        "verified": result.verified,
        "status": result.status,
    }
    return RunResult(evidence)


def counted_from_journal(
    steps: dict[str, dict[str, Any]], recorded: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Each step's rows deleted and masked as its records in the store say (one per slice),
    not as this run saw them: a step done by an earlier run, or cut short by a crash after
    its write, found nothing left this time but did its work."""
    counted = {}
    for key, step in steps.items():
        records = [r for k, r in recorded.items() if k == key or k.startswith(key + "#slice")]
        if not records:
            counted[key] = step
            continue
        step = dict(step)
        for name in ("deleted", "masked"):
            step[name] = sum(int(r.get(name, 0)) for r in records)
        cut = [r["cut_short"] for r in records if "cut_short" in r]
        if cut:
            step["cut_short"] = cut[0] if len(cut) == 1 else cut
        counted[key] = step
    return counted


def _correct(
    plans: dict[str, Any], changes: dict[str, Any], connections: Any, journal: StoreJournal
) -> RunResult:
    per_target: dict[str, Any] = {}
    for target, plan in plans.items():
        result = run_correction(
            plan, connections, target, changes[target], PrefixedJournal(journal, f"{target}|")
        )
        per_target[target] = {"changed": dict(result.changed), "kept": result.kept}
    _changed_from_journal(per_target, journal)
    evidence = {
        "kind": "correction",
        "targets": per_target,
        "summary": {
            "fields": sorted(per_target),
            "rows_changed": sum(
                sum(t["changed"].values()) + sum(t.get("changed_before_a_cut", {}).values())
                for t in per_target.values()
            ),
        },
    }
    return RunResult(evidence)


def _changed_from_journal(per_target: dict[str, Any], journal: StoreJournal) -> None:
    """Rows changed as the journal's records say: a step done by an earlier run counts what
    it changed then. A step an earlier run was cut short in, which this run found nothing
    left to change (its write had committed), counts the rows it found before the cut."""
    recorded = journal.recorded()
    cut = journal.cut_short()
    for target, outcome in per_target.items():
        prefix = f"{target}|"
        for key, summary in recorded.items():
            if key.startswith(prefix) and "collection" in summary:
                outcome["changed"][summary["collection"]] = int(summary.get("changed", 0))
        before = {
            k[len(prefix) :]: int(f.get("changed", 0))
            for k, f in cut.items()
            if k.startswith(prefix)
        }
        if before:
            outcome["changed_before_a_cut"] = before


def _forget_consent(
    service: RequestService, request: RequestRecord, journal: StoreJournal
) -> dict[str, Any]:
    """After an erasure, the consent ledger forgets the address (keeping a keyed pseudonym
    that still blocks marketing to it); once per request."""
    step = "consent:forget"
    if journal.is_done(step):
        return {**journal.recorded().get(step, {}), "already_done": True}
    email = request.identities.get("email")
    if email is None:
        summary: dict[str, Any] = {"addresses_erased": 0, "reason": "no email identity"}
        journal.record(step, summary)
        return summary
    journal.begin(step)
    summary = dict(ConsentLedger(service.store, service.policy).forget(email, "request"))
    journal.record(step, summary)
    return summary


def _withdraw_consent(
    service: RequestService, request: RequestRecord, journal: StoreJournal
) -> dict[str, Any]:
    """Withdraw every consent and stop marketing in the consent ledger (once per request)."""
    step = "consent:withdraw_everything"
    if journal.is_done(step):
        return {"withdrawn": 0, **journal.recorded().get(step, {}), "already_done": True}
    email = request.identities.get("email")
    if email is None:
        summary = {"withdrawn": 0, "recorded_in": "request", "reason": "no email identity"}
        journal.record(step, summary)
        return summary
    ledger = ConsentLedger(service.store, service.policy)
    journal.begin(step, {"withdrawn": len(list(ledger.state(email).current()))})
    withdrawn = ledger.withdraw_everything(email, "request")
    for channel in CHANNELS:
        ledger.set_preference(email, channel, OFF, "request")
    summary = {"withdrawn": withdrawn, "marketing": "off", "recorded_in": "consent_ledger"}
    journal.record(step, summary)
    return summary
