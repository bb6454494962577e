"""The lifecycle of a data subject request, as a pure state machine.

received → verified → approved (only when the policy asks for approval) → running → complete,
or denied (by staff, before running) or failed (while running, with a reason). A failed request
may be retried: the journal makes the retry redo nothing that was already done.
"""

from __future__ import annotations

from enum import StrEnum

from troth.errors import TrothError


class State(StrEnum):
    RECEIVED = "received"
    VERIFIED = "verified"
    APPROVED = "approved"
    RUNNING = "running"
    COMPLETE = "complete"
    PARTIAL = "partial"  # carried out, but something was kept for no reason the policy gives
    DENIED = "denied"
    FAILED = "failed"


class Event(StrEnum):
    VERIFY = "verify"
    APPROVE = "approve"
    START = "start"
    COMPLETE = "complete"
    FINISH_PARTLY = "finish_partly"
    DENY = "deny"
    FAIL = "fail"
    RETRY = "retry"


OPEN_STATES = frozenset({State.RECEIVED, State.VERIFIED, State.APPROVED, State.RUNNING})
CLOSED_STATES = frozenset({State.COMPLETE, State.PARTIAL, State.DENIED, State.FAILED})


class TransitionError(TrothError):
    """A change of state the lifecycle does not allow; the message names both."""

    status_code = 409


_TRANSITIONS: dict[tuple[State, Event], State] = {
    (State.RECEIVED, Event.VERIFY): State.VERIFIED,
    (State.VERIFIED, Event.APPROVE): State.APPROVED,
    (State.VERIFIED, Event.START): State.RUNNING,
    (State.APPROVED, Event.START): State.RUNNING,
    (State.RUNNING, Event.COMPLETE): State.COMPLETE,
    (State.RUNNING, Event.FINISH_PARTLY): State.PARTIAL,
    (State.PARTIAL, Event.RETRY): State.RUNNING,
    (State.RUNNING, Event.FAIL): State.FAILED,
    (State.RECEIVED, Event.DENY): State.DENIED,
    (State.VERIFIED, Event.DENY): State.DENIED,
    (State.APPROVED, Event.DENY): State.DENIED,
    (State.FAILED, Event.RETRY): State.RUNNING,
}


def next_state(state: State | str, event: Event | str, *, approval_required: bool) -> State:
    """The state after ``event`` (pure); :class:`TransitionError` when it is not allowed."""
    state, event = State(state), Event(event)
    if state is State.VERIFIED and event is Event.START and approval_required:
        raise TransitionError("the request needs a staff approval before it can run")
    if state is State.VERIFIED and event is Event.APPROVE and not approval_required:
        raise TransitionError("this kind of request needs no approval")
    try:
        return _TRANSITIONS[(state, event)]
    except KeyError:
        raise TransitionError(f"a {state.value} request cannot {event.value}") from None


def is_open(state: State | str) -> bool:
    """True while the request may still change (not complete, denied or failed)."""
    return State(state) in OPEN_STATES


def ready_to_run(state: State | str, *, approval_required: bool) -> bool:
    """True when the next step is to run the request."""
    state = State(state)
    return state is State.APPROVED or (state is State.VERIFIED and not approval_required)
