"""Run a plan through the connectors: access, erasure (and withdrawal), correction.

The rules are those of docs/semantics.md; rows are found by :mod:`troth.requests.discovery`.

``run_access(plan, connections) -> AccessResult``: every row of the subject's record (R4),
each marked shared or not, each field described from the policy.

``run_erasure(plan, connections, journal=None) -> ErasureResult``: for an ``erasure`` or
``withdrawal`` plan. Every row is found and the shared ones marked (reads only); each of the
subject's rows is then deleted or masked (X2), a row that another row still points at being
masked instead of deleted (X3, decided row by row); every step is checked before anything is
written (read-only connection, missing column, a value the column cannot hold: the request
fails with the reason and nothing is written). The steps are written in ``plan.write_order``
(X5), each in one transaction, recorded in the journal as soon as it committed and skipped
when the journal says it is done. Verification (X6) reads every written row again by its key.
``result.status`` is ``complete`` only when verification passed and everything kept was kept
for a reason the policy gives (O1); ``result.kept`` lists each kept item with its reason.

A batch (``plan_batch``) larger than ``slice_size`` subjects (:data:`ERASURE_SLICE`) runs
slice by slice: each slice is found, written and verified before the next, and keeps only the
columns its writes and checks need. Within a slice a row shared only among its subjects is
erased (everyone it belongs to asked); across slices the earlier slice keeps it, as one by one
would in that order. Each slice journals its steps as ``<step key>#slice<n>``.

``run_correction(plan, connections, target, new_value, journal=None) -> CorrectionResult``:
writes the new value into every field of the subject's own rows that holds ``target`` (an
identity type or a category); ``identities_after`` is the subject's updated identity set.

``Journal`` protocol: ``is_done(step_key) -> bool``, ``record(step_key, summary) -> None``
(and optionally ``begin(step_key)``). :class:`MemoryJournal` keeps it in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from troth.connectors.base import ColumnInfo, Connector, ConnectorError
from troth.errors import TrothError
from troth.promises import keeps
from troth.requests.discovery import (
    ConnectionLookup,
    Discovery,
    FoundRow,
    discover,
    getter,
    mark_shared,
    request_session,
)
from troth.requests.discovery import norm as _norm
from troth.requests.masking import MaskingError, fitting_strategy, masked_value
from troth.requests.planner import FieldPlan, ItemInfo, Plan, Step

__all__ = [
    "AccessResult",
    "CollectionAccess",
    "ConnectionLookup",
    "CorrectionResult",
    "Discovery",
    "ErasureResult",
    "ExecutionError",
    "FoundRow",
    "Journal",
    "MemoryJournal",
    "StepOutcome",
    "discover",
    "erasure_slices",
    "request_session",
    "resolve_strategies",
    "run_access",
    "run_correction",
    "run_erasure",
]


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

    def begin(self, step_key: str, found: dict | None = None) -> None:
        self.started.append(step_key)

    def record(self, step_key: str, summary: dict) -> None:
        self.steps[step_key] = summary


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
    findings: tuple[str, ...] = ()  # O2, M3: what the request could not settle, in words

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
        return AccessResult(self.plan, tuple(parts), self.findings)

    @property
    def row_count(self) -> int:
        return sum(len(c.rows) for c in self.collections)


@keeps("R2")
def run_access(plan: Plan, connections: ConnectionLookup) -> AccessResult:
    """Every row of the plan's subjects, with what the policy says of each field."""
    with request_session(plan, connections):
        found = discover(plan, connections)
        mark_shared(plan, connections, found)
    return _access_result(plan, found)


def _access_result(plan: Plan, found: Discovery) -> AccessResult:
    collections = []
    for step in plan.steps:
        rows = found.rows[step.key]
        if not rows:
            continue
        declared = [f.name for f in step.fields]
        ordered = sorted(
            rows.values(), key=lambda r: tuple(_norm(v) or "" for v in r.data.values())
        )
        collections.append(
            CollectionAccess(
                step.dataset,
                step.collection,
                step.system,
                step.items,
                tuple({n: r.data.get(n) for n in declared} for r in ordered),
                tuple(frozenset(r.subjects) for r in ordered),
                tuple(r.shared for r in ordered),
            )
        )
    return AccessResult(plan, tuple(collections), (*plan.findings, *found.findings(plan)))


