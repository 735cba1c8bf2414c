"""Media hold people: the 责任人 of a medium is a registered person; media steps name the
approval record they used; a medium copied from another names its source. A paper copy can
be lost (丢失): a copy state, and an incident that names the copy.

Existing media keep their 责任人's name; where exactly one registered person has that name,
``holder_id`` is filled in. The others stay names, listed by the ledger until the clerk issues
the medium to a registered person.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


STATES = ("'archived', 'carried_out', 'circulating', 'declassified', 'destroyed', "
          "'dispatched', 'in_store', 'on_loan', 'returned'")
STATES_WITH_LOST = ("'archived', 'carried_out', 'circulating', 'declassified', 'destroyed', "
                    "'dispatched', 'in_store', 'lost', 'on_loan', 'returned'")


def _copy_states(states: str) -> None:
    with op.batch_alter_table("copy", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_copy_state"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_copy_state"), f"state IN ({states})")


def upgrade() -> None:
    _copy_states(STATES_WITH_LOST)
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copy_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_incident_copy_id"), ["copy_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_incident_copy_id_copy"), "copy",
                                    ["copy_id"], ["id"])
    with op.batch_alter_table("medium", schema=None) as batch_op:
        batch_op.add_column(sa.Column("holder_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_medium_holder_id"), ["holder_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_medium_holder_id_person"), "person",
                                    ["holder_id"], ["id"])
        batch_op.add_column(sa.Column("copied_from_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_medium_copied_from_id"), ["copied_from_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_medium_copied_from_id_medium"), "medium",
                                    ["copied_from_id"], ["id"])
    with op.batch_alter_table("medium_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approval_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_medium_event_approval_id"), ["approval_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_medium_event_approval_id_approval"),
                                    "approval", ["approval_id"], ["id"])
    op.execute(
        "UPDATE medium SET holder_id = (SELECT person.id FROM person "
        "WHERE person.name = medium.holder) "
        "WHERE (SELECT count(*) FROM person WHERE person.name = medium.holder) = 1"
    )


def downgrade() -> None:
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_incident_copy_id_copy"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_incident_copy_id"))
        batch_op.drop_column("copy_id")
    _copy_states(STATES)
    with op.batch_alter_table("medium_event", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_medium_event_approval_id_approval"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_medium_event_approval_id"))
        batch_op.drop_column("approval_id")
    with op.batch_alter_table("medium", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_medium_copied_from_id_medium"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_medium_copied_from_id"))
        batch_op.drop_column("copied_from_id")
        batch_op.drop_constraint(batch_op.f("fk_medium_holder_id_person"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_medium_holder_id"))
        batch_op.drop_column("holder_id")
