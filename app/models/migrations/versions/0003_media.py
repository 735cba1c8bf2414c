"""Removable media ledger: media, their events, loss incidents.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "medium",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("brand_model", sa.String(64), nullable=False),
        sa.Column("vendor_id", sa.String(4), nullable=True),
        sa.Column("product_id", sa.String(4), nullable=True),
        sa.Column("serial", sa.String(128), nullable=True),
        sa.Column("descriptor_hash", sa.String(64), nullable=True),
        sa.Column("capacity", sa.String(16), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("highest_level", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("bought_on", sa.String(10), nullable=True),
        sa.Column("last_inventory_on", sa.String(10), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medium")),
        sa.UniqueConstraint("number", name=op.f("uq_medium_number")),
        sa.UniqueConstraint(
            "vendor_id", "product_id", "serial", name=op.f("uq_medium_vendor_id_product_id_serial")
        ),
    )
    op.create_index("ix_medium_serial", "medium", ["serial"])
    op.create_table(
        "medium_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("medium_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("person", sa.String(64), nullable=True),
        sa.Column("approval_ref", sa.String(64), nullable=True),
        sa.Column("place", sa.String(128), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["medium_id"], ["medium.id"], name=op.f("fk_medium_event_medium_id_medium")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medium_event")),
    )
    op.create_index(op.f("ix_medium_event_medium_id"), "medium_event", ["medium_id"])
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("medium_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.String(32), nullable=False),
        sa.Column("report_due_at", sa.String(32), nullable=False),
        sa.Column("reported_at", sa.String(32), nullable=True),
        sa.Column("reported_to", sa.String(64), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("opened_by", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["medium_id"], ["medium.id"], name=op.f("fk_incident_medium_id_medium")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
    )
    op.create_index(op.f("ix_incident_medium_id"), "incident", ["medium_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_incident_medium_id"), table_name="incident")
    op.drop_table("incident")
    op.drop_index(op.f("ix_medium_event_medium_id"), table_name="medium_event")
    op.drop_table("medium_event")
    op.drop_index("ix_medium_serial", table_name="medium")
    op.drop_table("medium")
