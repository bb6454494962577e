"""How identity values are checked and compared (docs/semantics.md, rules M1 and M2). Pure.

``fold(kind, value)`` gives the form two values are compared in: an e-mail address without
its surrounding spaces and with ASCII letters lower-cased; a phone number without spaces,
``-``, ``.``, ``(`` and ``)``; any other identity as text. ``matches(kind, stored, wanted)``
says whether a stored value is the subject's. ``check_identity(kind, value)`` refuses a value
that cannot be one (``@@``, ``not-an-email``, a phone number without digits).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from troth.errors import TrothError

EMAIL_TYPES = frozenset({"email"})
PHONE_TYPES = frozenset({"phone_number", "phone"})
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_PHONE_MARKS = str.maketrans("", "", " -.()")
_EMAIL_FORBIDDEN = frozenset(' ,;<>()[]\\"\t\r\n\x00')
_CONTROL = frozenset(chr(code) for code in range(32))


class IdentityError(TrothError):
    """An identity value that cannot be one (the message never repeats the value)."""


def kind_of(identity_type: str) -> str:
    """``email``, ``phone`` or ``exact``: how values of this identity type are compared."""
    if identity_type in EMAIL_TYPES:
        return "email"
    if identity_type in PHONE_TYPES:
        return "phone"
    return "exact"


def fold_email(value: str) -> str:
    trimmed = value.strip(" ")
    # on ASCII text ``lower`` changes A-Z only, the same as the table, and is much quicker
    return trimmed.lower() if trimmed.isascii() else trimmed.translate(_ASCII_LOWER)


def fold_phone(value: str) -> str:
    return value.translate(_PHONE_MARKS)


def fold(kind: str, value: Any) -> str | None:
    """The compared form of a value (None for NULL)."""
    if value is None:
        return None
    text = str(value)
    if kind == "email":
        return fold_email(text)
    if kind == "phone":
        return fold_phone(text)
    return text


def compared_forms(kind: str, wanted: Iterable[Any]) -> tuple[frozenset[Any], frozenset[str]]:
    """The forms wanted values are compared in (M1): folded, and for phone numbers also as
    written. Made once for values compared many times."""
    given = [v for v in wanted if v is not None]
    as_written = frozenset(str(v) for v in given) if kind == "phone" else frozenset()
    return frozenset(fold(kind, v) for v in given), as_written


def matches_any(kind: str, stored: Any, forms: tuple[frozenset[Any], frozenset[str]]) -> bool:
    """True when a stored value is one of the wanted values whose ``compared_forms`` these are."""
    if stored is None:
        return False
    folded, as_written = forms
    return fold(kind, stored) in folded or str(stored) in as_written


def matches(kind: str, stored: Any, wanted: Any) -> bool:
    """True when a stored value is the wanted identity value (M1)."""
    return matches_any(kind, stored, compared_forms(kind, [wanted]))


def check_identity(identity_type: str, value: str) -> str:
    """The value, or :class:`IdentityError` when it cannot be an identity of this type (M2)."""
    kind = kind_of(identity_type)
    text = value.strip(" ") if kind == "email" else value
    if not text.strip():
        raise IdentityError(f"the {identity_type} is empty")
    if len(text) > 320:
        raise IdentityError(f"the {identity_type} is longer than 320 characters")
    if kind == "email" and not _is_address(text):
        raise IdentityError(f"the {identity_type} is not an e-mail address (name@domain.example)")
    if kind == "phone" and not any(c.isdigit() for c in text):
        raise IdentityError(f"the {identity_type} holds no digits")
    if not _CONTROL.isdisjoint(text):
        raise IdentityError(f"the {identity_type} holds a control character")
    return value


def _is_address(text: str) -> bool:
    """One address: ``local@domain.tld`` with nothing that would make it two or a header."""
    if not _EMAIL_FORBIDDEN.isdisjoint(text) or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    if not local or len(local) > 64 or local.startswith(".") or local.endswith("."):
        return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(labels) and all(not label.startswith("-") for label in labels)
