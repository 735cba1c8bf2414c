"""No byte of content on disk in plaintext: not in the register, its WAL, or temp files."""

from __future__ import annotations

import os
from pathlib import Path

from app.models.keyfile import key_file_path
from app.services import audit
from app.services.register import Actor, Register

MARKER = "绝密试验标题-海淀-XYZZY-4711"


def _files_of(register: Register) -> list[Path]:
    return sorted(p for p in register.path.parent.iterdir() if p.is_file())


def test_register_file_is_encrypted(register: Register, clerk: Actor) -> None:
    with register.write() as s:
        for i in range(200):
            audit.record(s, clerk.username, "test.write", "test", i, after={"title": MARKER})
    # While open, the WAL holds the newest pages: it must be encrypted too.
    wal = Path(f"{register.path}-wal")
    assert wal.exists()
    for path in _files_of(register):
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), path
        assert MARKER.encode() not in data, path
        assert b"XYZZY" not in data, path
        assert b"audit_entry" not in data, path  # not even the schema
    register.close()
    data = register.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"XYZZY" not in data


def test_files_are_private(register: Register) -> None:
    for path in (register.path, key_file_path(register.path)):
        assert os.stat(path).st_mode & 0o077 == 0, path


def test_no_temp_files_outside_the_register(register: Register, clerk: Actor,
                                            tmp_path: Path) -> None:
    from sqlalchemy import text

    before = set(os.listdir(tmp_path))
    with register.write() as s:
        # Temporary tables and sort spills stay in memory, never in a plaintext temp file.
        for i in range(50):
            audit.record(s, clerk.username, "test.write", "test", i, after={"t": MARKER})
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
    assert set(os.listdir(tmp_path)) - before <= {"register.mibu-wal", "register.mibu-shm"}
