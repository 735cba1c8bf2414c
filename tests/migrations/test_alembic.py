"""Migrations from the first table (after securedrop-client's tests/test_alembic.py)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.models import migrate
from app.models.db import Database
from app.models.schema import Base


def _engine(path: Path) -> Engine:
    db = Database(path, b"\x01" * 32)
    db.check_opens()
    return db.engine


def _schema(engine: Engine) -> dict[str, object]:
    insp = inspect(engine)
    out: dict[str, object] = {}
    for table in sorted(insp.get_table_names()):
        out[table] = (
            sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)),
            sorted(str(i) for i in insp.get_indexes(table)),
            sorted(str(f) for f in insp.get_foreign_keys(table)),
            sorted(str(u) for u in insp.get_unique_constraints(table)),
        )
    with engine.connect() as conn:
        out["_triggers"] = sorted(
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master "
                                               "WHERE type = 'trigger'")
        )
    return out


def test_upgrade_head_matches_the_models(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "m.mibu")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_every_revision_goes_down_and_up(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "m.mibu")
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for rev in revisions:
        migrate.upgrade(engine, rev)
        up = _schema(engine)
        down_to = script.get_revision(rev).down_revision or "base"
        migrate.downgrade(engine, str(down_to))
        migrate.upgrade(engine, rev)
        assert _schema(engine) == up, rev
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}


def test_single_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
