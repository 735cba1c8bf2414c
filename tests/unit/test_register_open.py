"""Creating, unlocking, locking the register; every bad case refused with a clear message."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import (
    AccountLocked,
    AuthError,
    DiskFull,
    KeyFileError,
    NotARegister,
    RegisterDamaged,
    RegisterError,
    ValidationError,
)
from app.models.enums import Level
from app.models.keyfile import KeyFile, key_file_path
from app.services.register import Register, create_register, unlock
from tests.factories import PASSPHRASE, new_register


def snapshot(path: Path) -> bytes:
    return path.read_bytes()


def test_unlock_with_the_right_passphrase(register_path: Path) -> None:
    new_register(register_path).register.close()
    reg, actor = unlock(register_path, "clerk", PASSPHRASE)
    assert actor.display_name == "张保密"
    assert reg.workstation.level is Level.CONFIDENTIAL
    assert reg.workstation.unit_name == "海淀区测试局"
    reg.close()
    assert not reg.is_open


def test_wrong_passphrase_is_refused_and_register_unchanged(register_path: Path) -> None:
    new_register(register_path).register.close()
    before = snapshot(register_path)
    with pytest.raises(AuthError, match="用户名或口令错误"):
        unlock(register_path, "clerk", "Wrong-passphrase1")
    assert snapshot(register_path) == before


def test_unknown_user_gets_the_same_message(register_path: Path) -> None:
    new_register(register_path).register.close()
    with pytest.raises(AuthError, match="用户名或口令错误"):
        unlock(register_path, "nobody", PASSPHRASE)


def test_three_failures_lock_the_account_and_the_lock_survives_restart(
    register_path: Path,
) -> None:
    new_register(register_path).register.close()
    for _ in range(2):
        with pytest.raises(AuthError):
            unlock(register_path, "clerk", "Wrong-passphrase1")
    with pytest.raises(AccountLocked, match="连续 3 次口令错误"):
        unlock(register_path, "clerk", "Wrong-passphrase1")
    # A "restart": nothing in memory, the key file read afresh. Even the right
    # passphrase is refused while the lock lasts.
    with pytest.raises(AccountLocked, match="账户锁定至"):
        unlock(register_path, "clerk", PASSPHRASE)
    kf = KeyFile.load(key_file_path(register_path))
    until = kf.locked_until("clerk")
    assert until is not None
    assert until - dt.datetime.now(dt.UTC) > dt.timedelta(minutes=29)


def test_lock_expires(register_path: Path) -> None:
    new_register(register_path).register.close()
    kf = KeyFile.load(key_file_path(register_path))
    past = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    for _ in range(3):
        with pytest.raises(AuthError):
            kf.unwrap("clerk", "Wrong-passphrase1", now=past)
    assert kf.locked_until("clerk") is None  # locked for 30 minutes an hour ago
    reg, _ = unlock(register_path, "clerk", PASSPHRASE)
    reg.close()


def test_success_resets_the_failure_counter(register_path: Path) -> None:
    new_register(register_path).register.close()
    for _ in range(2):
        with pytest.raises(AuthError):
            unlock(register_path, "clerk", "Wrong-passphrase1")
    unlock(register_path, "clerk", PASSPHRASE)[0].close()
    for _ in range(2):
        with pytest.raises(AuthError):
            unlock(register_path, "clerk", "Wrong-passphrase1")
    unlock(register_path, "clerk", PASSPHRASE)[0].close()


def test_missing_key_file(register_path: Path) -> None:
    new_register(register_path).register.close()
    key_file_path(register_path).unlink()
    with pytest.raises(KeyFileError, match="找不到密钥文件"):
        unlock(register_path, "clerk", PASSPHRASE)


def test_foreign_key_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.mibu", tmp_path / "b.mibu"
    new_register(a).register.close()
    new_register(b).register.close()
    before = snapshot(a)
    shutil.copy(key_file_path(b), key_file_path(a))
    with pytest.raises(KeyFileError, match="不属于"):
        unlock(a, "clerk", PASSPHRASE)
    assert snapshot(a) == before


def test_malformed_key_file(register_path: Path) -> None:
    new_register(register_path).register.close()
    key_file_path(register_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileError, match="已损坏"):
        unlock(register_path, "clerk", PASSPHRASE)


def test_plain_sqlite_file_is_not_a_register(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("create table t(x)").connection.commit()
    with pytest.raises(NotARegister, match="未加密的 SQLite"):
        unlock(path, "clerk", PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"hello", b"x" * 5000])
def test_other_files_are_not_registers(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.mibu"
    path.write_bytes(content)
    with pytest.raises(RegisterError):
        unlock(path, "clerk", PASSPHRASE)
    assert path.read_bytes() == content


def test_missing_register(tmp_path: Path) -> None:
    with pytest.raises(NotARegister, match="找不到登记簿"):
        unlock(tmp_path / "nothing.mibu", "clerk", PASSPHRASE)


def test_damaged_register(register_path: Path) -> None:
    reg = new_register(register_path).register
    reg.close()
    data = bytearray(register_path.read_bytes())
    # Overwrite the middle of the first page (after the salt): SQLCipher's page HMAC fails.
    data[100:200] = b"\x00" * 100
    register_path.write_bytes(bytes(data))
    with pytest.raises(RegisterDamaged, match="已损坏"):
        unlock(register_path, "clerk", PASSPHRASE)


def _unlock_in_another_process(path: Path) -> tuple[int, str]:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from app.services.register import unlock\n"
        "from app.errors import AlreadyOpen\n"
        "try:\n    unlock(Path(sys.argv[1]), 'clerk', sys.argv[2])\n"
        "except AlreadyOpen as e:\n    print(e.message); sys.exit(7)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path), PASSPHRASE],
                          check=False, capture_output=True, text=True)
    return done.returncode, done.stdout


def test_second_instance_is_refused(register: Register) -> None:
    code, message = _unlock_in_another_process(register.path)
    assert code == 7
    assert "已被另一个" in message


def test_register_is_not_overwritten(register: Register) -> None:
    with pytest.raises(RegisterError, match="已存在"):
        new_register(register.path)


def test_bad_setup_input_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.mibu"
    cases = [
        dict(unit_name=""),
        dict(unit_name="单" * 65),
        dict(workstation_name="a\x07b"),
        dict(level=Level.INTERNAL),
        dict(clerk_username="张三"),
        dict(passphrase="short1A"),
    ]
    for case in cases:
        args: dict = dict(
            unit_name="单位", workstation_name="机要室", level=Level.SECRET,
            clerk_username="clerk", clerk_display_name="张保密", passphrase=PASSPHRASE,
        )
        args.update(case)
        with pytest.raises(ValidationError):
            create_register(path, **args)
        assert not path.exists()
        assert not key_file_path(path).exists()


def test_disk_full_changes_nothing(register: Register, clerk: object) -> None:
    """SQLite reports SQLITE_FULL; the operation is refused in Chinese and rolled back."""
    from sqlalchemy import event, text

    from app.services import audit

    with register.read() as s:
        count_before = audit.count(s)

    @event.listens_for(register.db.engine, "connect")
    def _tiny(dbapi_conn: object, _rec: object) -> None:  # simulate a full disk
        dbapi_conn.execute("PRAGMA max_page_count = 1")  # type: ignore[attr-defined]

    register.db.engine.dispose()
    with pytest.raises(DiskFull, match="磁盘已满"):
        with register.write() as s:
            for i in range(2000):
                audit.record(s, "clerk", "test.fill", "test", i, after={"x": "x" * 500})
    event.remove(register.db.engine, "connect", _tiny)
    register.db.engine.dispose()
    with register.read() as s:
        assert audit.count(s) == count_before
        assert s.execute(text("select 1")).scalar() == 1


def test_the_gui_keeps_the_register_claimed_while_locked(register_path: Path) -> None:
    """One process may hold the lock across screen locks; another process may not enter."""
    from app.models.instance_lock import InstanceLock

    new_register(register_path).register.close()
    gui = InstanceLock(register_path)
    gui.acquire()
    reg, _ = unlock(register_path, "clerk", PASSPHRASE)  # same process: allowed
    reg.close()  # the screen locks; the GUI still holds its claim
    assert _unlock_in_another_process(register_path)[0] == 7
    gui.release()
    assert _unlock_in_another_process(register_path)[0] == 0


def test_key_file_on_a_full_disk(register: Register, clerk: object,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A new account whose key slot cannot be written leaves no trace anywhere."""
    import errno
    import os as os_module

    from app.models.enums import Role
    from app.services import accounts, audit

    kpath = key_file_path(register.path)
    keys_before = kpath.read_bytes()
    with register.read() as s:
        entries_before = audit.count(s)

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os_module, "write", full)
    with pytest.raises(DiskFull, match="磁盘已满"):
        accounts.create_account(register, clerk, username="leader",  # type: ignore[arg-type]
                                display_name="李主任", role=Role.APPROVER,
                                passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert kpath.read_bytes() == keys_before
    assert "leader" not in register.keyfile.slots
    with register.read() as s:
        assert audit.count(s) == entries_before
    assert [p.name for p in kpath.parent.iterdir() if p.name.startswith(".keys-")] == []


def test_unlocks_share_one_engine_and_locking_drops_the_key(register_path: Path) -> None:
    """An engine per unlock left every unlock's dialect in SQLAlchemy's statement caches
    (issue 19); the file's one engine is reused, and locking still closes every connection
    and leaves no key to open a new one with."""
    import gc

    from sqlalchemy.engine import Dialect

    from app.services import people

    new_register(register_path).register.close()
    engines = set()
    for _ in range(5):
        reg, _actor = unlock(register_path, "clerk", PASSPHRASE)
        people.list_organisations(reg)  # statements compiled and cached
        engines.add(id(reg.db.engine))
        engine = reg.db.engine
        reg.close()
        assert engine.pool.checkedout() == 0
        with pytest.raises(Exception, match="locked"):
            engine.connect()
    assert len(engines) == 1
    gc.collect()
    dialects = [o for o in gc.get_objects() if isinstance(o, Dialect)]
    reg, _actor = unlock(register_path, "clerk", PASSPHRASE)
    reg.close()
    gc.collect()
    assert len([o for o in gc.get_objects() if isinstance(o, Dialect)]) == len(dialects)
