"""Plan a data subject request over the data map (pure: no database is touched).

``plan_request(kind, identities, datasets, policy, categories=None, systems=None) -> Plan`` and
``plan_batch(kind, [identities, ...], ...)``; ``kind`` is ``access``, ``erasure``,
``correction`` or ``withdrawal``. A :class:`Plan` is frozen plain data: ``steps`` (one per
collection, each with a stable ``key``), ``to_dict()`` and a readable ``describe()``. An
identity type no dataset declares, or a value that cannot be an identity, raises
:class:`PlanError` before anything is planned.

The rules are those of docs/semantics.md; the names below are its rule ids. The planner
decides what can be decided from the data map and the policy: which links are followed (E),
which collections may hold the subject's own and referred rows (R1, R2), what happens to each
field (X1) and to each collection's rows (X2), and the write order (X5). What depends on the
rows themselves (shared rows R3, rows others still point at X3) is decided by the executor,
from the ``sharing_checks`` and ``links_in`` each step lists.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from troth.datamap.fideskeys import FIELD_STRATEGIES
from troth.datamap.model import Collection, Dataset, covers, is_personal
from troth.errors import TrothError
from troth.policy.models import Policy, System
from troth.policy.taxonomy import is_within
from troth.requests.identity import IdentityError, check_identity
from troth.requests.masking import FixedValue, Strategy, erasure_choice, policy_choice, rows_for

RequestKind = Literal["access", "erasure", "correction", "withdrawal"]
KINDS: tuple[str, ...] = ("access", "erasure", "correction", "withdrawal")

InputKind = Literal["identity", "owned_by", "refers_to"]
FieldAction = Literal["read", "erase", "keep", "write"]
RowAction = Literal["read", "delete", "mask", "write"]


class PlanError(TrothError):
    """The request cannot be planned (unknown identity type, dataset without a system...)."""


@dataclass(frozen=True)
class StepInput:
    """What finds a step's rows: an identity, or values of rows found by another step.

    ``owned_by``: the rows belong to the source rows and share their standing (own or
    referred), except that a person collection is reached only from own rows (E4).
    """

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
    """A link into a step's collection, held by rows of ``source``: their ``source_fields``
    hold the step rows' ``fields``. ``direction`` is the link's (``from``: the source rows
    belong to the step's rows; ``to``: they point at them; None: both)."""

    source_dataset: str
    source_collection: str
    source_fields: tuple[str, ...]
    fields: tuple[str, ...]
    direction: str | None = None

    @property
    def refers(self) -> bool:
        return self.direction in ("to", None)

    @property
    def owns(self) -> bool:
        return self.direction in ("from", None)


@dataclass(frozen=True)
class FieldPlan:
    name: str
    categories: tuple[str, ...]
    action: FieldAction
    identity: str | None = None
    strategy: Strategy | None = None
    reason: str | None = None
    value: FixedValue = None  # the policy's fixed erasure value (None: the default one)
    link: bool = False  # the field holds a link to another row


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
    items: tuple[ItemInfo, ...] = ()
    links_in: tuple[SharingCheck, ...] = ()  # every link into the collection (R3, X3)
    person: bool = False  # the collection holds an identity field
    personal: bool = False  # the collection declares a personal field

    @property
    def address(self) -> str:
        return f"{self.dataset}.{self.collection}"

    @property
    def sharing_checks(self) -> tuple[SharingCheck, ...]:
        """R3: a row outside the record holding any of these links makes a referred row
        shared."""
        return self.links_in

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
    # O2: collections with personal data that no identity reaches and that link to the record
    findings: tuple[str, ...] = ()

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
            f"{self.kind} request for {_people(len(self.subjects))}, found by "
            f"{', '.join(self.identity_types()) or 'no identity'} (the rows are looked up when "
            "it runs)"
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
            referred = any(i.kind == "refers_to" for i in step.inputs)
            if referred and step.sharing_checks and self.kind != "access":
                sources = sorted(
                    {f"{c.source_dataset}.{c.source_collection}" for c in step.sharing_checks}
                )
                lines.append(
                    "     rows reached by referral are kept when a row outside the request "
                    "links to them from: " + ", ".join(sources)
                )
        if self.write_order:
            lines.append("writes, in order: " + ", ".join(self.write_order))
        lines.extend(f"note: {finding}" for finding in self.findings)
        return "\n".join(lines)


def _people(count: int) -> str:
    return "one person" if count == 1 else f"{count:,} people"


# --- planning --------------------------------------------------------------------------------

Address = tuple[str, str]


@dataclass(frozen=True)
class _Link:
    """A link written on ``holder.fields`` to ``target.target_fields`` (several fields between
    the same two collections in the same direction form one composite link)."""

    holder: Address
    fields: tuple[str, ...]
    target: Address
    target_fields: tuple[str, ...]
    direction: str | None  # "from", "to" or None (both)

    @property
    def owns(self) -> bool:
        """E1/E3: the holder's rows belong to the target's rows."""
        return self.direction in ("from", None) and self.holder != self.target

    @property
    def refers(self) -> bool:
        """E2/E3: the holder's rows point at the target's rows."""
        return self.direction in ("to", None)


def _links(datasets: Sequence[Dataset]) -> list[_Link]:
    """Every link of the data map (E5). References from one collection to several distinct
    fields of another, in one direction, form one link (a composite key: a row matches on
    every field); references to the same field are links of their own (``sender_id`` and
    ``recipient_id`` to ``people.id`` are two links)."""
    by_key = {d.fides_key: d for d in datasets}
    raw: dict[tuple[Address, Address, str | None], list[tuple[str, str]]] = {}
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
                    pair = (fld.path[0], ref.field_path[0])
                    raw.setdefault((here, there, ref.direction), []).append(pair)
    links = []
    for (holder, target, direction), pairs in sorted(raw.items(), key=lambda kv: str(kv[0])):
        unique = sorted(set(pairs))
        targets = [p[1] for p in unique]
        if len(set(targets)) == len(targets):
            groups = [unique]
        else:
            groups = [[p] for p in unique]
        for group in groups:
            links.append(
                _Link(
                    holder,
                    tuple(p[0] for p in group),
                    target,
                    tuple(p[1] for p in group),
                    direction,
                )
            )
    return links


def _system_of(policy: Policy, dataset_key: str, systems: Mapping[str, str | None]) -> System:
    linked = systems.get(dataset_key)
    if linked is not None:
        system = policy.system(linked)
        if system is None:
            raise PlanError(
                f"dataset {dataset_key!r} is linked to system {linked!r}, not in the policy"
            )
        return system
    for system in policy.systems:
        if dataset_key in system.datasets:
            return system
    raise PlanError(f"dataset {dataset_key!r} belongs to no system of the policy")


def _step_key(kind: str, address: Address) -> str:
    return f"{kind}:{address[0]}.{address[1]}"


@dataclass(frozen=True)
class _TopField:
    """A top-level field (a column), nested fields folded in."""

    name: str
    categories: tuple[str, ...]
    identity: str | None
    read_only: bool
    masking: tuple[str, str | None] | None
    link: bool

    @property
    def personal(self) -> tuple[str, ...]:
        return tuple(c for c in self.categories if is_personal(c))


def _top_fields(collection: Collection) -> list[_TopField]:
    out = []
    for top in collection.fields:
        cats: list[str] = list(collection.categories) if not top.categories else []
        identity = None
        read_only = False
        link = False
        for f in top.walk():
            cats.extend(c for c in f.categories if c not in cats)
            identity = identity or f.identity
            read_only = read_only or f.read_only
            link = link or bool(f.references)
        out.append(_TopField(top.name, tuple(cats), identity, read_only, top.masking, link))
    return out


def _legal_reason(system: System, category: str) -> str | None:
    """X1.4: why a legal obligation keeps ``category``, with the retention of the entry
    that collects it for that obligation (not of another use of the same category)."""
    for use, basis in system.bases_of(category).items():
        if basis == "legal_obligation":
            entry = next(
                (e for e in system.collections_of(category) if any(u.use == use for u in e.uses)),
                None,
            )
            retention = entry.retention if entry else None
            kept = f" for {retention.period} after {retention.after}" if retention else ""
            return f"{category} is kept for {use} (legal obligation){kept}"
    return None


def _consent_only(system: System, category: str) -> bool:
    bases = set(system.bases_of(category).values())
    return bases == {"consent"}


def _clean_subjects(
    subjects: Sequence[Mapping[str, Sequence[str]]], declared: set[str]
) -> list[dict[str, tuple[str, ...]]]:
    """The subjects' identity values, checked (M2); an undeclared type is an error."""
    clean_subjects: list[dict[str, tuple[str, ...]]] = []
    for subject in subjects:
        clean: dict[str, tuple[str, ...]] = {}
        for id_type, values in subject.items():
            if id_type not in declared:
                known = ", ".join(sorted(declared)) or "none"
                raise PlanError(
                    f"identity type {id_type!r} is declared by no dataset (declared: {known})"
                )
            vals = (values,) if isinstance(values, str) else tuple(values)
            kept = []
            for v in vals:
                if v is None or str(v) == "":
                    continue
                try:
                    kept.append(check_identity(id_type, str(v)))
                except IdentityError as exc:
                    raise PlanError(str(exc)) from None
            if kept:
                clean[id_type] = tuple(kept)
        clean_subjects.append(clean)
    if not any(clean_subjects):
        raise PlanError("the request names no identity value")
    return clean_subjects


def _check_correction(
    kind: str, target: str | None, declared: set[str], datasets: Sequence[Dataset]
) -> None:
    if kind != "correction":
        return
    if not target:
        raise PlanError("a correction needs the identity type or category it corrects")
    if target not in declared and not any(
        covers(target, c)
        for d in datasets
        for col in d.collections
        for f in col.walk()
        for c in f.categories
    ):
        raise PlanError(f"nothing in the data map is {target!r} (an identity type or category)")


class Planner:
    """Plans over one data map and policy. It remembers the steps of each shape of request
    (kind, identity types, scope), so a worker planning request after request over the same
    data map plans each shape once. ``systems`` links datasets to systems (as imported with
    ``--system``); a dataset not in it belongs to the policy system that lists it."""

    def __init__(
        self,
        datasets: Iterable[Dataset],
        policy: Policy,
        systems: Mapping[str, str | None] | None = None,
    ) -> None:
        self.datasets = list(datasets)
        self.policy = policy
        self.systems = dict(systems or {})
        self.declared = {
            f.identity for d in self.datasets for c in d.collections for f in c.walk() if f.identity
        }
        self._steps: dict[tuple, tuple[tuple[Step, ...], tuple[str, ...]]] = {}

    def plan(
        self,
        kind: str,
        subjects: Sequence[Mapping[str, Sequence[str]]],
        *,
        categories: Sequence[str] | None = None,
        correction_target: str | None = None,
    ) -> Plan:
        """One plan for the subjects' requests of one kind, run set-based together."""
        if kind not in KINDS:
            raise PlanError(f"unknown request kind {kind!r} (one of {', '.join(KINDS)})")
        clean_subjects = _clean_subjects(subjects, self.declared)
        _check_correction(kind, correction_target, self.declared, self.datasets)
        scope = tuple(categories or ())
        for category in scope:
            if not category.startswith("user"):
                raise PlanError(f"erasure scope {category!r} is not a personal data category")
        wanted = tuple(sorted({t for s in clean_subjects for t in s}))
        shape = (kind, wanted, scope, correction_target)
        if shape not in self._steps:
            self._steps[shape] = _plan_steps(
                kind,
                set(wanted),
                self.datasets,
                self.policy,
                scope,
                correction_target,
                self.systems,
            )
        steps, writes = self._steps[shape]
        return Plan(
            kind=kind,  # type: ignore[arg-type]
            subjects=tuple(clean_subjects),
            steps=steps,
            write_order=writes,
            categories=scope,
            correction_target=correction_target,
            findings=_unreached_findings(self.datasets, steps),
        )


def plan_request(
    kind: str,
    identities: Mapping[str, Sequence[str]],
    datasets: Iterable[Dataset],
    policy: Policy,
    *,
    categories: Sequence[str] | None = None,
    correction_target: str | None = None,
    systems: Mapping[str, str | None] | None = None,
) -> Plan:
    """The plan of one subject's request (see the module docstring)."""
    return Planner(datasets, policy, systems).plan(
        kind, [identities], categories=categories, correction_target=correction_target
    )


def plan_batch(
    kind: str,
    subjects: Sequence[Mapping[str, Sequence[str]]],
    datasets: Iterable[Dataset],
    policy: Policy,
    *,
    categories: Sequence[str] | None = None,
    correction_target: str | None = None,
    systems: Mapping[str, str | None] | None = None,
) -> Plan:
    """One plan for many subjects' requests of the same kind, run set-based together (a
    :class:`Planner` kept for many plans plans each shape of request once)."""
    return Planner(datasets, policy, systems).plan(
        kind, subjects, categories=categories, correction_target=correction_target
    )


def _unreached_findings(datasets: list[Dataset], steps: tuple[Step, ...]) -> tuple[str, ...]:
    """O2: collections holding personal data that no identity reaches but that link to a
    collection of the record: their rows may be the subject's, and the request cannot know."""
    reached = {(s.dataset, s.collection) for s in steps}
    by_key = {d.fides_key: d for d in datasets}
    found = []
    for dataset in datasets:
        for collection in dataset.collections:
            here = (dataset.fides_key, collection.name)
            if here in reached or not collection.personal_categories:
                continue
            targets = sorted(
                f"{ref.dataset}.{ref.collection}"
                for f in collection.walk()
                for ref in f.references
                if (ref.dataset, ref.collection) in reached and ref.dataset in by_key
            )
            if targets:
                found.append(
                    f"rows in {here[0]}.{here[1]} may refer to this person (they link to "
                    f"{', '.join(dict.fromkeys(targets))}) and no identity reaches them"
                )
    return tuple(found)


@dataclass(frozen=True)
class _Record:
    """Which collections may hold the subject's rows, and the links followed (R1, R2)."""

    own: frozenset[Address]
    referred: frozenset[Address]
    owning: tuple[_Link, ...]  # followed from owner to owned rows
    referring: tuple[_Link, ...]  # followed from pointing rows to the rows pointed at
    starts: tuple[Address, ...]

    @property
    def reached(self) -> frozenset[Address]:
        return self.own | self.referred

    @property
    def flows(self) -> list[tuple[Address, Address]]:
        """(from, to) for each followed link, in the direction rows are found."""
        out = [(link.target, link.holder) for link in self.owning]
        return out + [(link.holder, link.target) for link in self.referring]


def _record(
    links: list[_Link], collections: Mapping[Address, Collection], wanted: set[str]
) -> _Record:
    """R1: own collections (identity, then ownership); R2: referred (referral, and ownership
    from referred rows). Never into another person (E4): no link from a collection to
    itself, no referral into a person collection (and rows of another person found by
    ownership are left out when the rows are read)."""
    person = {a for a, c in collections.items() if c.identities}
    starts = sorted(
        a for a, c in collections.items() if any(f.identity in wanted for f in c.identities)
    )
    owning = [link for link in links if link.owns]
    referring = [
        link
        for link in links
        if link.refers and link.target not in person and link.holder != link.target
    ]
    own: set[Address] = set(starts)
    queue = deque(starts)
    while queue:
        node = queue.popleft()
        for link in owning:
            if link.target == node and link.holder not in own:
                own.add(link.holder)
                queue.append(link.holder)
    referred: set[Address] = set()
    queue = deque(sorted(own))
    while queue:
        node = queue.popleft()
        nexts = [link.target for link in referring if link.holder == node]
        if node in referred:
            nexts += [link.holder for link in owning if link.target == node]
        for nxt in nexts:
            if nxt not in referred:
                referred.add(nxt)
                queue.append(nxt)
    reached = own | referred
    return _Record(
        frozenset(own),
        frozenset(referred),
        tuple(k for k in owning if k.target in reached and k.holder in reached),
        tuple(k for k in referring if k.holder in reached and k.target in referred),
        tuple(starts),
    )


def _inputs(
    kind: str, addr: Address, fields: list[_TopField], wanted: set[str], record: _Record
) -> tuple[StepInput, ...]:
    inputs = [
        StepInput("identity", (f.name,), identity=f.identity)
        for f in fields
        if f.identity and f.identity in wanted
    ]
    for link in record.owning:
        if link.holder == addr:
            inputs.append(
                StepInput(
                    "owned_by",
                    link.fields,
                    source=_step_key(kind, link.target),
                    source_fields=link.target_fields,
                )
            )
    for link in record.referring:
        if link.target == addr:
            inputs.append(
                StepInput(
                    "refers_to",
                    link.target_fields,
                    source=_step_key(kind, link.holder),
                    source_fields=link.fields,
                )
            )
    return tuple(inputs)


def _links_into(links: list[_Link], addr: Address) -> tuple[SharingCheck, ...]:
    return tuple(
        SharingCheck(
            link.holder[0],
            link.holder[1],
            link.fields,
            link.target_fields,
            direction=link.direction,
        )
        for link in links
        if link.target == addr
    )


def _plan_steps(
    kind: str,
    wanted: set[str],
    datasets: list[Dataset],
    policy: Policy,
    scope: tuple[str, ...],
    correction_target: str | None,
    linked: Mapping[str, str | None],
) -> tuple[tuple[Step, ...], tuple[str, ...]]:
    collections = {(d.fides_key, c.name): c for d in datasets for c in d.collections}
    links = _links(datasets)
    record = _record(links, collections, wanted)
    order = _topological(sorted(record.reached), record.flows, list(record.starts))
    steps: dict[Address, Step] = {}
    for addr in order:
        collection = collections[addr]
        system = _system_of(policy, addr[0], linked)
        fields = _top_fields(collection)
        key = collection.key
        field_plans = _field_plans(
            kind, fields, system, scope, correction_target, set(key), f"{addr[0]}.{addr[1]}", policy
        )
        personal = any(f.personal for f in fields)
        row_action, retained = _row_action(kind, field_plans, personal, collection, policy, addr)
        steps[addr] = Step(
            key=_step_key(kind, addr),
            dataset=addr[0],
            collection=addr[1],
            system=system.key,
            inputs=_inputs(kind, addr, fields, wanted, record),
            fields=tuple(field_plans),
            row_action=row_action,
            primary_key=key,
            retained_reason=retained,
            links_in=_links_into(links, addr),
            person=bool(collection.identities),
            personal=personal,
        )
    ordered = tuple(replace(steps[a], items=describe_items(steps[a], policy)) for a in order)
    return ordered, _write_order(ordered, links)


def _row_action(
    kind: str,
    field_plans: list[FieldPlan],
    personal: bool,
    collection: Collection,
    policy: Policy,
    addr: Address,
) -> tuple[RowAction, str | None]:
    """X2 as far as the plan can tell: delete, mask or leave the collection's rows."""
    if kind == "access":
        return "read", None
    if kind == "correction":
        return "write", None
    if not personal:
        return "read", None
    kept = [
        f
        for f in field_plans
        if f.action == "keep"
        and f.reason != _KEY_REASON
        and any(is_personal(c) for c in f.categories)
    ]
    legal = next((f.reason for f in kept if f.reason and "legal obligation" in f.reason), None)
    blocking = [f for f in kept if f.reason == _READ_ONLY or f.reason == legal]
    rows = rows_for(f"{addr[0]}.{addr[1]}", policy.erasure)
    forced = (
        rows == "delete"
        or collection.delete_rows
        or any(f.action == "erase" and f.strategy == "delete_row" for f in field_plans)
    )
    if blocking or rows == "keep" or (kept and not forced):
        return "mask", legal
    return "delete", None


_KEY_REASON = "the row's key"
_READ_ONLY = "read-only in the data map"
_LINK_STRATEGY: Strategy = "null"


def _erasure_strategy(f: _TopField, address: str, policy: Policy) -> tuple[Strategy, FixedValue]:
    """X1.6: a link is set to NULL; else the policy's rule, the field's override, the default."""
    personal = f.personal
    chosen = policy_choice(personal, address, policy.erasure)
    if chosen is not None and (not f.link or chosen.strategy == "delete_row"):
        return chosen.strategy, chosen.value
    if f.link:
        return _LINK_STRATEGY, None
    if f.masking is not None and f.masking[0] in FIELD_STRATEGIES:
        strategy = FIELD_STRATEGIES[f.masking[0]]
        return strategy, f.masking[1] if strategy == "fixed" else None  # type: ignore[return-value]
    default = erasure_choice(personal)
    return default.strategy, default.value


def _field_plans(
    kind: str,
    fields: list[_TopField],
    system: System,
    scope: tuple[str, ...],
    correction_target: str | None,
    key_fields: set[str],
    collection: str,
    policy: Policy,
) -> list[FieldPlan]:
    """X1: what happens to each field, in the rule's order of precedence."""
    plans: list[FieldPlan] = []
    for f in fields:
        name, cats, identity, personal = f.name, f.categories, f.identity, f.personal
        if kind == "access":
            plans.append(FieldPlan(name, cats, "read", identity))
            continue
        if kind == "correction":
            hit = identity == correction_target or any(
                covers(correction_target or "", c) for c in personal
            )
            plans.append(FieldPlan(name, cats, "write" if hit else "read", identity))
            continue
        if name in key_fields:
            plans.append(FieldPlan(name, cats, "keep", identity, reason=_KEY_REASON))
            continue
        if not personal:
            plans.append(FieldPlan(name, cats, "read", identity))
            continue
        if f.read_only:
            plans.append(FieldPlan(name, cats, "keep", identity, reason=_READ_ONLY))
            continue
        legal = next((r for c in personal if (r := _legal_reason(system, c))), None)
        if legal:
            plans.append(FieldPlan(name, cats, "keep", identity, reason=legal))
            continue
        if kind == "withdrawal":
            in_scope = all(_consent_only(system, c) for c in personal)
            why = "it also rests on a basis other than consent"
        else:
            in_scope = not scope or all(any(covers(s, c) for s in scope) for c in personal)
            why = "outside the categories the request erases"
        if not in_scope:
            plans.append(FieldPlan(name, cats, "keep", identity, reason=why))
            continue
        strategy, value = _erasure_strategy(f, f"{collection}.{name}", policy)
        plans.append(
            FieldPlan(name, cats, "erase", identity, strategy=strategy, value=value, link=f.link)
        )
    return plans


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
            found.key
            for key in system.recipients
            if (found := policy.recipient(key)) is not None
            and any(is_within(c, rc) or is_within(rc, c) for c in personal for rc in found.receives)
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


def _write_order(ordered: tuple[Step, ...], links: list[_Link]) -> tuple[str, ...]:
    """X5: the writing steps, rows that hold a link before the rows it points at (so no
    deletion breaks a link); otherwise rows found from others first."""
    writing = [s for s in reversed(ordered) if s.writes]
    addr = {(s.dataset, s.collection): s.key for s in writing}
    after: dict[str, set[str]] = {s.key: set() for s in writing}  # key -> keys that go first
    for link in links:
        if link.target in addr and link.holder in addr and link.target != link.holder:
            after[addr[link.target]].add(addr[link.holder])
    done: list[str] = []
    waiting = [s.key for s in writing]
    while waiting:
        ready = next((k for k in waiting if after[k] <= set(done)), waiting[0])  # cycle: as found
        done.append(ready)
        waiting.remove(ready)
    return tuple(done)


def _topological(
    nodes: list[Address], flows: list[tuple[Address, Address]], starts: list[Address]
) -> list[Address]:
    """Collections whose rows find others before those; a cycle is broken at the node
    closest to an identity."""
    edges = [e for e in flows if e[0] != e[1]]
    incoming = {n: 0 for n in nodes}
    for _, target in edges:
        incoming[target] += 1
    depth: dict[Address, int] = {}
    queue = deque(s for s in starts if s in incoming)
    for s in queue:
        depth[s] = 0
    while queue:
        n = queue.popleft()
        for source, target in edges:
            if source == n and target not in depth:
                depth[target] = depth[n] + 1
                queue.append(target)
    done: list[Address] = []
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
        for source, target in edges:
            if source == node and target in remaining:
                remaining[target] -= 1
    return done
