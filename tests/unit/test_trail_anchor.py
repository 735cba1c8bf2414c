"""Issue 11, finding 2: a trail anchored outside the clerk's reach.

The attacker here holds the clerk's passphrase, and so the data key and every key derived
from it: they open the file with SQLCipher themselves, drop the triggers, edit, recompute the
HMAC chain and put the triggers back. ``mibu verify`` must still say what happened, in Chinese.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.cli import main
from app.models import migrate
from app.models.enums import Level, Role
from app.models.keyfile import KeyFile, key_file_path
from app.services import anchor, audit, verification
from app.services.register import Actor, Register, unlock
from tests import doc_factories
from tests.factories import PASSPHRASE, add_account

TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")


# -- the attacker's tools (they read Mibu's source; they do not use its services) ----------
def attacker_open(path: Path) -> tuple[sqlcipher3.Connection, bytes]:
    data_key = KeyFile.load(key_file_path(path)).unwrap("clerk", PASSPHRASE)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn, data_key


def trigger_sql(conn: sqlcipher3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'")]


def drop_triggers(conn: sqlcipher3.Connection) -> list[str]:
    saved = trigger_sql(conn)
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    return saved


def rechain(conn: sqlcipher3.Connection, data_key: bytes) -> None:
    """Recompute every entry's HMAC the way app/services/audit.py does."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=b"mibu audit chain v1").derive(data_key)
    prev = "0" * 64
    rows = conn.execute("SELECT id, at, actor, action, entity, entity_id, before, after "
                        "FROM audit_entry ORDER BY id").fetchall()
    for row in rows:
        fields = [*row, prev]
        digest = hmac.new(key, json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
                          .encode("utf-8"), hashlib.sha256).hexdigest()
        conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                     (prev, digest, row[0]))
        prev = digest


def verify_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
               path: Path, user: str = "clerk") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    rc = main(["verify", "--register", str(path), "--passphrase-stdin", "--user", user])
    captured = capsys.readouterr()
    return rc, captured.out + captured.err


# -- a register with an auditor who has signed a checkpoint ----------------------------------
@pytest.fixture
def anchored(opened: tuple[Register, Actor]) -> Path:
    """A clerk's register with a received document, then an auditor's checkpoint over it."""
    register, clerk = opened
    add_account(register, clerk, "auditor", Role.AUDITOR, "王审计")
    doc_factories.receive(register, clerk, title="关于保密检查的通知", level=Level.CONFIDENTIAL)
    path = register.path
    register.close()
    reg, _ = unlock(path, "auditor", PASSPHRASE)  # signs checkpoint 1
    reg.close()
    return path


def test_the_auditors_unlock_signs_a_checkpoint_kept_apart(anchored: Path) -> None:
    reg, _ = unlock(anchored, "clerk", PASSPHRASE)
    try:
        with reg.read() as s:
            cp = anchor.latest(s)
            n = audit.entry_count(s)
            line = audit.page(s, audit.AuditFilter(action_prefix="trail.checkpoint"))[0]
        assert cp is not None and cp.seq == 1 and cp.signer == "auditor"
        assert cp.entry_count == n - 1  # the clerk's own unlock came after it
        assert line.after == {"序号": 1, "覆盖审计记录条数": cp.entry_count}
        copy = reg.keyfile.slots["auditor"]["checkpoint"]
        assert anchor.Checkpoint.from_dict(copy) == cp
        assert "sign" in reg.keyfile.slots["auditor"] and "sign" not in reg.keyfile.slots["clerk"]
        # The clerk's slot cannot open the auditor's private key.
        assert reg.signer is None
        report = verification.verify(reg)
    finally:
        reg.close()
    assert report.findings == []
    assert any(f"检查点码 {cp.code}" in line for line in report.lines)


