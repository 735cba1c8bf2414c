"""The latest 收文日期 of each block of 1,024 document ids (issue 17).

A search newest first reads the full-text index's candidates from the highest id down
(FTS5 gives them in that order at once) and needs to know when no document further down
can be newer than the page it has: ``document_received_block`` holds, for ids ``block << 10``
to ``(block << 10) + 1023``, an upper bound of their 收文日期, kept by two triggers (a
corrected date can only raise it, so it stays an upper bound). Derived data: filled here
from the documents, never written by Mibu's code.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# ``>> 10``: app.models.documents.RECEIVED_BLOCK_BITS, written out as a migration must be
# (tests/unit/test_search.py checks that the two agree).
_RAISE = ("INSERT INTO document_received_block (block, latest) "
          "VALUES (new.id >> 10, new.received_on) "
          "ON CONFLICT (block) DO UPDATE SET latest = max(latest, excluded.latest); END")


def upgrade() -> None:
    op.execute("CREATE TABLE document_received_block ("
               "block INTEGER PRIMARY KEY, latest DATE NOT NULL)")
    op.execute("INSERT INTO document_received_block (block, latest) "
               "SELECT id >> 10, max(received_on) FROM document GROUP BY id >> 10")
    op.execute(f"CREATE TRIGGER document_received_block_ai AFTER INSERT ON document BEGIN {_RAISE}")
    op.execute("CREATE TRIGGER document_received_block_au AFTER UPDATE OF received_on "
               f"ON document BEGIN {_RAISE}")


def downgrade() -> None:
    op.execute("DROP TRIGGER document_received_block_au")
    op.execute("DROP TRIGGER document_received_block_ai")
    op.execute("DROP TABLE document_received_block")