# --- erasure ---------------------------------------------------------------------------------

SHARED = "shared: another person's rows point at it too"
NO_NULL = "a link whose column does not allow NULL: kept, and so is the row it points at"
POINTED_AT = "masked, not deleted: a row that stays points at it"
# reasons the policy or the semantics give for keeping something (O1); any other is partial
_ALLOWED_FIELD_REASONS = (
    "the row's key",
    "legal obligation",
    "outside the categories",
    "basis other than consent",
    "does not allow NULL",
)


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
    unlawful: dict[str, int] = field(default_factory=dict)  # kept for no allowed reason -> rows
    delete_keys: set[tuple] = field(default_factory=set, repr=False)
    mask_keys: set[tuple] = field(default_factory=set, repr=False)
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
            "not_kept_by_policy": [
                {"rows": n, "reason": r} for r, n in sorted(self.unlawful.items())
            ],
            "already_done": self.already_done,
        }


@dataclass(frozen=True)
class ErasureResult:
    plan: Plan
    steps: tuple[StepOutcome, ...]
    verified: bool
    verification: dict[str, Any]
    evidence: dict[str, Any]

    @property
    def status(self) -> str:
        """``complete`` or ``partial`` (O1)."""
        return str(self.evidence["status"])

    @property
    def kept(self) -> list[dict[str, Any]]:
        """Each kept item: collection, reason, rows, and whether the policy allows it."""
        return list(self.evidence["kept"])

    def step(self, collection: str) -> StepOutcome | None:
        return next(
            (s for s in self.steps if s.collection == collection or s.key.endswith(collection)),
            None,
        )


def _allowed(reason: str) -> bool:
    return any(part in reason for part in _ALLOWED_FIELD_REASONS)


def _subject_rows(rows: Mapping[tuple, FoundRow]) -> list[tuple]:
    """The subjects' own rows and their exclusively referred rows (not shared)."""
    return [k for k, r in rows.items() if r.owners or (r.referrers and not r.shared)]


def _kept_links(step: Step, connector: Connector) -> set[str]:
    """Link fields to erase whose column cannot hold NULL: kept (X1.6) where their row stays
    (a ``delete_row`` link too: its row may be masked, not deleted, when something keeps it)."""
    erase = [f for f in step.fields_to("erase") if f.link]
    if not erase:
        return set()
    columns = connector.columns(step.collection)
    return {f.name for f in erase if f.name in columns and not columns[f.name].nullable}


NO_KEY = (
    "no key: no primary key is declared, no field is named id and the table has no "
    "primary key, so no row is written"
)


def _outcome_for(
    step: Step, rows: Mapping[tuple, FoundRow], kept_links: set[str], keyed: bool
) -> StepOutcome:
    """What the plan and the rows say of one step before X3: who is deleted, masked, kept."""
    outcome = StepOutcome(step.key, step.address, step.row_action)
    for f in step.fields:
        if f.action == "keep" and f.reason and any(c.startswith("user") for c in f.categories):
            outcome.fields_kept[f.name] = f.reason
    shared = sum(1 for r in rows.values() if r.shared and not r.owners)
    if shared:
        outcome.kept[SHARED] = shared
    mine = _subject_rows(rows)
    if not mine or not step.personal:
        return outcome
    if not keyed:
        outcome.kept[NO_KEY] = len(mine)
        outcome.unlawful[NO_KEY] = len(mine)
        return outcome
    for name, reason in outcome.fields_kept.items():
        if _allowed(reason):
            continue
        # a field that holds nothing (NULL) keeps nothing of the person (O1)
        holding = sum(1 for k in mine if rows[k].data.get(name, "") is not None)
        if holding:
            outcome.unlawful[f"{name}: {reason}"] = holding
    if step.retained_reason:
        outcome.kept[f"kept with personal fields masked: {step.retained_reason}"] = len(mine)
    if step.row_action == "delete":
        outcome.delete_keys = set(mine)
    elif step.fields_to("erase"):
        outcome.mask_keys = set(mine)
    _keep_links(outcome, kept_links)
    return outcome


