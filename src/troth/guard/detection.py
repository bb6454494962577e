"""What a recognizer reports: a category found at a character span of a text."""

from __future__ import annotations

from dataclasses import dataclass

# Categories the recognizers report, in the fideslang taxonomy (with the policy's additions).
EMAIL = "user.contact.email"
PHONE = "user.contact.phone_number"
ADDRESS = "user.contact.address.street"
NAME = "user.name"
IP_ADDRESS = "user.device.ip_address"
MAC_ADDRESS = "user.device.mac_address"
CARD = "user.financial.credit_card"
IBAN = "user.financial.bank_account"
CHILD = "user.childrens"
RACE = "user.demographic.race_ethnicity"
POLITICS = "user.demographic.political_opinion"
RELIGION = "user.demographic.religious_belief"
UNION = "user.demographic.union_membership"
GENETIC = "user.health_and_medical.genetic"
BIOMETRIC = "user.biometric"
HEALTH = "user.health_and_medical"
SEXUAL_ORIENTATION = "user.demographic.sexual_orientation"

SPECIAL_CATEGORIES: tuple[str, ...] = (
    RACE,
    POLITICS,
    RELIGION,
    UNION,
    GENETIC,
    BIOMETRIC,
    HEALTH,
    SEXUAL_ORIENTATION,
)
ORDINARY_CATEGORIES: tuple[str, ...] = (
    EMAIL,
    PHONE,
    ADDRESS,
    NAME,
    IP_ADDRESS,
    MAC_ADDRESS,
    IBAN,
)


# Detections and findings are values nobody changes after making them, but not frozen:
# a frozen dataclass sets each field through object.__setattr__, five times the cost of
# making one, and recognizers make one for every match.
@dataclass(slots=True, unsafe_hash=True)
class Detection:
    """``category`` found in ``text[start:end]`` by ``recognizer``, with a confidence."""

    category: str
    start: int
    end: int
    recognizer: str
    score: float = 1.0
    about_other: bool = False  # what a person reveals about someone else (a spouse, a child)

    def overlaps(self, other: Detection) -> bool:
        return self.start < other.end and other.start < self.end
