"""``may(subject, use)``: may this subject's personal data serve this use now? (pure)

The answer is allow or deny with the reason. It is decided over plain data: a
:class:`UseIndex` built once from the policy, and a :class:`SubjectState` derived from
the ledger. In order:

1. the use must be a data use of the policy's taxonomy (else :class:`UnknownPurpose`);
2. a use the statement forbids is denied;
3. some system must declare the use (for the category and system asked about, if given);
4. a subject flagged as possibly under the child age is denied everything that does not
   rest on a legal obligation;
5. privacy signals: Global Privacy Control opts out of sale and sharing when the policy
   says so; Do Not Track stops tracking uses only where the policy honours it;
6. a legal basis other than consent (contract, legal obligation, legitimate interests…)
   allows the use; otherwise consent must be given and not withdrawn — for an app
   permission, consent to that permission — and, for a use that a newer version of the
   statement introduced, given under that version or later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from troth.consent.errors import ConsentError, UnknownPurpose
from troth.consent.state import SubjectState
from troth.policy import Policy
from troth.policy.taxonomy import is_within
from troth.promises import keeps

# Uses a Global Privacy Control signal opts out of (sale of data and sharing for ads).
SALE_AND_SHARING = (
    "third_party_sharing.sale",
    "third_party_sharing.others_marketing",
    "marketing.advertising.third_party",
    "marketing.advertising.first_party.targeted",
    "marketing.advertising.profiling",
)
_BASIS_ORDER = (
    "legal_obligation",
    "vital_interests",
    "public_task",
    "contract",
    "legitimate_interests",
)


@dataclass(frozen=True)
class Ground:
    """One place the policy declares a use: system, categories, legal basis, permission."""

    system: str
    categories: tuple[str, ...]
    use: str
    basis: str
    permission: str | None


@dataclass(frozen=True)
class Decision:
    allowed: bool
    code: str
    reason: str
    basis: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "allowed": self.allowed,
            "code": self.code,
            "reason": self.reason,
            "basis": self.basis,
        }


def permission_scope(permission: str | None) -> str:
    return f"permission:{permission}" if permission else ""


@dataclass
class UseIndex:
    """What the policy says about uses, precomputed so a decision is a few dict lookups."""

    policy: Policy
    fresh_since: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.known_uses = frozenset(self.policy.taxonomy.keys("use"))
        self.systems = frozenset(s.key for s in self.policy.systems)
        self.grounds: list[Ground] = [
            Ground(s.key, tuple(c.categories), u.use, u.basis, c.permission)
            for s in self.policy.systems
            for c in s.collects
            for u in c.uses
            if not c.bound_to or c.bound_to == u.use
        ]
        self.version_dates = {v.version: v.effective for v in self.policy.versions}
        self.tracking_uses = frozenset(u for t in self.policy.tracking for u in t.uses)
        self.gpc_opts_out = (
            self.policy.settings.global_privacy_control == "opt_out_of_sale_and_sharing"
        )
        self.dnt_honoured = self.policy.settings.do_not_track == "honoured"
        self._cache: dict[tuple[str, str | None, str | None], tuple[Ground, ...]] = {}
        self._prohibited: dict[str, str | None] = {}

    def prohibition(self, use: str) -> str | None:
        if use not in self._prohibited:
            reason = None
            for rule in self.policy.prohibitions.uses:
                if any(is_within(use, p) for p in rule.uses):
                    reason = rule.reason
                    break
            self._prohibited[use] = reason
        return self._prohibited[use]

    def grounds_for(self, use: str, system: str | None, category: str | None) -> tuple[Ground, ...]:
        key = (use, system, category)
        found = self._cache.get(key)
        if found is None:
            found = tuple(
                g
                for g in self.grounds
                if is_within(use, g.use)
                and (system is None or g.system == system)
                and (category is None or any(is_within(category, c) for c in g.categories))
            )
            self._cache[key] = found
        return found

    def version_date(self, label: str) -> date:
        return self.version_dates.get(label, date.min)


@keeps("C5", "C10", "U5", "K1")
def decide(
    index: UseIndex,
    state: SubjectState,
    use: str,
    system: str | None = None,
    category: str | None = None,
) -> Decision:
    """Allow or deny ``use`` of ``state``'s subject's data, with the reason."""
    if use not in index.known_uses:
        raise UnknownPurpose(f"unknown purpose {use!r}: not a data use of the policy")
    if system is not None and system not in index.systems:
        raise ConsentError(f"unknown system {system!r}: not a system of the policy")
    prohibited = index.prohibition(use)
    if prohibited is not None:
        return Decision(False, "prohibited", f"the statement forbids {use}: {prohibited}")
    grounds = index.grounds_for(use, system, category)
    if not grounds:
        where = f" for {category}" if category else ""
        where += f" in {system}" if system else ""
        return Decision(False, "undeclared", f"no system declares {use}{where}")
    if state.possibly_under_age:
        if any(g.basis == "legal_obligation" for g in grounds):
            return Decision(True, "legal_obligation", "required by law", "legal_obligation")
        return Decision(
            False,
            "under_age",
            f"the subject may be under {index.policy.settings.child_age}: no use of their data",
        )
    if state.gpc and index.gpc_opts_out and any(is_within(use, s) for s in SALE_AND_SHARING):
        return Decision(False, "gpc", "Global Privacy Control: opted out of sale and sharing")
    if state.dnt and index.dnt_honoured and use in index.tracking_uses:
        return Decision(False, "dnt", "Do Not Track is honoured for tracking uses")
    for basis in _BASIS_ORDER:
        for g in grounds:
            if g.basis == basis:
                return Decision(True, basis, f"legal basis {basis} ({g.system})", basis)
    return _by_consent(index, state, use, grounds)


def _by_consent(
    index: UseIndex, state: SubjectState, use: str, grounds: tuple[Ground, ...]
) -> Decision:
    since = index.fresh_since.get(use)
    withdrawn = None
    stale = None
    for g in grounds:
        grant = state.consents.get((g.use, permission_scope(g.permission)))
        if grant is None:
            continue
        if not grant.granted:
            withdrawn = grant
            continue
        if since is not None and index.version_date(grant.policy_version) < index.version_date(
            since
        ):
            stale = grant
            continue
        what = f"permission {g.permission}" if g.permission else g.use
        return Decision(
            True, "consent", f"consent to {what} given under {grant.policy_version}", "consent"
        )
    if stale is not None:
        return Decision(
            False,
            "fresh_consent_needed",
            f"{use} is new in version {since}: consent given before it does not cover it",
        )
    if withdrawn is not None:
        return Decision(
            False, "withdrawn", f"consent to {use} was withdrawn at {withdrawn.at.isoformat()}"
        )
    permissions = sorted({g.permission for g in grounds if g.permission})
    what = f"permission {', '.join(permissions)}" if permissions else use
    return Decision(False, "no_consent", f"{use} rests on consent and there is none to {what}")
