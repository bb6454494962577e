"""Errors of the consent module: one line, naming what was wrong, never personal data."""

from __future__ import annotations

from troth.errors import TrothError


class ConsentError(TrothError):
    """A consent operation cannot be done as asked."""

    status_code = 422


class UnknownPurpose(ConsentError):
    """The purpose is not a data use of the policy's taxonomy."""

    status_code = 422


class NothingToConfirm(ConsentError):
    """A confirmation link whose request was withdrawn or confirmed already."""

    status_code = 409


class BadLink(ConsentError):
    """A signed link was forged, altered, expired or is not for this action."""

    status_code = 403


class BadSignal(ConsentError):
    """A privacy-signal header (Sec-GPC, DNT) carries a value the standard does not allow."""

    status_code = 400


class UnderAge(ConsentError):
    """The person is under the statement's child age; nothing was stored."""

    status_code = 403


class NotPermitted(ConsentError):
    """The staff member's role does not allow this (the same rule for API and console)."""

    status_code = 403
