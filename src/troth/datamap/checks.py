"""Checks of the data map (pure): what a data subject request could not reach, what points
nowhere, and what is stored but not declared for its system.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from troth.datamap.graph import CollectionAddress, build_graph, field_references, resolves
from troth.datamap.model import Dataset, covers, is_personal

if TYPE_CHECKING:
    from troth.policy import Policy

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class DatamapFinding:
    severity: Severity
    code: str
    message: str
    where: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


def unreachable_personal_data(datasets: Iterable[Dataset]) -> list[DatamapFinding]:
    """Collections holding personal data (``user``…) that no identity can reach."""
    datasets = list(datasets)
    reachable = build_graph(datasets).reachable()
    findings: list[DatamapFinding] = []
    for dataset in datasets:
        for collection in dataset.collections:
            held = collection.personal_categories
            if not held or CollectionAddress(dataset.fides_key, collection.name) in reachable:
                continue
            shown = ", ".join(sorted(held))
            findings.append(
                DatamapFinding(
                    "error",
                    "unreachable",
                    f"collection '{dataset.fides_key}.{collection.name}' holds personal data "
                    f"({shown}) that no identity can reach",
                    dataset.where(collection.line),
                )
            )
    return findings


def dangling_references(datasets: Iterable[Dataset]) -> list[DatamapFinding]:
    """References to a dataset, collection or field that does not exist."""
    datasets = list(datasets)
    by_key = {d.fides_key: d for d in datasets}
    findings: list[DatamapFinding] = []
    for found in field_references(datasets):
        ref = found.reference
        if resolves(by_key, ref):
            continue
        target = by_key.get(ref.dataset)
        if target is None:
            missing = f"dataset '{ref.dataset}'"
        elif target.collection(ref.collection) is None:
            missing = f"collection '{ref.dataset}.{ref.collection}'"
        else:
            missing = f"field '{ref.target}'"
        owner = by_key[found.owner.dataset]
        findings.append(
            DatamapFinding(
                "error",
                "dangling-reference",
                f"field '{found.owner}.{found.field.dotted}' references {missing}, "
                "which is not in the data map",
                owner.where(found.field.line),
            )
        )
    return findings


def undeclared_categories(
    datasets: Iterable[Dataset],
    system_of: Mapping[str, str | None],
    declared: Mapping[str, set[str]],
) -> list[DatamapFinding]:
    """Fields holding categories their dataset's system does not declare.

    Only personal categories (under ``user``) must be declared: a policy states what
    personal data a system collects, not its ids and timestamps. A category is declared
    when the system declares it or one of its ancestors. Datasets linked to no system
    are left to :func:`unlinked_datasets`.
    """
    findings: list[DatamapFinding] = []
    for dataset in datasets:
        system = system_of.get(dataset.fides_key)
        if system is None:
            continue
        if system not in declared:
            findings.append(
                DatamapFinding(
                    "error",
                    "unknown-system",
                    f"dataset '{dataset.fides_key}' is linked to system '{system}', "
                    "which the policy does not declare",
                    dataset.where(),
                )
            )
            continue
        allowed = declared[system]
        for collection in dataset.collections:
            held = [(collection.name, collection.categories, collection.line)]
            held += [
                (f"{collection.name}.{f.dotted}", f.categories, f.line) for f in collection.walk()
            ]
            for name, categories, line in held:
                missing = sorted(
                    c
                    for c in categories
                    if is_personal(c) and not any(covers(d, c) for d in allowed)
                )
                if not missing:
                    continue
                findings.append(
                    DatamapFinding(
                        "error",
                        "undeclared-category",
                        f"'{dataset.fides_key}.{name}' holds {', '.join(missing)}, "
                        f"not declared by system '{system}'",
                        dataset.where(line),
                    )
                )
    return findings


def unlinked_datasets(
    datasets: Iterable[Dataset], system_of: Mapping[str, str | None]
) -> list[DatamapFinding]:
    """Datasets no system claims (information only)."""
    return [
        DatamapFinding(
            "info",
            "no-system",
            f"dataset '{dataset.fides_key}' is linked to no system",
            dataset.where(),
        )
        for dataset in datasets
        if system_of.get(dataset.fides_key) is None
    ]


def unhonoured_fideslang_keys(datasets: Iterable[Dataset]) -> list[DatamapFinding]:
    """A warning per fideslang key the datasets' files hold that Troth does not act on."""
    return [
        DatamapFinding("warning", "fideslang-key", note, dataset.where())
        for dataset in datasets
        for note in dataset.notes
    ]


def check_datamap(
    datasets: Iterable[Dataset],
    system_of: Mapping[str, str | None],
    declared: Mapping[str, set[str]] | None,
) -> list[DatamapFinding]:
    """Every finding on the data map; ``declared=None`` skips the category check (no policy)."""
    datasets = list(datasets)
    findings = dangling_references(datasets) + unreachable_personal_data(datasets)
    findings += unhonoured_fideslang_keys(datasets)
    if declared is not None:
        findings += undeclared_categories(datasets, system_of, declared)
    findings += unlinked_datasets(datasets, system_of)
    return findings


def has_errors(findings: Iterable[DatamapFinding]) -> bool:
    return any(f.severity == "error" for f in findings)


def policy_links(policy: Policy) -> tuple[dict[str, str], dict[str, set[str]]]:
    """From a policy: dataset key -> its system, and system -> the categories it declares."""
    system_of: dict[str, str] = {}
    declared: dict[str, set[str]] = {}
    for system in policy.systems:
        declared[system.key] = set(system.declared_categories())
        for key in system.datasets:
            system_of[key] = system.key
    return system_of, declared


def unacted_erasure_rules(datasets: Iterable[Dataset], policy: Policy) -> list[DatamapFinding]:
    """Erasure rules naming a field the data map does not have, or one that holds no personal
    data: erasure never acts on them (docs/semantics.md, X1), so they are named here."""
    fields: dict[str, bool] = {}
    for dataset in datasets:
        for collection in dataset.collections:
            for field in collection.fields:
                cats = [c for f in field.walk() for c in f.categories] or list(
                    collection.categories
                )
                address = f"{dataset.fides_key}.{collection.name}.{field.name}"
                fields[address] = any(is_personal(c) for c in cats)
    findings = []
    for rule in policy.erasure.rules:
        for address in rule.fields:
            if address not in fields:
                why = "is not in the data map"
            elif not fields[address]:
                why = "holds no personal data, and erasure changes only personal fields"
            else:
                continue
            findings.append(
                DatamapFinding(
                    "warning",
                    "erasure-rule-unused",
                    f"the policy's erasure rule for field '{address}' is not acted on: the field "
                    + why,
                    "policy",
                )
            )
    return findings


def check_against_policy(
    datasets: list[Dataset], system_of: Mapping[str, str | None], policy: Policy
) -> list[DatamapFinding]:
    """:func:`check_datamap` with the links and declarations of ``policy``.

    A dataset's system is the one it was imported for, else the policy system listing it.
    """
    linked, declared = policy_links(policy)
    merged: dict[str, str | None] = dict(linked)
    for key, system in system_of.items():
        if system is not None or key not in merged:
            merged[key] = system
    return check_datamap(datasets, merged, declared) + unacted_erasure_rules(datasets, policy)
