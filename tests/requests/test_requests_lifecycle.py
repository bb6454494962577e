"""The request lifecycle: every allowed change of state, and the ones refused."""

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


def test_without_approval_a_request_goes_received_verified_running_complete() -> None:
    state = State.RECEIVED
    for event in (Event.VERIFY, Event.START, Event.COMPLETE):
        state = next_state(state, event, approval_required=False)
    assert state is State.COMPLETE


def test_with_approval_the_request_waits_for_staff() -> None:
    verified = next_state(State.RECEIVED, Event.VERIFY, approval_required=True)
    assert not ready_to_run(verified, approval_required=True)
    with pytest.raises(TransitionError, match="needs a staff approval"):
        next_state(verified, Event.START, approval_required=True)
    approved = next_state(verified, Event.APPROVE, approval_required=True)
    assert ready_to_run(approved, approval_required=True)
    assert next_state(approved, Event.START, approval_required=True) is State.RUNNING


def test_approval_is_refused_where_none_is_needed() -> None:
    with pytest.raises(TransitionError, match="needs no approval"):
        next_state(State.VERIFIED, Event.APPROVE, approval_required=False)


@pytest.mark.parametrize("state", [State.RECEIVED, State.VERIFIED, State.APPROVED])
def test_staff_may_deny_before_running(state: State) -> None:
    assert next_state(state, Event.DENY, approval_required=True) is State.DENIED


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (State.RECEIVED, Event.START),  # not verified
        (State.RUNNING, Event.DENY),
        (State.COMPLETE, Event.START),
        (State.DENIED, Event.VERIFY),
        (State.COMPLETE, Event.FAIL),
        (State.RECEIVED, Event.COMPLETE),
    ],
)
def test_other_changes_are_refused_with_a_one_line_reason(state: State, event: Event) -> None:
    with pytest.raises(TransitionError) as err:
        next_state(state, event, approval_required=False)
    assert str(err.value) == f"a {state.value} request cannot {event.value}"


def test_a_failed_request_can_be_retried_and_closed_states_are_not_open() -> None:
    assert next_state(State.RUNNING, Event.FAIL, approval_required=False) is State.FAILED
    assert next_state(State.FAILED, Event.RETRY, approval_required=False) is State.RUNNING
    assert [s for s in State if is_open(s)] == [
        State.RECEIVED,
        State.VERIFIED,
        State.APPROVED,
        State.RUNNING,
    ]
