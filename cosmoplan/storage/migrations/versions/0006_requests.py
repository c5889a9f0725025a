"""Tenants' requests for pads, which the planner places.

Revision ID: 0006_requests
Revises: 0005_revisions
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_requests"
down_revision = "0005_revisions"
branch_labels = None
depends_on = None


def _ref(name: str, target: str) -> sa.Column[int]:
    key = sa.ForeignKey(
        f"{target}.id",
        name=f"fk_requests_{name}_{target}",
        deferrable=True,
        initially="DEFERRED",
    )
    return sa.Column(name, sa.Integer, key, nullable=False)


def upgrade() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        _ref("tenant_id", "tenants"),
        _ref("vehicle_id", "vehicles"),
        sa.Column("earliest_start", sa.Date, nullable=False),
        sa.Column("latest_end", sa.Date, nullable=False),
        sa.Column("duration_days", sa.Integer, nullable=False),
        sa.Column("pad_ids", sa.Text, nullable=False),
        sa.Column("exclusive", sa.Boolean, nullable=False),
        sa.Column("launch_azimuth_deg", sa.Float, nullable=True),
        sa.Column("priority", sa.Integer, nullable=False),
        sa.Column("fee_usd", sa.Float, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_requests"),
    )
    op.create_index("ix_requests_revision", "requests", ["revision"])


def downgrade() -> None:
    op.drop_index("ix_requests_revision", table_name="requests")
    op.drop_table("requests")
