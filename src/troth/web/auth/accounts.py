"""Staff accounts in the platform's store: create, sign in (with lockout), roles, TOTP."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pyotp
import sqlalchemy as sa

from troth.audit import AuditLog
from troth.errors import TrothError
from troth.notify.addresses import is_address
from troth.promises import keeps
from troth.store.tables import staff_accounts, staff_sessions
from troth.web.auth.passwords import (
    DUMMY_HASH,
    check_strength,
    hash_password,
    needs_rehash,
    verify_password,
)
from troth.web.auth.roles import Role, parse_role

MAX_FAILED = 5
LOCKOUT = timedelta(minutes=15)
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
        return self.locked_until is not None and _aware(self.locked_until) > now


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _member(row: sa.RowMapping) -> StaffMember:
    return StaffMember(
        id=row["id"],
        email=row["email"],
        role=Role(row["role"]),
        totp_enabled=row["totp_secret"] is not None,
        failed_attempts=row["failed_attempts"],
        locked_until=_aware(row["locked_until"]) if row["locked_until"] else None,
        disabled=row["disabled"],
        created_at=_aware(row["created_at"]),
    )


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not EMAIL.match(email) or not is_address(email):
        raise StaffError("the staff address must be an e-mail address like name@example.com")
    return email


@dataclass(frozen=True)
class SignInResult:
    member: StaffMember
    needs_totp: bool


class StaffAccounts:
    """The staff directory over an engine of the platform's store."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.audit = AuditLog(engine)

    # --- reading -------------------------------------------------------------------------

    def get(self, staff_id: int) -> StaffMember | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(staff_accounts).where(staff_accounts.c.id == staff_id))
                .mappings()
                .first()
            )
        return _member(row) if row else None

    def by_email(self, email: str) -> StaffMember | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    sa.select(staff_accounts).where(staff_accounts.c.email == email.strip().lower())
                )
                .mappings()
                .first()
            )
        return _member(row) if row else None

    def all(self) -> list[StaffMember]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(staff_accounts).order_by(staff_accounts.c.email))
            return [_member(r) for r in rows.mappings()]

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
            ).inserted_primary_key[0]
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
        member = self._require(email)
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(staff_accounts.c.id == member.id)
                .values(failed_attempts=0, locked_until=None)
            )
            self.audit.append(actor, "staff.unlock", f"staff:{member.id}", {}, conn)
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
                .values(totp_secret=secret)
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
                .values(totp_secret=secret)
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
        self, email: str, password: str, now: datetime | None = None
    ) -> SignInResult:
        """The member if the password is right and the account usable; else :class:`SignInFailed`.

        Five wrong passwords in a row lock the account for 15 minutes (an admin may unlock it).
        Each try is counted in the store before the password is checked, in one atomic
        statement, so parallel tries cannot all read the same count: past the fifth, every
        try is refused without looking at its password.
        """
        now = now or datetime.now(UTC)
        email = email.strip().lower()
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(staff_accounts).where(staff_accounts.c.email == email))
                .mappings()
                .first()
            )
        if row is None:
            verify_password(DUMMY_HASH, password)
            raise SignInFailed("the address or the password is wrong")
        member = _member(row)
        if member.disabled:
            self.audit.append("anonymous", "staff.sign_in_refused", f"staff:{member.id}", {})
            raise SignInFailed("the address or the password is wrong")
        tries = self._take_try(member.id, now)
        if tries is None:
            self.audit.append("anonymous", "staff.sign_in_refused", f"staff:{member.id}", {})
            raise SignInFailed(
                "this account is locked after too many failed sign-ins; try again later"
            )
        if not verify_password(row["password_hash"], password):
            self._note_failure(member.id, tries)
            raise SignInFailed("the address or the password is wrong")
        values: dict[str, object] = {"failed_attempts": 0, "locked_until": None}
        if needs_rehash(row["password_hash"]):
            values["password_hash"] = hash_password(password)
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update().where(staff_accounts.c.id == member.id).values(**values)
            )
        return SignInResult(member, needs_totp=member.totp_enabled)

    def _take_try(self, staff_id: int, now: datetime) -> int | None:
        """Count one try before it is checked, atomically; the count, or None when locked.

        One ``UPDATE ... SET failed_attempts = failed_attempts + 1 ... RETURNING``: the
        database orders parallel tries, so each sees its own count. The fifth locks the
        account; a try after a lock has run out starts the count again at one.
        """
        table = staff_accounts.c
        count = sa.case((table.locked_until.is_not(None), 1), else_=table.failed_attempts + 1)
        statement = (
            staff_accounts.update()
            .where(
                table.id == staff_id,
                table.disabled.is_(False),
                sa.or_(table.locked_until.is_(None), table.locked_until <= now),
            )
            .values(
                failed_attempts=count,
                locked_until=sa.case((count >= MAX_FAILED, now + LOCKOUT), else_=None),
            )
            .returning(table.failed_attempts)
        )
        with self.engine.begin() as conn:
            return conn.execute(statement).scalar_one_or_none()

    def _give_back_try(self, staff_id: int) -> None:
        """A try that turned out right no longer counts (and lifts the lock it set)."""
        table = staff_accounts.c
        count = sa.case((table.failed_attempts > 0, table.failed_attempts - 1), else_=0)
        with self.engine.begin() as conn:
            conn.execute(
                staff_accounts.update()
                .where(table.id == staff_id)
                .values(
                    failed_attempts=count,
                    locked_until=sa.case(
                        (table.failed_attempts - 1 >= MAX_FAILED, table.locked_until), else_=None
                    ),
                )
            )

    def _note_failure(self, staff_id: int, tries: int) -> None:
        self.audit.append(
            "anonymous",
            "staff.lockout" if tries >= MAX_FAILED else "staff.sign_in_failed",
            f"staff:{staff_id}",
            {"failed_attempts": tries},
        )

    @keeps("Sec1")
    def check_totp(self, staff_id: int, code: str, now: datetime | None = None) -> bool:
        """True when ``code`` is the current TOTP code; a wrong code counts as a failure."""
        now = now or datetime.now(UTC)
        member = self.get(staff_id)
        with self.engine.connect() as conn:
            secret = conn.execute(
                sa.select(staff_accounts.c.totp_secret).where(staff_accounts.c.id == staff_id)
            ).scalar_one_or_none()
        if member is None or not secret or member.disabled:
            return False
        tries = self._take_try(staff_id, now)  # counted first, like a password
        if tries is None:
            return False
        given = code.strip().replace(" ", "")
        if given.isascii() and pyotp.TOTP(secret).verify(given, for_time=now, valid_window=1):
            self._give_back_try(staff_id)
            return True
        self._note_failure(staff_id, tries)
        return False
