"""Plan a data subject request over the data map (pure: no database is touched).

``plan_request(kind, identities, datasets, policy, categories=None) -> Plan`` and
``plan_batch(kind, [identities, ...], datasets, policy, categories=None) -> Plan``; ``kind``
is ``access``, ``erasure``, ``correction`` or ``withdrawal``. A :class:`Plan` is frozen plain
data: ``steps`` (one per collection, each with a stable ``key``), ``to_dict()`` and a readable
``describe()``. An identity type no dataset declares raises :class:`PlanError`.

How the data map is followed. A reference written on a field can be read two ways:

* *ownership* — the row holding the reference belongs to the referenced row (an order found
  from its account: fideslang ``direction: from``);
* *referral* — the row points at a row that may belong to someone else (an order's shipping
  address, a participant's meeting: ``direction: to``).

A subject's own rows are those holding one of its identities and, from them, every row they
own, transitively. From own rows the planner also follows referrals to the rows they point
at, and from those further referrals, but never ownership back down from a referred row: the
meeting a person joined is returned, the other participants of that meeting are not, and a
meeting's organiser is never pulled in. References between the same two collections through
several fields form one composite key. Collections holding no personal data and leading to
none are left out, except those the subject's own rows own (an order's items, found by a
``direction: from`` reference from the order): they are part of the subject's record, so
access returns them and erasure deletes them with their parent when the parent is deleted
and keeps them (with the parent's reason) when the parent is kept.

For erasure and withdrawal each field is erased (with a masking strategy) or kept with its
reason, and each collection's rows are deleted or masked. Rows are *retained* (kept with
their other personal fields masked) when the policy says a category they hold serves a
legal obligation. A row is deleted when every personal field is erased (or the policy's
``erasure:`` rules ask for it: ``rows: delete`` on the collection, ``delete_row`` on an
erased field), it is not retained, the policy does not say ``rows: keep`` for the
collection, and no row that stays (a retained child, a row pointing at it) would be left
dangling. The policy's rules also choose each erased field's strategy
(:func:`troth.requests.masking.erasure_choice`). Whether a row is shared with someone else
is decided when the request runs: each step lists the references into its collection to
check (``sharing_checks``). A row reached only by referral is shared when any referencing
row is not the subject's; a row of the subject's own is shared when another person's row
refers to it (a meeting the subject organised that others joined, an organisation other
people manage).
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from troth.datamap.model import Dataset, covers, is_personal
from troth.errors import TrothError
from troth.policy.models import Policy, System
from troth.policy.taxonomy import is_within
from troth.requests.masking import FixedValue, Strategy, erasure_choice, rows_for

RequestKind = Literal["access", "erasure", "correction", "withdrawal"]
KINDS: tuple[str, ...] = ("access", "erasure", "correction", "withdrawal")

InputKind = Literal["identity", "owned_by", "refers_to"]
FieldAction = Literal["read", "erase", "keep", "write"]
RowAction = Literal["read", "delete", "mask", "write"]


class PlanError(TrothError):
    """The request cannot be planned (unknown identity type, dataset without a system...)."""


@dataclass(frozen=True)
class StepInput:
    """What finds a step's rows: an identity, or values of rows found by another step."""

    kind: InputKind
    fields: tuple[str, ...]
    identity: str | None = None
    source: str | None = None  # the upstream step key
    source_fields: tuple[str, ...] = ()

    def describe(self) -> str:
        here = ", ".join(self.fields)
        if self.kind == "identity":
            return f"{here} = the subject's {self.identity}"
        there = ", ".join(self.source_fields)
        how = "owned by" if self.kind == "owned_by" else "referred to by"
        return f"{here} = {there} of rows found in {self.source} ({how})"


@dataclass(frozen=True)
class SharingCheck:
    """A reference into a step's collection from ``source``: rows there not the subject's
    that hold the same value make a referred row shared."""

    source_dataset: str
    source_collection: str
    source_fields: tuple[str, ...]
    fields: tuple[str, ...]
    ownership: bool = False  # True: the step's rows belong to the source rows


@dataclass(frozen=True)
class FieldPlan:
    name: str
    categories: tuple[str, ...]
    action: FieldAction
    identity: str | None = None
    strategy: Strategy | None = None
    reason: str | None = None
    value: FixedValue = None  # the policy's fixed erasure value (None: the default one)


