"""Staff roles are ordered: each role may do what the roles below it may, and no more (Sec1)."""

from __future__ import annotations

import pytest

from troth.roles import ROLES, Role, UnknownRole, parse_role

# holder -> the roles whose work it may do, written out by hand
MAY_ACT_AS = {
    "viewer": {"viewer"},
    "analyst": {"viewer", "analyst"},
    "approver": {"viewer", "analyst", "approver"},
    "admin": {"viewer", "analyst", "approver", "admin"},
}


@pytest.mark.parametrize("holder", sorted(MAY_ACT_AS))
@pytest.mark.parametrize("needed", sorted(MAY_ACT_AS))
def test_a_role_allows_its_own_work_and_the_work_below_it(holder: str, needed: str) -> None:
    assert Role(holder).allows(Role(needed)) is (needed in MAY_ACT_AS[holder])


def test_the_order_from_lowest_to_highest() -> None:
    assert [r.value for r in ROLES] == ["viewer", "analyst", "approver", "admin"]
    assert [r.rank for r in ROLES] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("viewer", "viewer"),
        (" Admin ", "admin"),
        ("APPROVER", "approver"),
        ("analyst\n", "analyst"),
    ],
)
def test_a_role_is_read_without_case_or_surrounding_spaces(text: str, role: str) -> None:
    assert parse_role(text) is Role(role)


def test_an_unknown_role_is_refused_with_the_roles_there_are() -> None:
    with pytest.raises(
        UnknownRole, match=r"^unknown role 'root': use one of viewer, analyst, approver, admin$"
    ):
        parse_role("root")
