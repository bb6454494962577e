"""Errors of the guard: one line, never the refused content."""

from troth.errors import TrothError


class GuardError(TrothError):
    """A record or request the guard cannot check (bad shape, unknown system)."""


class UnknownSystem(GuardError):
    status_code = 404
