"""Pads state the launch cadence they support (launches a year; empty: the rules' default).

Revision ID: 0003_pad_cadence
Revises: 0002_allocations_by_pad
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_pad_cadence"
down_revision = "0002_allocations_by_pad"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite does it in place (no table copy that would upset the foreign
    # keys of status periods and allocations), PostgreSQL too.
    op.add_column("pads", sa.Column("max_launches_per_year", sa.Float, nullable=True))


def downgrade() -> None:
    op.drop_column("pads", "max_launches_per_year")
