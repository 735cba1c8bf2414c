"""One engine per register file across lock and unlock (issue 19), and what locking leaves:
no connection, no key, nothing that can read the register until the next unlock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.errors import AuthError, RegisterDamaged, RegisterError, RegisterReadOnly
from app.models import db as db_module
from app.models.db import Database
from app.models.documents import Document
from app.services import audit
from app.services.backup import backup
from app.services.register import unlock
from app.services.restore import restore
from tests.factories import PASSPHRASE, new_register
from tests.unit.test_damage import made, zero


def _read_something(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()


def test_lock_and_unlock_keep_one_engine_and_its_compiled_statements(
        register_path: Path) -> None:
    new_register(register_path).register.close()
    engines, cached = [], []
    for _ in range(3):
        reg, _clerk = unlock(register_path, "clerk", PASSPHRASE)
        with reg.read() as s:
            s.scalar(select(func.count(Document.id)))
            audit.count(s, audit.AuditFilter())
        engines.append(reg.db.engine)
        cached.append(len(reg.db.engine._compiled_cache))  # type: ignore[attr-defined]
        reg.close()
    assert engines[0] is engines[1] is engines[2]
    assert cached[1] == cached[2]  # the second unlock compiled nothing new


def test_after_lock_the_engine_opens_no_connection(register_path: Path) -> None:
    new_register(register_path).register.close()
    reg, _clerk = unlock(register_path, "clerk", PASSPHRASE)
    engine = reg.db.engine
    _read_something(engine)
    assert engine.pool.checkedin() > 0  # type: ignore[attr-defined]
    reg.close()
    assert engine.pool.checkedin() == 0  # type: ignore[attr-defined]
    with pytest.raises(RegisterError, match="已锁定"):
        _read_something(engine)
    with pytest.raises(RegisterError, match="已锁定"):
        reg.db.engine  # noqa: B018
    with pytest.raises(RegisterError, match="已锁定"):
        with reg.read():
            pass
    # A wrong passphrase after the lock gets no connection either.
    with pytest.raises(AuthError):
        unlock(register_path, "clerk", "Wrong-passphrase1")
    with pytest.raises(RegisterError, match="已锁定"):
        _read_something(engine)
    # The next unlock reuses the engine; the database of the last session stays locked.
    again, _clerk = unlock(register_path, "clerk", PASSPHRASE)
    try:
        assert again.db.engine is engine
        with pytest.raises(RegisterError, match="已锁定"):
            with reg.read():
                pass
    finally:
        again.close()


def test_a_wrong_key_on_a_kept_engine_gets_no_working_connection(register_path: Path) -> None:
    new_register(register_path).register.close()
    reg, _clerk = unlock(register_path, "clerk", PASSPHRASE)
    engine = reg.db.engine
    _read_something(engine)
    reg.close()
    wrong = Database(register_path, b"\x07" * 32, read_only=True)
    try:
        assert wrong.engine is engine  # the kept engine, with the wrong key's keyring
        assert engine.pool.checkedin() == 0  # type: ignore[attr-defined]
        with pytest.raises(RegisterError):
            wrong.check_opens()
    finally:
        wrong.dispose()


def test_a_file_open_twice_at_once_gets_two_engines(register_path: Path) -> None:
    new_register(register_path).register.close()
    key = b"\x07" * 32
    first, second = Database(register_path, key), Database(register_path, key)
    engines = first.engine, second.engine
    assert engines[0] is not engines[1]
    second.dispose()
    first.dispose()
    kept = Database(register_path, key)
    try:
        assert kept.engine is engines[0]  # the second one was not kept
    finally:
        kept.dispose()


def test_a_damaged_register_opens_read_only_on_the_kept_engine(register_path: Path) -> None:
    page = made(register_path, "medium")  # unlocked (and locked) once: its engine is kept
    kept = db_module._IDLE[os.path.abspath(register_path)].engine
    zero(register_path, page)
    reg, clerk = unlock(register_path, "clerk", PASSPHRASE)
    try:
        assert reg.db.engine is kept
        with pytest.raises(RegisterReadOnly, match=f"第 {page} 页已损坏"):
            with reg.write() as s:
                audit.record(s, clerk.username, "test.write", "test", 1)
        assert reg.read_only
        with reg.read() as s:  # sound pages are read on fresh read-only connections
            assert audit.count(s, audit.AuditFilter()) >= 3
    finally:
        reg.close()
    # A read-only open (verify) after it uses the same engine, and is refused nothing it
    # can read; a write is refused.
    ro, _clerk = unlock(register_path, "clerk", PASSPHRASE, read_only=True)
    try:
        assert ro.db.engine is kept
        with ro.read() as s:
            assert audit.count(s, audit.AuditFilter()) >= 3
        with pytest.raises(RegisterReadOnly):
            with ro.write():
                pass
    finally:
        ro.close()


def test_an_error_found_while_reading_on_a_kept_engine(register_path: Path) -> None:
    page = made(register_path, "document")
    reg, _clerk = unlock(register_path, "clerk", PASSPHRASE)
    try:
        zero(register_path, page)
        reg.db.engine.dispose()
        with pytest.raises(RegisterDamaged, match=f"第 {page} 页已损坏"):
            with reg.read() as s:
                s.connection().exec_driver_sql("SELECT * FROM document").all()
        assert reg.read_only
    finally:
        reg.close()


def test_a_restore_drops_the_kept_engine(tmp_path: Path) -> None:
    path = tmp_path / "office" / "register.mibu"
    path.parent.mkdir()
    created = new_register(path)
    medium = tmp_path / "medium"
    medium.mkdir()
    info = backup(created.register, created.clerk, medium)
    before = created.register.db.engine
    created.register.close()
    assert db_module._IDLE[os.path.abspath(path)].engine is before
    restore(path, info.path, "clerk", PASSPHRASE)
    reg, _clerk = unlock(path, "clerk", PASSPHRASE)
    try:
        assert reg.db.engine is not before
        with reg.read() as s:
            assert audit.count(s, audit.AuditFilter(action_prefix="register.restore")) == 1
    finally:
        reg.close()
    assert before.pool.checkedin() == 0  # type: ignore[attr-defined]


def test_idle_engines_are_bounded(tmp_path: Path) -> None:
    key = b"\x07" * 32
    for n in range(db_module.IDLE_ENGINES + 3):
        Database(tmp_path / f"r{n}.mibu", key).dispose()
    assert len(db_module._IDLE) <= db_module.IDLE_ENGINES