def _keep_links(outcome: StepOutcome, kept_links: set[str]) -> None:
    """X1.6: in masked rows, a link whose column cannot hold NULL is kept (not allowed)."""
    if not outcome.mask_keys or not kept_links:
        return
    for name in sorted(kept_links):
        outcome.fields_kept[name] = NO_NULL


@dataclass(frozen=True)
class _Pointer:
    """A row (``holder`` step or collection, its key) whose link ``fields`` points at
    ``target`` rows of a step."""

    holder: str
    holder_key: tuple
    fields: tuple[str, ...]
    target: str
    target_key: tuple


@dataclass(frozen=True)
class _LinkIn:
    """A link into a step's collection: ``holder`` rows' ``fields`` hold ``target_fields``."""

    holder: str  # the holder's step key (also for a collection the plan does not reach)
    connector: Connector
    table: str
    fields: tuple[str, ...]
    target_fields: tuple[str, ...]


def _links_in(plan: Plan, step: Step, connections: ConnectionLookup) -> list[_LinkIn]:
    """The data map's links into the step's collection, and the foreign keys the database
    declares into its table (X3: a row is never deleted from under either)."""
    out = [
        _LinkIn(
            f"{plan.kind}:{link.source_dataset}.{link.source_collection}",
            connections[link.source_dataset],
            link.source_collection,
            link.source_fields,
            link.fields,
        )
        for link in step.links_in
    ]
    connector = connections[step.dataset]
    catalog = getattr(connector, "catalog", None)
    if not callable(catalog):
        return out
    known = {(i.table, i.fields, i.target_fields) for i in out}
    tables = {s.collection: s for s in plan.steps if connections[s.dataset] is connector}
    for fk in catalog().foreign_keys_into(step.collection):
        if (fk.table, fk.columns, fk.target_columns) in known:
            continue
        holder = tables.get(fk.table)
        key = holder.key if holder is not None else f"{plan.kind}:{step.dataset}.{fk.table}"
        out.append(_LinkIn(key, connector, fk.table, fk.columns, fk.target_columns))
    return out


class _Pointers:
    """The rows that hold a link to a row about to be deleted (X3), found lazily.

    A row about to be deleted itself holds no link that stays, so its links are looked at
    only if it is later kept (``from_row``). Each link is read once.
    """

    def __init__(
        self,
        plan: Plan,
        connections: ConnectionLookup,
        found: Discovery,
        outcomes: Mapping[str, StepOutcome],
    ) -> None:
        self.found = found
        self.active: list[_Pointer] = []
        # rows about to be deleted: their pointers, or how to find them if they are kept
        self.deferred: dict[tuple[str, tuple], list[_Pointer]] = {}
        self.owned: dict[str, list[tuple[_LinkIn, str, dict[Any, list[tuple]]]]] = {}
        for step in plan.steps:
            candidates = outcomes[step.key].delete_keys
            if not candidates:
                continue
            rows = found.rows[step.key]
            by_fields: dict[tuple[str, ...], dict[Any, list[tuple]]] = {}
            for link in _links_in(plan, step, connections):
                values = by_fields.get(link.target_fields)
                if values is None:
                    values = by_fields[link.target_fields] = {}
                    target_of = getter(link.target_fields)
                    for row_key in candidates:
                        value = target_of(rows[row_key].data)
                        if None not in value:
                            values.setdefault(_norm(value), []).append(row_key)
                if values:
                    self._add_link(plan, step, link, values, outcomes)

    def _add_link(
        self,
        plan: Plan,
        step: Step,
        link: _LinkIn,
        values: dict[Any, list[tuple]],
        outcomes: Mapping[str, StepOutcome],
    ) -> None:
        holder_of = getter(link.fields)
        outcome = outcomes.get(link.holder)
        gone = outcome.delete_keys if outcome is not None else set()
        if _found_through(plan, step, link):
            # every holder row was read: look at those that stay now, the rest when kept;
            # another person's rows read and left out (E4) always stay
            self.owned.setdefault(link.holder, []).append((link, step.key, values))
            rows = self.found.rows[link.holder]
            for holder_key, row in rows.items():
                if holder_key not in gone:
                    self._point(link, step.key, values, holder_key, holder_of(row.data))
            for holder_key, data in self.found.others.get(link.holder, {}).items():
                if holder_key not in rows:
                    self._point(link, step.key, values, holder_key, holder_of(data))
            return
        for holder_key, data in _holders(step, link, self.found, values):
            pointers = [
                _Pointer(link.holder, holder_key, link.fields, step.key, target_key)
                for target_key in values.get(_norm(holder_of(data)), ())
            ]
            if holder_key in gone:
                self.deferred.setdefault((link.holder, holder_key), []).extend(pointers)
            else:
                self.active.extend(pointers)

    def _point(
        self,
        link: _LinkIn,
        target: str,
        values: Mapping[Any, list[tuple]],
        holder_key: tuple,
        value: tuple,
    ) -> None:
        self.active.extend(
            _Pointer(link.holder, holder_key, link.fields, target, target_key)
            for target_key in values.get(_norm(value), ())
        )

    def from_row(self, holder: str, holder_key: tuple) -> None:
        """Look at the links of a row that was about to be deleted and is now kept."""
        self.active.extend(self.deferred.pop((holder, holder_key), []))
        row = self.found.rows.get(holder, {}).get(holder_key)
        if row is None:
            return
        for link, target, values in self.owned.get(holder, ()):
            self._point(link, target, values, holder_key, getter(link.fields)(row.data))


