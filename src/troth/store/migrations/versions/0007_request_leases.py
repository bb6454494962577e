"""Request leases: the runner holding a running request, and until when.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("subject_requests", sa.Column("lease_owner", sa.String(80), nullable=True))
    op.add_column(
        "subject_requests",
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    with op.batch_alter_table("subject_requests") as batch:
        batch.drop_column("lease_expires_at")
        batch.drop_column("lease_owner")
