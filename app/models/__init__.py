"""Persistence: SQLAlchemy mapped classes, the encrypted engine and Alembic migrations.

Importing this package registers every mapped class on ``Base.metadata``.
"""

from app.models import (
    foundation,  # noqa: F401  (registers the tables)
    printing,  # noqa: F401
)
from app.models.base import Base

__all__ = ["Base"]