def _found_through(plan: Plan, step: Step, link: _LinkIn) -> bool:
    """True when ``link`` is how its holder's rows were found from ``step``'s rows
    (ownership): then every such row was read, found or left out as another person's."""
    holder = next((s for s in plan.steps if s.key == link.holder), None)
    if holder is None:
        return False
    return any(
        inp.kind == "owned_by" and inp.source == step.key and inp.fields == link.fields
        for inp in holder.inputs
    )


def _holders(
    step: Step, link: _LinkIn, found: Discovery, values: Mapping[Any, list[tuple]]
) -> Iterable[tuple[tuple, dict[str, Any]]]:
    """The rows holding ``link`` with one of ``values``, with their keys (read)."""
    keys = found.keys.get(link.holder) or tuple(link.connector.primary_key(link.table))
    spec = link.fields[0] if len(link.fields) == 1 else link.fields
    raw = [next(iter(values[v])) for v in values]
    wanted = [
        found.rows[step.key][k].data.get(link.target_fields[0])
        if len(link.target_fields) == 1
        else tuple(found.rows[step.key][k].data.get(f) for f in link.target_fields)
        for k in raw
    ]
    return [
        (tuple(data.get(k) for k in keys) if keys else tuple(data.values()), data)
        for data in link.connector.read(link.table, spec, wanted)
    ]


def _link_stays(pointer: _Pointer, plan: Plan, outcomes: Mapping[str, StepOutcome]) -> bool:
    """False when the pointing row is deleted, or masked with every field of the link nulled."""
    outcome = outcomes.get(pointer.holder)
    if outcome is None:
        return True  # a row outside the plan's collections
    if pointer.holder_key in outcome.delete_keys:
        return False
    if pointer.holder_key not in outcome.mask_keys:
        return True
    erased = {f.name for f in plan.step(pointer.holder).fields_to("erase")}
    erased -= set(outcome.fields_kept)
    return not set(pointer.fields) <= erased


def _keep_pointed_at(
    plan: Plan,
    connections: ConnectionLookup,
    found: Discovery,
    outcomes: dict[str, StepOutcome],
    kept_links: Mapping[str, set[str]],
) -> None:
    """X3: a row that a staying link points at is masked, not deleted (to a fixed point)."""
    pointers = _Pointers(plan, connections, found, outcomes)
    changed = True
    while changed:
        changed = False
        for pointer in list(pointers.active):
            target = outcomes[pointer.target]
            if pointer.target_key not in target.delete_keys:
                continue
            if (pointer.holder, pointer.holder_key) == (pointer.target, pointer.target_key):
                continue  # a row pointing at itself goes with itself
            if _link_stays(pointer, plan, outcomes):
                target.delete_keys.discard(pointer.target_key)
                target.mask_keys.add(pointer.target_key)
                target.kept[POINTED_AT] = target.kept.get(POINTED_AT, 0) + 1
                changed = True
                _keep_links(target, kept_links[pointer.target])
                pointers.from_row(pointer.target, pointer.target_key)


