"""Deleting a child in one step: an erasure request made, verified and run by staff.

A subject flagged as possibly under the statement's child age (:mod:`troth.consent.children`)
is erased through the request engine like any erasure, with its evidence; once the erasure is
complete the consent side is done too (every consent withdrawn, the address blanked, the flags
resolved naming the request). The role rule is the consent module's, checked here again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from troth.consent.children import (
    address_for_erasure,
    delete_flagged,
    require_deletion_role,
    require_flagged,
)
from troth.consent.ledger import ConsentLedger
from troth.promises import keeps
from troth.requests.lifecycle import State, ready_to_run
from troth.requests.service import RequestService
from troth.roles import Role


@dataclass(frozen=True)
class ChildErasure:
    """What one-step deletion of a flagged subject did."""

    subject_key: str
    request_id: str
    state: str
    summary: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    consents_withdrawn: int = 0
    address_erased: bool = False

    @property
    def complete(self) -> bool:
        return self.state == "complete"

    def as_dict(self) -> dict[str, object]:
        return {
            "subject_key": self.subject_key,
            "request_id": self.request_id,
            "state": self.state,
            "summary": self.summary,
            "reason": self.reason,
            "consents_withdrawn": self.consents_withdrawn,
            "address_erased": self.address_erased,
        }


CHILD_ERASURE_WHY = "flagged as possibly under the child age"


@keeps("K2")
def erase_flagged_child(
    ledger: ConsentLedger,
    requests: RequestService,
    subject_key: str,
    actor: str,
    role: Role,
    email: str | None = None,
) -> ChildErasure:
    """Delete a flagged subject in one step through the request engine.

    An erasure request is made by staff for the subject (the identity is known to staff,
    so no code is mailed), verified by that staff member, approved by them when erasures
    need approval, and run at once: the subject's rows in the company's databases are
    erased with the engine's evidence. When it completes, every consent is withdrawn, the
    address is blanked in the consent register and the flags are resolved naming the
    request. A failed run leaves the flag in place, so the subject stays listed.
    """
    require_deletion_role(role)
    require_flagged(ledger, subject_key)
    address = address_for_erasure(ledger, subject_key, email)
    submitted = requests.submit(
        "erasure",
        {"email": address},
        actor=actor,
        send_code=False,
        details={"initiated_by": "staff", "why": CHILD_ERASURE_WHY},
    )
    record = submitted.request
    if record.state is State.RECEIVED:
        record = requests.verify_by_staff(record.id, actor, CHILD_ERASURE_WHY)
    if record.state is State.VERIFIED and record.approval_required:
        record = requests.approve(record.id, actor)
    if record.state in (State.RUNNING, State.FAILED) or ready_to_run(
        record.state, approval_required=record.approval_required
    ):
        record = requests.run(record.id, actor)
    summary = dict((record.evidence or {}).get("summary") or {})
    if record.state is not State.COMPLETE:
        return ChildErasure(subject_key, record.id, record.state.value, summary, record.reason)
    done = delete_flagged(ledger, subject_key, actor, role, resolution=f"erased by {record.id}")
    return ChildErasure(
        subject_key,
        record.id,
        record.state.value,
        summary,
        None,
        # the erasure itself withdrew the consents (the ledger forgets an erased person);
        # what delete_flagged still found is added
        int(done["consents_withdrawn"])  # type: ignore[call-overload]
        + int(((record.evidence or {}).get("consent") or {}).get("withdrawn", 0)),
        bool(done["address_erased"]),
    )
