"""Fields of the safety rules: vehicles' explosive and corridor data, allocations' launch
azimuth, and the tenant holding a zone's land.

Revision ID: 0004_safety_fields
Revises: 0003_pad_cadence
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_safety_fields"
down_revision = "0003_pad_cadence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs, done in place by SQLite (a batch table copy would upset the foreign
    # keys that refer to these tables). zones.tenant_id is a plain integer, not a foreign key:
    # SQLite cannot add a constraint in place, and the plan checks the reference on every edit.
    op.add_column("zones", sa.Column("tenant_id", sa.Integer, nullable=True))
    op.add_column("vehicles", sa.Column("division_1_1_kg", sa.Float, nullable=True))
    op.add_column("vehicles", sa.Column("tnt_factor", sa.Float, nullable=True))
    op.add_column(
        "vehicles",
        sa.Column("tnt_factor_source", sa.Text, nullable=False, server_default=""),
    )
    op.add_column("vehicles", sa.Column("vehicle_class", sa.Text, nullable=True))
    op.add_column("vehicles", sa.Column("apogee_km", sa.Float, nullable=True))
    op.add_column("allocations", sa.Column("launch_azimuth_deg", sa.Float, nullable=True))


def downgrade() -> None:
    op.drop_column("allocations", "launch_azimuth_deg")
    for column in ("apogee_km", "vehicle_class", "tnt_factor_source", "tnt_factor"):
        op.drop_column("vehicles", column)
    op.drop_column("vehicles", "division_1_1_kg")
    op.drop_column("zones", "tenant_id")
