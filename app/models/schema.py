"""Every mapped class, registered on ``Base.metadata``.

Imported by whatever needs the whole schema: opening a register (relationships between
tables resolve only when all of them are mapped), the Alembic environment and its tests.
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
