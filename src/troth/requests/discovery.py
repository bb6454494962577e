"""Find a plan's rows in the databases and tell which are shared (docs/semantics.md R1–R3).

``discover(plan, connections, trim=False) -> Discovery``: every row of the plan's subjects,
collection by collection, to a fixed point. Each found row records the subjects whose *own*
row it is (``owners``: an identity row, or owned by an own row) and those who reach it by
referral (``referrers``: pointed at by their rows, or owned by such a row). An identity is
compared as its kind asks (:mod:`troth.requests.identity`, M1).

``mark_shared(plan, connections, found)``: R3. A row reached only by referral is shared when a
row outside the subjects' record holds a referral to it, or when it was reached from a shared
row. Own rows are never shared.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from troth.connectors.base import Connector
from troth.requests.identity import compared_forms, fold, kind_of, matches_any
from troth.requests.planner import Plan, SharingCheck, Step, StepInput


class ConnectionLookup(Protocol):
    def __getitem__(self, dataset_key: str) -> Connector: ...


@dataclass
class FoundRow:
    data: dict[str, Any]
    owners: set[int] = field(default_factory=set)  # subjects whose own row this is
    referrers: set[int] = field(default_factory=set)  # subjects who reach it by referral
    shared: bool = False  # R3: reached only by referral, and someone else's too

    @property
    def subjects(self) -> set[int]:
        return self.owners | self.referrers


@dataclass
class Discovery:
    rows: dict[str, dict[tuple, FoundRow]]
    keys: dict[str, tuple[str, ...]]
    queries: int = 0
    # M3: per step, the keys of rows that hold one of a subject's identity values and another
    # person's value of a type the subject gave (left alone, and reported)
    left_out: dict[str, set[tuple]] = field(default_factory=dict)
    # E4: per step, rows read by ownership and left out as another person's (key -> the
    # columns read): they stay whatever happens, and X3 needs the links they hold
    others: dict[str, dict[tuple, dict[str, Any]]] = field(default_factory=dict)

    def findings(self, plan: Plan) -> list[str]:
        """M3, in words: where rows were left alone because they may be another person's."""
        out = []
        for step in plan.steps:
            count = len(self.left_out.get(step.key, set()) - self.rows[step.key].keys())
            if count:
                rows = "1 row" if count == 1 else f"{count} rows"
                verb = "holds" if count == 1 else "hold"
                out.append(
                    f"{rows} in {step.address} {verb} one of this person's identity values and "
                    f"another value of a kind they gave (another person's, perhaps sharing it): "
                    f"left alone"
                )
        return out

    def row_key(self, step_key: str, data: dict[str, Any]) -> tuple:
        return tuple(data.get(k) for k in self.keys[step_key])


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


def norm(value: Any) -> Any:
    """Values compared as text (a key read as 7 and as '7' is the same key)."""
    if type(value) is tuple:
        if len(value) == 1:
            one = value[0]
            return (None if one is None else str(one),)
        return tuple([None if v is None else str(v) for v in value])
    return None if value is None else str(value)


def text_key(fields: tuple[str, ...]) -> Any:
    """A function from a row to its ``fields`` compared as text (as :func:`norm`), or None
    when one of them is NULL: a NULL matches nothing."""

    def key(data: dict[str, Any]) -> tuple | None:
        values = [data.get(f) for f in fields]
        return None if None in values else tuple([str(v) for v in values])

    return key


def getter(fields: tuple[str, ...]) -> Any:
    """A function from a row to the tuple of its ``fields`` (None where a field is missing)."""
    if len(fields) == 1:
        only = fields[0]
        return lambda data: (data.get(only),)
    return lambda data: tuple([data.get(f) for f in fields])


def key_fields(step: Step, connector: Connector) -> tuple[str, ...]:
    """The step's key: the data map's, else the database's, else every column (read only)."""
    if step.primary_key:
        return step.primary_key
    found = tuple(connector.primary_key(step.collection))
    return found or tuple(connector.columns(step.collection))


