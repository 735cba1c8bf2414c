"""Run Alembic migrations on an open (keyed) engine.

Alembic is imported when a register is opened, not at start-up: the unlock dialog shows
without it (``start_s``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "app.models:migrations")
    return cfg


@functools.cache
def _revisions() -> tuple[str | None, frozenset[str]]:
    """This build's head revision and every revision it knows, read once a process: each
    reading of the scripts loads every migration module again and leaves an ``atexit``
    callback behind (Alembic's resource handling), on every unlock (issue 19)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return script.get_current_head(), frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str | None:
    return _revisions()[0]


def known_revisions() -> set[str]:
    """Every schema revision this build's migrations know."""
    return set(_revisions()[1])


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        # Alembic builds a new version Table each time: its statements are not cached, or
        # every unlock would add one to the engine's statement cache (it lives across
        # unlocks, app/models/db.py).
        conn.execution_options(compiled_cache=None)
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate/compare filter: the FTS5 index, its shadow tables and the table of each
    id block's latest 收文日期 (all derived, kept by triggers) are not mapped."""
    from app.models.documents import FTS_TABLE, RECEIVED_BLOCKS

    return not (type_ == "table" and name is not None and (
        name.startswith(FTS_TABLE) or name == RECEIVED_BLOCKS))
