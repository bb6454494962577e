"""The data map as the console shows it: system → dataset → collection → field (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from troth.datamap.model import Dataset, covers, is_personal
from troth.policy import Policy


@dataclass(frozen=True)
class FieldRow:
    path: str
    categories: tuple[str, ...]
    uses: tuple[str, ...]
    recipients: tuple[str, ...]
    retention: tuple[str, ...]
    identity: str | None


@dataclass(frozen=True)
class CollectionView:
    name: str
    fields: list[FieldRow]


@dataclass(frozen=True)
class DatasetView:
    fides_key: str
    collections: list[CollectionView]


@dataclass
class SystemView:
    key: str
    name: str
    description: str
    storage: list[str]
    datasets: list[DatasetView] = field(default_factory=list)


def _recipients_of(policy: Policy, system_key: str, category: str) -> tuple[str, ...]:
    system = policy.system(system_key)
    keys = system.recipients if system else []
    found = []
    for key in keys:
        recipient = policy.recipient(key)
        if recipient and any(
            covers(r, category) or covers(category, r) for r in recipient.receives
        ):
            found.append(recipient.name)
    return tuple(found)


def _retention_of(policy: Policy, system_key: str, category: str) -> tuple[str, ...]:
    system = policy.system(system_key)
    if system is None:
        return ()
    return tuple(
        sorted(
            {
                f"{c.retention.period} after {c.retention.after}"
                for c in system.collections_of(category)
            }
        )
    )


def datamap_view(
    policy: Policy, datasets: list[Dataset], system_of: dict[str, str | None]
) -> tuple[list[SystemView], list[DatasetView]]:
    """Systems of the policy with their datasets; and the datasets no system claims."""
    systems = {
        s.key: SystemView(
            s.key,
            s.name,
            s.description,
            [
                f"{loc.provider} ({', '.join(loc.countries)})"
                for key in s.storage
                if (loc := policy.storage_location(key)) is not None
            ],
        )
        for s in policy.systems
    }
    unclaimed: list[DatasetView] = []
    for dataset in sorted(datasets, key=lambda d: d.fides_key):
        system_key = system_of.get(dataset.fides_key)
        if system_key is None:
            system_key = next(
                (s.key for s in policy.systems if dataset.fides_key in s.datasets), None
            )
        collections = []
        for collection in dataset.collections:
            rows = []
            for f in collection.walk():
                cats = tuple(c for c in f.categories)
                personal = [c for c in cats if is_personal(c)]
                uses: set[str] = set()
                recipients: set[str] = set()
                retention: set[str] = set()
                if system_key and system_key in systems:
                    for c in personal:
                        s = policy.system(system_key)
                        uses |= s.uses_of(c) if s else set()
                        recipients |= set(_recipients_of(policy, system_key, c))
                        retention |= set(_retention_of(policy, system_key, c))
                rows.append(
                    FieldRow(
                        ".".join(f.path),
                        cats,
                        tuple(sorted(uses)),
                        tuple(sorted(recipients)),
                        tuple(sorted(retention)),
                        f.identity,
                    )
                )
            collections.append(CollectionView(collection.name, rows))
        view = DatasetView(dataset.fides_key, collections)
        if system_key in systems:
            systems[system_key].datasets.append(view)
        else:
            unclaimed.append(view)
    return list(systems.values()), unclaimed
