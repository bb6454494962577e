"""The data map's one error type."""

from troth.errors import TrothError


class DatamapError(TrothError):
    """A dataset file cannot be used; the message names the file, the line and the element."""
