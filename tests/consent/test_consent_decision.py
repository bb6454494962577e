"""The decision over plain data: no database, no server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from troth.consent import UnknownPurpose, UseIndex, decide, derive_state
from troth.consent.errors import ConsentError
from troth.consent.state import ConsentEvent
from troth.policy import Policy, load_policy

NOW = datetime(2024, 1, 1, tzinfo=UTC)
MARKETING = "marketing.communications.email"
V1 = "2018-05-21"


def ev(purpose: str, granted: bool, scope: str = "", version: str = V1) -> ConsentEvent:
    return ConsentEvent("s_" + "0" * 32, purpose, scope, version, "api", granted, NOW)


def state(*events: ConsentEvent, **kw: object):  # noqa: ANN201
    return derive_state("s_" + "0" * 32, events, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def index(policy: Policy) -> UseIndex:
    return UseIndex(policy)


@pytest.mark.proves("U5", via="troth.consent.decision.decide")
def test_marketing_needs_consent_given_and_not_withdrawn(index: UseIndex) -> None:
    assert decide(index, state(), MARKETING).code == "no_consent"
    granted = decide(index, state(ev(MARKETING, True)), MARKETING)
    assert granted.allowed and granted.basis == "consent" and V1 in granted.reason
    withdrawn = decide(index, state(ev(MARKETING, True), ev(MARKETING, False)), MARKETING)
    assert not withdrawn.allowed and withdrawn.code == "withdrawn"
    again = state(ev(MARKETING, True), ev(MARKETING, False), ev(MARKETING, True))
    assert decide(index, again, MARKETING).allowed


def test_contract_and_legal_obligation_need_no_consent(index: UseIndex) -> None:
    d = decide(index, state(), "essential.service", system="accounts")
    assert d.allowed and d.basis == "contract"
    d = decide(index, state(), "essential.legal_obligation", system="web_store")
    assert d.allowed and d.basis == "legal_obligation"


@pytest.mark.proves("C5", via="troth.consent.decision.decide")
def test_an_app_permission_is_a_consent_of_its_own(index: UseIndex) -> None:
    contacts = "user.contact.address_book"
    kw = {"system": "wave_app", "category": contacts}
    d = decide(index, state(), "essential.service", **kw)
    assert d.code == "no_consent" and "permission contacts" in d.reason
    # consent to the use in general is not permission to read the address book
    assert not decide(
        index, state(ev("essential.service", True)), "essential.service", **kw
    ).allowed
    allowed = state(ev("essential.service", True, "permission:contacts"))
    assert decide(index, allowed, "essential.service", **kw).allowed
    revoked = state(
        ev("essential.service", True, "permission:contacts"),
        ev("essential.service", False, "permission:contacts"),
    )
    assert decide(index, revoked, "essential.service", **kw).code == "withdrawn"
    # the same use of the person's name in Wave rests on the contract
    assert decide(
        index, state(), "essential.service", system="wave_app", category="user.name"
    ).allowed


def test_forbidden_and_undeclared_uses_are_denied_whatever_the_consent(index: UseIndex) -> None:
    d = decide(index, state(ev(MARKETING, True)), "third_party_sharing.sale")
    assert d.code == "prohibited" and "not sold" in d.reason
    d = decide(index, state(), "marketing.communications.sms")
    assert d.code == "undeclared"
    d = decide(index, state(), MARKETING, system="accounts")
    assert d.code == "undeclared" and "in accounts" in d.reason


def test_unknown_purpose_or_system_is_an_error(index: UseIndex) -> None:
    with pytest.raises(UnknownPurpose, match="unknown purpose 'marketing.spam'"):
        decide(index, state(), "marketing.spam")
    with pytest.raises(ConsentError, match="unknown system 'nope'"):
        decide(index, state(), MARKETING, system="nope")


@pytest.mark.proves("K1", via="troth.consent.decision.decide")
def test_a_possible_child_is_denied_every_use_but_legal_obligations(index: UseIndex) -> None:
    child = state(ev(MARKETING, True), possibly_under_age=True)
    d = decide(index, child, MARKETING)
    assert d.code == "under_age" and "under 13" in d.reason
    assert decide(index, child, "essential.service", system="accounts").code == "under_age"
    assert decide(index, child, "essential.legal_obligation", system="web_store").allowed


@pytest.mark.proves("C10", via="troth.consent.decision.decide")
def test_do_not_track_is_recorded_but_not_honoured_in_the_example(index: UseIndex) -> None:
    use = "analytics.reporting.content_performance"
    tracked = state(ev(use, True), signals=[("dnt", "1")])
    assert tracked.dnt
    assert decide(index, tracked, use).allowed


@pytest.mark.proves("C10", via="troth.consent.decision.decide")
def test_dnt_is_honoured_where_a_policy_says_so(edited_policy) -> None:  # noqa: ANN001
    path: Path = edited_policy(("do_not_track: not_honoured", "do_not_track: honoured"))
    index = UseIndex(load_policy(path))
    use = "analytics.reporting.content_performance"
    assert decide(index, state(ev(use, True), signals=[("dnt", "1")]), use).code == "dnt"
    assert decide(index, state(ev(use, True), signals=[("dnt", "0")]), use).allowed


TARGETED = "marketing.advertising.first_party.targeted"
ADS_USE = (
    "          - {use: marketing.communications.email, basis: consent, clauses: [U5]}",
    "          - {use: marketing.communications.email, basis: consent, clauses: [U5]}\n"
    f"          - {{use: {TARGETED}, basis: consent}}",
)


@pytest.mark.proves("C10", via="troth.consent.decision.decide")
def test_gpc_opts_out_of_sharing_for_ads(edited_policy) -> None:  # noqa: ANN001
    index = UseIndex(load_policy(edited_policy(ADS_USE)))
    consented = ev(TARGETED, True)
    assert decide(index, state(consented), TARGETED).allowed
    d = decide(index, state(consented, signals=[("gpc", "1")]), TARGETED)
    assert d.code == "gpc" and "Global Privacy Control" in d.reason
    assert decide(index, state(consented, signals=[("gpc", "0")]), TARGETED).allowed
    # marketing mail is not sale or sharing: GPC does not touch it
    assert decide(index, state(ev(MARKETING, True), signals=[("gpc", "1")]), MARKETING).allowed


def test_a_new_consent_use_needs_consent_given_under_the_new_version(edited_policy) -> None:  # noqa: ANN001
    path = edited_policy(
        (
            '  - version: "2018-05-21"',
            '  - version: "2030-01-01"\n    effective: 2030-01-01\n'
            '    summary: Targeted offers.\n  - version: "2018-05-21"',
        ),
        ADS_USE,
    )
    index = UseIndex(load_policy(path), fresh_since={TARGETED: "2030-01-01"})
    old = decide(index, state(ev(TARGETED, True, version=V1)), TARGETED)
    assert old.code == "fresh_consent_needed"
    assert decide(index, state(ev(TARGETED, True, version="2030-01-01")), TARGETED).allowed