def _column(connector: Connector, step: Step, name: str) -> ColumnInfo:
    columns = connector.columns(step.collection)
    if name not in columns:
        raise ExecutionError(f"{step.address}: the database has no column {name!r}")
    return columns[name]


def _erased_fields(step: Step, outcome: StepOutcome) -> list[FieldPlan]:
    return [f for f in step.fields_to("erase") if f.name not in outcome.fields_kept]


def _preflight(
    plan: Plan,
    connections: ConnectionLookup,
    outcomes: Mapping[str, StepOutcome],
    keys: Iterable[str],
) -> None:
    """Fail before writing anything when a step could not be carried out in full."""
    for key in keys:
        step = plan.step(key)
        outcome = outcomes[key]
        if not outcome.delete_keys and not outcome.mask_keys:
            continue
        connector = connections[step.dataset]
        if connector.read_only:
            raise ExecutionError(
                f"{step.address}: connection {connector.name!r} is read-only, "
                f"so its rows cannot be {'deleted' if outcome.delete_keys else 'changed'}"
            )
        for f in _erased_fields(step, outcome):
            column = _column(connector, step, f.name)
            if not outcome.mask_keys:
                continue
            # as _mask writes it: a delete_row field of a row that stays is emptied
            wanted = "null" if f.strategy == "delete_row" else (f.strategy or "null")
            try:
                fitting_strategy(wanted, column, f.value)
            except MaskingError as exc:
                raise ExecutionError(f"{step.address}: {exc}") from None


def resolve_strategies(plan: Plan, connections: ConnectionLookup) -> Plan:
    """The plan with each erased field's strategy as it will run on its column: ``null`` on a
    NOT NULL column becomes the nearest that fits, a link the column cannot empty is kept.
    ``troth request plan`` prints this, so what it shows is what runs."""
    steps = []
    for step in plan.steps:
        fields = []
        columns = connections[step.dataset].columns(step.collection) if step.writes else {}
        for f in step.fields:
            column = columns.get(f.name)
            if f.action != "erase" or column is None:
                fields.append(f)
            elif f.link and f.strategy != "delete_row" and not column.nullable:
                fields.append(replace(f, action="keep", strategy=None, reason=NO_NULL))
            else:
                try:
                    fitted = fitting_strategy(f.strategy or "null", column, f.value)
                except MaskingError:
                    fitted = f.strategy or "null"
                kept = f.strategy == "delete_row" and step.row_action == "delete"
                fields.append(f if kept else replace(f, strategy=fitted))
        steps.append(replace(step, fields=tuple(fields)))
    return replace(plan, steps=tuple(steps))


