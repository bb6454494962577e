"""The one error type every user-facing failure is raised as.

Its message is one line that names what was wrong (a file, a line, a field, a
setting) and never holds personal data. The CLI prints it and exits 2; the web
service answers it with its ``status_code`` (422 unless the kind of error says otherwise:
404 for what is not there, 409 for a conflict, 503 for a database that cannot be reached)
and the same text, through one exception handler (:func:`troth.web.app.create_app`).
"""


class TrothError(Exception):
    """A failure the user can fix; ``str(err)`` is the whole one-line message."""

    exit_code = 2
    status_code = 422
