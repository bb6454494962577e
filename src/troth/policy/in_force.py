"""The policy in force: ``TROTH_POLICY`` when set, else the packaged example."""

from __future__ import annotations

from pathlib import Path

from troth.config import load_settings
from troth.policy import Policy, load_policy


def policy_path_in_force(path: Path | None = None) -> Path | None:
    """An explicit path, else the configured one; None means the packaged example."""
    return path or load_settings().policy_path


def policy_in_force(path: Path | None = None) -> Policy:
    """Load the policy that governs this installation (see :func:`policy_path_in_force`)."""
    return load_policy(policy_path_in_force(path))
