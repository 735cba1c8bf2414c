"""The replay of ``mibu verify`` (app/services/replay.py) as verify runs it: the trail folded
in the chain check's pass, copies looked up by the ids the trail names, and a whole reading of
the trail when the chain is broken."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.models.documents import Copy
from app.models.enums import Level, Role
from app.models.foundation import AuditEntry
from app.services import audit, replay
from app.services.lifecycle import archive
from app.services.register import Actor, Register, unlock
from tests import doc_factories
from tests.factories import PASSPHRASE, add_account
from tests.unit.test_trail_anchor import attacker_open, drop_triggers


def verify_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
               path: Path) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    rc = main(["verify", "--register", str(path), "--passphrase-stdin"])
    captured = capsys.readouterr()
    return rc, captured.out + captured.err


@pytest.fixture
def archived(opened: tuple[Register, Actor]) -> tuple[Path, list[tuple[int, str]]]:
    """Two documents of three copies each; the first two copies of the first archived (the
    only copies the trail speaks of), then an auditor's checkpoint."""
    register, clerk = opened
    add_account(register, clerk, "auditor", Role.AUDITOR, "王审计")
    first = doc_factories.receive(register, clerk, title="关于保密检查的通知",
                                  level=Level.CONFIDENTIAL, copies=3, copy_numbers=[1, 2, 3])
    doc_factories.receive(register, clerk, title="关于年度保密工作的意见", level=Level.SECRET,
                          copies=3, copy_numbers=[1, 2, 3])
    with register.read() as s:
        copies = [(r.id, r.code) for r in s.execute(
            select(Copy.id, Copy.code).where(Copy.document_id == first.id).order_by(Copy.id))]
    archive.archive(register, clerk, [i for i, _ in copies[:2]], file_no="2026-永久-0001")
    path = register.path
    register.close()
    unlock(path, "auditor", PASSPHRASE)[0].close()
    return path, copies


def test_a_sound_register_replays_every_row(
        archived: tuple[Path, list[tuple[int, str]]], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    rc, out = verify_cli(monkeypatch, capsys, archived[0])
    assert rc == 0, out
    assert "审计记录回放：通过" in out
    reg, _ = unlock(archived[0], "clerk", PASSPHRASE, read_only=True)
    try:
        with reg.read() as s:  # the fold of the chain's pass is the trail read on its own
            fold = replay.Fold()
            audit.verify_chain(s, reg.derive_key(audit.AUDIT_KEY_INFO), fold.add)
            alone = replay.Fold()
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
                alone.add(e.entity, e.entity_id, e.after)
            assert fold.states == alone.states
            assert fold.states["copy"].keys() == {str(i) for i, _ in archived[1][:2]}
            assert replay.replay(s, fold) == replay.replay(s)
    finally:
        reg.close()


def test_a_copy_the_trail_speaks_of_is_compared_and_missed_if_gone(
        archived: tuple[Path, list[tuple[int, str]]], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, copies = archived
    (put_back, put_back_code), (deleted, _), _ = copies
    conn, _ = attacker_open(path)
    conn.execute("UPDATE copy SET state = 'in_store' WHERE id = ?", (put_back,))
    conn.execute("DELETE FROM copy WHERE id = ?", (deleted,))
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, path)
    assert rc == 1
    assert (f"载体 {put_back_code} 的“状态”在表中为 “在库”，审计记录中最后为 “已归档”"
            "（表被直接改动）") in out
    assert f"审计记录中的载体（编号 {deleted}）在表中已不存在（被直接删除）" in out


def test_a_broken_chain_still_replays_the_whole_trail(
        archived: tuple[Path, list[tuple[int, str]]], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The chain breaks at entry 2: the replay must still read the documents' entries that
    come after it, and so find the title changed in the table."""
    path, _ = archived
    conn, _ = attacker_open(path)
    saved = drop_triggers(conn)
    conn.execute("UPDATE audit_entry SET actor = 'someone' WHERE id = 2")
    for sql in saved:
        conn.execute(sql)
    conn.execute("UPDATE document SET title = '关于食堂菜单的通知' "
                 "WHERE title = '关于年度保密工作的意见'")
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, path)
    assert rc == 1
    assert "审计记录第 2 条的内容被改动过" in out
    assert ("的“标题”在表中为 “关于食堂菜单的通知”，审计记录中最后为 “关于年度保密工作的意见”"
            in out)
