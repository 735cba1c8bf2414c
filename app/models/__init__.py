"""Persistence: SQLAlchemy mapped classes, the encrypted engine and Alembic migrations.

Importing this package registers every mapped class on ``Base.metadata``.
"""

from app.models import documents, foundation, lifecycle, people  # noqa: F401  (registers tables)
from app.models.base import Base

__all__ = ["Base"]
