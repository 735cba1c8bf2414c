"""The life of an item: circulation, loans, copies, carry-out, return to issuer,
destruction, departure, stock counts.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stocktake",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("found", sa.Integer(), nullable=False),
        sa.Column("discrepancies", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('half_year', 'monthly_count', 'quarterly_clearance')",
            name=op.f("ck_stocktake_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake")),
    )
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stocktake_kind"), ["kind"], unique=False)

    op.create_table(
        "departure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("departure_date", sa.Date(), nullable=False),
        sa.Column("decontamination_end", sa.Date(), nullable=False),
        sa.Column("handed_over_to", sa.String(length=64), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("signed_off_at", sa.String(length=32), nullable=False),
        sa.Column("signed_off_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_departure_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departure")),
        sa.UniqueConstraint("person_id", name=op.f("uq_departure_person_id")),
    )
    op.create_table(
        "issuer_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=False),
        sa.Column("received_by", sa.String(length=64), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_issuer_return_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_return")),
    )
    with op.batch_alter_table("issuer_return", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issuer_return_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "carry_out",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("carrier_id", sa.Integer(), nullable=False),
        sa.Column("companion_id", sa.Integer(), nullable=True),
        sa.Column("destination", sa.String(length=128), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("out_at", sa.String(length=32), nullable=False),
        sa.Column("out_by", sa.String(length=64), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("back_at", sa.String(length=32), nullable=True),
        sa.Column("back_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_carry_out_approval_id_approval")
        ),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["person.id"], name=op.f("fk_carry_out_carrier_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["companion_id"], ["person.id"], name=op.f("fk_carry_out_companion_id_person")
        ),
        sa.ForeignKeyConstraint(["copy_id"], ["copy.id"], name=op.f("fk_carry_out_copy_id_copy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carry_out")),
    )
    with op.batch_alter_table("carry_out", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_carry_out_carrier_id"), ["carrier_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_carry_out_companion_id"), ["companion_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_carry_out_copy_id"), ["copy_id"], unique=False)
        batch_op.create_index("ix_carry_out_open_due", ["back_at", "due_on"], unique=False)

    op.create_table(
        "circulation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("started_by", sa.String(length=64), nullable=False),
        sa.Column("cycle_end", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["copy_id"], ["copy.id"], name=op.f("fk_circulation_copy_id_copy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circulation")),
    )
    with op.batch_alter_table("circulation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_circulation_copy_id"), ["copy_id"], unique=False)

    op.create_table(
        "copy_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source_copy_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=True),
        sa.Column("copied_on", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("doc_number", sa.String(length=64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("approver_name", sa.String(length=64), nullable=False),
        sa.Column("received_by_id", sa.Integer(), nullable=True),
        sa.Column("received_by", sa.String(length=32), nullable=False),
        sa.Column("cleared_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("kind IN ('excerpt', 'reproduction')", name=op.f("ck_copy_record_kind")),
        sa.CheckConstraint("count > 0", name=op.f("ck_copy_record_count")),
        sa.CheckConstraint("level BETWEEN 0 AND 4", name=op.f("ck_copy_record_level")),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_copy_record_approval_id_approval")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_copy_record_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"], ["person.id"], name=op.f("fk_copy_record_received_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["source_copy_id"], ["copy.id"], name=op.f("fk_copy_record_source_copy_id_copy")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy_record")),
    )
    with op.batch_alter_table("copy_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_copy_record_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_copy_record_source_copy_id"), ["source_copy_id"], unique=False
        )

    op.create_table(
        "destruction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("destroyed_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("place", sa.String(length=128), nullable=False),
        sa.Column("witness1_id", sa.Integer(), nullable=False),
        sa.Column("witness2_id", sa.Integer(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "method IN ('burn', 'centre', 'degauss', 'physical', 'pulp', 'shred')",
            name=op.f("ck_destruction_method"),
        ),
        sa.CheckConstraint("witness1_id <> witness2_id", name=op.f("ck_destruction_witnesses")),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_destruction_approval_id_approval")
        ),
        sa.ForeignKeyConstraint(
            ["witness1_id"], ["person.id"], name=op.f("fk_destruction_witness1_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["witness2_id"], ["person.id"], name=op.f("fk_destruction_witness2_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction")),
        sa.UniqueConstraint("approval_id", name=op.f("uq_destruction_approval_id")),
    )
    op.create_table(
        "issuer_return_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_id"], ["copy.id"], name=op.f("fk_issuer_return_item_copy_id_copy")
        ),
        sa.ForeignKeyConstraint(
            ["return_id"],
            ["issuer_return.id"],
            name=op.f("fk_issuer_return_item_return_id_issuer_return"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_return_item")),
        sa.UniqueConstraint("copy_id", name=op.f("uq_issuer_return_item_copy_id")),
    )
    with op.batch_alter_table("issuer_return_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issuer_return_item_return_id"), ["return_id"], unique=False
        )

    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("borrower_id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=64), nullable=False),
        sa.Column("out_at", sa.String(length=32), nullable=False),
        sa.Column("out_by", sa.String(length=64), nullable=False),
        sa.Column("signed_by", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("renewals", sa.Integer(), nullable=False),
        sa.Column("back_at", sa.String(length=32), nullable=True),
        sa.Column("back_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint("renewals >= 0", name=op.f("ck_loan_renewals")),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_loan_approval_id_approval")
        ),
        sa.ForeignKeyConstraint(
            ["borrower_id"], ["person.id"], name=op.f("fk_loan_borrower_id_person")
        ),
        sa.ForeignKeyConstraint(["copy_id"], ["copy.id"], name=op.f("fk_loan_copy_id_copy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_borrower_id"), ["borrower_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_copy_id"), ["copy_id"], unique=False)
        batch_op.create_index("ix_loan_open_due", ["back_at", "due_on"], unique=False)

    op.create_table(
        "circulation_reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circulation_id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("reader_id", sa.Integer(), nullable=False),
        sa.Column("out_at", sa.String(length=32), nullable=False),
        sa.Column("out_by", sa.String(length=64), nullable=False),
        sa.Column("signed_by", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("back_at", sa.String(length=32), nullable=True),
        sa.Column("back_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["circulation_id"],
            ["circulation.id"],
            name=op.f("fk_circulation_reading_circulation_id_circulation"),
        ),
        sa.ForeignKeyConstraint(
            ["copy_id"], ["copy.id"], name=op.f("fk_circulation_reading_copy_id_copy")
        ),
        sa.ForeignKeyConstraint(
            ["reader_id"], ["person.id"], name=op.f("fk_circulation_reading_reader_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circulation_reading")),
    )
    with op.batch_alter_table("circulation_reading", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_circulation_reading_circulation_id"), ["circulation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_circulation_reading_copy_id"), ["copy_id"], unique=False
        )
        batch_op.create_index(
            "ix_circulation_reading_open_due", ["back_at", "due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_circulation_reading_reader_id"), ["reader_id"], unique=False
        )

    op.create_table(
        "destruction_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("destruction_id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_id"], ["copy.id"], name=op.f("fk_destruction_item_copy_id_copy")
        ),
        sa.ForeignKeyConstraint(
            ["destruction_id"],
            ["destruction.id"],
            name=op.f("fk_destruction_item_destruction_id_destruction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_item")),
        sa.UniqueConstraint("copy_id", name=op.f("uq_destruction_item_copy_id")),
    )
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_item_destruction_id"), ["destruction_id"], unique=False
        )

    op.create_table(
        "loan_renewal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("old_due_on", sa.Date(), nullable=False),
        sa.Column("new_due_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_loan_renewal_approval_id_approval")
        ),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_loan_renewal_loan_id_loan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_renewal")),
    )
    with op.batch_alter_table("loan_renewal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_renewal_loan_id"), ["loan_id"], unique=False)

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index("ix_document_return_deadline", ["return_deadline"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_return_deadline")

    with op.batch_alter_table("loan_renewal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_renewal_loan_id"))

    op.drop_table("loan_renewal")
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_item_destruction_id"))

    op.drop_table("destruction_item")
    with op.batch_alter_table("circulation_reading", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circulation_reading_reader_id"))
        batch_op.drop_index("ix_circulation_reading_open_due")
        batch_op.drop_index(batch_op.f("ix_circulation_reading_copy_id"))
        batch_op.drop_index(batch_op.f("ix_circulation_reading_circulation_id"))

    op.drop_table("circulation_reading")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index("ix_loan_open_due")
        batch_op.drop_index(batch_op.f("ix_loan_copy_id"))
        batch_op.drop_index(batch_op.f("ix_loan_borrower_id"))

    op.drop_table("loan")
    with op.batch_alter_table("issuer_return_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issuer_return_item_return_id"))

    op.drop_table("issuer_return_item")
    op.drop_table("destruction")
    with op.batch_alter_table("copy_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_copy_record_source_copy_id"))
        batch_op.drop_index(batch_op.f("ix_copy_record_document_id"))

    op.drop_table("copy_record")
    with op.batch_alter_table("circulation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circulation_copy_id"))

    op.drop_table("circulation")
    with op.batch_alter_table("carry_out", schema=None) as batch_op:
        batch_op.drop_index("ix_carry_out_open_due")
        batch_op.drop_index(batch_op.f("ix_carry_out_copy_id"))
        batch_op.drop_index(batch_op.f("ix_carry_out_companion_id"))
        batch_op.drop_index(batch_op.f("ix_carry_out_carrier_id"))

    op.drop_table("carry_out")
    with op.batch_alter_table("issuer_return", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issuer_return_organisation_id"))

    op.drop_table("issuer_return")
    op.drop_table("departure")
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stocktake_kind"))

    op.drop_table("stocktake")
