"""The intake decision: accept, reject or accept with redactions, and why.

``check(system, record)`` is a pure function of the policy, the data map, the
record and the rule actions; a :class:`Checker` holds one policy and data map and
works out each system's plan once for the records it checks. Each finding names the
field, the category, the character span, the rule and the statement clause; the refused
content is never kept — a finding carries only a keyed hash of it (``digest``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from troth.datamap import Dataset, is_personal
from troth.guard.children import age_on, parse_birth
from troth.guard.detection import CARD, CHILD, ORDINARY_CATEGORIES, SPECIAL_CATEGORIES, Detection
from troth.guard.engine import Engine, default_engine
from troth.guard.errors import GuardError, UnknownSystem
from troth.policy import Policy, System
from troth.policy.taxonomy import is_within
from troth.promises import keeps

Action = Literal["reject", "redact"]
Verdict = Literal["accept", "reject", "accept_with_redactions"]

# rule -> (statement clause, default action)
RULES: dict[str, tuple[str, Action]] = {
    "undeclared_field": ("C2", "reject"),
    "special_category": ("C3", "reject"),
    "child": ("K1", "reject"),
    "card_number": ("U7", "reject"),
    "undeclared_personal_data": ("C4", "redact"),
}
MAX_DEPTH = 8
REDACTED = "[redacted:{}]"
_AGE_FIELD = re.compile(r"(?:^|_)age$", re.IGNORECASE)
_BIRTH_FIELD = re.compile(r"birth|dob", re.IGNORECASE)


@dataclass(slots=True, unsafe_hash=True)  # a value, not frozen: see Detection
class Finding:
    field: str
    category: str
    start: int
    end: int
    rule: str
    clause: str
    action: Action
    digest: str
    recognizer: str
    about_other: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "category": self.category,
            "span": [self.start, self.end],
            "rule": self.rule,
            "clause": self.clause,
            "action": self.action,
            "digest": self.digest,
            "recognizer": self.recognizer,
            "about_other": self.about_other,
        }


@dataclass(slots=True)
class GuardDecision:
    system: str
    outcome: Verdict
    findings: tuple[Finding, ...] = ()
    record: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def accepted(self) -> bool:
        return self.outcome != "reject"

    def as_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "outcome": self.outcome,
            "findings": [f.as_dict() for f in self.findings],
            "record": self.record,
        }


def digest_of(text: str, key: bytes = b"") -> str:
    """A keyed BLAKE2b hash of refused content: comparable, not readable."""
    hasher = _keyed(key).copy()  # a copy of a keyed hasher: half the cost of keying anew
    hasher.update(text.encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


@lru_cache(maxsize=8)
def _keyed(key: bytes) -> Any:
    return hashlib.blake2b(key=key[:64], digest_size=16)


def system_datasets(
    system: System, datasets: Sequence[Dataset], system_of: Mapping[str, str | None] | None = None
) -> list[Dataset]:
    """The datasets of the data map that belong to ``system`` (listed by it, or imported for it)."""
    keys = set(system.datasets)
    system_of = system_of or {}
    return [d for d in datasets if d.fides_key in keys or system_of.get(d.fides_key) == system.key]


def declared_fields(datasets: Sequence[Dataset]) -> dict[str, set[str]]:
    """Field path (dotted) -> its declared categories, over every collection of the datasets."""
    fields: dict[str, set[str]] = {}
    for dataset in datasets:
        for collection in dataset.collections:
            for f in collection.walk():
                fields.setdefault(f.dotted, set()).update(f.categories or collection.categories)
    return fields


def _leaves(value: Any, path: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    if depth > MAX_DEPTH:
        raise GuardError(f"field {path!r} is nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, Mapping):
        for key, inner in value.items():
            if not isinstance(key, str):
                raise GuardError(f"field names must be strings (under {path or 'the record'!r})")
            yield from _leaves(inner, f"{path}.{key}" if path else key, depth + 1)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _leaves(inner, path, depth + 1)
    else:
        yield path, value


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _record_leaves(record: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The leaves of a record: its scalar fields at once, nested ones through :func:`_leaves`."""
    out: list[tuple[str, Any]] = []
    for key, value in record.items():
        if not isinstance(key, str):
            raise GuardError("field names must be strings (under 'the record')")
        if type(value) in _SCALARS:
            out.append((key, value))
        else:
            out.extend(_leaves(value, key, 1))
    return out


