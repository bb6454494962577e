"""One e-mail address, checked before anything is sent to it or searched by it (pure).

The address must be a single mailbox (no display name, no list, no quoted local part), in
ASCII, with a domain that can receive mail; the check is syntax only (no DNS look-up). The
error never repeats the address: it is personal data.
"""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from troth.errors import TrothError

MAX_ADDRESS = 320


class AddressError(TrothError):
    """Not one valid e-mail address (the message does not repeat it)."""


def checked_address(text: str, what: str = "the e-mail address") -> str:
    """``text`` trimmed when it is one valid e-mail address, else :class:`AddressError`."""
    address = text.strip()
    if not address or len(address) > MAX_ADDRESS or not address.isascii():
        raise AddressError(f"{what} is not valid: give one address like name@example.com")
    try:
        validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        raise AddressError(f"{what} is not valid: give one address like name@example.com") from None
    return address


def is_address(text: str) -> bool:
    try:
        checked_address(text)
    except AddressError:
        return False
    return True
