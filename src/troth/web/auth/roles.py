"""Staff roles: defined in :mod:`troth.roles` so domain services check the same rules."""

from troth.roles import ROLES, Role, UnknownRole, parse_role

__all__ = ["ROLES", "Role", "UnknownRole", "parse_role"]
