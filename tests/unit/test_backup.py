from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import PermissionDenied, RegisterError
from app.models.enums import Role
from app.services import audit
from app.services.backup import backup
from app.services.register import Actor, Register, unlock
from tests.factories import PASSPHRASE, add_account


def test_backup_is_encrypted_and_opens(register: Register, clerk: Actor, tmp_path: Path
                                       ) -> None:
    dest = tmp_path / "medium"
    dest.mkdir()
    with register.write() as s:
        audit.record(s, clerk.username, "test.write", "test", 1, after={"t": "XYZZY-标题"})
    info = backup(register, clerk, dest)
    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"XYZZY" not in data
    assert os.stat(info.path).st_mode & 0o077 == 0
    reg, _ = unlock(info.path, "clerk", PASSPHRASE)
    with reg.read() as s:
        assert audit.count(s, audit.AuditFilter(action_prefix="test.")) == 1
        assert audit.verify_chain(s, reg.derive_key(audit.AUDIT_KEY_INFO)) >= 3
    reg.close()
    with register.read() as s:
        assert audit.count(s, audit.AuditFilter(action_prefix="register.backup")) == 1


def test_backup_refusals(register: Register, clerk: Actor, tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="不存在"):
        backup(register, clerk, tmp_path / "nowhere")
    auditor = add_account(register, clerk, "audit", Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        backup(register, auditor, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".mibu")) == [
        "register.mibu"]