def _card_allowed(policy: Policy, system: System, categories: set[str]) -> bool:
    """Card data may sit only in a field declared for it, in a system that passes it to an
    excepted recipient (the payment processor's token flow)."""
    if not any(is_within(c, CARD) or is_within(CARD, c) for c in categories if c != "user"):
        return False
    excepted = {
        r
        for p in policy.prohibitions.categories
        if CARD in p.categories
        for r in p.except_recipients
    }
    return bool(excepted & set(system.recipients))


def _field_child(name: str, value: Any, child_age: int, today: date) -> bool:
    leaf = name.rsplit(".", 1)[-1]
    if _AGE_FIELD.search(leaf) and isinstance(value, int | float) and not isinstance(value, bool):
        return 0 <= value < child_age
    if _AGE_FIELD.search(leaf) and isinstance(value, str) and value.strip().isdigit():
        return int(value.strip()) < child_age
    if _BIRTH_FIELD.search(leaf) and isinstance(value, str | int):
        born = parse_birth(str(value))
        return born is not None and born <= today and age_on(born, today) < child_age
    return False


def is_age_or_birth_field(name: str) -> bool:
    """A field whose value itself may show a child (``age``, ``birth_year``, ``dob`` …)."""
    leaf = name.rsplit(".", 1)[-1]
    return _AGE_FIELD.search(leaf) is not None or _BIRTH_FIELD.search(leaf) is not None


class FieldRules:
    """Which rule a detection breaks in one declared field of one system (None: none).

    Special categories and children's signals break their rules anywhere; a card number
    anywhere but a card field of a system that hands cards to the excepted processor;
    ordinary personal data in a field that holds no personal category, or of a category
    neither the field nor the system declares.
    """

    def __init__(
        self, policy: Policy, system: System | None, categories: set[str], path: str = ""
    ) -> None:
        self.categories = categories
        self.child_field = is_age_or_birth_field(path) if path else False
        self.personal = any(is_personal(c) for c in categories)
        self.card_allowed = system is not None and _card_allowed(policy, system, categories)
        self._declared = system.declared_categories() if system is not None else set()
        self._ordinary: dict[str, bool] = {}
        self._cuts: dict[Engine, Engine] = {}  # an engine -> its cut for this field
        self.last_cut: tuple[Engine, Engine] | None = None  # (engine, its cut) last asked for

    def flags_ordinary(self, category: str) -> bool:
        flagged = self._ordinary.get(category)
        if flagged is None:
            flagged = not self.personal or (
                not any(is_within(category, d) for d in self._declared)
                and not any(is_within(category, c) for c in self.categories)
            )
            self._ordinary[category] = flagged
        return flagged

    def rule_for(self, detection: Detection) -> str | None:
        category = detection.category
        if category in SPECIAL_CATEGORIES:
            return "special_category"
        if category == CHILD:
            return "child"
        if category == CARD:
            return None if self.card_allowed else "card_number"
        if detection.score >= 0.6 and self.flags_ordinary(category):
            return "undeclared_personal_data"
        return None

    def engine_for(self, engine: Engine) -> Engine:
        """``engine`` cut down to the recognizers this field needs: those of the categories
        it watches, and those that could win an overlap against them (:meth:`Engine.only`),
        so the field's findings are the ones the whole engine gives."""
        cut = self._cuts.get(engine)
        if cut is None:
            if len(self._cuts) > 8:
                self._cuts.clear()
            cut = self._cuts[engine] = engine.only(self.watched())
        self.last_cut = (engine, cut)
        return cut

    def watched(self) -> set[str]:
        """The categories whose detection in this field breaks a rule."""
        found = set(SPECIAL_CATEGORIES) | {CHILD}
        if not self.card_allowed:
            found.add(CARD)
        found.update(c for c in ORDINARY_CATEGORIES if self.flags_ordinary(c))
        return found


def field_rules(
    policy: Policy, system: System, fields: dict[str, set[str]]
) -> dict[str, FieldRules]:
    """:class:`FieldRules` of every declared field of ``system``."""
    return {path: FieldRules(policy, system, cats, path) for path, cats in fields.items()}


