"""Staff roles, ordered: each role may do everything the roles below it may.

Domain packages check a role here (who may do what is a rule of the service, not only of
its routes); :mod:`troth.web.auth` guards routes with the same roles.
"""

from __future__ import annotations

from enum import StrEnum

from troth.errors import TrothError


class Role(StrEnum):
    VIEWER = "viewer"
    ANALYST = "analyst"
    APPROVER = "approver"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return ROLES.index(self)

    def allows(self, needed: Role) -> bool:
        """True when a holder of this role may do what ``needed`` may."""
        return self.rank >= needed.rank


ROLES: list[Role] = [Role.VIEWER, Role.ANALYST, Role.APPROVER, Role.ADMIN]


class UnknownRole(TrothError):
    pass


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise UnknownRole(
            f"unknown role {value!r}: use one of {', '.join(r.value for r in ROLES)}"
        ) from None
