"""Persistence: SQLAlchemy mapped classes, the encrypted engine and Alembic migrations.

Importing this package registers every mapped class on ``Base.metadata``.
"""

from app.models import foundation, media  # noqa: F401  (registers the tables)
from app.models.base import Base

__all__ = ["Base"]