def _begin(journal: Journal | None, key: str, found: dict | None = None) -> None:
    """Tell the journal a step starts; ``found``: what the step is about to write, so a
    step cut short after its write committed still reports it when it is run again."""
    begin = getattr(journal, "begin", None)
    if callable(begin):
        if found is None:
            begin(key)
        else:
            begin(key, found)


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

    def begin(self, step_key: str, found: dict | None = None) -> None:
        _begin(self.journal, step_key + self.suffix, found)

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
    """Erase the plan's subjects' data, step by step, journaled, then verify (see the module
    docstring); a batch larger than ``slice_size`` goes slice by slice."""
    if plan.kind not in ("erasure", "withdrawal"):
        raise ExecutionError(f"a {plan.kind} plan cannot be run as an erasure")
    parts = erasure_slices(plan, slice_size)
    outcomes: dict[str, StepOutcome] = {}
    checks = []
    findings = list(plan.findings)
    with request_session(plan, connections):
        for number, part in enumerate(parts, 1):
            part_journal: Journal | None = journal
            if journal is not None and len(parts) > 1:
                part_journal = _SliceJournal(journal, number)
            found, checked, noted = _erase_part(part, connections, part_journal)
            _add_outcomes(outcomes, found)
            checks.append(checked)
            findings.extend(n for n in noted if n not in findings)
    verification = checks[0] if len(checks) == 1 else _add_verifications(checks)
    kept = _kept_items(outcomes)
    complete = verification["verified"] and all(k["allowed"] for k in kept)
    evidence = {
        "kind": plan.kind,
        "plan": plan.digest(),
        "subjects": len(plan.subjects),
        "slices": len(parts),
        "categories": list(plan.categories),
        "steps": {k: o.summary() for k, o in outcomes.items()},
        "verification": verification,
        "verified": verification["verified"],
        "status": "complete" if complete else "partial",
        "kept": kept,
        "findings": findings,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return ErasureResult(
        plan, tuple(outcomes.values()), verification["verified"], verification, evidence
    )


def _kept_items(outcomes: Mapping[str, StepOutcome]) -> list[dict[str, Any]]:
    """Each item kept, with its reason and whether the policy allows it (O1)."""
    items = []
    for outcome in outcomes.values():
        for reason, rows in sorted(outcome.kept.items()):
            items.append(
                {
                    "collection": outcome.collection,
                    "rows": rows,
                    "reason": reason,
                    "allowed": reason not in outcome.unlawful,
                }
            )
        for reason, rows in sorted(outcome.unlawful.items()):
            if reason not in outcome.kept:
                items.append(
                    {
                        "collection": outcome.collection,
                        "rows": rows,
                        "reason": reason,
                        "allowed": False,
                    }
                )
    return items


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
        for reason, count in outcome.unlawful.items():
            total.unlawful[reason] = total.unlawful.get(reason, 0) + count
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


def _decide(plan: Plan, connections: ConnectionLookup, found: Discovery) -> dict[str, StepOutcome]:
    """Which of the subjects' rows are deleted, masked or kept, and why (X1–X4)."""
    outcomes: dict[str, StepOutcome] = {}
    kept_links: dict[str, set[str]] = {}
    for step in plan.steps:
        rows = found.rows[step.key]
        connector = connections[step.dataset]
        links = _kept_links(step, connector) if rows else set()
        keyed = bool(step.primary_key) or bool(rows and connector.primary_key(step.collection))
        outcomes[step.key] = _outcome_for(step, rows, links, keyed)
        kept_links[step.key] = links
    _keep_pointed_at(plan, connections, found, outcomes, kept_links)
    return outcomes


def _erase_part(
    plan: Plan, connections: ConnectionLookup, journal: Journal | None
) -> tuple[dict[str, StepOutcome], dict[str, Any], list[str]]:
    """Find, decide, write and verify one slice; its found rows are dropped when it returns.
    Returns the outcomes, the verification and what was found worth saying (M3)."""
    found = discover(plan, connections, trim=True)
    mark_shared(plan, connections, found)
    outcomes = _decide(plan, connections, found)
    pending = [k for k in plan.write_order if not (journal and journal.is_done(k))]
    _preflight(plan, connections, outcomes, pending)
    for key in plan.write_order:
        outcome = outcomes[key]
        if journal is not None and journal.is_done(key):
            outcome.already_done = True
            continue
        found_now = {"deleted": len(outcome.delete_keys), "masked": len(outcome.mask_keys)}
        _begin(journal, key, found_now)
        _write_step(plan.step(key), connections[plan.step(key).dataset], found, outcome)
        if journal is not None:
            journal.record(key, outcome.summary())
    verification = _verify(plan, connections, found, outcomes)
    for outcome in outcomes.values():
        outcome.delete_keys, outcome.mask_keys, outcome.originals = set(), set(), {}
    return outcomes, verification, found.findings(plan)


def _write_step(step: Step, connector: Connector, found: Discovery, outcome: StepOutcome) -> None:
    """One step's deletions and maskings, in one transaction."""
    key_fields = found.keys[step.key]
    deletes = _in_order(outcome.delete_keys)
    masks = _in_order(outcome.mask_keys)
    if deletes:
        for f in step.fields_to("erase"):
            outcome.fields_erased[f.name] = "delete_row"
    if not deletes and not masks:
        return  # nothing found: no transaction (no round trips) for nothing
    try:
        with connector.transaction():
            if deletes:
                outcome.deleted = connector.delete(step.collection, key_fields, deletes)
            if masks:
                outcome.masked = _mask(step, connector, key_fields, masks, found, outcome)
    except ConnectorError as exc:
        raise ExecutionError(f"{step.address}: {exc}") from None


def _in_order(keys: set[tuple]) -> list[tuple]:
    """Row keys in one fixed order, so every request writes rows in the same order."""
    try:
        return sorted(keys)
    except TypeError:  # keys of mixed types, or with NULLs: compared as text
        return sorted(keys, key=_norm)


def _mask(
    step: Step,
    connector: Connector,
    key_fields: tuple[str, ...],
    targets: list[tuple],
    found: Discovery,
    outcome: StepOutcome,
) -> int:
    erase = _erased_fields(step, outcome)
    if not erase or not targets:
        return 0
    columns = {f.name: _column(connector, step, f.name) for f in erase}
    strategies = {}
    for f in erase:
        wanted = "null" if f.strategy == "delete_row" else (f.strategy or "null")
        strategies[f.name] = fitting_strategy(wanted, columns[f.name], f.value)
        outcome.fields_erased[f.name] = strategies[f.name]
    updates = []
    for row_key in targets:
        data = found.rows[step.key][row_key].data
        outcome.originals[row_key] = {f.name: data.get(f.name) for f in erase}
        # an empty field stays empty, but is still named so every row gets the same columns
        # (one statement for the collection)
        changes = {
            f.name: None
            if data.get(f.name) is None
            else masked_value(strategies[f.name], columns[f.name], data.get(f.name), f.value)
            for f in erase
        }
        updates.append((row_key, changes))
    update_rows = getattr(connector, "update_rows", None)
    if callable(update_rows):
        update_rows(step.collection, key_fields, updates)
    else:
        for row_key, changes in updates:
            connector.update(step.collection, key_fields, [row_key], changes)
    return len(targets)


def _verify(
    plan: Plan,
    connections: ConnectionLookup,
    found: Discovery,
    outcomes: Mapping[str, StepOutcome],
) -> dict[str, Any]:
    """X6: read every written row again by its key."""
    problems: list[str] = []
    remaining: dict[str, int] = {}
    queries = 0
    for step in plan.steps:
        outcome = outcomes[step.key]
        written = outcome.delete_keys | outcome.mask_keys
        if outcome.already_done or not written:
            continue
        connector = connections[step.dataset]
        key_fields = found.keys[step.key]
        spec = key_fields[0] if len(key_fields) == 1 else key_fields
        raw = [k[0] if len(k) == 1 else k for k in _in_order(written)]
        # the key and the erased fields are all that is compared
        erased = sorted({name for before in outcome.originals.values() for name in before})
        queries += 1
        now = {
            _norm(tuple(d.get(k) for k in key_fields)): d
            for d in connector.read(step.collection, spec, raw, [*key_fields, *erased])
        }
        if now:
            remaining[step.address] = len(now)
        for row_key in outcome.delete_keys:
            if _norm(row_key) in now:
                problems.append(f"{step.address}: a row still exists after its deletion")
                break
        for row_key, before in outcome.originals.items():
            after = now.get(_norm(row_key))
            if after is None or any(
                v is not None and _norm(after.get(n)) == _norm(v) for n, v in before.items()
            ):
                problems.append(f"{step.address}: an erased field still holds its value")
                break
    return {
        "verified": not problems,
        "problems": problems,
        "remaining_rows": remaining,
        "queries": queries,
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
    if target is None or target != plan.correction_target:
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
    for step in writing:
        connector = connections[step.dataset]
        if connector.read_only:
            raise ExecutionError(
                f"{step.address}: connection {connector.name!r} is read-only, "
                "so its rows cannot be changed"
            )
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
        _begin(journal, step.key, {"changed": len(targets)})
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
