"""Index allocations by pad and start date (the timeline and overlap checks read them so).

Revision ID: 0002_allocations_by_pad
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

revision = "0002_allocations_by_pad"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_allocations_pad_id_start", "allocations", ["pad_id", "start"])


def downgrade() -> None:
    op.drop_index("ix_allocations_pad_id_start", table_name="allocations")
