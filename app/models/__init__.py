"""Persistence: SQLAlchemy mapped classes, the encrypted engine and Alembic migrations.

Importing this package loads nothing: the vocabulary (``enums``), the instance lock and the
key file are needed before SQLAlchemy is, to show the unlock dialog quickly. Importing
``app.models.schema`` registers every mapped class on ``Base.metadata``.
"""
