"""Data subject requests: requests, one-time codes, journal steps, encrypted archives.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _request_fk() -> sa.Column:
    return sa.Column("request_id", sa.String(40), nullable=False)


def upgrade() -> None:
    op.create_table(
        "subject_requests",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("jurisdiction", sa.String(10), nullable=False),
        sa.Column("subject_ref", sa.String(64), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name="pk_subject_requests"),
        sa.UniqueConstraint("open_key", name="uq_subject_requests_open_key"),
    )
    op.create_index("ix_subject_requests_subject_ref", "subject_requests", ["subject_ref"])
    op.create_index("ix_subject_requests_state", "subject_requests", ["state"])
    op.create_table(
        "request_codes",
        _request_fk(),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("spent", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", name="pk_request_codes"),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["subject_requests.id"],
            name="fk_request_codes_request_id_subject_requests",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "request_steps",
        _request_fk(),
        sa.Column("step_key", sa.String(300), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("request_id", "step_key", name="pk_request_steps"),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["subject_requests.id"],
            name="fk_request_steps_request_id_subject_requests",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "request_archives",
        _request_fk(),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("request_id", name="pk_request_archives"),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["subject_requests.id"],
            name="fk_request_archives_request_id_subject_requests",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("request_archives")
    op.drop_table("request_steps")
    op.drop_table("request_codes")
    op.drop_index("ix_subject_requests_state", table_name="subject_requests")
    op.drop_index("ix_subject_requests_subject_ref", table_name="subject_requests")
    op.drop_table("subject_requests")
