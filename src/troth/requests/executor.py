"""Run a plan through the connectors: access, erasure (and withdrawal), correction.

``run_access(plan, connections) -> AccessResult``: the rows found per collection, each field
described from the policy (category, uses and their legal bases, recipients, retention, source
system, countries).

``run_erasure(plan, connections, journal=None) -> ErasureResult``: for an ``erasure`` or
``withdrawal`` plan. First every row is found (reads only); then every step is checked before
anything is written (read-only connection, missing column, a column that cannot hold an erased
value: the request fails with the reason and nothing is written); then the steps are written
in ``plan.write_order`` (rows found from others first, the identity rows last, so an
interrupted run finds the rest again), each in one transaction, recorded in the journal as
soon as it committed and skipped when the journal says it is done. Referred rows shared with
someone else are kept and reported with the reason. A verification pass then runs the access
plan again; ``result.evidence`` is the record of it all (no personal data).

A batch (``plan_batch``) larger than ``slice_size`` subjects (:data:`ERASURE_SLICE`) runs
slice by slice: each slice is found, written (one statement per collection for the slice) and
verified before the next, and keeps only the columns its writes and checks need, so memory
follows the slice, not the batch. Within a slice a row shared only among its subjects is
erased (everyone it belongs to asked); across slices the earlier slice keeps it, as one by one
would in that order. Each slice journals its steps as ``<step key>#slice<n>``.

``run_correction(plan, connections, target, new_value, journal=None) -> CorrectionResult``:
writes the new value into every field of the subject's own rows that holds ``target`` (an
identity type or a category); ``identities_after`` is the subject's updated identity set.

``Journal`` protocol: ``is_done(step_key) -> bool``, ``record(step_key, summary) -> None``
(and optionally ``begin(step_key)``). :class:`MemoryJournal` keeps it in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from troth.connectors.base import ColumnInfo, Connector, ConnectorError
from troth.errors import TrothError
from troth.promises import keeps
from troth.requests.masking import MaskingError, fitting_strategy, masked_value
from troth.requests.planner import ItemInfo, Plan, Step


class ExecutionError(TrothError):
    """The request could not be carried out; the message says which step and why."""


class Journal(Protocol):
    def is_done(self, step_key: str) -> bool: ...

    def record(self, step_key: str, summary: dict) -> None: ...


class MemoryJournal:
    """A journal in memory (tests, one-off runs)."""

    def __init__(self) -> None:
        self.steps: dict[str, dict] = {}
        self.started: list[str] = []

    def is_done(self, step_key: str) -> bool:
        return step_key in self.steps

    def begin(self, step_key: str) -> None:
        self.started.append(step_key)

    def record(self, step_key: str, summary: dict) -> None:
        self.steps[step_key] = summary


class ConnectionLookup(Protocol):
    def __getitem__(self, dataset_key: str) -> Connector: ...


# --- finding rows ----------------------------------------------------------------------------


@dataclass
class FoundRow:
    data: dict[str, Any]
    owners: set[int] = field(default_factory=set)  # subjects whose own row this is
    referrers: set[int] = field(default_factory=set)  # subjects whose rows refer to it

    @property
    def subjects(self) -> set[int]:
        return self.owners | self.referrers


@dataclass
class Discovery:
    rows: dict[str, dict[tuple, FoundRow]]
    keys: dict[str, tuple[str, ...]]
    queries: int = 0


@contextmanager
def request_session(plan: Plan, connections: ConnectionLookup) -> Iterator[None]:
    """Hold one connection per connector for the whole request (where the connector can)."""
    with ExitStack() as stack:
        seen: set[int] = set()
        for dataset in plan.datasets:
            connector = connections[dataset]
            session = getattr(connector, "session", None)
            if id(connector) in seen or not callable(session):
                continue
            seen.add(id(connector))
            stack.enter_context(session())
        yield


def _norm(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_norm(v) for v in value)
    return None if value is None else str(value)


def _loose(value: Any) -> Any:
    """Case- and trailing-space-insensitive form (collations that compare so)."""
    if isinstance(value, tuple):
        return tuple(_loose(v) for v in value)
    return None if value is None else str(value).casefold().rstrip()


def _key_fields(step: Step, connector: Connector) -> tuple[str, ...]:
    found = tuple(connector.primary_key(step.collection))
    if found:
        return found
    if step.primary_key:
        return step.primary_key
    return tuple(connector.columns(step.collection))


def _columns_needed(plan: Plan) -> dict[str, set[str]]:
    """Per step, the columns an erasure uses of a found row: to follow references, check
    sharing, mask and verify (the step's key columns are added when known)."""
    needed: dict[str, set[str]] = {s.key: set() for s in plan.steps}
    for step in plan.steps:
        mine = needed[step.key]
        mine.update(f.name for f in step.fields if f.action in ("erase", "write"))
        for check in step.sharing_checks:
            mine.update(check.fields)
        for inp in step.inputs:
            mine.update(inp.fields)
            if inp.source in needed:
                needed[inp.source].update(inp.source_fields)
    return needed


def discover(plan: Plan, connections: ConnectionLookup, *, trim: bool = False) -> Discovery:
    """Every row of the plan's subjects, collection by collection, to a fixed point.

    With ``trim`` a found row keeps only the columns an erasure needs (see
    :func:`_columns_needed`), not the whole row.
    """
    rows: dict[str, dict[tuple, FoundRow]] = {s.key: {} for s in plan.steps}
    keys: dict[str, tuple[str, ...]] = {}
    needed = _columns_needed(plan) if trim else {}
    seen: dict[tuple[str, int], dict[Any, set[int]]] = {}
    by_value: dict[tuple[str, int], dict[Any, list[tuple]]] = {}
    # a step's version grows whenever its rows or their subjects change; an input is looked at
    # again only when its source step changed since (identities: once)
    version: dict[str, int] = {s.key: 0 for s in plan.steps}
    looked: dict[tuple[str, int], int] = {}
    queries = 0
    for _round in range(len(plan.steps) + 2):
        progress = False
        for step in plan.steps:
            connector = connections[step.dataset]
            if step.key not in keys:
                keys[step.key] = _key_fields(step, connector)
                if trim:
                    needed[step.key].update(keys[step.key])
            key_fields = keys[step.key]
            keep_columns = sorted(needed[step.key]) if trim else None
            found = rows[step.key]
            for index, inp in enumerate(step.inputs):
                source_version = -1 if inp.kind == "identity" else version[inp.source or ""]
                if looked.get((step.key, index)) == source_version:
                    continue
                looked[(step.key, index)] = source_version
                wanted: dict[Any, tuple[Any, set[int]]] = {}
                if inp.kind == "identity":
                    for number, subject in enumerate(plan.subjects):
                        for value in subject.get(inp.identity or "", ()):
                            wanted.setdefault(_norm(value), (value, set()))[1].add(number)
                else:
                    by_owner = inp.kind == "owned_by"
                    one = inp.source_fields[0] if len(inp.source_fields) == 1 else None
                    for row in rows[inp.source or ""].values():
                        subs = row.owners if by_owner else row.subjects
                        if not subs:
                            continue
                        if one is not None:
                            value = row.data.get(one)
                            if value is None:
                                continue
                            norm = str(value)
                        else:
                            value = tuple(row.data.get(f) for f in inp.source_fields)
                            if any(p is None for p in value):
                                continue
                            norm = _norm(value)
                        entry = wanted.get(norm)
                        if entry is None:
                            wanted[norm] = (value, set(subs))
                        else:
                            entry[1].update(subs)
                done = seen.setdefault((step.key, index), {})
                hits = by_value.setdefault((step.key, index), {})
                owning = inp.kind != "refers_to"
                for norm, (_, subs) in wanted.items():
                    if norm in done and not subs <= done[norm]:
                        done[norm] |= subs
                        for row_key in hits.get(norm, ()):
                            target = found[row_key].owners if owning else found[row_key].referrers
                            target |= subs
                        progress = True
                        version[step.key] += 1
                new = [(n, raw, subs) for n, (raw, subs) in wanted.items() if n not in done]
                if not new:
                    continue
                loose = {_loose(raw): norm for norm, raw, _ in new}
                for norm, _, subs in new:
                    done[norm] = set(subs)
                field_spec = inp.fields[0] if len(inp.fields) == 1 else inp.fields
                queries += 1
                asked = [r for _, r, _ in new]
                one_key = key_fields[0] if len(key_fields) == 1 else None
                for data in connector.read(step.collection, field_spec, asked, keep_columns):
                    if one_key is not None:
                        row_key: tuple = (data.get(one_key),)
                    else:
                        row_key = tuple(data.get(k) for k in key_fields)
                    if isinstance(field_spec, str):
                        value = data.get(field_spec)
                    else:
                        value = tuple(data.get(f) for f in inp.fields)
                    norm = _norm(value)
                    if norm not in done:
                        norm = loose.get(_loose(value), norm)
                    subs = done.get(norm, set())
                    row = found.get(row_key)
                    if row is None:
                        row = found[row_key] = FoundRow(data)
                    (row.owners if owning else row.referrers).update(subs)
                    hits.setdefault(norm, []).append(row_key)
                    progress = True
                    version[step.key] += 1
        if not progress:
            break
    return Discovery(rows, keys, queries)


# --- access ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CollectionAccess:
    dataset: str
    collection: str
    system: str
    items: tuple[ItemInfo, ...]
    rows: tuple[dict[str, Any], ...]
    row_subjects: tuple[frozenset[int], ...]
    shared: tuple[bool, ...]  # True: reached only by reference (may belong to someone else)

    @property
    def name(self) -> str:
        return f"{self.dataset}.{self.collection}"


@dataclass(frozen=True)
class AccessResult:
    plan: Plan
    collections: tuple[CollectionAccess, ...]

    def collection(self, name: str) -> CollectionAccess | None:
        return next((c for c in self.collections if c.name == name or c.collection == name), None)

    def for_subject(self, number: int) -> AccessResult:
        """The part of a batch's result that belongs to one subject."""
        parts = []
        for c in self.collections:
            picked = [i for i, subs in enumerate(c.row_subjects) if number in subs]
            if picked:
                parts.append(
                    CollectionAccess(
                        c.dataset,
                        c.collection,
                        c.system,
                        c.items,
                        tuple(c.rows[i] for i in picked),
                        tuple(c.row_subjects[i] for i in picked),
                        tuple(c.shared[i] for i in picked),
                    )
                )
        return AccessResult(self.plan, tuple(parts))

    @property
    def row_count(self) -> int:
        return sum(len(c.rows) for c in self.collections)


@keeps("R2")
def run_access(plan: Plan, connections: ConnectionLookup) -> AccessResult:
    """Every row of the plan's subjects, with what the policy says of each field."""
    with request_session(plan, connections):
        found = discover(plan, connections)
    return _access_result(plan, found)


def _access_result(plan: Plan, found: Discovery) -> AccessResult:
    collections = []
    for step in plan.steps:
        rows = found.rows[step.key]
        if not rows:
            continue
        declared = [f.name for f in step.fields]
        items = step.items  # empty for rows without personal data that the subject's rows own
        if not items and not any(i.kind != "refers_to" for i in step.inputs):
            continue
        ordered = sorted(
            rows.values(), key=lambda r: tuple(_norm(v) or "" for v in r.data.values())
        )
        collections.append(
            CollectionAccess(
                step.dataset,
                step.collection,
                step.system,
                items,
                tuple({n: r.data.get(n) for n in declared} for r in ordered),
                tuple(frozenset(r.subjects) for r in ordered),
                tuple(not r.owners for r in ordered),
            )
        )
    return AccessResult(plan, tuple(collections))


# --- erasure ---------------------------------------------------------------------------------


@dataclass
class StepOutcome:
    key: str
    collection: str
    row_action: str
    deleted: int = 0
    masked: int = 0
    kept: dict[str, int] = field(default_factory=dict)  # reason -> rows
    fields_erased: dict[str, str] = field(default_factory=dict)  # field -> strategy applied
    fields_kept: dict[str, str] = field(default_factory=dict)  # field -> reason
    already_done: bool = False
    changed_keys: set[tuple] = field(default_factory=set, repr=False)
    originals: dict[tuple, dict[str, Any]] = field(default_factory=dict, repr=False)

    def summary(self) -> dict[str, Any]:
        return {
            "collection": self.collection,
            "row_action": self.row_action,
            "deleted": self.deleted,
            "masked": self.masked,
            "kept": [{"rows": n, "reason": r} for r, n in sorted(self.kept.items())],
            "fields_erased": dict(sorted(self.fields_erased.items())),
            "fields_kept": dict(sorted(self.fields_kept.items())),
            "already_done": self.already_done,
        }


@dataclass(frozen=True)
class ErasureResult:
    plan: Plan
    steps: tuple[StepOutcome, ...]
    verified: bool
    verification: dict[str, Any]
    evidence: dict[str, Any]

    def step(self, collection: str) -> StepOutcome | None:
        return next(
            (s for s in self.steps if s.collection == collection or s.key.endswith(collection)),
            None,
        )


def _shared_rows(
    plan: Plan,
    step: Step,
    connections: ConnectionLookup,
    found: Discovery,
    kept_shared: Mapping[str, Mapping[tuple, str]],
) -> dict[tuple, str]:
    """Rows of the step that also belong to someone outside the batch, with the reason.

    A row reached only by referral is shared when a row referencing it is not the batch's;
    a row of the subject's own is shared when another person's row refers to it; and a row
    belonging to a parent row kept as shared stays with its parent.
    """
    rows = found.rows[step.key]
    shared: dict[tuple, str] = {}
    for inp in step.inputs:
        parents = kept_shared.get(inp.source or "", {}) if inp.kind == "owned_by" else {}
        if not parents:
            continue
        parent_rows = found.rows[inp.source or ""]
        held = {
            _norm(tuple(parent_rows[k].data.get(f) for f in inp.source_fields)) for k in parents
        }
        parent_name = inp.source.rpartition(".")[2] if inp.source else "another collection"
        for row_key, row in rows.items():
            if _norm(tuple(row.data.get(f) for f in inp.fields)) in held:
                shared.setdefault(row_key, f"shared: belongs to a {parent_name} row kept as shared")
    for check in step.sharing_checks:
        # own rows are only shared through a reference from someone else's row to them
        candidates = {
            k: r
            for k, r in rows.items()
            if k not in shared and (not r.owners or not check.ownership)
        }
        if not candidates:
            continue
        source_key = f"{plan.kind}:{check.source_dataset}.{check.source_collection}"
        ours = found.rows.get(source_key, {})
        connector = connections[check.source_dataset]
        source_pk = tuple(connector.primary_key(check.source_collection)) or check.source_fields
        values: dict[Any, list[tuple]] = {}
        raw: dict[Any, Any] = {}
        for row_key, row in candidates.items():
            value = tuple(row.data.get(f) for f in check.fields)
            if any(v is None for v in value):
                continue
            norm = _norm(value)
            values.setdefault(norm, []).append(row_key)
            raw.setdefault(norm, value[0] if len(value) == 1 else value)
        if not values:
            continue
        spec = check.source_fields[0] if len(check.source_fields) == 1 else check.source_fields
        for data in connector.read(check.source_collection, spec, list(raw.values())):
            their_key = tuple(data.get(k) for k in source_pk)
            mine = ours.get(their_key)
            if mine is not None and mine.subjects:
                continue
            value = tuple(data.get(f) for f in check.source_fields)
            for row_key in values.get(_norm(value), ()):
                shared.setdefault(
                    row_key,
                    f"shared: also linked from {check.source_collection} rows "
                    "that are not the subject's",
                )
    return shared


def _column(connector: Connector, step: Step, name: str) -> ColumnInfo:
    columns = connector.columns(step.collection)
    if name not in columns:
        raise ExecutionError(f"{step.address}: the database has no column {name!r}")
    return columns[name]


def _preflight(plan: Plan, connections: ConnectionLookup, keys: Iterable[str]) -> None:
    """Fail before writing anything when a step could not be carried out in full."""
    for key in keys:
        step = plan.step(key)
        connector = connections[step.dataset]
        if connector.read_only:
            raise ExecutionError(
                f"{step.address}: connection {connector.name!r} is read-only, "
                f"so its rows cannot be {'deleted' if step.row_action == 'delete' else 'changed'}"
            )
        for f in step.fields:
            if f.action not in ("erase", "write"):
                continue
            column = _column(connector, step, f.name)
            if f.action == "erase" and step.row_action == "mask":
                try:
                    fitting_strategy(f.strategy or "null", column, f.value)
                except MaskingError as exc:
                    raise ExecutionError(f"{step.address}: {exc}") from None


def _begin(journal: Journal | None, key: str) -> None:
    begin = getattr(journal, "begin", None)
    if callable(begin):
        begin(key)


# Subjects erased together per slice: a larger batch is carried out slice by slice, so the
# rows held at once (found rows, sharing checks, the verification's) grow with the slice, not
# with the batch. Each slice is still set-based: one statement per collection for the slice.
ERASURE_SLICE = 2000


class _SliceJournal:
    """The journal of one slice of a batch: its steps recorded under keys of their own."""

    def __init__(self, journal: Journal, number: int) -> None:
        self.journal = journal
        self.suffix = f"#slice{number}"

    def is_done(self, step_key: str) -> bool:
        return self.journal.is_done(step_key + self.suffix)

    def begin(self, step_key: str) -> None:
        _begin(self.journal, step_key + self.suffix)

    def record(self, step_key: str, summary: dict) -> None:
        self.journal.record(step_key + self.suffix, summary)


def erasure_slices(plan: Plan, slice_size: int = ERASURE_SLICE) -> list[Plan]:
    """The plan cut into plans of at most ``slice_size`` subjects (the same steps)."""
    if slice_size < 1:
        raise ExecutionError(f"a slice holds at least one subject, not {slice_size}")
    if len(plan.subjects) <= slice_size:
        return [plan]
    return [
        replace(plan, subjects=plan.subjects[start : start + slice_size])
        for start in range(0, len(plan.subjects), slice_size)
    ]


@keeps("R3", "R4")
def run_erasure(
    plan: Plan,
    connections: ConnectionLookup,
    journal: Journal | None = None,
    *,
    slice_size: int = ERASURE_SLICE,
) -> ErasureResult:
    """Erase the plan's subjects' data, step by step, journaled, then verify.

    A batch of more than ``slice_size`` subjects is carried out slice by slice, each slice
    found, written and verified before the next; the result adds the slices up. A row shared
    only among subjects of one slice is erased with them (all its owners asked); a row shared
    with a subject of a later slice is kept by the earlier slice, as one by one would, and
    dealt with when that subject's slice runs.
    """
    if plan.kind not in ("erasure", "withdrawal"):
        raise ExecutionError(f"a {plan.kind} plan cannot be run as an erasure")
    parts = erasure_slices(plan, slice_size)
    with request_session(plan, connections):
        if len(parts) == 1:
            outcomes, verification = _erase_part(plan, connections, journal)
        else:
            outcomes = {}
            checks = []
            for number, part in enumerate(parts, 1):
                part_journal = _SliceJournal(journal, number) if journal is not None else None
                found, checked = _erase_part(part, connections, part_journal)
                _add_outcomes(outcomes, found)
                checks.append(checked)
            verification = _add_verifications(checks)
    evidence = {
        "kind": plan.kind,
        "plan": plan.digest(),
        "subjects": len(plan.subjects),
        "slices": len(parts),
        "categories": list(plan.categories),
        "steps": {k: o.summary() for k, o in outcomes.items()},
        "verification": verification,
        "verified": verification["verified"],
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return ErasureResult(
        plan, tuple(outcomes.values()), verification["verified"], verification, evidence
    )


def _add_outcomes(totals: dict[str, StepOutcome], part: Mapping[str, StepOutcome]) -> None:
    """Add one slice's outcomes to the batch's (counts only: row keys are not carried)."""
    for key, outcome in part.items():
        total = totals.get(key)
        if total is None:
            total = totals[key] = StepOutcome(key, outcome.collection, outcome.row_action)
            total.already_done = outcome.already_done
        total.deleted += outcome.deleted
        total.masked += outcome.masked
        for reason, count in outcome.kept.items():
            total.kept[reason] = total.kept.get(reason, 0) + count
        total.fields_erased.update(outcome.fields_erased)
        total.fields_kept.update(outcome.fields_kept)
        total.already_done = total.already_done and outcome.already_done


def _add_verifications(checks: list[dict[str, Any]]) -> dict[str, Any]:
    remaining: dict[str, int] = {}
    problems: list[str] = []
    for check in checks:
        for name, count in check["remaining_rows"].items():
            remaining[name] = remaining.get(name, 0) + count
        problems.extend(p for p in check["problems"] if p not in problems)
    return {
        "verified": all(c["verified"] for c in checks),
        "problems": problems,
        "remaining_rows": remaining,
        "queries": sum(c["queries"] for c in checks),
        "slices": len(checks),
        "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _erase_part(
    plan: Plan, connections: ConnectionLookup, journal: Journal | None
) -> tuple[dict[str, StepOutcome], dict[str, Any]]:
    """Find, write and verify one slice; its found rows are dropped when it returns."""
    found = discover(plan, connections, trim=True)
    pending = [k for k in plan.write_order if not (journal and journal.is_done(k))]
    _preflight(plan, connections, pending)
    outcomes: dict[str, StepOutcome] = {}
    kept_shared: dict[str, dict[tuple, str]] = {}
    for step in plan.steps:
        outcome = StepOutcome(step.key, step.address, step.row_action)
        for f in step.fields:
            if f.action == "keep" and f.reason:
                outcome.fields_kept[f.name] = f.reason
        outcomes[step.key] = outcome
        rows = found.rows[step.key]
        if not rows:
            continue
        shared = _shared_rows(plan, step, connections, found, kept_shared) if step.writes else {}
        kept_shared[step.key] = shared
        for reason in shared.values():
            outcome.kept[reason] = outcome.kept.get(reason, 0) + 1
        mine = [k for k in rows if k not in shared]
        if step.retained_reason and mine:
            outcome.kept[f"kept with personal fields masked: {step.retained_reason}"] = len(mine)
        elif not step.writes and mine:
            reason = "nothing in this collection is erased: " + (
                "; ".join(sorted(set(outcome.fields_kept.values()))) or "no personal field"
            )
            outcome.kept[reason] = len(mine)
        outcome.changed_keys = set(mine)
    for key in plan.write_order:
        step = plan.step(key)
        outcome = outcomes[key]
        if journal is not None and journal.is_done(key):
            outcome.already_done = True
            continue
        connector = connections[step.dataset]
        key_fields = found.keys[key]
        targets = [k for k in found.rows[key] if k in outcome.changed_keys]
        _begin(journal, key)
        if step.row_action == "delete":
            for f in step.fields_to("erase"):
                outcome.fields_erased[f.name] = "delete_row"
        try:
            if targets:  # nothing found: no transaction (no round trips) for nothing
                with connector.transaction():
                    if step.row_action == "delete":
                        outcome.deleted = connector.delete(step.collection, key_fields, targets)
                    else:
                        outcome.masked = _mask(step, connector, key_fields, targets, found, outcome)
        except ConnectorError as exc:
            raise ExecutionError(f"{step.address}: {exc}") from None
        if journal is not None:
            journal.record(key, outcome.summary())
    del found, kept_shared
    verification = _verify(plan, connections, outcomes)
    for outcome in outcomes.values():
        outcome.changed_keys = set()
        outcome.originals = {}
    return outcomes, verification


def _mask(
    step: Step,
    connector: Connector,
    key_fields: tuple[str, ...],
    targets: list[tuple],
    found: Discovery,
    outcome: StepOutcome,
) -> int:
    erase = step.fields_to("erase")
    if not erase or not targets:
        return 0
    columns = {f.name: _column(connector, step, f.name) for f in erase}
    for f in erase:
        outcome.fields_erased[f.name] = fitting_strategy(
            f.strategy or "null", columns[f.name], f.value
        )
    updates = []
    for row_key in targets:
        data = found.rows[step.key][row_key].data
        outcome.originals[row_key] = {f.name: data.get(f.name) for f in erase}
        # an empty field stays empty, but is still named so every row gets the same columns
        # (one statement for the collection)
        changes = {
            f.name: None
            if data.get(f.name) is None
            else masked_value(f.strategy or "null", columns[f.name], data.get(f.name), f.value)
            for f in erase
        }
        if changes:
            updates.append((row_key, changes))
    update_rows = getattr(connector, "update_rows", None)
    if callable(update_rows):
        update_rows(step.collection, key_fields, updates)
    else:
        for row_key, changes in updates:
            connector.update(step.collection, key_fields, [row_key], changes)
    return len(targets)


def _verify(
    plan: Plan, connections: ConnectionLookup, outcomes: Mapping[str, StepOutcome]
) -> dict[str, Any]:
    """Run the access plan again: only what was kept (and said why) may remain."""
    after = discover(plan, connections, trim=True)
    problems: list[str] = []
    remaining: dict[str, int] = {}
    for step in plan.steps:
        outcome = outcomes[step.key]
        rows = after.rows[step.key]
        if not rows:
            continue
        remaining[step.address] = len(rows)
        for row_key, row in rows.items():
            if step.row_action == "delete" and row_key in outcome.changed_keys:
                if not outcome.already_done:
                    problems.append(f"{step.address}: a row still exists after its deletion")
                    break
            if step.row_action == "mask" and row_key in outcome.originals:
                before = outcome.originals[row_key]
                if any(before[n] is not None and row.data.get(n) == before[n] for n in before):
                    problems.append(f"{step.address}: an erased field still holds its value")
                    break
            if (
                row_key not in outcome.changed_keys
                and not outcome.kept
                and step.writes
                and not outcome.already_done
            ):
                problems.append(f"{step.address}: a row of the subject was found after erasure")
                break
    return {
        "verified": not problems,
        "problems": problems,
        "remaining_rows": remaining,
        "queries": after.queries,
        "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


# --- correction ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CorrectionResult:
    plan: Plan
    changed: dict[str, int]
    kept: dict[str, int]
    identities_after: tuple[dict[str, tuple[str, ...]], ...]
    target: str


def _fits(column: ColumnInfo, value: Any) -> Any:
    if column.kind == "string":
        text = str(value)
        if column.length and len(text) > column.length:
            raise ExecutionError(f"column {column.name!r} holds at most {column.length} characters")
        return text
    if column.kind == "integer":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ExecutionError(f"column {column.name!r} holds whole numbers") from None
    if column.kind == "unknown":
        raise ExecutionError(f"column {column.name!r} holds a kind of value not known")
    return value


@keeps("R1")
def run_correction(
    plan: Plan,
    connections: ConnectionLookup,
    target: str | None,
    new_value: Any,
    journal: Journal | None = None,
) -> CorrectionResult:
    """Write ``new_value`` wherever the subject's own rows hold ``target``."""
    if plan.kind != "correction":
        raise ExecutionError(f"a {plan.kind} plan cannot be run as a correction")
    target = target or plan.correction_target
    if target != plan.correction_target:
        raise ExecutionError(f"the plan corrects {plan.correction_target!r}, not {target!r}")
    with request_session(plan, connections):
        return _run_correction(plan, connections, target, new_value, journal)


def _run_correction(
    plan: Plan,
    connections: ConnectionLookup,
    target: str,
    new_value: Any,
    journal: Journal | None,
) -> CorrectionResult:
    found = discover(plan, connections)
    writing = [s for s in plan.steps if s.fields_to("write") and found.rows[s.key]]
    _preflight(plan, connections, [s.key for s in writing])
    values = {
        s.key: {
            f.name: _fits(_column(connections[s.dataset], s, f.name), new_value)
            for f in s.fields_to("write")
        }
        for s in writing
    }
    changed: dict[str, int] = {}
    kept: dict[str, int] = {}
    for step in reversed(writing):
        if journal is not None and journal.is_done(step.key):
            continue
        rows = found.rows[step.key]
        targets = [k for k, r in rows.items() if r.owners]
        if len(targets) < len(rows):
            kept[step.address] = len(rows) - len(targets)
        connector = connections[step.dataset]
        _begin(journal, step.key)
        try:
            with connector.transaction():
                changed[step.address] = connector.update(
                    step.collection, found.keys[step.key], targets, values[step.key]
                )
        except ConnectorError as exc:
            raise ExecutionError(f"{step.address}: {exc}") from None
        if journal is not None:
            journal.record(
                step.key,
                {"collection": step.address, "changed": changed[step.address], "field": target},
            )
    after = []
    for subject in plan.subjects:
        updated = dict(subject)
        if target in updated:
            updated[target] = (str(new_value),)
        after.append(updated)
    return CorrectionResult(plan, changed, kept, tuple(after), target)
