"""How a request proves that the identities it names belong to the person asking (pure).

A one-time code proves only the channel it was sent on. So a code goes only to a channel
that *is* the identity searched for: the e-mail address of a request made with an e-mail
address alone, or (when an SMS sender is set up) the phone number of a request made with a
phone number alone. Any other request (several identities, or an identity such as a
username or a device id that no message can reach) waits for staff to verify it by hand,
which the audit log records.

Messages about a request (the code, notices, the archive link) go only to its own proven
channel: never to an address the requester typed beside the identity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

EMAIL = "email"
PHONE = "phone_number"


class Channel(StrEnum):
    EMAIL = "email"  # a code mailed to the e-mail identity
    SMS = "sms"  # a code sent by SMS to the phone-number identity
    STAFF = "staff"  # no code: staff verify the request by hand


@dataclass(frozen=True)
class Proof:
    """How a request is verified and where its messages go."""

    channel: Channel
    address: str  # the identity messages go to ('' when none can be reached)
    unproven: tuple[str, ...] = ()  # identity types staff must check by hand

    @property
    def by_code(self) -> bool:
        return self.channel is not Channel.STAFF


def proof_for(identities: Mapping[str, str], sms: bool) -> Proof:
    """The proof a request with these (checked) identities needs."""
    types = set(identities)
    if types == {EMAIL}:
        return Proof(Channel.EMAIL, identities[EMAIL])
    if types == {PHONE} and sms:
        return Proof(Channel.SMS, identities[PHONE])
    if EMAIL in identities:
        address = identities[EMAIL]
        reached = EMAIL
    elif PHONE in identities and sms:
        address = identities[PHONE]
        reached = PHONE
    else:
        address, reached = "", ""
    unproven = tuple(sorted(t for t in types if t != reached))
    return Proof(Channel.STAFF, address, unproven)


def message_channel(identities: Mapping[str, str], contact: str) -> Channel | None:
    """Where a stored request's messages may go: the channel of the identity its contact is,
    or None when the contact is no identity of the request (nothing is sent then)."""
    if not contact:
        return None
    email = identities.get(EMAIL)
    if email is not None and email.strip().lower() == contact.strip().lower():
        return Channel.EMAIL
    phone = identities.get(PHONE)
    if phone is not None and phone.strip() == contact.strip():
        return Channel.SMS
    return None


def same_address(given: str, proof: Proof) -> bool:
    """Whether a contact the requester gave is the identity the proof reaches."""
    if proof.channel is Channel.SMS:
        return given.strip() == proof.address.strip()
    return given.strip().lower() == proof.address.strip().lower()
