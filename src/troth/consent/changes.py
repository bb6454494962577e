"""What changed in how personal data is used between two versions of the policy (pure).

The diff looks, system by system, at the categories collected, the uses and their legal
bases, the recipients (and what each recipient receives), the retention of each
category and the countries data is stored in. Wording changes that alter none of these
are not changes in how personal data is used and produce no notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from troth.policy import Policy, System
from troth.promises import keeps


@dataclass(frozen=True)
class Change:
    system: str
    aspect: str  # system | categories | uses | recipients | retention | locations
    kind: str  # added | removed | changed
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {
            "system": self.system,
            "aspect": self.aspect,
            "kind": self.kind,
            "detail": self.detail,
        }

    def __str__(self) -> str:
        return f"{self.system}: {self.aspect} {self.kind}: {self.detail}"


@dataclass(frozen=True)
class PolicyDiff:
    old_version: str
    new_version: str
    effective: date
    changes: tuple[Change, ...]
    fresh_consent: tuple[str, ...]  # uses that now rest on consent and need it afresh

    def for_systems(self, systems: list[str]) -> list[Change]:
        """The changes that touch a subject known to use ``systems`` (all, if none known)."""
        if not systems:
            return list(self.changes)
        return [c for c in self.changes if c.system in systems]

    def as_dict(self) -> dict[str, object]:
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "effective": self.effective.isoformat(),
            "changes": [c.as_dict() for c in self.changes],
            "fresh_consent": list(self.fresh_consent),
        }


def _latest(policy: Policy):  # noqa: ANN202 - a PolicyVersion
    return max(policy.versions, key=lambda v: v.effective)


def _uses(system: System) -> dict[str, str]:
    return {u.use: u.basis for c in system.collects for u in c.uses}


def _retention(system: System) -> dict[str, str]:
    found: dict[str, str] = {}
    for c in system.collects:
        for category in c.categories:
            found[category] = f"{c.retention.period} after {c.retention.after}"
    return found


def _countries(policy: Policy, system: System) -> set[str]:
    return set(policy.countries_of(system.key))


def _receives(policy: Policy, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    r = policy.recipient(key)
    return (tuple(sorted(r.receives)), tuple(sorted(r.purposes))) if r else ((), ())


def _system_changes(old: Policy, new: Policy, a: System, b: System) -> list[Change]:
    out: list[Change] = []
    key = b.key
    old_cats, new_cats = a.declared_categories(), b.declared_categories()
    out += [Change(key, "categories", "added", c) for c in sorted(new_cats - old_cats)]
    out += [Change(key, "categories", "removed", c) for c in sorted(old_cats - new_cats)]
    old_uses, new_uses = _uses(a), _uses(b)
    for use in sorted(new_uses.keys() - old_uses.keys()):
        out.append(Change(key, "uses", "added", f"{use} (basis {new_uses[use]})"))
    for use in sorted(old_uses.keys() - new_uses.keys()):
        out.append(Change(key, "uses", "removed", use))
    for use in sorted(old_uses.keys() & new_uses.keys()):
        if old_uses[use] != new_uses[use]:
            out.append(
                Change(key, "uses", "changed", f"{use}: basis {old_uses[use]} -> {new_uses[use]}")
            )
    old_rec, new_rec = set(a.recipients), set(b.recipients)
    out += [Change(key, "recipients", "added", r) for r in sorted(new_rec - old_rec)]
    out += [Change(key, "recipients", "removed", r) for r in sorted(old_rec - new_rec)]
    for r in sorted(old_rec & new_rec):
        if _receives(old, r) != _receives(new, r):
            out.append(Change(key, "recipients", "changed", f"{r}: what it receives or why"))
    old_ret, new_ret = _retention(a), _retention(b)
    for category in sorted(old_ret.keys() & new_ret.keys()):
        if old_ret[category] != new_ret[category]:
            out.append(
                Change(
                    key,
                    "retention",
                    "changed",
                    f"{category}: {old_ret[category]} -> {new_ret[category]}",
                )
            )
    old_loc, new_loc = _countries(old, a), _countries(new, b)
    out += [Change(key, "locations", "added", c) for c in sorted(new_loc - old_loc)]
    out += [Change(key, "locations", "removed", c) for c in sorted(old_loc - new_loc)]
    return out


@keeps("P1")
def diff_policies(old: Policy, new: Policy) -> PolicyDiff:
    """The changes in how personal data is used from ``old`` to ``new``'s latest version."""
    changes: list[Change] = []
    fresh: set[str] = set()
    old_systems = {s.key: s for s in old.systems}
    for system in new.systems:
        before = old_systems.get(system.key)
        if before is None:
            changes.append(Change(system.key, "system", "added", system.name))
            fresh |= {u for u, basis in _uses(system).items() if basis == "consent"}
            continue
        changes += _system_changes(old, new, before, system)
        old_uses = _uses(before)
        fresh |= {
            u
            for u, basis in _uses(system).items()
            if basis == "consent" and old_uses.get(u) != "consent"
        }
    new_keys = {s.key for s in new.systems}
    for key, system in old_systems.items():
        if key not in new_keys:
            changes.append(Change(key, "system", "removed", system.name))
    latest = _latest(new)
    return PolicyDiff(
        old_version=_latest(old).version,
        new_version=latest.version,
        effective=latest.effective,
        changes=tuple(changes),
        fresh_consent=tuple(sorted(fresh)),
    )
