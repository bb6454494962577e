"""Consent, marketing preferences, privacy signals and notice of change.

>>> from troth.consent import ConsentService, withdraw_everything
>>> service = ConsentService(store, policy)
>>> service.ledger.grant("ada@example.org", "marketing.communications.email", "privacy_center")
>>> service.may("ada@example.org", "marketing.communications.email").allowed
True

Subjects are identified by a pseudonymous subject key (see :mod:`troth.consent.keys`).
"""

from __future__ import annotations

from troth.consent.changes import Change, PolicyDiff, diff_policies
from troth.consent.decision import Decision, UseIndex, decide
from troth.consent.errors import BadLink, BadSignal, ConsentError, UnderAge, UnknownPurpose
from troth.consent.keys import subject_key
from troth.consent.ledger import ConsentLedger, load_state
from troth.consent.service import ConsentService
from troth.consent.state import SubjectState, derive_state
from troth.policy import Policy
from troth.policy.in_force import policy_in_force
from troth.store import Store


def withdraw_everything(
    store: Store, subject: str, source: str, policy: Policy | None = None
) -> int:
    """Withdraw every current consent of ``subject`` (email or subject key); return how many."""
    if policy is None:
        policy = policy_in_force()
    return ConsentLedger(store, policy).withdraw_everything(subject, source)


__all__ = [
    "BadLink",
    "BadSignal",
    "Change",
    "ConsentError",
    "ConsentLedger",
    "ConsentService",
    "Decision",
    "PolicyDiff",
    "SubjectState",
    "UnderAge",
    "UnknownPurpose",
    "UseIndex",
    "decide",
    "derive_state",
    "diff_policies",
    "load_state",
    "subject_key",
    "withdraw_everything",
]