@dataclass(frozen=True)
class ItemInfo:
    """What the policy says of one field: the Art. 15 facts."""

    field: str
    categories: tuple[str, ...]
    uses: tuple[str, ...]
    bases: dict[str, str]
    recipients: tuple[str, ...]
    retention: str | None
    source: str | None
    system: str
    system_name: str
    countries: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "categories": list(self.categories),
            "uses": list(self.uses),
            "legal_bases": dict(self.bases),
            "recipients": list(self.recipients),
            "retention": self.retention,
            "source": self.source,
            "system": self.system,
            "system_name": self.system_name,
            "countries": list(self.countries),
        }


@dataclass(frozen=True)
class Step:
    key: str
    dataset: str
    collection: str
    system: str
    inputs: tuple[StepInput, ...]
    fields: tuple[FieldPlan, ...]
    row_action: RowAction
    primary_key: tuple[str, ...] = ()
    retained_reason: str | None = None
    sharing_checks: tuple[SharingCheck, ...] = ()
    items: tuple[ItemInfo, ...] = ()

    @property
    def address(self) -> str:
        return f"{self.dataset}.{self.collection}"

    def fields_to(self, action: FieldAction) -> tuple[FieldPlan, ...]:
        return tuple(f for f in self.fields if f.action == action)

    @property
    def writes(self) -> bool:
        return self.row_action in ("delete", "write") or (
            self.row_action == "mask" and bool(self.fields_to("erase"))
        )


