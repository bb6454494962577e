"""Security: sign-in back-off per account and source address; the last TOTP step used;
the double opt-in step of consent events.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_sign_in_backoff",
        sa.Column("account_key", sa.String(64), nullable=False),
        sa.Column("source_key", sa.String(64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account_key", "source_key", name="pk_staff_sign_in_backoff"),
    )

    op.add_column("staff_accounts", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    op.add_column(
        "consent_events", sa.Column("step", sa.String(20), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("consent_events") as batch:
        batch.drop_column("step")
    with op.batch_alter_table("staff_accounts") as batch:
        batch.drop_column("totp_last_step")
    op.drop_table("staff_sign_in_backoff")
