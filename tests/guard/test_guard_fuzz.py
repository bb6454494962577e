"""The check driven with arbitrary records: a decision or a GuardError, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from troth.demo.datasets import demo_data_map
from troth.guard import GuardError, check
from troth.guard.check import declared_fields, system_datasets
from troth.policy import load_policy

POLICY = load_policy()
DEMO = demo_data_map()
FIELDS = sorted(
    declared_fields(system_datasets(POLICY.system("customer_service"), demo_data_map()))
)
keys = st.one_of(st.sampled_from(FIELDS), st.text(max_size=12))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=200)
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(record=st.one_of(st.dictionaries(keys, values, max_size=6), values))
def test_any_record_gets_a_decision_or_a_clear_error(record: object) -> None:
    try:
        decision = check("customer_service", record, datasets=DEMO, policy=POLICY)
    except GuardError as exc:
        assert "\n" not in str(exc)
        return
    assert decision.outcome in ("accept", "reject", "accept_with_redactions")
    for finding in decision.findings:
        assert 0 <= finding.start <= finding.end
    if decision.outcome == "accept_with_redactions":
        assert decision.record is not None