def columns_needed(plan: Plan) -> dict[str, set[str]]:
    """Per step, the columns an erasure uses of a found row: to follow links, check sharing
    and links into it, mask and verify (the step's key columns are added when known)."""
    needed: dict[str, set[str]] = {s.key: set() for s in plan.steps}
    by_address = {(s.dataset, s.collection): s.key for s in plan.steps}
    for step in plan.steps:
        mine = needed[step.key]
        mine.update(f.name for f in step.fields if f.action in ("erase", "write"))
        # a field kept for no reason the policy gives counts only where it holds a value
        mine.update(f.name for f in step.fields if f.action == "keep" and f.reason)
        for check in step.links_in:
            mine.update(check.fields)
            holder = by_address.get((check.source_dataset, check.source_collection))
            if holder is not None:
                needed[holder].update(check.source_fields)
        mine.update(f.name for f in step.fields if f.identity)
        for inp in step.inputs:
            mine.update(inp.fields)
            if inp.source in needed:
                needed[inp.source].update(inp.source_fields)
    return needed


class _Finder:
    """The fixed point of :func:`discover`, one input at a time."""

    def __init__(self, plan: Plan, connections: ConnectionLookup, trim: bool) -> None:
        self.plan = plan
        self.connections = connections
        self.found = Discovery({s.key: {} for s in plan.steps}, {})
        self.needed = columns_needed(plan) if trim else None
        # per input, the values asked for: compared form -> (value as given, owners, referrers)
        self.asked: dict[tuple[str, int], dict[Any, tuple[Any, set[int], set[int]]]] = {}
        # the keys of a step's rows, in the order they were found or their subjects grew; an
        # input looks only at its source's rows changed since it last looked (an identity
        # input: once). Subjects only ever grow, so what was asked before stays asked.
        self.changed: dict[str, list[tuple]] = {s.key: [] for s in plan.steps}
        self.looked: dict[tuple[str, int], int] = {}
        self.identities: dict[str, dict[Any, tuple[Any, set[int], set[int]]]] = {}
        # per subject and identity type: how its values compare, folded, as text (M1)
        self.given: dict[tuple[int, str], tuple[str, tuple[frozenset[Any], frozenset[str]]]] = {}
        self.by_identity: dict[str, dict[str, list[str]]] = {}
        self.answers: dict[tuple[Any, ...], dict[Any, tuple[Any, set[int], set[int]]]] = {}

    def wanted(self, inp: StepInput, since: int) -> dict[Any, tuple[Any, set[int], set[int]]]:
        """Values to look for: compared form -> (a value as given, owners, referrers), from
        the source's rows changed since position ``since`` of its changes."""
        if inp.kind == "identity":
            return self.identity_values(inp.identity or "")
        changes = self.changed[inp.source or ""]
        # inputs of several steps that read the same rows the same way share one answer
        # (never changed once made)
        shared_key = (inp.source, inp.source_fields, inp.kind, since, len(changes))
        out = self.answers.get(shared_key)
        if out is None:
            out = self.answers[shared_key] = self.source_values(inp, changes[since:])
        return out

    def source_values(
        self, inp: StepInput, changes: list[tuple]
    ) -> dict[Any, tuple[Any, set[int], set[int]]]:
        """:meth:`wanted` for an input from another step: the values of the rows in
        ``changes``, with whose they are."""
        out: dict[Any, tuple[Any, set[int], set[int]]] = {}
        rows = self.found.rows[inp.source or ""]
        single = inp.source_fields[0] if len(inp.source_fields) == 1 else None
        compared_of = text_key(inp.source_fields)
        values_of = getter(inp.source_fields)
        owned = inp.kind == "owned_by"
        for row_key in dict.fromkeys(changes):
            row = rows[row_key]
            if not row.owners and not row.referrers:
                continue
            if single is not None:  # the usual case, without the calls of the general one
                raw = row.data.get(single)
                if raw is None:
                    continue
                compared: Any = (str(raw),)
            else:
                compared = compared_of(row.data)
                if compared is None:
                    continue
                raw = values_of(row.data)
            got = out.get(compared)
            if got is None:
                out[compared] = got = (raw, set(), set())
            if row.owners:
                got[1 if owned else 2].update(row.owners)
            if row.referrers:
                got[2].update(row.referrers)
        return out

    def identity_values(self, identity: str) -> dict[Any, tuple[Any, set[int], set[int]]]:
        """The subjects' values of one identity type: compared form -> (a value as given,
        the subjects who gave it, no referrers). Made once; never changed afterwards."""
        cached = self.identities.get(identity)
        if cached is None:
            kind = kind_of(identity)
            cached = self.identities[identity] = {}
            for number, subject in enumerate(self.plan.subjects):
                for value in subject.get(identity, ()):
                    entry = cached.setdefault(fold(kind, value), (value, set(), set()))
                    entry[1].add(number)
        return cached

    def identity_fields(self, step: Step) -> dict[str, list[str]]:
        """The step's identity fields by identity type."""
        out = self.by_identity.get(step.key)
        if out is None:
            out = self.by_identity[step.key] = {}
            for f in step.fields:
                if f.identity:
                    out.setdefault(f.identity, []).append(f.name)
        return out

    def holds(self, number: int, identity: str, value: Any) -> bool:
        """M1: ``value`` is one of the values of this type the subject gave."""
        made = self.given.get((number, identity))
        if made is None:
            kind = kind_of(identity)
            given = self.plan.subjects[number].get(identity, ())
            made = self.given[(number, identity)] = (kind, compared_forms(kind, given))
        return matches_any(made[0], value, made[1])

    def step_once(self, step: Step) -> bool:
        """Look up what is new for each input of the step; True when something changed."""
        connector = self.connections[step.dataset]
        if step.key not in self.found.keys:
            self.found.keys[step.key] = key_fields(step, connector)
            if self.needed is not None:
                self.needed[step.key].update(self.found.keys[step.key])
        progress = False
        for index, inp in enumerate(step.inputs):
            seen = -1 if inp.kind == "identity" else len(self.changed[inp.source or ""])
            since = self.looked.get((step.key, index))
            if since == seen:
                continue
            self.looked[(step.key, index)] = seen
            asked = self.asked.setdefault((step.key, index), {})
            wanted = self.wanted(inp, since or 0)
            new = {}
            for compared, entry in wanted.items():
                before = asked.get(compared)
                if before is None:
                    new[compared] = entry  # the usual case: a value not asked for before
                    continue
                raw, owners, referrers = entry
                if owners <= before[1] and referrers <= before[2]:
                    continue
                new[compared] = (raw, owners | before[1], referrers | before[2])
            if not new:
                continue
            asked.update(new)
            self.read(step, connector, inp, new)
            progress = True
        return progress

    def read(
        self,
        step: Step,
        connector: Connector,
        inp: StepInput,
        new: dict[Any, tuple[Any, set[int], set[int]]],
    ) -> None:
        columns = sorted(self.needed[step.key]) if self.needed is not None else None
        spec = inp.fields[0] if len(inp.fields) == 1 else inp.fields
        kind = kind_of(inp.identity or "") if inp.kind == "identity" else "exact"
        values = [raw for raw, _, _ in new.values()]
        self.found.queries += 1
        if kind == "exact":
            rows = connector.read(step.collection, spec, values, columns)
        else:
            rows = connector.read(step.collection, spec, values, columns, fold=kind)
        found = self.found.rows[step.key]
        changed = self.changed[step.key]
        first = inp.fields[0] if len(inp.fields) == 1 else None
        compared_of = text_key(inp.fields)
        key_of = getter(self.found.keys[step.key])
        identity = inp.kind == "identity"
        check_others = inp.kind == "owned_by" and step.person
        check_theirs = identity and len({f.identity for f in step.fields if f.identity}) > 1
        for data in rows:
            if identity:
                # a phone number as written equal to one given is equal folded too (M1)
                hit = new.get(fold(kind, data.get(inp.fields[0])))
            elif first is not None:  # one field, compared as text (as text_key does)
                value = data.get(first)
                hit = None if value is None else new.get((str(value),))
            else:
                hit = new.get(compared_of(data))
            if hit is None:
                continue  # a near miss of the database's folding (M1 is stricter)
            owners, referrers = hit[1], hit[2]
            if check_others:
                owners, referrers = self.not_others(step, data, owners, referrers)
                if not owners and not referrers:
                    self.found.others.setdefault(step.key, {})[key_of(data)] = data
                    continue
            if check_theirs:
                owners = {n for n in owners if not self.contradicts(step, data, n)}
                if not owners:
                    self.found.left_out.setdefault(step.key, set()).add(key_of(data))
                    continue
            row_key = key_of(data)
            row = found.get(row_key)
            if row is None:
                found[row_key] = FoundRow(data, set(owners), set(referrers))
            elif owners <= row.owners and referrers <= row.referrers:
                continue
            else:
                row.owners |= owners
                row.referrers |= referrers
            changed.append(row_key)

    def contradicts(self, step: Step, data: dict[str, Any], number: int) -> bool:
        """M3: the row holds values of an identity type the subject gave, none of them theirs
        (a family's shared phone number on another person's row)."""
        subject = self.plan.subjects[number]
        for identity, names in self.identity_fields(step).items():
            if identity not in subject:
                continue
            held = [data[n] for n in names if data.get(n) is not None]
            if held and not any(self.holds(number, identity, v) for v in held):
                return True
        return False

    def not_others(
        self, step: Step, data: dict[str, Any], owners: set[int], referrers: set[int]
    ) -> tuple[set[int], set[int]]:
        """E4: the subjects for whom a row found by ownership is not another person's (it
        holds no value of an identity type they gave that is not theirs)."""
        held = [
            (identity, data[n])
            for identity, names in self.identity_fields(step).items()
            for n in names
            if data.get(n) is not None
        ]
        if not held:
            return owners, referrers

        def theirs(number: int) -> bool:
            subject = self.plan.subjects[number]
            return all(
                self.holds(number, identity, value)
                for identity, value in held
                if subject.get(identity)
            )

        return {n for n in owners if theirs(n)}, {n for n in referrers if theirs(n)}