def policy_rules(policy: Policy) -> dict[str, tuple[str, Action]]:
    """Rule -> (clause, action): the guard's defaults with the policy's ``guard:`` section
    applied (a rule's first clause there names it in findings)."""
    rules = dict(RULES)
    for item in policy.guard.rules if policy.guard is not None else ():
        if item.rule in rules and item.action in ("reject", "redact"):
            clause = item.clauses[0] if item.clauses else rules[item.rule][0]
            rules[item.rule] = (clause, item.action)  # type: ignore[assignment]
    return rules


def rule_actions(
    actions: Mapping[str, Action] | None, base: Mapping[str, tuple[str, Action]] = RULES
) -> Mapping[str, tuple[str, Action]]:
    """Rule -> (clause, action): ``base`` (the policy's rules, or the defaults) with
    ``actions`` applied (a GuardError when a rule or action is unknown)."""
    if not actions:
        return base
    chosen = dict(base)
    for rule, action in actions.items():
        if rule not in RULES or action not in ("reject", "redact"):
            raise GuardError(f"unknown guard rule or action: {rule}={action}")
        chosen[rule] = (chosen[rule][0], action)
    return chosen


@dataclass(frozen=True, slots=True)
class Plan:
    """What a :class:`Checker` works out once per system: the declared system, the rules of
    each of its declared fields (by dotted path) and the policy's age of a child."""

    system: str
    declared: System
    rules: dict[str, FieldRules]
    child_age: int


@dataclass(slots=True)  # not frozen: made on every check, and a frozen one costs more to make
class _Run:
    """What one decision applies to every field: the rule actions, the engine, the key of the
    digests, the day, and the detections of a batch worked out beforehand (or None)."""

    actions: Mapping[str, tuple[str, Action]]
    engine: Engine
    hash_key: bytes
    child_age: int
    today: date | None
    analysed: Mapping[Engine, Mapping[str, list[Detection]]] | None = None


class Checker:
    """The intake decision for one policy and data map.

    ``datasets`` is the data map (a dataset belongs to a system when the system lists it or
    ``system_of`` maps it there). Each system's :class:`Plan` is worked out on its first
    check and kept by this object; a new policy or data map is a new ``Checker``.
    """

    def __init__(
        self,
        policy: Policy,
        datasets: Sequence[Dataset],
        system_of: Mapping[str, str | None] | None = None,
    ) -> None:
        self.policy = policy
        self.datasets = datasets
        self.system_of = system_of
        self.actions = policy_rules(policy)
        self._plans: dict[str, Plan] = {}
        # the last run settings without overrides: a service checks record after record
        # with the same engine, key and day, so they are built once (a _Run is immutable)
        self._last_run: _Run | None = None

    def plan(self, system: str) -> Plan:
        """The plan of ``system`` (raises :class:`UnknownSystem`)."""
        plan = self._plans.get(system)
        if plan is None:
            declared = self.policy.system(system)
            if declared is None:
                raise UnknownSystem(f"unknown system {system!r}: the policy names no such system")
            fields = declared_fields(system_datasets(declared, self.datasets, self.system_of))
            rules = field_rules(self.policy, declared, fields)
            plan = Plan(system, declared, rules, self.policy.settings.child_age)
            self._plans[system] = plan
        return plan

    def check(
        self,
        system: str,
        record: Any,
        *,
        actions: Mapping[str, Action] | None = None,
        engine: Engine | None = None,
        hash_key: bytes = b"",
        today: date | None = None,
    ) -> GuardDecision:
        """Decide whether ``system`` may store ``record`` (see :func:`check`)."""
        plan = self.plan(system)
        return _decide(plan, record, self._run(plan, actions, engine, hash_key, today))

    def check_many(
        self,
        system: str,
        records: Sequence[Any],
        *,
        actions: Mapping[str, Action] | None = None,
        engine: Engine | None = None,
        hash_key: bytes = b"",
        today: date | None = None,
    ) -> list[GuardDecision]:
        """``check`` of each record of a batch, the texts of all records analysed together
        (see :func:`check_many`)."""
        plan = self.plan(system)
        run = self._run(plan, actions, engine, hash_key, today)
        run = replace(run, analysed=_analyse_batch(plan, run.engine, records))
        decisions = []
        for index, record in enumerate(records):
            try:
                decisions.append(_decide(plan, record, run))
            except GuardError as exc:
                raise GuardError(f"record {index}: {exc}") from None
        return decisions

    def _run(
        self,
        plan: Plan,
        actions: Mapping[str, Action] | None,
        engine: Engine | None,
        hash_key: bytes,
        today: date | None,
    ) -> _Run:
        last = self._last_run
        if (
            actions is None
            and last is not None
            and last.engine is engine
            and last.hash_key == hash_key
            and last.today == today
            and last.child_age == plan.child_age
        ):
            return last
        chosen = rule_actions(actions, self.actions)
        if engine is None:
            engine = default_engine(plan.child_age, today)
        run = _Run(chosen, engine, hash_key, plan.child_age, today)
        if actions is None:
            self._last_run = run
        return run


