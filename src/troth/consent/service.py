"""What the rest of Troth asks before using personal data: the ledger plus the decision."""

from __future__ import annotations

from troth.consent.cache import StateCache
from troth.consent.decision import Decision, UseIndex, decide
from troth.consent.errors import UnknownPurpose
from troth.consent.keys import key_of
from troth.consent.ledger import ConsentLedger
from troth.policy import Policy
from troth.store import Store


class ConsentService:
    """The ledger plus the decision: what the rest of Troth asks before using data."""

    def __init__(self, store: Store, policy: Policy, fresh_since: dict[str, str] | None = None):
        self.ledger = ConsentLedger(store, policy)
        self.store = store
        self.policy = policy
        self.index = UseIndex(policy, fresh_since if fresh_since is not None else {})
        self.states = StateCache(store.engine)
        self.ledger.on_change = self.states.invalidate

    def may(
        self,
        subject: str,
        use: str,
        system: str | None = None,
        category: str | None = None,
        browser_key: str | None = None,
    ) -> Decision:
        if self.policy.taxonomy.use(use) is None:
            raise UnknownPurpose(f"unknown purpose {use!r}: not a data use of the policy")
        state = self.states.state(key_of(subject), browser_key)
        return decide(self.index, state, use, system, category)
