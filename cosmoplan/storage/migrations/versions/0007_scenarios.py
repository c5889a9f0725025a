"""Scenarios: named variants of the plan's allocations, requests and pad statuses.

Revision ID: 0007_scenarios
Revises: 0006_requests
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_scenarios"
down_revision = "0006_requests"
branch_labels = None
depends_on = None


def _scenario_id(table: str) -> sa.Column[int]:
    key = sa.ForeignKey(
        "scenarios.id",
        name=f"fk_{table}_scenario_id_scenarios",
        deferrable=True,
        initially="DEFERRED",
    )
    return sa.Column("scenario_id", sa.Integer, key, nullable=False)


def upgrade() -> None:
    op.create_table(
        "scenarios",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scenarios"),
    )
    op.create_index("ix_scenarios_name", "scenarios", ["name"], unique=True)
    op.create_table(
        "scenario_allocations",
        _scenario_id("scenario_allocations"),
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("tenant_id", sa.Integer, nullable=False),
        sa.Column("vehicle_id", sa.Integer, nullable=False),
        sa.Column("pad_id", sa.Integer, nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("end", sa.Date, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("exclusive", sa.Boolean, nullable=False),
        sa.Column("annual_fee_usd", sa.Float, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("launch_azimuth_deg", sa.Float, nullable=True),
        sa.PrimaryKeyConstraint("scenario_id", "id", name="pk_scenario_allocations"),
    )
    op.create_table(
        "scenario_requests",
        _scenario_id("scenario_requests"),
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("tenant_id", sa.Integer, nullable=False),
        sa.Column("vehicle_id", sa.Integer, nullable=False),
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
        sa.PrimaryKeyConstraint("scenario_id", "id", name="pk_scenario_requests"),
    )
    op.create_table(
        "scenario_pads",
        _scenario_id("scenario_pads"),
        sa.Column("pad_id", sa.Integer, nullable=False),
        sa.Column("status_periods", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("scenario_id", "pad_id", name="pk_scenario_pads"),
    )


def downgrade() -> None:
    for table in ("scenario_pads", "scenario_requests", "scenario_allocations"):
        op.drop_table(table)
    op.drop_index("ix_scenarios_name", table_name="scenarios")
    op.drop_table("scenarios")
