"""The first tables: imported datasets and the policy versions seen.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "datasets",
        sa.Column("fides_key", sa.String(200), nullable=False),
        sa.Column("system_key", sa.String(200), nullable=True),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("fides_key", name="pk_datasets"),
    )
    op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("effective", sa.Date(), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_policy_versions"),
        sa.UniqueConstraint("content_hash", name="uq_policy_versions_content_hash"),
    )


def downgrade() -> None:
    op.drop_table("policy_versions")
    op.drop_table("datasets")
