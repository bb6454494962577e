"""The intake decision: accept, reject or accept with redactions, and why.

``check(system, record)`` is a pure function of the policy, the data map, the
record and the rule actions. Each finding names the field, the category, the
character span, the rule and the statement clause; the refused content is
never kept — a finding carries only a keyed hash of it (``digest``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
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


_FIELDS_CACHE: dict[tuple[int, int, str], tuple[object, object, dict[str, set[str]]]] = {}


def _fields_of(
    system: System, datasets: Sequence[Dataset], system_of: Mapping[str, str | None] | None
) -> dict[str, set[str]]:
    """Declared fields of ``system``, remembered for the same data map objects."""
    key = (id(datasets), id(system_of), system.key)
    hit = _FIELDS_CACHE.get(key)
    if hit is not None and hit[0] is datasets and hit[1] is system_of:
        return hit[2]
    fields = declared_fields(system_datasets(system, datasets, system_of))
    if len(_FIELDS_CACHE) > 64:
        _FIELDS_CACHE.clear()
    _FIELDS_CACHE[key] = (datasets, system_of, fields)
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
        self._engines: dict[int, tuple[Engine, Engine]] = {}
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
        hit = self._engines.get(id(engine))
        if hit is None or hit[0] is not engine:
            if len(self._engines) > 8:
                self._engines.clear()
            hit = self._engines[id(engine)] = (engine, engine.only(self.watched()))
        self.last_cut = hit
        return hit[1]

    def watched(self) -> set[str]:
        """The categories whose detection in this field breaks a rule."""
        found = set(SPECIAL_CATEGORIES) | {CHILD}
        if not self.card_allowed:
            found.add(CARD)
        found.update(c for c in ORDINARY_CATEGORIES if self.flags_ordinary(c))
        return found


_RULES_CACHE: dict[tuple[int, str, int], tuple[Policy, dict[str, set[str]], dict[str, FieldRules]]]
_RULES_CACHE = {}


def field_rules(
    policy: Policy, system: System, fields: dict[str, set[str]]
) -> dict[str, FieldRules]:
    """:class:`FieldRules` of every declared field, remembered for the same policy and fields."""
    key = (id(policy), system.key, id(fields))
    hit = _RULES_CACHE.get(key)
    if hit is not None and hit[0] is policy and hit[1] is fields:
        return hit[2]
    rules = {path: FieldRules(policy, system, cats, path) for path, cats in fields.items()}
    if len(_RULES_CACHE) > 64:
        _RULES_CACHE.clear()
    _RULES_CACHE[key] = (policy, fields, rules)
    return rules


_POLICY_RULES: dict[int, tuple[Policy, dict[str, tuple[str, Action]]]] = {}


def policy_rules(policy: Policy) -> dict[str, tuple[str, Action]]:
    """Rule -> (clause, action): the guard's defaults with the policy's ``guard:`` section
    applied (a rule's first clause there names it in findings)."""
    hit = _POLICY_RULES.get(id(policy))
    if hit is not None and hit[0] is policy:
        return hit[1]
    rules = dict(RULES)
    for item in policy.guard.rules if policy.guard is not None else ():
        if item.rule in rules and item.action in ("reject", "redact"):
            clause = item.clauses[0] if item.clauses else rules[item.rule][0]
            rules[item.rule] = (clause, item.action)  # type: ignore[assignment]
    if len(_POLICY_RULES) > 32:
        _POLICY_RULES.clear()
    _POLICY_RULES[id(policy)] = (policy, rules)
    return rules


def rule_actions(
    actions: Mapping[str, Action] | None, policy: Policy | None = None
) -> dict[str, tuple[str, Action]]:
    """Rule -> (clause, action): the policy's (or the defaults) with ``actions`` applied
    (a GuardError when a rule or action is unknown)."""
    base = policy_rules(policy) if policy is not None else RULES
    if not actions:
        return base
    chosen = dict(base)
    for rule, action in actions.items():
        if rule not in RULES or action not in ("reject", "redact"):
            raise GuardError(f"unknown guard rule or action: {rule}={action}")
        chosen[rule] = (chosen[rule][0], action)
    return chosen


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
    _analysed: Mapping[int, Mapping[str, list[Detection]]] | None = None,
) -> GuardDecision:
    """Decide whether ``system`` may store ``record`` (a JSON object).

    ``datasets`` is the data map (a dataset belongs to the system when the system lists it
    or ``system_of`` maps it there); ``policy`` defaults to the policy in force.
    Each rule's action comes from the policy's ``guard:`` section (the defaults of
    :data:`RULES` where it is silent); ``actions`` overrides them for this call
    (``{"undeclared_personal_data": "reject"}``).
    Raises :class:`GuardError` for a record that is not an object or nests too deep,
    :class:`UnknownSystem` for a system the policy does not name.
    """
    if policy is None:
        from troth.policy.in_force import policy_in_force

        policy = policy_in_force()
    plan = _LAST_PLAN[0]  # the common case: one system checked again and again
    if (
        plan is None
        or plan.policy is not policy
        or plan.system != system
        or plan.datasets is not datasets
        or plan.system_of is not system_of
    ):
        plan = _plan(policy, system, datasets, system_of)
    if type(record) is not dict and not isinstance(record, Mapping):
        raise GuardError(f"the record must be a JSON object, not {type(record).__name__}")
    rules = plan.rules
    chosen = plan.actions if actions is None else rule_actions(actions, policy)
    child_age = plan.child_age
    if engine is None:
        engine = default_engine(child_age, today)

    findings: list[Finding] = []
    add = findings.append

    leaves = record.items() if _flat(record) else _record_leaves(record)
    for path, value in leaves:
        field_rule = rules.get(path)
        if field_rule is None:
            text = value if isinstance(value, str) else ("" if value is None else str(value))
            add(
                _finding(
                    chosen, hash_key, path, "undeclared", 0, len(text), "undeclared_field", text
                )
            )
            continue
        if field_rule.child_field and _field_child(path, value, child_age, today or date.today()):
            text = value if isinstance(value, str) else str(value)
            add(_finding(chosen, hash_key, path, CHILD, 0, len(text), "child", text))
        if not value or not isinstance(value, str):
            continue
        last = field_rule.last_cut  # (engine, its cut): one read, safe across threads
        if last is not None and last[0] is engine:
            field_engine = last[1]
        else:
            field_engine = field_rule.engine_for(engine)
        if _analysed is not None:
            found = _analysed[id(field_engine)][value]
        else:
            found = field_engine.analyze(value)
        if not found:
            continue
        rule_for = field_rule.rule_for
        for d in found:
            rule = rule_for(d)
            if rule is not None:
                add(
                    _finding(
                        chosen,
                        hash_key,
                        path,
                        d.category,
                        d.start,
                        d.end,
                        rule,
                        value,
                        d.recognizer,
                        d.about_other,
                    )  # fmt: skip
                )

    if not findings:
        return GuardDecision(system, "accept", (), dict(record))
    if any(f.action == "reject" for f in findings):
        return GuardDecision(system, "reject", tuple(findings), None)
    return GuardDecision(
        system, "accept_with_redactions", tuple(findings), _redact(record, findings)
    )