def test_forged_trail_with_a_recomputed_chain_is_found(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    conn, data_key = attacker_open(anchored)
    saved = drop_triggers(conn)
    conn.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
    rechain(conn, data_key)
    for sql in saved:
        conn.execute(sql)
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    assert "审计链校验：通过" in out  # the HMAC chain alone is fooled
    assert "表结构与只追加触发器：与当前版本" in out  # and the triggers are back
    assert "审计记录在第 1 号检查点" in out and "之前被改写" in out
    assert "链值与检查点签名的不符" in out


def test_the_auditor_does_not_sign_over_a_forged_trail(anchored: Path) -> None:
    conn, data_key = attacker_open(anchored)
    saved = drop_triggers(conn)
    conn.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
    rechain(conn, data_key)
    for sql in saved:
        conn.execute(sql)
    conn.close()
    reg, _ = unlock(anchored, "auditor", PASSPHRASE)
    try:
        assert reg.signer is not None and reg.signer.problem is not None
        assert "与第 1 号检查点不符" in reg.signer.problem
        with reg.read() as s:
            assert anchor.latest(s).seq == 1  # type: ignore[union-attr]
    finally:
        reg.close()


def test_a_title_or_level_changed_in_the_table_is_found_by_replay(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    conn, _ = attacker_open(anchored)
    conn.execute("UPDATE document SET title = '关于食堂菜单的通知', level = 2")
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    assert "的“标题”在表中为 “关于食堂菜单的通知”，审计记录中最后为 “关于保密检查的通知”" in out
    assert "的“密级”在表中为 “秘密”，审计记录中最后为 “机密”（表被直接改动）" in out


def test_a_row_written_without_an_entry_is_found(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    conn, _ = attacker_open(anchored)
    conn.execute("INSERT INTO person (name, department, post, clearance, status, remarks, "
                 "created_at) VALUES ('冒名', '办公室', '', 4, 'on_post', '', '2026-01-01')")
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    assert "人员 冒名 在审计记录中没有任何记录（未经登记直接写入表中）" in out


def test_dropped_triggers_are_found_by_the_schema_check(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    conn, _ = attacker_open(anchored)
    drop_triggers(conn)
    conn.execute("DROP TRIGGER trail_checkpoint_no_delete")
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    head = migrate.head_revision()
    assert head is not None
    assert f"表结构与当前版本（{head}）不符：缺少触发器 audit_entry_no_update" in out
    assert "缺少触发器 audit_entry_no_delete" in out
    assert "缺少触发器 trail_checkpoint_no_delete" in out


def test_a_weakened_trigger_is_found(anchored: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    conn, _ = attacker_open(anchored)
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    conn.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
                 "WHEN old.id < 0 BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END")
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    assert "触发器 audit_entry_no_delete 的定义被改动" in out


def _cut_tail(path: Path, *, checkpoints_too: bool) -> None:
    """Remove the received document with its rows and every entry from its receipt on."""
    conn, _ = attacker_open(path)
    saved = drop_triggers(conn)
    first = conn.execute("SELECT min(id) FROM audit_entry WHERE action = 'document.receive'"
                         ).fetchone()[0]
    doc = conn.execute("SELECT entity_id FROM audit_entry WHERE id = ?", (first,)).fetchone()[0]
    for table in ("copy", "document_scope"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc,))  # noqa: S608
    conn.execute("DELETE FROM document WHERE id = ?", (doc,))
    conn.execute("DELETE FROM organisation WHERE id NOT IN (SELECT sender_id FROM document "
                 "WHERE sender_id IS NOT NULL)")
    conn.execute("DELETE FROM audit_entry WHERE id >= ?", (first,))
    if checkpoints_too:
        conn.execute("DROP TRIGGER trail_checkpoint_no_delete")
        conn.execute("DELETE FROM trail_checkpoint")
        conn.execute("CREATE TRIGGER trail_checkpoint_no_delete BEFORE DELETE ON "
                     "trail_checkpoint BEGIN SELECT RAISE(ABORT, "
                     "'trail_checkpoint is append-only'); END")
    for sql in saved:
        conn.execute(sql)
    conn.close()


def test_the_trails_tail_removed_with_its_rows_is_found(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _cut_tail(anchored, checkpoints_too=False)
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    assert "审计记录被截断：第 1 号检查点" in out and "现仅" in out


def test_checkpoints_deleted_from_the_register_survive_in_the_key_file(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _cut_tail(anchored, checkpoints_too=True)
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    assert "检查点第 1 号仍在密钥文件中，但已从登记簿中删除" in out
    assert "审计记录被截断：第 1 号检查点" in out


def test_a_forged_checkpoint_signature_is_found(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    conn, _ = attacker_open(anchored)
    conn.execute("DROP TRIGGER trail_checkpoint_no_update")
    conn.execute("UPDATE trail_checkpoint SET entry_count = entry_count - 3")
    conn.close()
    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 1
    assert "检查点第 1 号的签名无效（被伪造或改动）" in out


def test_a_substituted_public_key_fools_the_clerk_but_not_the_auditor(
        anchored: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The clerk-level attacker makes their own key, puts its public half where the auditor's
    was (register and key file) and re-signs a checkpoint over a forged trail. A verify by
    the clerk trusts those files; the auditor's passphrase proves the real key."""
    conn, data_key = attacker_open(anchored)
    kf = KeyFile.load(key_file_path(anchored))
    register_id = kf.register_id
    saved = drop_triggers(conn)
    conn.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
    rechain(conn, data_key)
    for sql in saved:
        conn.execute(sql)
    mine = Ed25519PrivateKey.generate()
    public = mine.public_key().public_bytes_raw().hex()
    conn.execute("DROP TRIGGER trail_signer_no_update")
    conn.execute("DROP TRIGGER trail_checkpoint_no_update")
    conn.execute("UPDATE trail_signer SET public_key = ?", (public,))
    seq, at, signer, count = conn.execute(
        "SELECT id, at, signer, entry_count FROM trail_checkpoint").fetchone()
    head = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (count,)).fetchone()[0]
    signature = mine.sign(anchor.message(register_id, seq, at, signer, count, head)).hex()
    conn.execute("UPDATE trail_checkpoint SET head_hash = ?, signature = ?", (head, signature))
    for table in ("trail_signer", "trail_checkpoint"):
        conn.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                     f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    conn.close()
    kf.slots["auditor"]["sign"]["public"] = public
    kf.slots["auditor"]["checkpoint"].update(head_hash=head, signature=signature)
    kf.save()

    rc, out = verify_cli(monkeypatch, capsys, anchored)
    assert rc == 0  # the residual risk README states: a clerk-run verify trusts the files
    assert "未经签名账户的口令核对" in out
    rc, out = verify_cli(monkeypatch, capsys, anchored, user="auditor")
    assert rc == 1
    assert "密钥槽中的签名公钥与其口令保护的签名私钥不符：密钥文件被改动过（公钥被替换）" in out


def test_without_an_auditor_verify_says_so_plainly(
        opened: tuple[Register, Actor], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    register, _ = opened
    path = register.path
    register.close()
    rc, out = verify_cli(monkeypatch, capsys, path)
    assert rc == 0
    assert "本登记簿还没有审计员或系统管理员账户" in out


def test_checkpoint_command(anchored: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["checkpoint", "--register", str(anchored), "--passphrase-stdin",
                 "--user", "auditor"]) == 0
    out = capsys.readouterr().out
    assert "已签署第 2 号检查点" in out and "检查点码：" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["checkpoint", "--register", str(anchored), "--passphrase-stdin"]) == 2
    assert "只有审计员或系统管理员可以签署检查点（当前为保密员）" in capsys.readouterr().err


def test_the_signing_key_survives_a_passphrase_change(anchored: Path) -> None:
    from app.services import accounts

    reg, auditor = unlock(anchored, "auditor", PASSPHRASE)
    public = reg.keyfile.signing_public_key("auditor")
    accounts.change_passphrase(reg, auditor, old_passphrase=PASSPHRASE,
                               new_passphrase="Other-Passphrase-8")
    reg.close()
    reg, _ = unlock(anchored, "auditor", "Other-Passphrase-8")
    try:
        assert reg.signer == anchor.SignerState("auditor", public)
        with reg.read() as s:
            assert anchor.latest(s).seq == 3  # type: ignore[union-attr]
        assert verification.verify(reg).findings == []
    finally:
        reg.close()


def test_the_printed_inspection_record_carries_the_checkpoint_code(
        anchored: Path, tmp_path: Path) -> None:
    from app.services import print_forms, printing
    from tests.reports.helpers import page_texts, to_png

    reg, clerk = unlock(anchored, "clerk", PASSPHRASE)
    try:
        with reg.read() as s:
            cp = anchor.latest(s)
        assert cp is not None
        p = print_forms.inspection_record(reg)
        issued = printing.issue(reg, clerk, p.kind, level=p.level, title=p.title,
                                subject=p.subject, ref=p.ref)
        pdf = p.render(issued.meta)
    finally:
        reg.close()
    text = "".join("".join(page.split()) for page in page_texts(pdf))
    assert "审计检查点" in text
    assert "第1号检查点" in text and f"检查点码{cp.code}" in text
    to_png(pdf, "inspection-checkpoint", tmp_path)


def test_verify_checks_a_code_from_paper(anchored: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    reg, _ = unlock(anchored, "clerk", PASSPHRASE)
    with reg.read() as s:
        code = anchor.latest(s).code  # type: ignore[union-attr]
    reg.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["verify", "--register", str(anchored), "--passphrase-stdin",
                 "--code", code.lower()]) == 0
    assert f"纸面检查点码 {code}：即第 1 号检查点" in capsys.readouterr().out
    _cut_tail(anchored, checkpoints_too=True)
    kf = KeyFile.load(key_file_path(anchored))  # and the copy in the key file goes too
    kf.slots["auditor"].pop("checkpoint")
    kf.save()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["verify", "--register", str(anchored), "--passphrase-stdin",
                 "--code", code]) == 1
    out = capsys.readouterr().out
    assert f"纸面检查点码 {code} 不在本登记簿的有效检查点中" in out


def test_the_auditor_notices_a_checkpoint_deleted_from_the_table(anchored: Path) -> None:
    conn, _ = attacker_open(anchored)
    conn.execute("DROP TRIGGER trail_checkpoint_no_delete")
    conn.execute("DELETE FROM trail_checkpoint")
    conn.close()
    reg, _ = unlock(anchored, "auditor", PASSPHRASE)
    try:
        assert reg.signer is not None and reg.signer.problem is not None
        assert "第 1 号检查点已从登记簿中删除（密钥文件中仍有），未签署新检查点" in (
            reg.signer.problem)
        with reg.read() as s:
            assert anchor.latest(s) is None
            line = audit.page(s, audit.AuditFilter(action_prefix="trail.key_problem"))[0]
        assert line.actor == "auditor" and "未签署新检查点" in str(line.after)
    finally:
        reg.close()
