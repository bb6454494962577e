"""The service's signing key: TROTH_SECRET_KEY, or a random key kept in TROTH_HOME."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from troth.config import Settings


def secret_key(settings: Settings) -> bytes:
    """The key that signs CSRF tokens and links (at least 32 bytes).

    In production it comes from the environment; a local install gets a random key
    written once to ``$TROTH_HOME/secret.key`` (mode 0600).
    """
    from_env = os.environ.get("TROTH_SECRET_KEY")
    if from_env:
        return from_env.encode()
    path = Path(settings.home) / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process wrote it first
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32))
    return path.read_text().strip().encode()