def discover(plan: Plan, connections: ConnectionLookup, *, trim: bool = False) -> Discovery:
    """Every row of the plan's subjects, collection by collection, to a fixed point.

    With ``trim`` a found row keeps only the columns an erasure needs, not the whole row.
    """
    finder = _Finder(plan, connections, trim)
    # to the fixed point, however long the chain of rows: each round either finds a row or
    # a subject of a row not known before, or ends (rows and their subjects only grow)
    progress = True
    while progress:
        progress = False
        for step in plan.steps:
            progress = finder.step_once(step) or progress
    return finder.found


# --- R3: shared rows ------------------------------------------------------------------------


def _outside_referrers(
    plan: Plan, step: Step, connections: ConnectionLookup, found: Discovery
) -> set[tuple]:
    """Keys of the step's referred rows that a row outside the record refers to."""
    rows = found.rows[step.key]
    referred = {k: r for k, r in rows.items() if not r.owners}
    shared: set[tuple] = set()
    if not referred:
        return shared
    for check in step.sharing_checks:
        values: dict[Any, list[tuple]] = {}
        raw: dict[Any, Any] = {}
        for row_key, row in referred.items():
            value = tuple(row.data.get(f) for f in check.fields)
            if any(v is None for v in value):
                continue
            values.setdefault(norm(value), []).append(row_key)
            raw.setdefault(norm(value), value[0] if len(value) == 1 else value)
        if not values:
            continue
        holder_key = f"{plan.kind}:{check.source_dataset}.{check.source_collection}"
        ours = found.rows.get(holder_key, {})
        connector = connections[check.source_dataset]
        keys = found.keys.get(holder_key) or tuple(connector.primary_key(check.source_collection))
        spec = check.source_fields[0] if len(check.source_fields) == 1 else check.source_fields
        for data in connector.read(check.source_collection, spec, list(raw.values())):
            their_key = tuple(data.get(k) for k in keys) if keys else None
            mine = ours.get(their_key) if their_key is not None else None
            if mine is not None and mine.subjects:
                continue  # a row of the record
            value = norm(tuple(data.get(f) for f in check.source_fields))
            shared.update(values.get(value, ()))
    return shared


