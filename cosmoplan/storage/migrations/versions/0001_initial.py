"""The first plan schema: plan info, the site model and tenancy.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _ref(table: str, name: str, target: str, *, nullable: bool) -> sa.Column:
    key = sa.ForeignKey(
        f"{target}.id", name=f"fk_{table}_{name}_{target}", deferrable=True, initially="DEFERRED"
    )
    return sa.Column(name, sa.Integer, key, nullable=nullable)


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, autoincrement=False, nullable=False)


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False)


def _provenance() -> list[sa.Column]:
    return [
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("confidence", sa.Text, nullable=False),
        sa.Column("schematic", sa.Boolean, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "plan_info",
        _id(),
        _text("name"),
        _text("description"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        _text("app_version"),
        sa.PrimaryKeyConstraint("id", name="pk_plan_info"),
    )
    op.create_table(
        "complexes",
        _id(),
        _text("site"),
        _text("name"),
        _text("controller"),
        sa.Column("footprint", sa.LargeBinary, nullable=True),
        _text("notes"),
        *_provenance(),
        sa.PrimaryKeyConstraint("id", name="pk_complexes"),
    )
    op.create_table(
        "facilities",
        _id(),
        _text("kind"),
        _text("name"),
        sa.Column("geometry", sa.LargeBinary, nullable=False),
        _text("status"),
        sa.Column("commissioned", sa.Date, nullable=True),
        sa.Column("decommissioned", sa.Date, nullable=True),
        _ref("facilities", "complex_id", "complexes", nullable=True),
        sa.Column("propellant", sa.Text, nullable=True),
        sa.Column("max_quantity_kg", sa.Float, nullable=True),
        sa.Column("height_m", sa.Float, nullable=True),
        _text("notes"),
        *_provenance(),
        sa.PrimaryKeyConstraint("id", name="pk_facilities"),
    )
    op.create_table(
        "pads",
        _id(),
        _ref("pads", "complex_id", "complexes", nullable=False),
        _text("code"),
        sa.Column("location", sa.LargeBinary, nullable=False),
        _text("name"),
        sa.Column("footprint", sa.LargeBinary, nullable=True),
        _text("propellants"),
        sa.Column("max_liftoff_mass_kg", sa.Float, nullable=True),
        sa.Column("max_height_m", sa.Float, nullable=True),
        sa.Column("max_diameter_m", sa.Float, nullable=True),
        sa.Column("max_thrust_kn", sa.Float, nullable=True),
        sa.Column("azimuth_min_deg", sa.Float, nullable=True),
        sa.Column("azimuth_max_deg", sa.Float, nullable=True),
        _ref("pads", "power_facility_id", "facilities", nullable=True),
        _text("notes"),
        *_provenance(),
        sa.PrimaryKeyConstraint("id", name="pk_pads"),
    )
    op.create_table(
        "pad_status_periods",
        _ref("pad_status_periods", "pad_id", "pads", nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        _text("status"),
        sa.Column("start", sa.Date, nullable=True),
        sa.Column("end", sa.Date, nullable=True),
        _text("note"),
        sa.PrimaryKeyConstraint("pad_id", "position", name="pk_pad_status_periods"),
    )
    op.create_table(
        "pad_required_facilities",
        _ref("pad_required_facilities", "pad_id", "pads", nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        _ref("pad_required_facilities", "facility_id", "facilities", nullable=False),
        sa.PrimaryKeyConstraint("pad_id", "position", name="pk_pad_required_facilities"),
    )
    op.create_table(
        "zones",
        _id(),
        _text("kind"),
        _text("name"),
        sa.Column("geometry", sa.LargeBinary, nullable=False),
        sa.Column("valid_from", sa.Date, nullable=True),
        sa.Column("valid_to", sa.Date, nullable=True),
        _text("notes"),
        *_provenance(),
        sa.PrimaryKeyConstraint("id", name="pk_zones"),
    )
    op.create_table(
        "tenants",
        _id(),
        _text("name"),
        _text("country"),
        _text("kind"),
        _text("status"),
        _text("contact"),
        _text("notes"),
        _text("source"),
        sa.PrimaryKeyConstraint("id", name="pk_tenants"),
    )
    op.create_table(
        "vehicles",
        _id(),
        _ref("vehicles", "tenant_id", "tenants", nullable=False),
        _text("name"),
        _text("propellant"),
        sa.Column("stages", sa.Integer, nullable=True),
        sa.Column("height_m", sa.Float, nullable=True),
        sa.Column("diameter_m", sa.Float, nullable=True),
        sa.Column("liftoff_mass_kg", sa.Float, nullable=True),
        sa.Column("propellant_mass_kg", sa.Float, nullable=True),
        sa.Column("liftoff_thrust_kn", sa.Float, nullable=True),
        sa.Column("payload_leo_kg", sa.Float, nullable=True),
        sa.Column("launches_per_year", sa.Float, nullable=True),
        _text("notes"),
        _text("source"),
        sa.PrimaryKeyConstraint("id", name="pk_vehicles"),
    )
    op.create_table(
        "allocations",
        _id(),
        _ref("allocations", "tenant_id", "tenants", nullable=False),
        _ref("allocations", "vehicle_id", "vehicles", nullable=False),
        _ref("allocations", "pad_id", "pads", nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("end", sa.Date, nullable=False),
        _text("status"),
        sa.Column("exclusive", sa.Boolean, nullable=False),
        sa.Column("annual_fee_usd", sa.Float, nullable=True),
        _text("notes"),
        sa.PrimaryKeyConstraint("id", name="pk_allocations"),
    )


def downgrade() -> None:
    for name in (
        "allocations",
        "vehicles",
        "tenants",
        "zones",
        "pad_required_facilities",
        "pad_status_periods",
        "pads",
        "facilities",
        "complexes",
        "plan_info",
    ):
        op.drop_table(name)