@keeps("C2", "C3", "C4", "K1", "U7")
def check(
    system: str,
    record: Any,
    *,
    datasets: Sequence[Dataset],
    policy: Policy | None = None,
    system_of: Mapping[str, str | None] | None = None,
    actions: Mapping[str, Action] | None = None,
    engine: Engine | None = None,
    hash_key: bytes = b"",
    today: date | None = None,
) -> GuardDecision:
    """Decide whether ``system`` may store ``record`` (a JSON object).

    ``datasets`` is the data map (a dataset belongs to the system when the system lists it
    or ``system_of`` maps it there); ``policy`` defaults to the policy in force.
    Each rule's action comes from the policy's ``guard:`` section (the defaults of
    :data:`RULES` where it is silent); ``actions`` overrides them for this call
    (``{"undeclared_personal_data": "reject"}``).
    Raises :class:`GuardError` for a record that is not an object or nests too deep,
    :class:`UnknownSystem` for a system the policy does not name.
    A caller checking many records against one policy and data map keeps a
    :class:`Checker` instead: it works each system's plan out once.
    """
    checker = Checker(_policy_in_force() if policy is None else policy, datasets, system_of)
    return checker.check(
        system, record, actions=actions, engine=engine, hash_key=hash_key, today=today
    )


def _policy_in_force() -> Policy:
    from troth.policy.in_force import policy_in_force

    return policy_in_force()


def _decide(plan: Plan, record: Any, run: _Run) -> GuardDecision:
    """The decision over ``record``: a finding for each undeclared field and each rule a
    field's value breaks."""
    if type(record) is not dict and not isinstance(record, Mapping):
        raise GuardError(f"the record must be a JSON object, not {type(record).__name__}")
    findings: list[Finding] = []
    rules = plan.rules
    leaves = record.items() if _flat(record) else _record_leaves(record)
    for path, value in leaves:
        field_rule = rules.get(path)
        if field_rule is None:
            text = value if isinstance(value, str) else ("" if value is None else str(value))
            findings.append(
                _finding(run, path, "undeclared", 0, len(text), "undeclared_field", text)
            )
        else:
            findings += _field_findings(field_rule, path, value, run)
    return _decision(plan.system, record, findings)


def _field_findings(field_rule: FieldRules, path: str, value: Any, run: _Run) -> list[Finding]:
    """The findings in one declared field: a child's age or birth date, and each detection in
    its text that breaks a rule there."""
    found: list[Finding] = []
    if field_rule.child_field and _field_child(
        path, value, run.child_age, run.today or date.today()
    ):
        text = value if isinstance(value, str) else str(value)
        found.append(_finding(run, path, CHILD, 0, len(text), "child", text))
    if not value or not isinstance(value, str):
        return found
    rule_for = field_rule.rule_for
    for d in _detections(field_rule, value, run):
        rule = rule_for(d)
        if rule is not None:
            found.append(
                _finding(
                    run, path, d.category, d.start, d.end, rule, value, d.recognizer, d.about_other
                )
            )
    return found


def _detections(field_rule: FieldRules, text: str, run: _Run) -> list[Detection]:
    """What the field's cut of the engine finds in ``text`` (found beforehand in a batch)."""
    last = field_rule.last_cut  # (engine, its cut): one read, safe across threads
    if last is not None and last[0] is run.engine:
        field_engine = last[1]
    else:
        field_engine = field_rule.engine_for(run.engine)
    if run.analysed is not None:
        return run.analysed[field_engine][text]
    return field_engine.analyze(text)


def _decision(system: str, record: Mapping[str, Any], findings: list[Finding]) -> GuardDecision:
    """Accept when nothing was found, reject when a finding rejects, else accept the record
    with its findings redacted."""
    if not findings:
        return GuardDecision(system, "accept", (), dict(record))
    if any(f.action == "reject" for f in findings):
        return GuardDecision(system, "reject", tuple(findings), None)
    return GuardDecision(
        system, "accept_with_redactions", tuple(findings), _redact(record, findings)
    )