def _spread(found: Discovery, holder: str, check: SharingCheck, target: str) -> bool:
    """Mark as shared the referred rows a shared row links to, over one link: rows the
    holder's shared rows point at, and rows owned by the target's shared rows (A3)."""
    changed = False
    moves = []
    if check.refers:
        moves.append((holder, check.source_fields, target, check.fields))
    if check.owns:
        moves.append((target, check.fields, holder, check.source_fields))
    for source, source_fields, dest, dest_fields in moves:
        held = {
            norm(tuple(r.data.get(f) for f in source_fields))
            for r in found.rows[source].values()
            if r.shared
        }
        held.discard(None)
        if not held:
            continue
        for row in found.rows[dest].values():
            if row.owners or row.shared or not row.referrers:
                continue
            value = tuple(row.data.get(f) for f in dest_fields)
            if all(v is not None for v in value) and norm(value) in held:
                row.shared = True
                changed = True
    return changed


def mark_shared(plan: Plan, connections: ConnectionLookup, found: Discovery) -> None:
    """R3: mark the shared rows of every step (own rows never are)."""
    for step in plan.steps:
        rows = found.rows[step.key]
        for row_key in _outside_referrers(plan, step, connections, found):
            rows[row_key].shared = True
    changed = True
    while changed:
        changed = False
        for step in plan.steps:
            for check in step.links_in:
                holder = f"{plan.kind}:{check.source_dataset}.{check.source_collection}"
                if holder in found.rows:
                    changed = _spread(found, holder, check, step.key) or changed