def _finding(
    chosen: Mapping[str, tuple[str, Action]],
    hash_key: bytes,
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
    clause, action = chosen[rule]
    digest = digest_of(text[start:end], hash_key)
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


@dataclass(frozen=True, slots=True)
class _Plan:
    """What ``check`` works out once per policy, system and data map."""

    policy: Policy
    system: str
    datasets: Sequence[Dataset]
    system_of: Mapping[str, str | None] | None
    declared: System
    rules: dict[str, FieldRules]
    actions: dict[str, tuple[str, Action]]
    child_age: int


_PLANS: dict[tuple[int, str, int, int], _Plan] = {}
_LAST_PLAN: list[_Plan | None] = [None]


def _plan(
    policy: Policy,
    system: str,
    datasets: Sequence[Dataset],
    system_of: Mapping[str, str | None] | None,
) -> _Plan:
    """The declared system, the rules of each of its fields and the rule actions, worked out
    once per policy, system and data map (raises :class:`UnknownSystem`)."""
    last = _LAST_PLAN[0]
    if (
        last is not None
        and last.policy is policy
        and last.system == system
        and last.datasets is datasets
        and last.system_of is system_of
    ):
        return last
    key = (id(policy), system, id(datasets), id(system_of))
    hit = _PLANS.get(key)
    if (
        hit is None
        or hit.policy is not policy
        or hit.datasets is not datasets
        or (hit.system_of is not system_of)
    ):
        declared = policy.system(system)
        if declared is None:
            raise UnknownSystem(f"unknown system {system!r}: the policy names no such system")
        fields = _fields_of(declared, datasets, system_of)
        hit = _Plan(
            policy, system, datasets, system_of, declared,
            field_rules(policy, declared, fields), policy_rules(policy),
            policy.settings.child_age,
        )  # fmt: skip
        if len(_PLANS) > 64:
            _PLANS.clear()
        _PLANS[key] = hit
    _LAST_PLAN[0] = hit
    return hit


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
    engine: Engine | None = None,
    **options: Any,
) -> list[GuardDecision]:
    """``check`` of each record of a batch; the texts of all records are analysed together
    (each distinct text once, the recognizers' gates in one pass over all of them).

    Takes the options of :func:`check`; raises :class:`GuardError` naming the index of
    the first record that is not an object or nests too deep.
    """
    if policy is None:
        from troth.policy.in_force import policy_in_force

        policy = policy_in_force()
    engine = engine or default_engine(policy.settings.child_age, options.get("today"))
    plan = _plan(policy, system, datasets, options.get("system_of"))
    # the distinct texts of each field engine (fields watching the same categories share one)
    by_engine: dict[int, tuple[Engine, dict[str, None]]] = {}
    for record in records:
        for path, value in string_leaves(record):
            field_rule = plan.rules.get(path)
            if field_rule is not None:
                field_engine = field_rule.engine_for(engine)
                by_engine.setdefault(id(field_engine), (field_engine, {}))[1][value] = None
    analysed = {
        key: dict(zip(texts, field_engine.analyze_many(list(texts)), strict=True))
        for key, (field_engine, texts) in by_engine.items()
    }
    decisions = []
    for index, record in enumerate(records):
        try:
            decisions.append(
                check(
                    system,
                    record,
                    datasets=datasets,
                    policy=policy,
                    engine=engine,
                    _analysed=analysed,
                    **options,
                )
            )
        except UnknownSystem:
            raise
        except GuardError as exc:
            raise GuardError(f"record {index}: {exc}") from None
    return decisions
