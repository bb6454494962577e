"""The request lifecycle as a whole table: every state, every event, with and without approval.

The allowed changes are written out here by hand; every other pair must be refused.
"""

from __future__ import annotations

import pytest

from troth.requests.lifecycle import (
    Event,
    State,
    TransitionError,
    is_open,
    next_state,
    ready_to_run,
)

# (state, event) -> state after, for both kinds of request (approval asked or not).
BOTH = {
    ("received", "verify"): "verified",
    ("received", "deny"): "denied",
    ("verified", "deny"): "denied",
    ("approved", "start"): "running",
    ("approved", "deny"): "denied",
    ("running", "complete"): "complete",
    ("running", "finish_partly"): "partial",
    ("running", "fail"): "failed",
    ("partial", "retry"): "running",
    ("failed", "retry"): "running",
}
WITHOUT_APPROVAL = BOTH | {("verified", "start"): "running"}
WITH_APPROVAL = BOTH | {("verified", "approve"): "approved"}
STATES = [
    "received", "verified", "approved", "running", "complete", "partial", "denied", "failed",
]  # fmt: skip
EVENTS = ["verify", "approve", "start", "complete", "finish_partly", "deny", "fail", "retry"]


@pytest.mark.parametrize("approval", [False, True], ids=["no-approval", "approval"])
@pytest.mark.parametrize("event", EVENTS)
@pytest.mark.parametrize("state", STATES)
def test_every_pair_of_state_and_event(state: str, event: str, approval: bool) -> None:
    allowed = WITH_APPROVAL if approval else WITHOUT_APPROVAL
    if (state, event) in allowed:
        after = next_state(state, event, approval_required=approval)
        assert after is State(allowed[(state, event)])
        # the same change given as enum members
        assert next_state(State(state), Event(event), approval_required=approval) is after
    else:
        with pytest.raises(TransitionError) as refused:
            next_state(state, event, approval_required=approval)
        if (state, event, approval) == ("verified", "start", True):
            reason = "the request needs a staff approval before it can run"
        elif (state, event, approval) == ("verified", "approve", False):
            reason = "this kind of request needs no approval"
        else:
            reason = f"a {state} request cannot {event}"
        assert str(refused.value) == reason


def test_the_reasons_for_the_approval_step() -> None:
    with pytest.raises(TransitionError, match="^the request needs a staff approval before it"):
        next_state("verified", "start", approval_required=True)
    with pytest.raises(TransitionError, match="^this kind of request needs no approval$"):
        next_state("verified", "approve", approval_required=False)
    with pytest.raises(TransitionError, match="^a complete request cannot retry$"):
        next_state("complete", "retry", approval_required=False)
    with pytest.raises(TransitionError, match="^a running request cannot verify$"):
        next_state("running", "verify", approval_required=True)


@pytest.mark.parametrize(
    ("state", "without_approval", "with_approval"),
    [
        ("received", False, False),
        ("verified", True, False),
        ("approved", True, True),
        ("running", False, False),
        ("complete", False, False),
        ("partial", False, False),
        ("denied", False, False),
        ("failed", False, False),
    ],
)
def test_ready_to_run(state: str, without_approval: bool, with_approval: bool) -> None:
    assert ready_to_run(state, approval_required=False) is without_approval
    assert ready_to_run(State(state), approval_required=True) is with_approval


@pytest.mark.parametrize(
    ("state", "open_"),
    [
        ("received", True),
        ("verified", True),
        ("approved", True),
        ("running", True),
        ("complete", False),
        ("partial", False),
        ("denied", False),
        ("failed", False),
    ],
)
def test_open_states(state: str, open_: bool) -> None:
    assert is_open(state) is open_


def test_an_unknown_state_or_event_is_an_error() -> None:
    with pytest.raises(ValueError):
        next_state("paused", "start", approval_required=False)
    with pytest.raises(ValueError):
        next_state("verified", "pause", approval_required=False)
