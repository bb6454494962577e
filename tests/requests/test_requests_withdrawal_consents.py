"""A withdrawal request withdraws every consent the person gave, in the consent ledger (R4).

Not only marketing: each purpose and app permission the person consented to is withdrawn by
the request, recorded as such, and nobody else's consents change.
"""

from __future__ import annotations

import pytest
from requests_helpers import code_in

from troth.config import load_settings
from troth.consent import ConsentLedger, ConsentService
from troth.consent.keys import key_of
from troth.policy import load_policy
from troth.requests.lifecycle import State
from troth.requests.service import RequestService
from troth.store import open_store
from troth.testing.smtp import SmtpServer

# Every (purpose, scope) the example statement rests on consent, written out by hand.
GIVEN = [
    ("essential.service", "permission:contacts"),
    ("essential.service", "permission:camera"),
    ("essential.service.operations.support", "permission:trace_files"),
    ("essential.service.authentication", "permission:social_login"),
    ("marketing.communications.email", ""),
    ("analytics.reporting.campaign_insights", ""),
    ("analytics.reporting.content_performance", ""),
    ("functional.service.improve", ""),
]
SYSTEMS = ["wave_app", "ipvideotalk", "gwn_cloud", "social_login", "marketing", "web_analytics"]
OTHERS_GIVEN = [
    ("marketing.communications.email", ""),
    ("essential.service", "permission:contacts"),
]


@pytest.mark.proves("R4", via="troth.requests.dispatch.execute")
def test_a_withdrawal_request_withdraws_every_consent_given(
    demo_company: list[str], smtp_server: SmtpServer
) -> None:
    person, other = demo_company[0], demo_company[1]
    policy = load_policy()
    settings = load_settings()
    with open_store(settings.database_url) as store:
        ledger = ConsentLedger(store, policy)
        for who, given in ((person, GIVEN), (other, OTHERS_GIVEN)):
            ledger.register(who, SYSTEMS)
            for purpose, scope in given:
                source = "app_permission" if scope else "privacy_center"
                ledger.grant(who, purpose, source, scope=scope)
                if purpose.startswith("marketing."):  # double opt-in: the link was followed
                    ledger.confirm(key_of(who), purpose)
        ledger.set_preference(person, "email", "weekly", "privacy_center")
        assert sorted(ledger.state(person).current()) == sorted(GIVEN)
        consents = ConsentService(store, policy)
        assert consents.may(person, "marketing.communications.email").allowed

        service = RequestService(store, policy, settings)
        request = service.submit("withdraw", {"email": person}).request
        service.verify(request.id, code_in(smtp_server.messages[-1]))
        done = service.run(request.id)

        assert done.state is State.COMPLETE, done.reason
        assert done.evidence["consent"]["withdrawn"] == len(GIVEN)
        assert done.evidence["summary"]["consents_withdrawn"] == len(GIVEN)
        state = ledger.state(person)
        assert state.current() == []
        for purpose, scope in GIVEN:
            grant = state.grant(purpose, scope)
            assert grant is not None and not grant.granted, (purpose, scope)
        withdrawals = [e for e in ledger.events(person) if not e.granted]
        assert sorted((e.purpose, e.scope) for e in withdrawals) == sorted(GIVEN)
        assert {e.source for e in withdrawals} == {"request"}
        assert set(state.preferences.values()) == {"off"}
        for purpose in (
            "marketing.communications.email",
            "analytics.reporting.content_performance",
        ):
            assert consents.may(person, purpose).code == "withdrawn", purpose
        # the other person's consents are theirs still
        assert sorted(ledger.state(other).current()) == sorted(OTHERS_GIVEN)
        assert consents.may(other, "marketing.communications.email").allowed
