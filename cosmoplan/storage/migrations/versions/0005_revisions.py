"""Revisions: the plan's identity and change counter, a revision on every object, and the
record of removals, so that concurrent saves find each other's changes.

Revision ID: 0005_revisions
Revises: 0004_safety_fields
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005_revisions"
down_revision = "0004_safety_fields"
branch_labels = None
depends_on = None

TABLES = (
    "plan_info",
    "complexes",
    "facilities",
    "pads",
    "zones",
    "tenants",
    "vehicles",
    "allocations",
)


def upgrade() -> None:
    # Plain ADD COLUMNs, done in place (see 0004). Existing rows get revision 1.
    op.add_column("plan_info", sa.Column("uuid", sa.Text, nullable=False, server_default=""))
    op.add_column(
        "plan_info",
        sa.Column("change_counter", sa.Integer, nullable=False, server_default="1"),
    )
    for table in TABLES:
        op.add_column(
            table, sa.Column("revision", sa.Integer, nullable=False, server_default="1")
        )
        op.create_index(f"ix_{table}_revision", table, ["revision"])
    op.create_table(
        "removed_objects",
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("kind", "object_id", name="pk_removed_objects"),
    )
    op.create_index("ix_removed_objects_revision", "removed_objects", ["revision"])
    info = sa.table("plan_info", sa.column("uuid", sa.Text))
    op.execute(info.update().values(uuid=str(uuid.uuid4())))


def downgrade() -> None:
    op.drop_index("ix_removed_objects_revision", table_name="removed_objects")
    op.drop_table("removed_objects")
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_revision", table_name=table)
        op.drop_column(table, "revision")
    op.drop_column("plan_info", "change_counter")
    op.drop_column("plan_info", "uuid")