@dataclass(frozen=True)
class Plan:
    kind: RequestKind
    subjects: tuple[Mapping[str, tuple[str, ...]], ...] = field(repr=False)
    steps: tuple[Step, ...]
    write_order: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    correction_target: str | None = None

    @property
    def datasets(self) -> tuple[str, ...]:
        found = {s.dataset for s in self.steps}
        found.update(c.source_dataset for s in self.steps for c in s.sharing_checks)
        return tuple(sorted(found))

    def step(self, key: str) -> Step:
        return next(s for s in self.steps if s.key == key)

    def identity_types(self) -> list[str]:
        return sorted({t for subject in self.subjects for t in subject})

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data; identity values are left out (types and counts only)."""
        return {
            "kind": self.kind,
            "subjects": len(self.subjects),
            "identity_types": self.identity_types(),
            "categories": list(self.categories),
            "correction_target": self.correction_target,
            "write_order": list(self.write_order),
            "steps": [
                {
                    "key": s.key,
                    "dataset": s.dataset,
                    "collection": s.collection,
                    "system": s.system,
                    "row_action": s.row_action,
                    "primary_key": list(s.primary_key),
                    "retained_reason": s.retained_reason,
                    "inputs": [
                        {
                            "kind": i.kind,
                            "fields": list(i.fields),
                            "identity": i.identity,
                            "source": i.source,
                            "source_fields": list(i.source_fields),
                        }
                        for i in s.inputs
                    ],
                    "fields": [
                        {
                            "name": f.name,
                            "categories": list(f.categories),
                            "action": f.action,
                            "identity": f.identity,
                            "strategy": f.strategy,
                            "reason": f.reason,
                        }
                        | ({"value": f.value} if f.value is not None else {})
                        for f in s.fields
                    ],
                    "sharing_checks": [
                        {
                            "source": f"{c.source_dataset}.{c.source_collection}",
                            "source_fields": list(c.source_fields),
                            "fields": list(c.fields),
                        }
                        for c in s.sharing_checks
                    ],
                }
                for s in self.steps
            ],
        }

    def digest(self) -> str:
        """A stable fingerprint of the plan's structure (no identity values)."""
        text = json.dumps(self.to_dict(), sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def describe(self) -> str:
        """A readable account of what the request will read and change, step by step."""
        lines = [
            f"{self.kind} request for {len(self.subjects)} subject(s) "
            f"by {', '.join(self.identity_types()) or 'no identity'}"
        ]
        if self.categories:
            lines.append(f"limited to categories: {', '.join(self.categories)}")
        if self.correction_target:
            lines.append(f"correcting: {self.correction_target}")
        for number, step in enumerate(self.steps, 1):
            lines.append(f"{number}. {step.address} (system {step.system}): {step.row_action} rows")
            for inp in step.inputs:
                lines.append(f"     found by {inp.describe()}")
            if step.retained_reason:
                lines.append(f"     rows kept: {step.retained_reason}")
            for f in step.fields:
                if f.action == "read":
                    continue
                how = f" ({f.strategy})" if f.strategy else ""
                why = f": {f.reason}" if f.reason else ""
                lines.append(f"     {f.action} {f.name}{how}{why}")
            if step.sharing_checks and self.kind != "access":
                sources = sorted(
                    {f"{c.source_dataset}.{c.source_collection}" for c in step.sharing_checks}
                )
                lines.append("     referred rows kept when shared with: " + ", ".join(sources))
        if self.write_order:
            lines.append("writes, in order: " + ", ".join(self.write_order))
        return "\n".join(lines)


# --- planning --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    """Values flow from ``source.source_fields`` to ``target.fields``."""

    source: tuple[str, str]
    source_fields: tuple[str, ...]
    target: tuple[str, str]
    fields: tuple[str, ...]
    ownership: bool  # True: the target row belongs to the source row


def _links(datasets: Sequence[Dataset]) -> list[_Link]:
    by_key = {d.fides_key: d for d in datasets}
    raw: dict[tuple[tuple[str, str], tuple[str, str], bool], list[tuple[str, str]]] = {}
    for dataset in datasets:
        for collection in dataset.collections:
            here = (dataset.fides_key, collection.name)
            for fld in collection.walk():
                for ref in fld.references:
                    target_ds = by_key.get(ref.dataset)
                    target_coll = target_ds.collection(ref.collection) if target_ds else None
                    if target_coll is None or target_coll.field_at(ref.field_path) is None:
                        continue
                    there = (ref.dataset, ref.collection)
                    mine, theirs = fld.path[0], ref.field_path[0]
                    if ref.direction in ("to", None):
                        raw.setdefault((here, there, False), []).append((mine, theirs))
                    if ref.direction in ("from", None):
                        raw.setdefault((there, here, True), []).append((theirs, mine))
    links = []
    for (source, target, ownership), pairs in raw.items():
        unique = sorted(set(pairs))
        links.append(
            _Link(
                source,
                tuple(p[0] for p in unique),
                target,
                tuple(p[1] for p in unique),
                ownership,
            )
        )
    return links


def _system_of(policy: Policy, dataset_key: str) -> System:
    for system in policy.systems:
        if dataset_key in system.datasets:
            return system
    raise PlanError(f"dataset {dataset_key!r} belongs to no system of the policy")


def _step_key(kind: str, address: tuple[str, str]) -> str:
    return f"{kind}:{address[0]}.{address[1]}"


TopField = tuple[str, tuple[str, ...], str | None, bool]


def _top_fields(dataset: Dataset, collection_name: str) -> list[TopField]:
    """(column, categories, identity, primary key) per top-level field, nested ones folded in."""
    collection = dataset.collection(collection_name)
    assert collection is not None
    out = []
    for top in collection.fields:
        cats: list[str] = list(collection.categories) if not top.categories else []
        identity = None
        for f in top.walk():
            cats.extend(c for c in f.categories if c not in cats)
            identity = identity or f.identity
        out.append((top.name, tuple(cats), identity, top.primary_key))
    return out


def _legal_reason(system: System, category: str) -> str | None:
    for use, basis in system.bases_of(category).items():
        if basis == "legal_obligation":
            entries = system.collections_of(category)
            retention = entries[0].retention if entries else None
            kept = f" for {retention.period} after {retention.after}" if retention else ""
            return f"{category} is kept for {use} (legal obligation){kept}"
    return None


def _consent_only(system: System, category: str) -> bool:
    bases = set(system.bases_of(category).values())
    return bases == {"consent"}


# Plans by their structure (kind, identity types, the very datasets and policy objects, scope):
# a worker planning request after request over the same data map plans each shape once.
_PLAN_CACHE: dict[tuple, tuple[list[Dataset], Policy, tuple[Step, ...], tuple[str, ...]]] = {}
_PLAN_CACHE_SIZE = 64


def plan_request(
    kind: str,
    identities: Mapping[str, Sequence[str]],
    datasets: Iterable[Dataset],
    policy: Policy,
    *,
    categories: Sequence[str] | None = None,
    correction_target: str | None = None,
) -> Plan:
    """The plan of one subject's request (see the module docstring)."""
    return plan_batch(
        kind,
        [identities],
        datasets,
        policy,
        categories=categories,
        correction_target=correction_target,
    )


def plan_batch(
    kind: str,
    subjects: Sequence[Mapping[str, Sequence[str]]],
    datasets: Iterable[Dataset],
    policy: Policy,
    *,
    categories: Sequence[str] | None = None,
    correction_target: str | None = None,
) -> Plan:
    """One plan for many subjects' requests of the same kind, run set-based together."""
    if kind not in KINDS:
        raise PlanError(f"unknown request kind {kind!r} (one of {', '.join(KINDS)})")
    datasets = list(datasets)
    declared_identities = {
        f.identity for d in datasets for c in d.collections for f in c.walk() if f.identity
    }
    clean_subjects: list[dict[str, tuple[str, ...]]] = []
    for subject in subjects:
        clean: dict[str, tuple[str, ...]] = {}
        for id_type, values in subject.items():
            if id_type not in declared_identities:
                known = ", ".join(sorted(declared_identities)) or "none"
                raise PlanError(
                    f"identity type {id_type!r} is declared by no dataset (declared: {known})"
                )
            vals = (values,) if isinstance(values, str) else tuple(values)
            kept = tuple(str(v) for v in vals if v is not None and str(v) != "")
            if kept:
                clean[id_type] = kept
        clean_subjects.append(clean)
    if not any(clean_subjects):
        raise PlanError("the request names no identity value")
    wanted_types = {t for s in clean_subjects for t in s}
    if kind == "correction":
        if not correction_target:
            raise PlanError("a correction needs the identity type or category it corrects")
        if correction_target not in declared_identities and not any(
            covers(correction_target, c)
            for d in datasets
            for col in d.collections
            for f in col.walk()
            for c in f.categories
        ):
            raise PlanError(
                f"nothing in the data map is {correction_target!r} (an identity type or category)"
            )
    scope = tuple(categories or ())
    for category in scope:
        if not category.startswith("user"):
            raise PlanError(f"erasure scope {category!r} is not a personal data category")

    cache_key = (
        kind,
        tuple(sorted(wanted_types)),
        tuple(id(d) for d in datasets),
        id(policy),
        scope,
        correction_target,
    )
    cached = _PLAN_CACHE.get(cache_key)
    if cached is not None:
        _, _, steps_done, writes_done = cached
        return Plan(
            kind=kind,  # type: ignore[arg-type]
            subjects=tuple(clean_subjects),
            steps=steps_done,
            write_order=writes_done,
            categories=scope,
            correction_target=correction_target,
        )

    links = _links(datasets)
    fields_of = {
        (d.fides_key, c.name): _top_fields(d, c.name) for d in datasets for c in d.collections
    }

    # Own collections: those holding a wanted identity, and everything they own.
    starts = [
        addr
        for addr, flds in fields_of.items()
        if any(identity in wanted_types for _, _, identity, _ in flds)
    ]
    owned: set[tuple[str, str]] = set(starts)
    queue = deque(starts)
    while queue:
        node = queue.popleft()
        for link in links:
            if link.ownership and link.source == node and link.target not in owned:
                owned.add(link.target)
                queue.append(link.target)
    # Referred collections: referrals from own rows, then further referrals.
    reached = set(owned)
    queue = deque(owned)
    while queue:
        node = queue.popleft()
        for link in links:
            if not link.ownership and link.source == node and link.target not in reached:
                reached.add(link.target)
                queue.append(link.target)
    used = [
        link
        for link in links
        if link.source in reached
        and link.target in reached
        and (not link.ownership or (link.source in owned and link.target in owned))
    ]

    # Keep collections with personal data, or leading to some.
    def personal(addr: tuple[str, str]) -> bool:
        return any(is_personal(c) for _, cats, _, _ in fields_of[addr] for c in cats)

    keep = {addr for addr in reached if personal(addr)}
    # Rows without personal data that the subject's own rows own (an order's items).
    keep |= {link.target for link in used if link.ownership and link.source in owned}
    keep_owned_only = {addr for addr in keep if not personal(addr)}
    changed = True
    while changed:
        changed = False
        for link in used:
            if link.target in keep and link.source not in keep:
                keep.add(link.source)
                changed = True
    used = [link for link in used if link.source in keep and link.target in keep]

    order = _topological(sorted(keep), used, starts)
    systems = {addr: _system_of(policy, addr[0]) for addr in order}

    steps: dict[tuple[str, str], Step] = {}
    for addr in order:
        system = systems[addr]
        inputs: list[StepInput] = []
        for name, _, identity, _ in fields_of[addr]:
            if identity and identity in wanted_types:
                inputs.append(StepInput("identity", (name,), identity=identity))
        for link in used:
            if link.target == addr:
                inputs.append(
                    StepInput(
                        "owned_by" if link.ownership else "refers_to",
                        link.fields,
                        source=_step_key(kind, link.source),
                        source_fields=link.source_fields,
                    )
                )
        key_fields = {n for n, _, _, pk in fields_of[addr] if pk}
        linking = {f for link in links if link.target == addr for f in link.fields}
        linking |= {f for link in links if link.source == addr for f in link.source_fields}
        field_plans, retained = _field_plans(
            kind,
            fields_of[addr],
            system,
            scope,
            correction_target,
            key_fields | linking,
            f"{addr[0]}.{addr[1]}",
            policy,
        )
        checks = tuple(
            SharingCheck(
                link.source[0], link.source[1], link.source_fields, link.fields, link.ownership
            )
            for link in links
            if link.target == addr
        )
        if kind == "access":
            row_action: RowAction = "read"
        elif kind == "correction":
            row_action = "write"
        else:
            erasable = [f for f in field_plans if any(is_personal(c) for c in f.categories)]
            all_erased = all(f.action == "erase" or f.reason == _KEY_REASON for f in erasable)
            # the policy may keep the rows (masked), or have them deleted even where some
            # personal field is outside the request; data kept for the law always stays
            rows = rows_for(f"{addr[0]}.{addr[1]}", policy.erasure)
            forced = rows == "delete" or any(
                f.action == "erase" and f.strategy == "delete_row" for f in field_plans
            )
            deletes = (all_erased or forced) and not retained and rows != "keep"
            row_action = "delete" if deletes else "mask"
        steps[addr] = Step(
            key=_step_key(kind, addr),
            dataset=addr[0],
            collection=addr[1],
            system=system.key,
            inputs=tuple(inputs),
            fields=tuple(field_plans),
            row_action=row_action,
            primary_key=tuple(sorted(key_fields)),
            retained_reason=retained,
            sharing_checks=checks,
        )

    if kind in ("erasure", "withdrawal"):
        _follow_parents(steps, used, keep_owned_only, order)
        _no_dangling_rows(steps, used)
        _follow_parents(steps, used, keep_owned_only, order)

    ordered = tuple(replace(steps[a], items=describe_items(steps[a], policy)) for a in order)
    writes = _write_order(ordered, used)
    if len(_PLAN_CACHE) >= _PLAN_CACHE_SIZE:
        _PLAN_CACHE.clear()
    # the datasets and the policy are held so the ids in the key stay theirs
    _PLAN_CACHE[cache_key] = (datasets, policy, ordered, writes)
    return Plan(
        kind=kind,  # type: ignore[arg-type]
        subjects=tuple(clean_subjects),
        steps=ordered,
        write_order=writes,
        categories=scope,
        correction_target=correction_target,
    )


def describe_items(step: Step, policy: Policy) -> tuple[ItemInfo, ...]:
    """The policy's facts for each personal field of a step's collection."""
    system = policy.system(step.system)
    assert system is not None
    countries = tuple(policy.countries_of(system.key))
    items = []
    for f in step.fields:
        personal = tuple(c for c in f.categories if c == "user" or c.startswith("user."))
        if not personal:
            continue
        uses: set[str] = set()
        bases: dict[str, str] = {}
        retention = None
        source = None
        for category in personal:
            uses |= system.uses_of(category)
            bases.update(system.bases_of(category))
            entries = system.collections_of(category)
            if entries and retention is None:
                r = entries[0].retention
                retention = r.period if r.after == "collection" else f"{r.period} after {r.after}"
                source = entries[0].source
        recipients = sorted(
            r.key
            for key in system.recipients
            if (r := policy.recipient(key)) is not None
            and any(is_within(c, rc) or is_within(rc, c) for c in personal for rc in r.receives)
        )
        items.append(
            ItemInfo(
                f.name,
                personal,
                tuple(sorted(uses)),
                bases,
                tuple(recipients),
                retention,
                source,
                system.key,
                system.name,
                countries,
            )
        )
    return tuple(items)


_KEY_REASON = "a key linking rows; it goes with its row"


def _field_plans(
    kind: str,
    fields: list[tuple[str, tuple[str, ...], str | None, bool]],
    system: System,
    scope: tuple[str, ...],
    correction_target: str | None,
    key_fields: set[str],
    collection: str,
    policy: Policy,
) -> tuple[list[FieldPlan], str | None]:
    plans: list[FieldPlan] = []
    retained: str | None = None
    for name, cats, identity, _ in fields:
        personal = [c for c in cats if is_personal(c)]
        if kind == "access":
            plans.append(FieldPlan(name, cats, "read", identity))
            continue
        if kind == "correction":
            hit = identity == correction_target or any(
                covers(correction_target or "", c) for c in personal
            )
            plans.append(FieldPlan(name, cats, "write" if hit else "read", identity))
            continue
        if not personal:
            plans.append(FieldPlan(name, cats, "read", identity))
            continue
        legal = next((r for c in personal if (r := _legal_reason(system, c))), None)
        if legal:
            retained = retained or legal
            plans.append(FieldPlan(name, cats, "keep", identity, reason=legal))
            continue
        if name in key_fields:
            plans.append(FieldPlan(name, cats, "keep", identity, reason=_KEY_REASON))
            continue
        if kind == "withdrawal":
            in_scope = all(_consent_only(system, c) for c in personal)
            why = "it also rests on a basis other than consent"
        else:
            in_scope = not scope or all(any(covers(s, c) for s in scope) for c in personal)
            why = "outside the categories the request erases"
        if in_scope:
            choice = erasure_choice(personal, f"{collection}.{name}", policy.erasure)
            plans.append(
                FieldPlan(
                    name, cats, "erase", identity, strategy=choice.strategy, value=choice.value
                )
            )
        else:
            plans.append(FieldPlan(name, cats, "keep", identity, reason=why))
    return plans, retained


_PARENT_KEPT = "no personal data; kept with the rows they belong to"


def _follow_parents(
    steps: dict[tuple[str, str], Step],
    used: list[_Link],
    owned_only: set[tuple[str, str]],
    order: list[tuple[str, str]],
) -> None:
    """A collection without personal data is deleted with its parents, else kept with them."""
    for addr in order:
        if addr not in owned_only:
            continue
        parents = [steps[link.source] for link in used if link.ownership and link.target == addr]
        step = steps[addr]
        if parents and all(p.row_action == "delete" for p in parents):
            steps[addr] = replace(step, row_action="delete")
        else:
            steps[addr] = replace(step, row_action="mask", retained_reason=_PARENT_KEPT)


def _no_dangling_rows(steps: dict[tuple[str, str], Step], used: list[_Link]) -> None:
    """Mask instead of delete where a row that stays would point at the deleted row."""
    changed = True
    while changed:
        changed = False
        for link in used:
            # ownership: target rows point at source rows; referral: source rows point at target.
            pointed_at, pointing = (
                (link.source, link.target) if link.ownership else (link.target, link.source)
            )
            a, b = steps.get(pointed_at), steps.get(pointing)
            if a is None or b is None or a.row_action != "delete" or b.row_action == "delete":
                continue
            steps[pointed_at] = replace(a, row_action="mask")
            changed = True


def _write_order(ordered: tuple[Step, ...], used: list[_Link]) -> tuple[str, ...]:
    """The writing steps, rows that point at others before the rows they point at (so no
    deletion breaks a foreign key); otherwise rows found from others first."""
    writing = [s for s in reversed(ordered) if s.writes]
    addr = {(s.dataset, s.collection): s.key for s in writing}
    after: dict[str, set[str]] = {s.key: set() for s in writing}  # key -> keys that go first
    for link in used:
        pointed_at, pointing = (
            (link.source, link.target) if link.ownership else (link.target, link.source)
        )
        if pointed_at in addr and pointing in addr and pointed_at != pointing:
            after[addr[pointed_at]].add(addr[pointing])
    done: list[str] = []
    waiting = [s.key for s in writing]
    while waiting:
        ready = next((k for k in waiting if after[k] <= set(done)), waiting[0])  # cycle: as found
        done.append(ready)
        waiting.remove(ready)
    return tuple(done)


def _topological(
    nodes: list[tuple[str, str]], links: list[_Link], starts: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Sources before targets; a cycle is broken at the node closest to an identity."""
    incoming = {n: 0 for n in nodes}
    for link in links:
        incoming[link.target] += 1
    depth: dict[tuple[str, str], int] = {}
    queue = deque(s for s in starts if s in incoming)
    for s in queue:
        depth[s] = 0
    while queue:
        n = queue.popleft()
        for link in links:
            if link.source == n and link.target not in depth:
                depth[link.target] = depth[n] + 1
                queue.append(link.target)
    done: list[tuple[str, str]] = []
    remaining = dict(incoming)
    while remaining:
        ready = sorted(
            (n for n, count in remaining.items() if count == 0),
            key=lambda n: (depth.get(n, 99), n),
        )
        if not ready:
            ready = [min(remaining, key=lambda n: (depth.get(n, 99), n))]
        node = ready[0]
        done.append(node)
        del remaining[node]
        for link in links:
            if link.source == node and link.target in remaining:
                remaining[link.target] -= 1
    return done