def _analyse_batch(
    plan: Plan, engine: Engine, records: Sequence[Any]
) -> dict[Engine, dict[str, list[Detection]]]:
    """Field engine -> its detections in each distinct text of the batch (fields watching the
    same categories share one engine; each engine analyses its texts together)."""
    texts_of: dict[Engine, dict[str, None]] = {}
    for record in records:
        for path, value in string_leaves(record):
            field_rule = plan.rules.get(path)
            if field_rule is not None:
                texts_of.setdefault(field_rule.engine_for(engine), {})[value] = None
    return {
        field_engine: dict(zip(texts, field_engine.analyze_many(list(texts)), strict=True))
        for field_engine, texts in texts_of.items()
    }


def _finding(
    run: _Run,
    path: str,
    category: str,
    start: int,
    end: int,
    rule: str,
    text: str,
    by: str = "fields",
    other: bool = False,
) -> Finding:
    """The finding of ``rule`` over ``text[start:end]``: its clause and action, a keyed hash of
    the content (never the content)."""
    clause, action = run.actions[rule]
    digest = digest_of(text[start:end], run.hash_key)
    return Finding(path, category, start, end, rule, clause, action, digest, by, other)


def _flat(record: Any) -> bool:
    """A plain dict of string keys and scalar values (the common record: no walk needed)."""
    if type(record) is not dict:
        return False
    scalars = _SCALARS
    for key, value in record.items():
        if type(key) is not str or type(value) not in scalars:
            return False
    return True


def _redact(record: Mapping[str, Any], findings: Sequence[Finding]) -> dict[str, Any]:
    """A copy of ``record`` with every redacted span replaced and redacted fields dropped."""
    by_field: dict[str, list[Finding]] = {}
    for f in findings:
        by_field.setdefault(f.field, []).append(f)
    if _flat(record):  # the common record: no walk needed
        out = {}
        for key, value in record.items():
            found = by_field.get(key)
            if found is None:
                out[key] = value
            elif not any(f.rule == "undeclared_field" for f in found):
                out[key] = _redacted(value, found) if isinstance(value, str) else value
        return out

    def walk(value: Any, path: str) -> Any:
        if isinstance(value, Mapping):
            out = {}
            for key, inner in value.items():
                inner_path = f"{path}.{key}" if path else key
                if any(f.rule == "undeclared_field" for f in by_field.get(inner_path, ())):
                    continue
                out[key] = walk(inner, inner_path)
            return out
        if isinstance(value, list | tuple):
            return [walk(v, path) for v in value]
        if isinstance(value, str) and path in by_field:
            return _redacted(value, by_field[path])
        return value

    return walk(record, "")


def _redacted(text: str, findings: Sequence[Finding]) -> str:
    """``text`` with the span of each finding replaced by its category's mark (of spans that
    overlap, the one that starts last)."""
    spans = sorted({(f.start, f.end, f.category) for f in findings}, reverse=True)
    last_start = len(text) + 1
    for start, end, category in spans:
        if end <= last_start and text[start:end]:
            text = text[:start] + REDACTED.format(category) + text[end:]
            last_start = start
    return text


def string_leaves(record: Any) -> list[tuple[str, str]]:
    """(field path, text) of each text value of a record (none when it is not an object or
    nests too deep)."""
    if not isinstance(record, Mapping):
        return []
    try:
        return [(path, v) for path, v in _leaves(record, "") if isinstance(v, str) and v]
    except GuardError:
        return []


def check_many(
    system: str,
    records: Sequence[Any],
    *,
    datasets: Sequence[Dataset],
    policy: Policy | None = None,
    system_of: Mapping[str, str | None] | None = None,
    actions: Mapping[str, Action] | None = None,
    engine: Engine | None = None,
    hash_key: bytes = b"",
    today: date | None = None,
) -> list[GuardDecision]:
    """``check`` of each record of a batch; the texts of all records are analysed together
    (each distinct text once, the recognizers' gates in one pass over all of them).

    Takes the options of :func:`check`; raises :class:`GuardError` naming the index of
    the first record that is not an object or nests too deep.
    """
    checker = Checker(_policy_in_force() if policy is None else policy, datasets, system_of)
    return checker.check_many(
        system, records, actions=actions, engine=engine, hash_key=hash_key, today=today
    )
