"""Alembic environment: always runs on a connection handed in by ``app.models.migrate``.

The register is encrypted, so Alembic never opens it by URL; the caller passes an open,
keyed connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from app.models.migrate import include_name
from app.models.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - misuse
    raise RuntimeError("Mibu migrations run only through app.models.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite schema changes go through batch_alter_table
    compare_type=True,
    include_name=include_name,  # the FTS5 index is created by hand
)
with context.begin_transaction():
    context.run_migrations()
