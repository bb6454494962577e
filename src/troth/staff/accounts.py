"""Staff accounts in the platform's store: create, sign in (with back-off), roles, TOTP."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import pyotp
import sqlalchemy as sa

from troth.audit import AuditLog
from troth.errors import TrothError
from troth.keys import same_secret
from troth.notify.addresses import is_address
from troth.promises import keeps
from troth.roles import Role, parse_role
from troth.staff.backoff import FREE_TRIES, SignInBackoff
from troth.staff.passwords import (
    PasswordsBusy,
    check_strength,
    hash_password,
    needs_rehash,
    verify_nothing,
    verify_password,
)
from troth.store.tables import staff_accounts, staff_sessions
from troth.timeutil import aware

MAX_FAILED = FREE_TRIES
# One message for every refused sign-in: unknown address, wrong password, disabled or held
# back, so the answer never tells which addresses are accounts.
SIGN_IN_FAILED = (
    "the address or the password is wrong, or there were too many tries; wait and try again"
)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class StaffError(TrothError):
    """A staff-account operation failed; the message names what was wrong."""


class SignInFailed(StaffError):
    """Wrong address or password, or a locked account (the message does not say which)."""


@dataclass(frozen=True)
class StaffMember:
    id: int
    email: str
    role: Role
    totp_enabled: bool
    failed_attempts: int
    locked_until: datetime | None
    disabled: bool
    created_at: datetime

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and aware(self.locked_until) > now


def _member(row: sa.RowMapping, backoff: tuple[int, datetime | None] = (0, None)) -> StaffMember:
    """A member from its row; ``backoff``: the most failures from one source address and the
    latest lock still running on one (the account itself is never locked for everyone)."""
    return StaffMember(
        id=row["id"],
        email=row["email"],
        role=Role(row["role"]),
        totp_enabled=row["totp_secret"] is not None,
        failed_attempts=backoff[0],
        locked_until=backoff[1],
        disabled=row["disabled"],
        created_at=aware(row["created_at"]),
    )


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not EMAIL.match(email) or not is_address(email):
        raise StaffError("the staff address must be an e-mail address like name@example.com")
    return email


def matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The TOTP time step (one before to one after now) whose code is ``code``, or None."""
    given = code.strip().replace(" ", "")
    if not (given.isascii() and given.isdigit()):
        return None
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now)
    for step in (current - 1, current, current + 1):
        if same_secret(totp.generate_otp(step), given):
            return step
    return None


@dataclass(frozen=True)
class SignInResult:
    member: StaffMember
    needs_totp: bool


