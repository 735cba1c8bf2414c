"""The media revisions create exactly the media tables of the models, and go down again."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.models import migrate
from app.models.db import Database
from app.models.schema import Base


def test_media_revision_matches_models_and_goes_down(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.mibu", b"\x01" * 32)
    db.check_opens()
    engine = db.engine
    migrate.upgrade(engine, "head")  # 0003 and the later media revisions (0007: people)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    media_diff = [d for d in diff if "medium" in str(d) or "incident" in str(d)]
    assert media_diff == []
    migrate.downgrade(engine, "0001")
    assert not {"medium", "medium_event", "incident"} & set(inspect(engine).get_table_names())
    migrate.upgrade(engine, "0003")
    assert {"medium", "medium_event", "incident"} <= set(inspect(engine).get_table_names())
    db.dispose()
