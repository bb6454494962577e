"""The platform's own tables, defined once; the migrations in ``migrations/`` must match them."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "pk": "pk_%(table_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

datasets = sa.Table(
    "datasets",
    metadata,
    sa.Column("fides_key", sa.String(200), primary_key=True),
    sa.Column("system_key", sa.String(200), nullable=True),
    sa.Column("source", sa.String(500), nullable=False),
    sa.Column("body", sa.JSON(), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
)

policy_versions = sa.Table(
    "policy_versions",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("label", sa.String(100), nullable=False),
    sa.Column("effective", sa.Date(), nullable=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("content_hash"),
)

audit_events = sa.Table(
    "audit_events",
    metadata,
    sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("action", sa.String(100), nullable=False),
    sa.Column("target", sa.String(200), nullable=False),
    sa.Column("details", sa.JSON(), nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Index("ix_audit_events_target", "target"),
    sa.Index("ix_audit_events_action", "action"),
)

# Data subject requests (troth.requests): the request, its one-time code, the
# journal of execution steps, and the encrypted access archive.

subject_requests = sa.Table(
    "subject_requests",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("kind", sa.String(30), nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("jurisdiction", sa.String(10), nullable=False),
    sa.Column("subject_ref", sa.String(64), nullable=False),
    # kind:subject_ref while the request is open, NULL once closed: one open request per pair.
    sa.Column("open_key", sa.String(120), nullable=True),
    sa.Column("identities", sa.JSON(), nullable=False),
    sa.Column("contact", sa.String(320), nullable=False),
    sa.Column("details", sa.JSON(), nullable=False),
    sa.Column("approval_required", sa.Boolean(), nullable=False),
    sa.Column("reason", sa.Text(), nullable=True),
    sa.Column("evidence", sa.JSON(), nullable=True),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("extended_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    # The runner holding the request while it runs, and until when (renewed while it runs).
    sa.Column("lease_owner", sa.String(80), nullable=True),
    sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
    sa.UniqueConstraint("open_key"),
    sa.Index("ix_subject_requests_subject_ref", "subject_ref"),
    sa.Index("ix_subject_requests_state", "state"),
)

request_codes = sa.Table(
    "request_codes",
    metadata,
    sa.Column(
        "request_id",
        sa.String(40),
        sa.ForeignKey("subject_requests.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("code_hash", sa.String(64), nullable=False),
    sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("tries", sa.Integer(), nullable=False),
    sa.Column("spent", sa.Boolean(), nullable=False),
)

request_steps = sa.Table(
    "request_steps",
    metadata,
    sa.Column(
        "request_id",
        sa.String(40),
        sa.ForeignKey("subject_requests.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("step_key", sa.String(300), primary_key=True),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("summary", sa.JSON(), nullable=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
)

request_archives = sa.Table(
    "request_archives",
    metadata,
    sa.Column(
        "request_id",
        sa.String(40),
        sa.ForeignKey("subject_requests.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("key_id", sa.String(16), nullable=False),
    sa.Column("nonce", sa.LargeBinary(), nullable=False),
    sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    sa.Column("size", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

staff_accounts = sa.Table(
    "staff_accounts",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("totp_secret", sa.String(64), nullable=True),
    # the last TOTP time step a code was accepted for: a code of that step or an older one
    # is refused, so an overheard code cannot be used again
    sa.Column("totp_last_step", sa.BigInteger(), nullable=True),
    sa.Column("failed_attempts", sa.Integer(), nullable=False),
    sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    sa.Column("disabled", sa.Boolean(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("email"),
)

# Failed sign-ins per (account, source address): both are SHA-256 digests, never in clear.
staff_sign_in_backoff = sa.Table(
    "staff_sign_in_backoff",
    metadata,
    sa.Column("account_key", sa.String(64), primary_key=True),
    sa.Column("source_key", sa.String(64), primary_key=True),
    sa.Column("failures", sa.Integer(), nullable=False),
    sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

staff_sessions = sa.Table(
    "staff_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_accounts.id"), nullable=False),
    sa.Column("verified", sa.Boolean(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_staff_sessions_staff_id", "staff_id"),
)

# consent: the append-only ledger, preferences, signals, acceptances, children, notices.
# Subjects are named by a pseudonymous key (troth.consent.keys); only consent_subjects
# holds the address mail goes to.

consent_subjects = sa.Table(
    "consent_subjects",
    metadata,
    sa.Column("subject_key", sa.String(40), primary_key=True),
    sa.Column("email", sa.String(320), nullable=True),
    sa.Column("systems", sa.JSON(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
)

consent_events = sa.Table(
    "consent_events",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("subject_key", sa.String(40), nullable=False),
    sa.Column("purpose", sa.String(200), nullable=False),
    sa.Column("scope", sa.String(100), nullable=False),
    sa.Column("policy_version", sa.String(100), nullable=False),
    sa.Column("source", sa.String(30), nullable=False),
    sa.Column("granted", sa.Boolean(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("notice_hash", sa.String(64), nullable=False),
    # double opt-in: "requested" (not yet in force), "confirmed", or "" for every other row
    sa.Column("step", sa.String(20), nullable=False, server_default=""),
    sa.Index("ix_consent_events_subject_key", "subject_key", "id"),
)

marketing_preferences = sa.Table(
    "marketing_preferences",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("subject_key", sa.String(40), nullable=False),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("frequency", sa.String(20), nullable=False),
    sa.Column("source", sa.String(30), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_marketing_preferences_subject_key", "subject_key", "id"),
)

privacy_signals = sa.Table(
    "privacy_signals",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("holder_key", sa.String(40), nullable=False),
    sa.Column("signal", sa.String(10), nullable=False),
    sa.Column("value", sa.String(10), nullable=False),
    sa.Column("honoured", sa.Boolean(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_privacy_signals_holder_key", "holder_key", "id"),
)

statement_acceptances = sa.Table(
    "statement_acceptances",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("subject_key", sa.String(40), nullable=False),
    sa.Column("policy_version", sa.String(100), nullable=False),
    sa.Column("channel", sa.String(30), nullable=False),
    sa.Column("place", sa.String(100), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_statement_acceptances_subject_key", "subject_key"),
)

child_flags = sa.Table(
    "child_flags",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("subject_key", sa.String(40), nullable=False),
    sa.Column("source", sa.String(30), nullable=False),
    sa.Column("flagged_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("resolution", sa.String(200), nullable=True),
    sa.Index("ix_child_flags_subject_key", "subject_key"),
)

change_notices = sa.Table(
    "change_notices",
    metadata,
    sa.Column("version", sa.String(100), primary_key=True),
    sa.Column("previous_version", sa.String(100), nullable=False),
    sa.Column("effective", sa.Date(), nullable=False),
    sa.Column("changes", sa.JSON(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

notice_deliveries = sa.Table(
    "notice_deliveries",
    metadata,
    sa.Column("version", sa.String(100), primary_key=True),
    sa.Column("subject_key", sa.String(40), primary_key=True),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
)