class StaffAccounts:
    """The staff directory over an engine of the platform's store."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.audit = AuditLog(engine)
        self.backoff = SignInBackoff(engine)

    def _full(self, row: sa.RowMapping | None) -> StaffMember | None:
        if row is None:
            return None
        return _member(row, self.backoff.status(row["email"], datetime.now(UTC)))

    # --- reading -------------------------------------------------------------------------

    def get(self, staff_id: int) -> StaffMember | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(staff_accounts).where(staff_accounts.c.id == staff_id))
                .mappings()
                .first()
            )
        return self._full(row)

    def by_email(self, email: str) -> StaffMember | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    sa.select(staff_accounts).where(staff_accounts.c.email == email.strip().lower())
                )
                .mappings()
                .first()
            )
        return self._full(row)

    def all(self) -> list[StaffMember]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(staff_accounts).order_by(staff_accounts.c.email))
            found = list(rows.mappings())
        return [m for m in map(self._full, found) if m is not None]

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(staff_accounts)).scalar_one()

    # --- changing ------------------------------------------------------------------------

    @keeps("Sec1", "Sec3")
    def create(
        self, email: str, password: str, role: Role | str, actor: str = "cli"
    ) -> StaffMember:
        """Add a staff member; the password must pass the strength rule."""
        email = normalise_email(email)
        role = role if isinstance(role, Role) else parse_role(role)
        check_strength(password, context=(email, email.split("@")[0], "troth"))
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            exists = conn.execute(
                sa.select(staff_accounts.c.id).where(staff_accounts.c.email == email)
            ).first()
            if exists:
                raise StaffError(f"a staff member with the address {email} already exists")
            new_id = conn.execute(
                staff_accounts.insert().values(
                    email=email,
                    password_hash=hash_password(password),
                    role=role.value,
                    totp_secret=None,
                    failed_attempts=0,
                    locked_until=None,
                    disabled=False,
                    created_at=now,
                )
            ).inserted_primary_key[0]  # type: ignore[index]  # an insert has its key
            self.audit.append(actor, "staff.create", f"staff:{new_id}", {"role": role.value}, conn)
        member = self.get(int(new_id))
        assert member is not None
        return member

    def set_role(self, email: str, role: Role | str, actor: str = "cli") -> StaffMember:
        role = role if isinstance(role, Role) else parse_role(role)
        member = self._require(email)
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(staff_accounts.c.id == member.id)
                .values(role=role.value)
            )
            self.audit.append(
                actor,
                "staff.set_role",
                f"staff:{member.id}",
                {"from": member.role.value, "to": role.value},
                conn,
            )
        return self._require(email)

    def set_disabled(self, email: str, disabled: bool, actor: str = "cli") -> StaffMember:
        member = self._require(email)
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(staff_accounts.c.id == member.id)
                .values(disabled=disabled)
            )
            if disabled:
                conn.execute(staff_sessions.delete().where(staff_sessions.c.staff_id == member.id))
            self.audit.append(
                actor,
                "staff.disable" if disabled else "staff.enable",
                f"staff:{member.id}",
                {},
                conn,
            )
        return self._require(email)

    def unlock(self, email: str, actor: str = "cli") -> StaffMember:
        """Lift the back-off of every source address on this account."""
        member = self._require(email)
        self.backoff.clear(member.email)
        self.audit.append(actor, "staff.unlock", f"staff:{member.id}", {})
        return self._require(email)

    def set_password(self, email: str, password: str, actor: str = "cli") -> None:
        member = self._require(email)
        check_strength(password, context=(member.email, member.email.split("@")[0], "troth"))
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(staff_accounts.c.id == member.id)
                .values(password_hash=hash_password(password))
            )
            conn.execute(staff_sessions.delete().where(staff_sessions.c.staff_id == member.id))
            self.audit.append(actor, "staff.set_password", f"staff:{member.id}", {}, conn)

    def enable_totp(self, email: str, actor: str = "cli") -> str:
        """Turn on the TOTP second factor; returns the base32 secret to enrol an authenticator."""
        member = self._require(email)
        secret = pyotp.random_base32()
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(staff_accounts.c.id == member.id)
                .values(totp_secret=secret, totp_last_step=None)
            )
            self.audit.append(actor, "staff.totp_enabled", f"staff:{member.id}", {}, conn)
        return secret

    def confirm_totp(
        self, staff_id: int, secret: str, code: str, now: datetime | None = None
    ) -> bool:
        """Enrol ``secret`` as the member's second factor once ``code`` proves the authenticator
        holds it; a wrong code changes nothing and returns False."""
        member = self.get(staff_id)
        if member is None or member.disabled or not secret:
            return False
        now = now or datetime.now(UTC)
        try:
            right = pyotp.TOTP(secret).verify(
                code.strip().replace(" ", ""), for_time=now, valid_window=1
            )
        except (ValueError, TypeError):  # not a base32 secret
            return False
        if not right:
            return False
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(staff_accounts.c.id == member.id)
                .values(totp_secret=secret, totp_last_step=None)
            )
            self.audit.append(
                f"staff:{member.id}", "staff.totp_enabled", f"staff:{member.id}", {}, conn
            )
        return True

    def _require(self, email: str) -> StaffMember:
        member = self.by_email(email)
        if member is None:
            raise StaffError(f"no staff member has the address {email.strip().lower()}")
        return member

    # --- signing in ----------------------------------------------------------------------

    @keeps("Sec1", "Sec3")
    def check_password(
        self, email: str, password: str, now: datetime | None = None, source: str = ""
    ) -> SignInResult:
        """The member if the password is right and the account usable; else :class:`SignInFailed`
        with the same message whatever went wrong.

        ``source`` is the client's address. Tries are counted per (address typed, source)
        before the password is checked (:mod:`troth.staff.backoff`): five failures hold
        that source back from that account, and longer with each further failure, while
        everyone else can still sign in to it. Unknown addresses are counted the same way.
        """
        now = now or datetime.now(UTC)
        email = email.strip().lower()
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(staff_accounts).where(staff_accounts.c.email == email))
                .mappings()
                .first()
            )
        target = f"staff:{row['id']}" if row is not None else None
        tries = self.backoff.take_try(email, source, now)
        if tries is None:
            if target:
                self.audit.append("anonymous", "staff.sign_in_refused", target, {})
            raise SignInFailed(SIGN_IN_FAILED)
        try:
            right = self._password_matches(row, password)
        except PasswordsBusy:  # a flood of sign-ins: refused like any other failure
            raise SignInFailed(SIGN_IN_FAILED) from None
        if row is None:
            raise SignInFailed(SIGN_IN_FAILED)
        if not right:
            self._note_failure(row["id"], tries)
            raise SignInFailed(SIGN_IN_FAILED)
        if row["totp_secret"] is None:
            self.backoff.succeeded(email, source)
        # With a second factor the try stays counted until its code is right too, so knowing
        # the password does not buy fresh guesses at the code.
        if needs_rehash(row["password_hash"]):
            self._rehash(row["id"], password)
        member = _member(row)
        return SignInResult(member, needs_totp=member.totp_enabled)

    def _rehash(self, staff_id: int, password: str) -> None:
        """Store the password under the current argon2 parameters (skipped while the
        hashing pool is flooded: the next sign-in does it)."""
        try:
            fresh = hash_password(password)
        except PasswordsBusy:
            return
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(staff_accounts.c.id == staff_id)
                .values(password_hash=fresh)
            )

    @staticmethod
    def _password_matches(row: sa.RowMapping | None, password: str) -> bool:
        """Check the password in the hashing pool; an unknown or disabled account costs the
        same (a dummy check) and never matches."""
        if row is None or row["disabled"]:
            verify_nothing(password)
            return False
        return verify_password(row["password_hash"], password)

    def _use_step(self, staff_id: int, step: int) -> bool:
        """Record ``step`` as used, atomically; False when it (or a later one) already was."""
        table = staff_accounts.c
        statement = (
            staff_accounts.update()
            .where(
                table.id == staff_id,
                sa.or_(table.totp_last_step.is_(None), table.totp_last_step < step),
            )
            .values(totp_last_step=step)
            .returning(table.id)
        )
        with self.engine.begin() as conn:
            return conn.execute(statement).first() is not None

    def _note_failure(self, staff_id: int, tries: int) -> None:
        self.audit.append(
            "anonymous",
            "staff.lockout" if tries >= MAX_FAILED else "staff.sign_in_failed",
            f"staff:{staff_id}",
            {"failed_attempts": tries},
        )

    @keeps("Sec1")
    def check_totp(
        self, staff_id: int, code: str, now: datetime | None = None, source: str = ""
    ) -> bool:
        """True when ``code`` is the current TOTP code; a wrong code counts as a failure of
        the (account, source) pair, like a wrong password."""
        now = now or datetime.now(UTC)
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(staff_accounts).where(staff_accounts.c.id == staff_id))
                .mappings()
                .first()
            )
        if row is None or not row["totp_secret"] or row["disabled"]:
            return False
        tries = self.backoff.take_try(row["email"], source, now)  # counted first, like a password
        if tries is None:
            return False
        step = matching_step(row["totp_secret"], code, now)
        if step is not None and self._use_step(staff_id, step):
            self.backoff.succeeded(row["email"], source)
            return True
        self._note_failure(staff_id, tries)
        return False
