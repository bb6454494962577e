"""Password rule and hashing (Sec3)."""

from __future__ import annotations

import pytest

from troth.staff.passwords import WeakPassword, check_strength, hash_password, verify_password


@pytest.mark.proves("Sec3", via="troth.staff.passwords.check_strength")
@pytest.mark.parametrize(
    "password, why",
    [
        ("Sh0rt!pass", "at least 12 characters"),
        ("password1234", "too weak"),
        ("aaaaaaaaaaaaaaaa", "too weak"),
        ("qwertyuiop123", "too weak"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password: str, why: str) -> None:
    with pytest.raises(WeakPassword) as err:
        check_strength(password)
    assert why in str(err.value)
    assert password not in str(err.value)


@pytest.mark.proves("Sec3", via="troth.staff.passwords.check_strength")
def test_the_address_counts_against_the_password() -> None:
    check_strength("kestrelpalisade2031")  # strong alone
    with pytest.raises(WeakPassword):
        check_strength(
            "kestrelpalisade2031",
            context=("kestrelpalisade2031@example.com", "kestrelpalisade2031"),
        )


def test_strong_password_passes() -> None:
    check_strength("violet-anvil-harbour-92")


@pytest.mark.proves("Sec3", via="troth.staff.passwords.hash_password")
def test_hash_is_argon2id_and_verifies_only_the_right_password() -> None:
    digest = hash_password("violet-anvil-harbour-92")
    assert digest.startswith("$argon2id$")
    assert "violet" not in digest
    assert verify_password(digest, "violet-anvil-harbour-92")
    assert not verify_password(digest, "violet-anvil-harbour-93")
    assert not verify_password("not a hash", "violet-anvil-harbour-92")
