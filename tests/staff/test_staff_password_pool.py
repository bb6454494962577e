"""Password hashing runs in a bounded pool: a flood of sign-ins to a missing account never
runs more argon2 computations at once than the pool allows (each takes 64 MiB)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from troth.staff import passwords
from troth.staff.accounts import SIGN_IN_FAILED, SignInFailed, StaffAccounts
from troth.store import open_store

PASSWORD = "violet-anvil-harbour-92"


class CountingHasher(PasswordHasher):
    """The real argon2 hasher, counting how many of its computations run at the same time."""

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.running = 0
        self.peak = 0
        self.calls = 0
        self.hashes_checked: set[str] = set()

    def _start(self) -> None:
        with self.lock:
            self.running += 1
            self.calls += 1
            self.peak = max(self.peak, self.running)

    def _end(self) -> None:
        with self.lock:
            self.running -= 1

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        self._start()
        try:
            self.hashes_checked.add(str(hash))
            return super().verify(hash, password)
        finally:
            self._end()

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        self._start()
        try:
            return super().hash(password, salt=salt)
        finally:
            self._end()

    def reset(self) -> None:
        self.peak = self.calls = 0
        self.hashes_checked.clear()


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[CountingHasher]:
    hasher = CountingHasher()
    monkeypatch.setattr(passwords, "_hasher", hasher)
    passwords._dummy_hash.cache_clear()  # made again, by the counting hasher
    yield hasher
    passwords._dummy_hash.cache_clear()


@pytest.fixture
def accounts(tmp_path: Path) -> Iterator[StaffAccounts]:
    with open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}") as store:
        yield StaffAccounts(store.engine)


def _in_parallel(count: int, work) -> list[object]:  # noqa: ANN001
    barrier = threading.Barrier(count)

    def run(number: int) -> object:
        barrier.wait()
        return work(number)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


@pytest.mark.proves("Sec3", via="troth.staff.accounts.StaffAccounts.check_password")
def test_parallel_sign_ins_to_a_missing_account_never_exceed_the_pool(
    accounts: StaffAccounts, counting: CountingHasher
) -> None:
    parallel = 16
    passwords.verify_nothing("warm-up")  # the dummy hash is made once, before the flood
    # The measurement sees parallel argon2 work when nothing bounds it.
    digest = counting.hash(PASSWORD)
    counting.reset()
    _in_parallel(parallel, lambda n: counting.verify(digest, PASSWORD))
    assert counting.peak > passwords.HASH_SLOTS

    counting.reset()

    def sign_in(number: int) -> str:
        try:
            accounts.check_password("nobody@example.com", PASSWORD, source=f"192.0.2.{number}")
        except SignInFailed as exc:
            return str(exc)
        return "signed in"

    answers = _in_parallel(parallel, sign_in)
    assert answers == [SIGN_IN_FAILED] * parallel
    assert counting.calls == parallel  # each one cost a real argon2 check...
    assert 1 <= counting.peak <= passwords.HASH_SLOTS  # ...but never more than the pool at once
    assert len(counting.hashes_checked) == 1  # against the one dummy hash, made once


def test_a_missing_account_costs_the_same_argon2_work_as_a_wrong_password(
    accounts: StaffAccounts, counting: CountingHasher
) -> None:
    accounts.create("ada@example.com", PASSWORD, "viewer")
    passwords.verify_nothing("warm-up")
    counting.reset()
    for address in ("nobody@example.com", "someone.else@example.org"):
        with pytest.raises(SignInFailed):
            accounts.check_password(address, PASSWORD, source="192.0.2.1")
    assert counting.calls == 2 and len(counting.hashes_checked) == 1
    with pytest.raises(SignInFailed):
        accounts.check_password("ada@example.com", "wrong-password-123", source="192.0.2.1")
    assert counting.calls == 3 and len(counting.hashes_checked) == 2


def test_a_sign_in_that_finds_the_pool_flooded_is_refused_like_any_failure(
    accounts: StaffAccounts, counting: CountingHasher, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.create("ada@example.com", PASSWORD, "viewer")
    counting.reset()
    monkeypatch.setattr(passwords, "SLOT_WAIT", 0.2)
    with ExitStack() as taken:
        for _ in range(passwords.HASH_SLOTS):  # every slot busy
            taken.enter_context(passwords.hash_slot())
        started = time.monotonic()
        with pytest.raises(SignInFailed) as refused:
            accounts.check_password("ada@example.com", PASSWORD, source="192.0.2.1")
        assert time.monotonic() - started < 5
    assert str(refused.value) == SIGN_IN_FAILED and counting.calls == 0
    # once a slot is free, the right password signs in
    assert accounts.check_password("ada@example.com", PASSWORD, source="192.0.2.1").member
