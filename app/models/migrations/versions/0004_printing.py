"""Printing: the print_job table (打印审计, serial numbers, slip ids).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("slip_id", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(64), nullable=True),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("printer", sa.String(128), nullable=True),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("output_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_job")),
        sa.UniqueConstraint("serial", name=op.f("uq_print_job_serial")),
        sa.UniqueConstraint("slip_id", name=op.f("uq_print_job_slip_id")),
    )
    op.create_index(op.f("ix_print_job_year"), "print_job", ["year"])
    op.create_index(op.f("ix_print_job_kind"), "print_job", ["kind"])
    # A serial number is never freed: print jobs are not deleted.
    op.execute(
        "CREATE TRIGGER print_job_no_delete BEFORE DELETE ON print_job "
        "BEGIN SELECT RAISE(ABORT, 'print jobs are never deleted'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER print_job_no_delete")
    op.drop_index(op.f("ix_print_job_kind"), table_name="print_job")
    op.drop_index(op.f("ix_print_job_year"), table_name="print_job")
    op.drop_table("print_job")
