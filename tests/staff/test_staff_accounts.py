"""Staff accounts on SQLite and PostgreSQL: create, roles, lockout, TOTP, sessions (Sec1, Sec3)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pyotp
import pytest

from troth.audit import AuditLog
from troth.roles import Role
from troth.staff.accounts import SIGN_IN_FAILED, SignInFailed, StaffAccounts, StaffError
from troth.staff.backoff import FIRST_WAIT
from troth.staff.passwords import WeakPassword
from troth.store import open_store
from troth.web.auth.sessions import SessionStore

PASSWORD = "violet-anvil-harbour-92"


@pytest.fixture
def accounts(store_url: str):  # noqa: ANN201
    with open_store(store_url) as store:
        yield StaffAccounts(store.engine)


def test_create_list_and_set_role(accounts: StaffAccounts) -> None:
    member = accounts.create("Ada@Example.com ", PASSWORD, "analyst")
    assert member.email == "ada@example.com" and member.role is Role.ANALYST
    accounts.create("bob@example.com", "quiet-lantern-orbit-17", Role.ADMIN)
    assert [m.email for m in accounts.all()] == ["ada@example.com", "bob@example.com"]
    assert accounts.set_role("ada@example.com", "approver").role is Role.APPROVER
    actions = [e.action for e in AuditLog(accounts.engine).events()]
    assert actions == ["staff.create", "staff.create", "staff.set_role"]
    assert not any(PASSWORD in str(e.details) for e in AuditLog(accounts.engine).events())


def test_bad_input_is_one_line_and_writes_nothing(accounts: StaffAccounts) -> None:
    with pytest.raises(StaffError, match="e-mail address"):
        accounts.create("not-an-address", PASSWORD, "viewer")
    with pytest.raises(WeakPassword):
        accounts.create("ada@example.com", "password1234", "viewer")
    with pytest.raises(Exception, match="unknown role 'boss'"):
        accounts.create("ada@example.com", PASSWORD, "boss")
    assert accounts.count() == 0
    accounts.create("ada@example.com", PASSWORD, "viewer")
    with pytest.raises(StaffError, match="already exists"):
        accounts.create("ada@example.com", PASSWORD, "viewer")


@pytest.mark.proves("Sec1", "Sec3", via="troth.staff.accounts.StaffAccounts.check_password")
def test_five_wrong_passwords_hold_back_that_source_only(accounts: StaffAccounts) -> None:
    accounts.create("ada@example.com", PASSWORD, "viewer")
    now = datetime.now(UTC)
    for _ in range(5):
        with pytest.raises(SignInFailed, match="wrong"):
            accounts.check_password("ada@example.com", "wrong-password-123", now, "192.0.2.1")
    with pytest.raises(SignInFailed) as held:  # even the right password, from there
        accounts.check_password("ada@example.com", PASSWORD, now, "192.0.2.1")
    assert str(held.value) == SIGN_IN_FAILED
    # The account is not locked for everyone: another address signs in.
    assert accounts.check_password("ada@example.com", PASSWORD, now, "198.51.100.7").member
    later = now + FIRST_WAIT + timedelta(seconds=1)
    assert accounts.check_password("ada@example.com", PASSWORD, later, "192.0.2.1").member.email
    actions = [e.action for e in AuditLog(accounts.engine).events()]
    assert actions.count("staff.sign_in_failed") == 4 and "staff.lockout" in actions


def test_four_failures_then_success_resets_the_count(accounts: StaffAccounts) -> None:
    accounts.create("ada@example.com", PASSWORD, "viewer")
    for _ in range(4):
        with pytest.raises(SignInFailed):
            accounts.check_password("ada@example.com", "wrong-password-123")
    assert accounts.by_email("ada@example.com").failed_attempts == 4
    accounts.check_password("ada@example.com", PASSWORD)
    assert accounts.by_email("ada@example.com").failed_attempts == 0


def test_unknown_address_and_disabled_account_fail_alike(accounts: StaffAccounts) -> None:
    accounts.create("ada@example.com", PASSWORD, "viewer")
    accounts.set_disabled("ada@example.com", True)
    for email in ("ada@example.com", "nobody@example.com"):
        with pytest.raises(SignInFailed, match="the address or the password is wrong"):
            accounts.check_password(email, PASSWORD)


@pytest.mark.proves("Sec1", via="troth.staff.accounts.StaffAccounts.check_totp")
def test_totp_second_factor(accounts: StaffAccounts) -> None:
    accounts.create("ada@example.com", PASSWORD, "admin")
    secret = accounts.enable_totp("ada@example.com")
    result = accounts.check_password("ada@example.com", PASSWORD)
    assert result.needs_totp
    assert not accounts.check_totp(
        result.member.id, "000000" if pyotp.TOTP(secret).now() != "000000" else "111111"
    )
    assert accounts.by_email("ada@example.com").failed_attempts == 2  # password, wrong code
    assert accounts.check_totp(result.member.id, pyotp.TOTP(secret).now())
    assert accounts.by_email("ada@example.com").failed_attempts == 0


def test_sessions_expire_and_end(accounts: StaffAccounts) -> None:
    member = accounts.create("ada@example.com", PASSWORD, "viewer")
    sessions = SessionStore(accounts.engine)
    now = datetime.now(UTC)
    token = sessions.start(member.id, verified=True, now=now)
    assert sessions.get(token, now).staff_id == member.id
    assert sessions.get(token, now + timedelta(hours=9)) is None
    assert sessions.get("forged-token", now) is None
    sessions.end(token)
    assert sessions.get(token, now) is None


def _parallel_tries(accounts: StaffAccounts, passwords: list[str]) -> list[str]:
    """Sign in with each password at once, from as many threads; each try's outcome."""
    start = threading.Barrier(len(passwords))

    def attempt(password: str) -> str:
        start.wait()
        try:
            accounts.check_password("ada@example.com", password)
        except SignInFailed:
            return "refused"
        return "signed in"

    with ThreadPoolExecutor(max_workers=len(passwords)) as pool:
        return list(pool.map(attempt, passwords))


@pytest.mark.proves("Sec1", "Sec3", via="troth.staff.accounts.StaffAccounts.check_password")
def test_twenty_parallel_wrong_passwords_still_lock_after_five(accounts: StaffAccounts) -> None:
    accounts.create("ada@example.com", PASSWORD, "viewer")
    outcomes = _parallel_tries(accounts, [f"wrong-password-{n:02d}" for n in range(20)])
    assert outcomes == ["refused"] * 20
    member = accounts.by_email("ada@example.com")
    assert member.locked(datetime.now(UTC))
    with pytest.raises(SignInFailed):  # even the right password, now, from that source
        accounts.check_password("ada@example.com", PASSWORD)
    actions = [e.action for e in AuditLog(accounts.engine).events()]
    # Only five passwords were ever checked; the other fifteen tries were held back.
    assert actions.count("staff.sign_in_failed") == 4 and actions.count("staff.lockout") == 1
    assert actions.count("staff.sign_in_refused") == 16


def test_the_right_password_among_parallel_wrong_ones_is_counted_fairly(
    accounts: StaffAccounts,
) -> None:
    accounts.create("ada@example.com", PASSWORD, "viewer")
    outcomes = _parallel_tries(accounts, ["wrong-password-1", "wrong-password-2", PASSWORD])
    assert sorted(outcomes) == ["refused", "refused", "signed in"]
