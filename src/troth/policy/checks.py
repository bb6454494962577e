"""Checks that a policy's parts agree with each other, as pure functions.

Each check takes the parsed :class:`Policy` and returns ``(field path, message)``
problems; :func:`check_policy` attaches the file and the YAML line. Nothing here
reads files or prints.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from troth.policy.errors import PolicyFinding
from troth.policy.models import (
    ERASURE_ROWS,
    ERASURE_STRATEGIES,
    GUARD_ACTIONS,
    GUARD_RULES,
    Policy,
    Traced,
)
from troth.policy.taxonomy import TermKind, fideslang_terms, is_within
from troth.policy.yamlsource import LineMap, join_path

Problem = tuple[str, str]
Check = Callable[[Policy], Iterator[Problem]]

_KIND_NAMES: dict[TermKind, str] = {
    "category": "data category",
    "use": "data use",
    "subject": "data subject",
}


def _unknown(policy: Policy, kind: TermKind, path: str, keys: list[str]) -> Iterator[Problem]:
    for index, key in enumerate(keys):
        if policy.taxonomy.get(kind, key) is None:
            yield join_path(path, index), f"unknown {_KIND_NAMES[kind]} '{key}'"


def _duplicates(path: str, keys: list[str], what: str) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if key in seen:
            yield join_path(path, index), f"{what} '{key}' is declared twice"
        seen.add(key)


def check_vocabulary(policy: Policy) -> Iterator[Problem]:
    """Added terms: not redefining fideslang, with a parent that exists and prefixes the key."""
    base = fideslang_terms()
    sections: list[tuple[str, TermKind]] = [
        ("data_categories", "category"),
        ("data_uses", "use"),
        ("data_subjects", "subject"),
    ]
    for section, kind in sections:
        entries = getattr(policy.vocabulary, section)
        path = f"vocabulary.{section}"
        counts = Counter(e.key for e in entries)
        for index, entry in enumerate(entries):
            here = join_path(path, index)
            name = _KIND_NAMES[kind]
            if entry.key in base[kind]:
                yield f"{here}.key", f"'{entry.key}' is already a fideslang {name}"
            elif counts[entry.key] > 1:
                yield f"{here}.key", f"{name} '{entry.key}' is declared twice"
            if entry.parent is None:
                if kind != "subject":
                    yield here, f"{name} '{entry.key}' needs a parent"
                continue
            if policy.taxonomy.get(kind, entry.parent) is None:
                yield f"{here}.parent", f"parent '{entry.parent}' is not a known {name}"
            elif not entry.key.startswith(entry.parent + "."):
                yield f"{here}.key", f"'{entry.key}' must begin with its parent '{entry.parent}.'"


def check_clause_table(policy: Policy) -> Iterator[Problem]:
    yield from _duplicates("clauses", [c.id for c in policy.clauses], "clause")


def _traced_rules(node: object, path: str) -> Iterator[tuple[str, Traced]]:
    from pydantic import BaseModel

    if isinstance(node, Traced):
        yield path, node
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if path == "" and name == "clauses":
                continue
            yield from _traced_rules(getattr(node, name), join_path(path, name))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _traced_rules(item, join_path(path, index))


def check_clause_references(policy: Policy) -> Iterator[Problem]:
    """Every ``clauses:`` list names clauses of the table, and none of the organisational ones."""
    table = {c.id: c for c in policy.clauses}
    for path, rule in _traced_rules(policy, ""):
        for index, clause_id in enumerate(rule.clauses):
            here = f"{path}.clauses[{index}]"
            clause = table.get(clause_id)
            if clause is None:
                yield here, f"unknown clause id '{clause_id}' (not in the clauses table)"
            elif clause.organisational is not None:
                yield here, f"clause '{clause_id}' is organisational; no rule can enforce it"


def check_versions(policy: Policy) -> Iterator[Problem]:
    yield from _duplicates("versions", [f"{v.version}" for v in policy.versions], "policy version")


def check_storage(policy: Policy) -> Iterator[Problem]:
    yield from _duplicates(
        "storage_locations", [loc.key for loc in policy.storage_locations], "storage location"
    )


def check_systems(policy: Policy) -> Iterator[Problem]:
    """Systems use known terms, legal uses, approved storage and known recipients."""
    yield from _duplicates("systems", [s.key for s in policy.systems], "system")
    owner_of_dataset: dict[str, str] = {}
    locations = {loc.key for loc in policy.storage_locations}
    recipients = {r.key for r in policy.recipients}
    for s_index, system in enumerate(policy.systems):
        at = f"systems[{s_index}]"
        yield from _unknown(policy, "subject", f"{at}.data_subjects", system.data_subjects)
        for index, key in enumerate(system.storage):
            if key not in locations:
                yield f"{at}.storage[{index}]", f"unknown storage location '{key}'"
        for index, key in enumerate(system.recipients):
            if key not in recipients:
                yield f"{at}.recipients[{index}]", f"unknown recipient '{key}'"
        for index, dataset in enumerate(system.datasets):
            other = owner_of_dataset.setdefault(dataset, system.key)
            if other != system.key:
                yield f"{at}.datasets[{index}]", f"dataset '{dataset}' already belongs to '{other}'"
        for c_index in range(len(system.collects)):
            yield from _check_collection(policy, system, at, c_index)


def _check_collection(policy: Policy, system, at: str, c_index: int) -> Iterator[Problem]:  # noqa: ANN001
    entry = system.collects[c_index]
    here = f"{at}.collects[{c_index}]"
    yield from _unknown(policy, "category", f"{here}.categories", entry.categories)
    for index, category in enumerate(entry.categories):
        rule = _prohibition_of(policy, category)
        if policy.is_prohibited_category(category):
            yield f"{here}.categories[{index}]", f"collects prohibited category '{category}'{rule}"
            continue
        below = sorted(p for p in policy.prohibited_categories() if is_within(p, category))
        if below:
            yield (
                f"{here}.categories[{index}]",
                f"'{category}' would cover prohibited category '{below[0]}'{rule}",
            )
    for index, subject in enumerate(entry.subjects):
        if subject not in system.data_subjects:
            message = f"'{subject}' is not among the system's data_subjects"
            yield f"{here}.subjects[{index}]", message
    for index, use in enumerate(entry.uses):
        where = f"{here}.uses[{index}].use"
        if policy.taxonomy.use(use.use) is None:
            yield where, f"unknown data use '{use.use}'"
        elif policy.is_prohibited_use(use.use):
            yield where, f"use '{use.use}' is prohibited by the policy"
        if entry.permission and use.basis != "consent":
            yield (
                f"{here}.uses[{index}].basis",
                f"collection behind permission '{entry.permission}' must rest on consent,"
                f" not {use.basis}",
            )
    if entry.bound_to is not None:
        yield from _check_binding(policy, system, at, c_index)


def _prohibition_of(policy: Policy, category: str) -> str:
    for rule in policy.prohibitions.categories:
        if any(is_within(category, p) or is_within(p, category) for p in rule.categories):
            return f" ({', '.join(rule.clauses)})" if rule.clauses else ""
    return ""


def _check_binding(policy: Policy, system, at: str, c_index: int) -> Iterator[Problem]:  # noqa: ANN001
    """A purpose-bound category serves its one use, in this entry and in every other."""
    entry = system.collects[c_index]
    bound = entry.bound_to
    here = f"{at}.collects[{c_index}]"
    if policy.taxonomy.use(bound) is None:
        yield f"{here}.bound_to", f"unknown data use '{bound}'"
        return
    for o_index, other in enumerate(system.collects):
        if o_index != c_index and not any(
            is_within(a, b) or is_within(b, a) for a in entry.categories for b in other.categories
        ):
            continue
        for u_index, use in enumerate(other.uses):
            if not is_within(use.use, bound):
                shared = ", ".join(entry.categories)
                yield (
                    f"{at}.collects[{o_index}].uses[{u_index}].use",
                    f"'{shared}' is bound to '{bound}' and may not serve '{use.use}'",
                )


def check_recipients(policy: Policy) -> Iterator[Problem]:
    """Recipients receive only known categories, never ones the policy denies them."""
    yield from _duplicates("recipients", [r.key for r in policy.recipients], "recipient")
    for r_index, recipient in enumerate(policy.recipients):
        at = f"recipients[{r_index}]"
        yield from _unknown(policy, "category", f"{at}.receives", recipient.receives)
        yield from _unknown(policy, "use", f"{at}.purposes", recipient.purposes)
        for index, use in enumerate(recipient.purposes):
            if policy.taxonomy.use(use) is not None and policy.is_prohibited_use(use):
                yield f"{at}.purposes[{index}]", f"use '{use}' is prohibited by the policy"
        denied = policy.denies_personal_data(recipient.key)
        for index, category in enumerate(recipient.receives):
            where = f"{at}.receives[{index}]"
            if denied and policy.taxonomy.is_personal(category):
                yield where, f"'{recipient.key}' may receive no personal data, not '{category}'"
                continue
            for rule in policy.prohibitions.categories:
                if not any(is_within(category, p) for p in rule.categories):
                    continue
                ids = f" ({', '.join(rule.clauses)})" if rule.clauses else ""
                if recipient.key not in rule.except_recipients:
                    yield where, f"'{recipient.key}' may not receive prohibited '{category}'{ids}"
                elif recipient.may_retain:
                    yield (
                        f"{at}.may_retain",
                        f"'{recipient.key}' receives '{category}' only if it does not keep it"
                        f" (set may_retain: false){ids}",
                    )


def check_prohibitions(policy: Policy) -> Iterator[Problem]:
    recipients = {r.key for r in policy.recipients}
    for index, rule in enumerate(policy.prohibitions.categories):
        at = f"prohibitions.categories[{index}]"
        yield from _unknown(policy, "category", f"{at}.categories", rule.categories)
        for r_index, key in enumerate(rule.except_recipients):
            if key not in recipients:
                yield f"{at}.except_recipients[{r_index}]", f"unknown recipient '{key}'"
    for index, use_rule in enumerate(policy.prohibitions.uses):
        yield from _unknown(policy, "use", f"prohibitions.uses[{index}].uses", use_rule.uses)
    for index, to_rule in enumerate(policy.prohibitions.recipients):
        for r_index, key in enumerate(to_rule.recipients):
            if key not in recipients:
                yield (
                    f"prohibitions.recipients[{index}].recipients[{r_index}]",
                    (f"unknown recipient '{key}'"),
                )


def check_tracking(policy: Policy) -> Iterator[Problem]:
    """Cookies and beacons belong to a system that declares what they gather."""
    yield from _duplicates("tracking", [t.key for t in policy.tracking], "tracking technology")
    for index, item in enumerate(policy.tracking):
        at = f"tracking[{index}]"
        system = policy.system(item.system)
        if system is None:
            yield f"{at}.system", f"unknown system '{item.system}'"
        yield from _unknown(policy, "category", f"{at}.categories", item.categories)
        yield from _unknown(policy, "use", f"{at}.uses", item.uses)
        if system is None:
            continue
        declared = system.declared_categories()
        for c_index, category in enumerate(item.categories):
            known = policy.taxonomy.category(category) is not None
            if known and not policy.taxonomy.covers(declared, category):
                yield (
                    f"{at}.categories[{c_index}]",
                    (f"'{category}' is not declared by system '{system.key}'"),
                )
        for u_index, use in enumerate(item.uses):
            if policy.taxonomy.use(use) is not None and not policy.taxonomy.use_covers(
                system.declared_uses(), use
            ):
                yield f"{at}.uses[{u_index}]", f"'{use}' is not a use of system '{system.key}'"


def check_guard(policy: Policy) -> Iterator[Problem]:
    """Each guard rule is a rule the guard knows, listed once, with a known action."""
    if policy.guard is None:
        return
    yield from _duplicates("guard.rules", [r.rule for r in policy.guard.rules], "guard rule")
    for index, item in enumerate(policy.guard.rules):
        at = f"guard.rules[{index}]"
        if item.rule not in GUARD_RULES:
            yield (
                f"{at}.rule",
                f"unknown guard rule '{item.rule}' (one of: {', '.join(GUARD_RULES)})",
            )
        if item.action not in GUARD_ACTIONS:
            yield f"{at}.action", f"unknown guard action '{item.action}' (reject or redact)"


def check_erasure(policy: Policy) -> Iterator[Problem]:
    """Erasure rules: one kind of target each, known strategies, addresses of known datasets."""
    datasets = {d for s in policy.systems for d in s.datasets}
    seen: dict[str, int] = {}
    for index, rule in enumerate(policy.erasure.rules):
        at = f"erasure.rules[{index}]"
        kinds = [k for k in ("categories", "fields", "collections") if getattr(rule, k)]
        if not kinds:
            yield at, "the rule matches nothing: give categories, fields or collections"
        elif len(kinds) > 1:
            yield at, f"a rule matches by one kind only, not by {' and '.join(kinds)}"
        if rule.strategy is not None and rule.strategy not in ERASURE_STRATEGIES:
            yield (
                f"{at}.strategy",
                f"unknown erasure strategy '{rule.strategy}'"
                f" (one of: {', '.join(ERASURE_STRATEGIES)})",
            )
        if rule.rows is not None:
            if rule.rows not in ERASURE_ROWS:
                yield f"{at}.rows", f"unknown rows action '{rule.rows}' (delete or keep)"
            elif not rule.collections:
                yield f"{at}.rows", "rows applies to collections rules only"
        if rule.strategy is None and rule.rows is None:
            yield at, "the rule says nothing: give a strategy (or rows, for collections)"
        if rule.value is not None and rule.strategy != "fixed":
            yield f"{at}.value", "value applies only to strategy: fixed"
        yield from _unknown(policy, "category", f"{at}.categories", rule.categories)
        for c_index, category in enumerate(rule.categories):
            known = policy.taxonomy.category(category) is not None
            if known and not policy.taxonomy.is_personal(category):
                yield f"{at}.categories[{c_index}]", f"'{category}' is not personal data"
        targets = [("fields", a, 3) for a in rule.fields]
        targets += [("collections", a, 2) for a in rule.collections]
        counts = {"fields": 0, "collections": 0}
        for kind, address, parts in targets:
            here = join_path(f"{at}.{kind}", counts[kind])
            counts[kind] += 1
            pieces = address.split(".")
            shape = "dataset.collection.field" if kind == "fields" else "dataset.collection"
            if len(pieces) != parts or not all(pieces):
                yield here, f"'{address}' is not {shape}"
            elif datasets and pieces[0] not in datasets:
                yield here, f"dataset '{pieces[0]}' belongs to no system of the policy"
            elif address in seen:
                yield here, f"'{address}' already has an erasure rule (rules[{seen[address]}])"
            else:
                seen[address] = index
    category_rules: dict[str, int] = {}
    for index, rule in enumerate(policy.erasure.rules):
        for c_index, category in enumerate(rule.categories):
            if category in category_rules:
                yield (
                    f"erasure.rules[{index}].categories[{c_index}]",
                    f"'{category}' already has an erasure rule (rules[{category_rules[category]}])",
                )
            category_rules.setdefault(category, index)


CHECKS: tuple[Check, ...] = (
    check_vocabulary,
    check_clause_table,
    check_clause_references,
    check_versions,
    check_storage,
    check_systems,
    check_recipients,
    check_prohibitions,
    check_tracking,
    check_guard,
    check_erasure,
)


def duplicate_key_findings(lines: LineMap, file: str) -> list[PolicyFinding]:
    """YAML keys written twice in one mapping (the parser would silently keep the last)."""
    return [
        PolicyFinding(file, line, path, "key appears twice in the same mapping")
        for path, line in lines.duplicates
    ]


def check_policy(policy: Policy, lines: LineMap, file: str) -> list[PolicyFinding]:
    """Every consistency problem of ``policy``, located in ``file`` by ``lines``, sorted by line."""
    findings = {
        PolicyFinding(file, lines.line_of(path), path, message)
        for check in CHECKS
        for path, message in check(policy)
    }
    return sorted(findings, key=lambda f: (f.line, f.field, f.message))
