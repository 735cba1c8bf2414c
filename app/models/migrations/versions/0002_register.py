"""The register: people, organisations, documents, copies, dispatches, approvals.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The index follows every change of a document or of a sender's name.
FTS_TRIGGERS = [
    "CREATE TRIGGER document_fts_ai AFTER INSERT ON document BEGIN "
    "INSERT INTO document_fts (rowid, title, doc_number, internal_no, sender) "
    "VALUES (new.id, new.title, new.doc_number, new.internal_no, "
    "coalesce((SELECT name FROM organisation WHERE id = new.sender_id), '')); END",
    "CREATE TRIGGER document_fts_au AFTER UPDATE OF title, doc_number, internal_no, sender_id "
    "ON document BEGIN DELETE FROM document_fts WHERE rowid = old.id; "
    "INSERT INTO document_fts (rowid, title, doc_number, internal_no, sender) "
    "VALUES (new.id, new.title, new.doc_number, new.internal_no, "
    "coalesce((SELECT name FROM organisation WHERE id = new.sender_id), '')); END",
    "CREATE TRIGGER document_fts_ad AFTER DELETE ON document BEGIN "
    "DELETE FROM document_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER organisation_fts_au AFTER UPDATE OF name ON organisation BEGIN "
    "UPDATE document_fts SET sender = new.name "
    "WHERE rowid IN (SELECT id FROM document WHERE sender_id = new.id); END",
]
FTS_TRIGGER_NAMES = ["organisation_fts_au", "document_fts_ad", "document_fts_au", "document_fts_ai"]


def upgrade() -> None:
    op.create_table(
        "number_counter",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", "kind", name=op.f("pk_number_counter")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("department", sa.String(length=64), nullable=False),
        sa.Column("post", sa.String(length=64), nullable=False),
        sa.Column("clearance", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("departure_date", sa.Date(), nullable=True),
        sa.Column("decontamination_end", sa.Date(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("status IN ('on_post', 'departed')", name=op.f("ck_person_status")),
        sa.CheckConstraint("clearance IN (2, 3, 4)", name=op.f("ck_person_clearance")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("name", "department", name=op.f("uq_person_name")),
    )
    op.create_index(op.f("ix_person_department"), "person", ["department"], unique=False)
    op.create_index(op.f("ix_person_name"), "person", ["name"], unique=False)
    op.create_table(
        "dispatch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispatch_no", sa.String(length=32), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("dispatched_on", sa.Date(), nullable=False),
        sa.Column("envelope_level", sa.Integer(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "envelope_level BETWEEN 0 AND 4", name=op.f("ck_dispatch_envelope_level")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["organisation.id"],
            name=op.f("fk_dispatch_recipient_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatch")),
        sa.UniqueConstraint("dispatch_no", name=op.f("uq_dispatch_dispatch_no")),
    )
    op.create_index(op.f("ix_dispatch_recipient_id"), "dispatch", ["recipient_id"], unique=False)
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("internal_no", sa.String(length=32), nullable=False),
        sa.Column("doc_number", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=True),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("period_kind", sa.String(length=8), nullable=False),
        sa.Column("period_years", sa.Integer(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("carrier", sa.String(length=16), nullable=False),
        sa.Column("copy_allowed", sa.Boolean(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("return_deadline", sa.Date(), nullable=True),
        sa.Column("copies_count", sa.Integer(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(length=64), nullable=False),
        sa.Column("envelope_intact", sa.Boolean(), nullable=True),
        sa.Column("envelope_count_ok", sa.Boolean(), nullable=True),
        sa.Column("envelope_numbers_ok", sa.Boolean(), nullable=True),
        sa.Column("envelope_level_ok", sa.Boolean(), nullable=True),
        sa.Column("envelope_sender_ok", sa.Boolean(), nullable=True),
        sa.Column("discrepancies", sa.Text(), nullable=False),
        sa.Column("declassified_on", sa.Date(), nullable=True),
        sa.Column("declassified_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("kind IN ('发', '收')", name=op.f("ck_document_kind")),
        sa.CheckConstraint(
            "period_kind IN ('date', 'long', 'none', 'years')", name=op.f("ck_document_period_kind")
        ),
        sa.CheckConstraint("level BETWEEN 0 AND 4", name=op.f("ck_document_level")),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["organisation.id"], name=op.f("fk_document_sender_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("internal_no", name=op.f("uq_document_internal_no")),
    )
    op.create_index(op.f("ix_document_doc_number"), "document", ["doc_number"], unique=False)
    op.create_index(op.f("ix_document_level"), "document", ["level"], unique=False)
    op.create_index(op.f("ix_document_period_end"), "document", ["period_end"], unique=False)
    op.create_index("ix_document_received_on_id", "document", ["received_on", "id"], unique=False)
    op.create_index(op.f("ix_document_sender_id"), "document", ["sender_id"], unique=False)
    op.create_table(
        "approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.String(length=32), nullable=False),
        sa.Column("approver_name", sa.String(length=64), nullable=True),
        sa.Column("approver_account_id", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=True),
        sa.Column("reference", sa.String(length=128), nullable=True),
        sa.Column("decided_at", sa.String(length=32), nullable=True),
        sa.Column("used_at", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "kind IN ('carry_out', 'copy', 'destruction', 'excerpt', 'level_change', 'loan', "
            "'period_change', 'scope')",
            name=op.f("ck_approval_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('approved', 'pending', 'refused', 'used', 'withdrawn')",
            name=op.f("ck_approval_status"),
        ),
        sa.ForeignKeyConstraint(
            ["approver_account_id"],
            ["account.id"],
            name=op.f("fk_approval_approver_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_approval_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_approval_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval")),
    )
    op.create_index(op.f("ix_approval_document_id"), "approval", ["document_id"], unique=False)
    op.create_index(op.f("ix_approval_kind"), "approval", ["kind"], unique=False)
    op.create_index(op.f("ix_approval_person_id"), "approval", ["person_id"], unique=False)
    op.create_index(op.f("ix_approval_status"), "approval", ["status"], unique=False)
    op.create_table(
        "copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("copy_no", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("original_id", sa.Integer(), nullable=True),
        sa.Column("reproduction_no", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=True),
        sa.Column("state_since", sa.String(length=32), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "holder_id IS NULL OR state IN ('carried_out', 'circulating', 'on_loan')",
            name=op.f("ck_copy_holder"),
        ),
        sa.CheckConstraint(
            "kind IN ('excerpt', 'original', 'reproduction')", name=op.f("ck_copy_kind")
        ),
        sa.CheckConstraint(
            "state IN ('archived', 'carried_out', 'circulating', 'declassified', 'destroyed', "
            "'dispatched', 'in_store', 'on_loan', 'returned')",
            name=op.f("ck_copy_state"),
        ),
        sa.CheckConstraint("copy_no IS NULL OR copy_no > 0", name=op.f("ck_copy_copy_no")),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_copy_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["holder_id"], ["person.id"], name=op.f("fk_copy_holder_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["original_id"], ["copy.id"], name=op.f("fk_copy_original_id_copy")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy")),
        sa.UniqueConstraint("code", name=op.f("uq_copy_code")),
        sa.UniqueConstraint("document_id", "copy_no", name=op.f("uq_copy_document_id")),
    )
    op.create_index(op.f("ix_copy_document_id"), "copy", ["document_id"], unique=False)
    op.create_index(op.f("ix_copy_holder_id"), "copy", ["holder_id"], unique=False)
    op.create_index(op.f("ix_copy_original_id"), "copy", ["original_id"], unique=False)
    op.create_index("ix_copy_state_document_id", "copy", ["state", "document_id"], unique=False)
    op.create_table(
        "document_distribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.CheckConstraint("copies > 0", name=op.f("ck_document_distribution_copies")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_distribution_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_document_distribution_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_distribution")),
        sa.UniqueConstraint(
            "document_id", "organisation_id", name=op.f("uq_document_distribution_document_id")
        ),
    )
    op.create_index(
        op.f("ix_document_distribution_document_id"),
        "document_distribution",
        ["document_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_document_distribution_organisation_id"),
        "document_distribution",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "document_scope",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "(kind = 'person') = (person_id IS NOT NULL)", name=op.f("ck_document_scope_person")
        ),
        sa.CheckConstraint(
            "kind IN ('all', 'department', 'person', 'post')", name=op.f("ck_document_scope_kind")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_document_scope_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_document_scope_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_scope")),
    )
    op.create_index(
        op.f("ix_document_scope_document_id"), "document_scope", ["document_id"], unique=False
    )
    op.create_index(
        op.f("ix_document_scope_person_id"), "document_scope", ["person_id"], unique=False
    )
    op.create_table(
        "dispatch_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispatch_id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_id"], ["copy.id"], name=op.f("fk_dispatch_item_copy_id_copy")
        ),
        sa.ForeignKeyConstraint(
            ["dispatch_id"], ["dispatch.id"], name=op.f("fk_dispatch_item_dispatch_id_dispatch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatch_item")),
        sa.UniqueConstraint("copy_id", name=op.f("uq_dispatch_item_copy_id")),
    )
    op.create_index(
        op.f("ix_dispatch_item_dispatch_id"), "dispatch_item", ["dispatch_id"], unique=False
    )

    # Chinese substring search over title, 文号, 收文编号 and sender: FTS5 with trigrams.
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5("
        "title, doc_number, internal_no, sender, tokenize = 'trigram')"
    )
    for statement in FTS_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for name in FTS_TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE document_fts")
    op.drop_index(op.f("ix_dispatch_item_dispatch_id"), table_name="dispatch_item")
    op.drop_table("dispatch_item")
    op.drop_index(op.f("ix_document_scope_person_id"), table_name="document_scope")
    op.drop_index(op.f("ix_document_scope_document_id"), table_name="document_scope")
    op.drop_table("document_scope")
    op.drop_index(
        op.f("ix_document_distribution_organisation_id"), table_name="document_distribution"
    )
    op.drop_index(op.f("ix_document_distribution_document_id"), table_name="document_distribution")
    op.drop_table("document_distribution")
    op.drop_index("ix_copy_state_document_id", table_name="copy")
    op.drop_index(op.f("ix_copy_original_id"), table_name="copy")
    op.drop_index(op.f("ix_copy_holder_id"), table_name="copy")
    op.drop_index(op.f("ix_copy_document_id"), table_name="copy")
    op.drop_table("copy")
    op.drop_index(op.f("ix_approval_status"), table_name="approval")
    op.drop_index(op.f("ix_approval_person_id"), table_name="approval")
    op.drop_index(op.f("ix_approval_kind"), table_name="approval")
    op.drop_index(op.f("ix_approval_document_id"), table_name="approval")
    op.drop_table("approval")
    op.drop_index(op.f("ix_document_sender_id"), table_name="document")
    op.drop_index("ix_document_received_on_id", table_name="document")
    op.drop_index(op.f("ix_document_period_end"), table_name="document")
    op.drop_index(op.f("ix_document_level"), table_name="document")
    op.drop_index(op.f("ix_document_doc_number"), table_name="document")
    op.drop_table("document")
    op.drop_index(op.f("ix_dispatch_recipient_id"), table_name="dispatch")
    op.drop_table("dispatch")
    op.drop_index(op.f("ix_person_name"), table_name="person")
    op.drop_index(op.f("ix_person_department"), table_name="person")
    op.drop_table("person")
    op.drop_table("organisation")
    op.drop_table("number_counter")
