"""The ledger on SQLite and PostgreSQL: append-only, state derived, caches kept honest."""

from __future__ import annotations

import time

import pytest

from troth.consent import ConsentLedger, ConsentService, UnknownPurpose, withdraw_everything
from troth.policy import Policy
from troth.store import open_store

MARKETING = "marketing.communications.email"


@pytest.mark.proves("C5", via="troth.consent.ledger.ConsentLedger.record")
@pytest.mark.proves("R4", via="troth.consent.ledger.ConsentLedger.withdraw_everything")
def test_append_only_ledger_and_withdraw_everything(store_url: str, policy: Policy) -> None:
    store = open_store(store_url)
    try:
        ledger = ConsentLedger(store, policy)
        key = ledger.register("Ada@Example.org", ["wave_app", "marketing"])
        ledger.grant(key, MARKETING, "sign_up", notice_text="Send me news.")
        ledger.grant(key, "essential.service", "app_permission", scope="permission:contacts")
        ledger.withdraw(key, MARKETING, "privacy_center")
        ledger.grant(key, MARKETING, "privacy_center")
        ledger.confirm(key, MARKETING)  # the owner followed the double opt-in link
        ledger.set_preference(key, "email", "monthly", "privacy_center")
        events = ledger.events("ada@example.org")
        assert [(e.purpose, e.granted, e.source, e.step) for e in events] == [
            (MARKETING, True, "sign_up", "requested"),
            ("essential.service", True, "app_permission", ""),
            (MARKETING, False, "privacy_center", ""),
            (MARKETING, True, "privacy_center", "requested"),
            (MARKETING, True, "email_confirmation", "confirmed"),
        ]
        assert len(events[0].notice_hash) == 64 and events[1].notice_hash == ""
        assert ledger.state(key).current() == [
            ("essential.service", "permission:contacts"),
            (MARKETING, ""),
        ]
        with pytest.raises(UnknownPurpose, match="does not rest on consent"):
            ledger.grant(key, "essential.service", "api")  # a contract use, not a consent
        with pytest.raises(UnknownPurpose, match="unknown purpose"):
            ledger.grant(key, "marketing.spam", "api")
        assert len(ledger.events(key)) == 5  # nothing half-written

        assert withdraw_everything(store, "ada@example.org", "request", policy) == 2
        state = ledger.state(key)
        assert state.current() == [] and state.frequency("email") == "off"
        assert len(ledger.events(key)) == 7  # withdrawals appended, history kept
        assert withdraw_everything(store, key, "request", policy) == 0
    finally:
        store.close()


def test_decisions_see_writes_of_other_processes_within_the_cache_age(
    store_url: str, policy: Policy
) -> None:
    store = open_store(store_url)
    other = open_store(store_url)  # stands for another worker process
    try:
        service = ConsentService(store, policy)
        key = service.ledger.register("bo@example.org", ["marketing"])
        assert service.may(key, MARKETING).code == "no_consent"
        ConsentLedger(other, policy).grant(key, MARKETING, "api")
        ConsentLedger(other, policy).confirm(key, MARKETING)
        time.sleep(service.states.max_age * 2)
        assert service.may(key, MARKETING).allowed
        service.ledger.withdraw(key, MARKETING, "api")  # this process: seen at once
        assert service.may(key, MARKETING).code == "withdrawn"
    finally:
        other.close()
        store.close()
