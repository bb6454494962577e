"""Consent: the append-only ledger, marketing preferences, privacy signals, statement
acceptances, child flags, change notices and their per-subject deliveries.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _at(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "consent_subjects",
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("systems", sa.JSON(), nullable=False),
        _at("created_at"),
        _at("erased_at", nullable=True),
        sa.PrimaryKeyConstraint("subject_key", name="pk_consent_subjects"),
    )
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("scope", sa.String(100), nullable=False),
        sa.Column("policy_version", sa.String(100), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        _at("at"),
        sa.Column("notice_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_consent_events"),
    )
    op.create_index("ix_consent_events_subject_key", "consent_events", ["subject_key", "id"])
    op.create_table(
        "marketing_preferences",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("frequency", sa.String(20), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        _at("at"),
        sa.PrimaryKeyConstraint("id", name="pk_marketing_preferences"),
    )
    op.create_index(
        "ix_marketing_preferences_subject_key", "marketing_preferences", ["subject_key", "id"]
    )
    op.create_table(
        "privacy_signals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("holder_key", sa.String(40), nullable=False),
        sa.Column("signal", sa.String(10), nullable=False),
        sa.Column("value", sa.String(10), nullable=False),
        sa.Column("honoured", sa.Boolean(), nullable=False),
        _at("at"),
        sa.PrimaryKeyConstraint("id", name="pk_privacy_signals"),
    )
    op.create_index("ix_privacy_signals_holder_key", "privacy_signals", ["holder_key", "id"])
    op.create_table(
        "statement_acceptances",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("policy_version", sa.String(100), nullable=False),
        sa.Column("channel", sa.String(30), nullable=False),
        sa.Column("place", sa.String(100), nullable=False),
        _at("at"),
        sa.PrimaryKeyConstraint("id", name="pk_statement_acceptances"),
    )
    op.create_index(
        "ix_statement_acceptances_subject_key", "statement_acceptances", ["subject_key"]
    )
    op.create_table(
        "child_flags",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        _at("flagged_at"),
        _at("resolved_at", nullable=True),
        sa.Column("resolution", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_child_flags"),
    )
    op.create_index("ix_child_flags_subject_key", "child_flags", ["subject_key"])
    op.create_table(
        "change_notices",
        sa.Column("version", sa.String(100), nullable=False),
        sa.Column("previous_version", sa.String(100), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        _at("created_at"),
        sa.PrimaryKeyConstraint("version", name="pk_change_notices"),
    )
    op.create_table(
        "notice_deliveries",
        sa.Column("version", sa.String(100), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        _at("claimed_at"),
        _at("sent_at", nullable=True),
        sa.PrimaryKeyConstraint("version", "subject_key", name="pk_notice_deliveries"),
    )


def downgrade() -> None:
    op.drop_table("notice_deliveries")
    op.drop_table("change_notices")
    op.drop_index("ix_child_flags_subject_key", table_name="child_flags")
    op.drop_table("child_flags")
    op.drop_index("ix_statement_acceptances_subject_key", table_name="statement_acceptances")
    op.drop_table("statement_acceptances")
    op.drop_index("ix_privacy_signals_holder_key", table_name="privacy_signals")
    op.drop_table("privacy_signals")
    op.drop_index("ix_marketing_preferences_subject_key", table_name="marketing_preferences")
    op.drop_table("marketing_preferences")
    op.drop_index("ix_consent_events_subject_key", table_name="consent_events")
    op.drop_table("consent_events")
    op.drop_table("consent_subjects")
