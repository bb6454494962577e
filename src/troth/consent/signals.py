"""Privacy signals in request headers: Global Privacy Control and Do Not Track (pure).

``Sec-GPC: 1`` (exactly "1") is an opt-out of sale and sharing; ``Sec-GPC: 0`` and no
header mean no signal. ``DNT: 1`` is recorded and honoured only where the policy says so.
Any other value is malformed and refused, so nothing is recorded from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from troth.consent.errors import BadSignal
from troth.policy import Policy
from troth.promises import keeps


@dataclass(frozen=True)
class Signal:
    name: str  # "gpc" or "dnt"
    value: str  # "1"
    honoured: bool


def _one(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        return None
    if value not in ("0", "1"):
        raise BadSignal(f"header {name} must be 0 or 1, not a value of {len(value)} characters")
    return value


@keeps("C10")
def read_signals(headers: Mapping[str, str], policy: Policy) -> list[Signal]:
    """The signals a request carries, each with whether the policy honours it."""
    found: list[Signal] = []
    gpc = _one(headers, "sec-gpc")
    dnt = _one(headers, "dnt")
    if gpc == "1":
        honoured = policy.settings.global_privacy_control == "opt_out_of_sale_and_sharing"
        found.append(Signal("gpc", "1", honoured))
    if dnt == "1":
        found.append(Signal("dnt", "1", policy.settings.do_not_track == "honoured"))
    return found


def gpc_document(policy: Policy) -> dict[str, object]:
    """The body of ``/.well-known/gpc.json`` (the GPC specification's support resource)."""
    return {
        "gpc": policy.settings.global_privacy_control == "opt_out_of_sale_and_sharing",
        "lastUpdate": max(v.effective for v in policy.versions).isoformat(),
    }
