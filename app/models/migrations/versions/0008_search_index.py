"""Search of one or two characters through the full-text index (issue 17).

The trigram index now holds every text followed by two ``U+001F`` (a control character, which
no stored text and no query may contain): every character of a text then starts a trigram,
so the documents containing ``密`` or ``海淀`` are those holding a trigram that starts with it.
``document_fts_terms`` (fts5vocab) lists the index's trigrams in order, so those trigrams are
found by a range of terms. Searches of three characters or more match as before (a query
never contains the padding).

Revision ID: 0008
Revises: 0007
"""

# ruff: noqa: S608 - the statements are built from this file's constants only
from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SENDER = "coalesce((SELECT name FROM organisation WHERE id = new.sender_id), '')"


def _triggers(pad: str) -> list[str]:
    values = (f"VALUES (new.id, new.title{pad}, new.doc_number{pad}, new.internal_no{pad}, "
              f"{_SENDER}{pad}); END")
    insert = "INSERT INTO document_fts (rowid, title, doc_number, internal_no, sender) "
    return [
        f"CREATE TRIGGER document_fts_ai AFTER INSERT ON document BEGIN {insert}{values}",
        "CREATE TRIGGER document_fts_au AFTER UPDATE OF title, doc_number, internal_no, "
        "sender_id ON document BEGIN DELETE FROM document_fts WHERE rowid = old.id; "
        f"{insert}{values}",
        "CREATE TRIGGER document_fts_ad AFTER DELETE ON document BEGIN "
        "DELETE FROM document_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER organisation_fts_au AFTER UPDATE OF name ON organisation BEGIN "
        f"UPDATE document_fts SET sender = new.name{pad} "
        "WHERE rowid IN (SELECT id FROM document WHERE sender_id = new.id); END",
    ]


def _rebuild(pad: str) -> None:
    for name in ("organisation_fts_au", "document_fts_ad", "document_fts_au", "document_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS document_fts_terms")
    op.execute("DROP TABLE document_fts")
    op.execute("CREATE VIRTUAL TABLE document_fts USING fts5("
               "title, doc_number, internal_no, sender, tokenize = 'trigram')")
    op.execute(
        "INSERT INTO document_fts (rowid, title, doc_number, internal_no, sender) "
        f"SELECT d.id, d.title{pad}, d.doc_number{pad}, d.internal_no{pad}, "
        f"coalesce(o.name, ''){pad} "
        "FROM document AS d LEFT JOIN organisation AS o ON o.id = d.sender_id")
    for statement in _triggers(pad):
        op.execute(statement)


def upgrade() -> None:
    _rebuild(" || char(31, 31)")
    op.execute("CREATE VIRTUAL TABLE document_fts_terms USING fts5vocab(document_fts, 'row')")


def downgrade() -> None:
    _rebuild("")
