"""The consent decision rule by rule, on the example policy and edited copies (C5, C10, U5, K1).

Each test pins one step of ``decide``: which grounds count (system, category, a field bound to
one use), the order of the legal bases, the age line, the privacy signals, and how the grants
of several grounds of one use are weighed (none, withdrawn, given under an older version).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from troth.consent import UseIndex, decide, derive_state
from troth.consent.state import ConsentEvent, SubjectState
from troth.policy import Policy, load_policy

AT = datetime(2024, 1, 1, tzinfo=UTC)
V1, V2, V3 = "2018-05-21", "2030-01-01", "2031-01-01"
TARGETED = "marketing.advertising.first_party.targeted"
DEVICE_SETUP = "essential.service.device_setup"
PERFORMANCE = "analytics.reporting.system.performance"  # gwn_cloud, app_analytics: legitimate
SALE = "third_party_sharing.sale"

# The targeted-ads use, resting on consent, in two places: with the address-book permission
# (wave_app, first in the policy) and without a permission (marketing, later).
TARGETED_WITH_CONTACTS = (
    "          - {use: essential.service, basis: consent, clauses: [U1]}",
    "          - {use: essential.service, basis: consent, clauses: [U1]}\n"
    f"          - {{use: {TARGETED}, basis: consent}}",
)
TARGETED_IN_MARKETING = (
    "          - {use: marketing.communications.email, basis: consent, clauses: [U5]}",
    "          - {use: marketing.communications.email, basis: consent, clauses: [U5]}\n"
    f"          - {{use: {TARGETED}, basis: consent}}",
)
NEWER_VERSIONS = (
    f'  - version: "{V1}"',
    f'  - version: "{V3}"\n    effective: {V3}\n    summary: Later still.\n'
    f'  - version: "{V2}"\n    effective: {V2}\n    summary: Targeted offers.\n'
    f'  - version: "{V1}"',
)
# A second use in the collection of the phone's IP address, which is bound to device set-up.
BOUND_COLLECTION = (
    "          - {use: essential.service.device_setup, basis: legitimate_interests, clauses: [C6]}",
    "          - {use: essential.service.device_setup, basis: legitimate_interests, "
    "clauses: [C6]}\n          - {use: marketing.communications.email, basis: consent}",
)
SECOND_SALE_RULE = (
    "      reason: Personal data is not sold, rented or shared for others' marketing.\n"
    "      clauses: [U5]\n",
    "      reason: Personal data is not sold, rented or shared for others' marketing.\n"
    "      clauses: [U5]\n"
    "    - uses: [third_party_sharing.sale]\n"
    "      reason: A second rule that also covers sale.\n"
    "      clauses: [U5]\n",
)


def ev(purpose: str, granted: bool, scope: str = "", version: str = V1) -> ConsentEvent:
    return ConsentEvent("s_" + "1" * 32, purpose, scope, version, "api", granted, AT)


def state(*events: ConsentEvent, **kw: object) -> SubjectState:
    return derive_state("s_" + "1" * 32, events, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def index(policy: Policy) -> UseIndex:
    return UseIndex(policy)


@pytest.fixture
def two_grounds(edited_policy) -> UseIndex:  # noqa: ANN001
    path = edited_policy(NEWER_VERSIONS, TARGETED_WITH_CONTACTS, TARGETED_IN_MARKETING)
    return UseIndex(load_policy(path), fresh_since={TARGETED: V2})


def test_the_first_legal_basis_in_order_is_named(index: UseIndex) -> None:
    d = decide(index, state(), PERFORMANCE)
    assert (d.allowed, d.code, d.basis) == (True, "legitimate_interests", "legitimate_interests")
    assert d.reason == "legal basis legitimate_interests (gwn_cloud)"
    d = decide(index, state(), "functional.storage.privacy_preferences", system="wave_app")
    assert (d.code, d.reason) == ("legal_obligation", "legal basis legal_obligation (wave_app)")


def test_a_use_counts_only_in_the_system_asked_about(index: UseIndex) -> None:
    d = decide(index, state(), PERFORMANCE, system="web_store")
    assert (d.allowed, d.code) == (False, "undeclared")
    assert d.reason == f"no system declares {PERFORMANCE} in web_store"
    assert decide(index, state(), PERFORMANCE, system="app_analytics").allowed


def test_a_field_bound_to_one_use_serves_that_use(index: UseIndex) -> None:
    # the phone's IP address is collected bound to device set-up (the policy allows it no
    # other use); its collection is the only ground of the use for that category there
    ip = "user.device.ip_address"
    setup = decide(index, state(), DEVICE_SETUP, system="ip_phone_setup", category=ip)
    assert (setup.allowed, setup.basis) == (True, "legitimate_interests")
    assert setup.reason == "legal basis legitimate_interests (ip_phone_setup)"
    mail = "marketing.communications.email"
    d = decide(index, state(ev(mail, True)), mail, system="ip_phone_setup", category=ip)
    assert (d.allowed, d.code) == (False, "undeclared")
    assert d.reason == f"no system declares {mail} for {ip} in ip_phone_setup"


def test_a_possible_child_is_denied_even_legitimate_interests(index: UseIndex) -> None:
    d = decide(index, state(possibly_under_age=True), PERFORMANCE)
    assert (d.allowed, d.code, d.basis) == (False, "under_age", None)
    assert d.reason == "the subject may be under 13: no use of their data"
    law = decide(index, state(possibly_under_age=True), "essential.legal_obligation")
    assert (law.allowed, law.code, law.reason) == (True, "legal_obligation", "required by law")


def test_do_not_track_denies(edited_policy) -> None:  # noqa: ANN001
    index = UseIndex(
        load_policy(edited_policy(("do_not_track: not_honoured", "do_not_track: honoured")))
    )
    use = "analytics.reporting.content_performance"
    d = decide(index, state(ev(use, True), signals=[("dnt", "1")]), use)
    assert (d.allowed, d.code, d.basis) == (False, "dnt", None)
    # a use outside the tracking the policy lists is not touched by Do Not Track
    mail = "marketing.communications.email"
    assert decide(index, state(ev(mail, True), signals=[("dnt", "1")]), mail).allowed


def test_gpc_denies_sale_and_sharing(edited_policy) -> None:  # noqa: ANN001
    index = UseIndex(load_policy(edited_policy(TARGETED_IN_MARKETING)))
    d = decide(index, state(ev(TARGETED, True), signals=[("gpc", "1")]), TARGETED)
    assert (d.allowed, d.code, d.basis) == (False, "gpc", None)
    assert d.reason == "Global Privacy Control: opted out of sale and sharing"


def test_gpc_counts_only_where_the_policy_says_so(edited_policy) -> None:  # noqa: ANN001
    ignored = (
        "global_privacy_control: opt_out_of_sale_and_sharing",
        "global_privacy_control: ignored",
    )
    index = UseIndex(load_policy(edited_policy(ignored, TARGETED_IN_MARKETING)))
    d = decide(index, state(ev(TARGETED, True), signals=[("gpc", "1")]), TARGETED)
    assert d.allowed and d.code == "consent"


def test_the_first_prohibition_that_covers_a_use_gives_the_reason(edited_policy) -> None:  # noqa: ANN001
    index = UseIndex(load_policy(edited_policy(SECOND_SALE_RULE)))
    for _ in range(2):  # the second answer comes from the index's memory
        d = decide(index, state(ev(SALE, True)), SALE)
        assert (d.allowed, d.code) == (False, "prohibited")
        assert d.reason == (
            f"the statement forbids {SALE}: "
            "Personal data is not sold, rented or shared for others' marketing."
        )


def test_consent_to_any_one_ground_of_the_use_is_enough(two_grounds: UseIndex) -> None:
    # the ground with the contacts permission comes first and has no grant
    d = decide(two_grounds, state(ev(TARGETED, True, version=V2)), TARGETED)
    assert (d.allowed, d.code, d.basis) == (True, "consent", "consent")
    assert d.reason == f"consent to {TARGETED} given under {V2}"
    contacts = ev(TARGETED, True, "permission:contacts", V3)
    d = decide(two_grounds, state(contacts), TARGETED)
    assert d.reason == f"consent to permission contacts given under {V3}"


def test_a_withdrawn_ground_does_not_hide_a_granted_one(two_grounds: UseIndex) -> None:
    events = (ev(TARGETED, False, "permission:contacts", V2), ev(TARGETED, True, version=V2))
    assert decide(two_grounds, state(*events), TARGETED).allowed
    d = decide(two_grounds, state(events[0]), TARGETED)
    assert (d.allowed, d.code) == (False, "withdrawn")
    assert d.reason == f"consent to {TARGETED} was withdrawn at 2024-01-01T00:00:00+00:00"


def test_consent_from_before_a_use_was_new_does_not_cover_it(two_grounds: UseIndex) -> None:
    old = ev(TARGETED, True, "permission:contacts", V1)
    assert decide(two_grounds, state(old, ev(TARGETED, True, version=V2)), TARGETED).allowed
    assert decide(two_grounds, state(ev(TARGETED, True, version=V3)), TARGETED).allowed
    for version in (V1, "no-such-version"):
        d = decide(two_grounds, state(ev(TARGETED, True, version=version)), TARGETED)
        assert (d.allowed, d.code) == (False, "fresh_consent_needed")
        assert d.reason == (
            f"{TARGETED} is new in version {V2}: consent given before it does not cover it"
        )
    # stale and withdrawn together: the staleness is what is said
    both = state(old, ev(TARGETED, False, version=V2))
    assert decide(two_grounds, both, TARGETED).code == "fresh_consent_needed"


def test_no_consent_names_the_permissions_to_ask_for(two_grounds: UseIndex) -> None:
    d = decide(two_grounds, state(), TARGETED)
    assert (d.allowed, d.code, d.basis) == (False, "no_consent", None)
    assert d.reason == f"{TARGETED} rests on consent and there is none to permission contacts"
    mail = "marketing.communications.email"
    d = decide(two_grounds, state(), mail)
    assert d.reason == f"{mail} rests on consent and there is none to {mail}"


def test_grounds_and_decisions_are_values_nobody_changes(index: UseIndex) -> None:
    ground = index.grounds[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ground.use = "marketing.communications.email"  # type: ignore[misc]
    d = decide(index, state(), PERFORMANCE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.allowed = False  # type: ignore[misc]
    assert d.as_dict() == {
        "allowed": True,
        "code": "legitimate_interests",
        "reason": "legal basis legitimate_interests (gwn_cloud)",
        "basis": "legitimate_interests",
    }
