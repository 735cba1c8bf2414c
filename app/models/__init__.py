"""Persistence: SQLAlchemy mapped classes, the encrypted engine and Alembic migrations.

Importing this package registers every mapped class on ``Base.metadata``.
"""

from app.models import (  # noqa: F401  (importing registers the tables)
    documents,
    foundation,
    lifecycle,
    media,
    people,
    printing,
)
from app.models.base import Base

__all__ = ["Base"]
