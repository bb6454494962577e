"""The one error type every user-facing failure is raised as.

Its message is one line that names what was wrong (a file, a line, a field, a
setting) and never holds personal data. The CLI prints it and exits 2; the web
service answers it with a 4xx and the same text.
"""


class TrothError(Exception):
    """A failure the user can fix; ``str(err)`` is the whole one-line message."""

    exit_code = 2
