"""The readable trail: an entry of every kind the services write reads without English keys,
null/None, raw ids or JSON; the filters find what the inspector asks for.

That every action has words and a category is tests/unit/test_audit_labels.py."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.devices import policy
from app.models.documents import Copy, Document
from app.models.foundation import AuditEntry
from app.services import audit, trail
from app.services.register import Actor, Register
from tests import trail_register
from tests.unit.test_audit_labels import recorded_actions


# -- every kind of entry, rendered --------------------------------------------------------------
@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Register, Actor]]:
    from app.models import keyfile

    keyfile.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                           "parallelism": 1}
    work = tmp_path_factory.mktemp("trail")
    register, clerk = trail_register.build(work / "register.mibu", work)
    yield register, clerk
    register.close()


def _english_keys(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            if re.fullmatch(r"[a-z_]+", k):
                yield k
            yield from _english_keys(v)
    elif isinstance(value, list):
        for v in value:
            yield from _english_keys(v)


#: Fields whose value is a count or a number people use, not an id.
NUMBERS = ("份数", "份号", "新增份号", "清点数", "登记数", "行数", "导入", "错误", "页数", "数量",
           "留存", "锁屏时间（秒）", "传阅期限（天）", "借阅期限（天）", "本次份数", "厂商号",
           "产品号", "续借次数", "打印任务", "事件编号", "序号", "合并的分发行",
           "改为本单位的发文封", "改为本单位的收文")


def assert_readable(text: str, english: set[str]) -> None:
    for bad in ("null", "None", "{", "}", "[", "]", '"', "true", "false"):
        assert bad not in text, (bad, text)
    for key in english:
        assert not re.search(rf"(?<![A-Za-z0-9]){re.escape(key)}(?![A-Za-z0-9])", text), (
            key, text)
    assert not re.search(r"载体\d", text), text
    assert "已不存在" not in text, text  # every id named something
    assert not re.search(r"\b(copy|document|medium|approval|print_job|person) ?\d", text), text
    for line in text.splitlines():
        m = re.match(r"^([^：]+)：(\d+)$", line)
        if m:
            name = m.group(1)
            assert name not in trail.ID_FIELDS, line
            assert name in NUMBERS or name.endswith(("数", "（秒）", "（天）")), line


def test_every_kind_of_entry_reads_in_chinese(full: tuple[Register, Actor]) -> None:
    register, _ = full
    with register.read() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        lines = [audit.AuditLine.of(e) for e in entries]
        english = {k for e in lines for v in (e.before, e.after) for k in _english_keys(v)}
        english -= {"usb", "pdf"}
        readable = trail.readable(s, lines)
    seen = {t.action for t in readable}
    # every action is in this register, except the lock the GUI's controller writes and a
    # ledger import of documents (whose receipts read like any other)
    missing = sorted(recorded_actions() - seen)
    assert set(missing) <= {"session.lock", "document.import", "ledger.import_documents"}, (
        missing)
    for t in readable:
        text = "\n".join((t.actor, t.label, t.category, t.subject, *t.changes))
        assert_readable(text, english)
        assert t.category in trail.CATEGORIES
        assert t.label != t.action


def test_a_copy_lends_reads_like_the_register(full: tuple[Register, Actor]) -> None:
    register, _ = full
    with register.read() as s:
        line = next(t for t in trail.page(s, trail.TrailFilter(category="借阅"), limit=500)
                    if t.action == "copy.lend")
    assert line.label == "借出" and line.category == "借阅"
    assert "状态：在库 → 借出" in line.changes
    assert any(c.startswith("借阅人：") and "（" in c for c in line.changes)
    assert any(c.startswith("审批：借阅审批（") for c in line.changes)
    assert re.fullmatch(r"\d{4}-收-\d{4}(?: 第\d+份|（[A-Z0-9-]+）)", line.subject)


def test_filters(full: tuple[Register, Actor]) -> None:
    register, _ = full
    with register.read() as s:
        copy, doc = s.execute(select(Copy, Document).join(Document).where(
            Document.doc_number == "中办发〔2026〕2号", Copy.copy_no.is_not(None))
            .order_by(Copy.id)).first()  # type: ignore[misc]
        code = f"{doc.internal_no}/{copy.copy_no}"
        about = trail.page(s, trail.TrailFilter(item=code), limit=500)
        assert {t.action for t in about} >= {"document.receive", "copy.lend", "approval.use"}
        label = f"{doc.internal_no} 第{copy.copy_no}份"
        for t in about:
            assert t.subject in (label, doc.internal_no) or "审批" in t.subject, t.subject
        lend = trail.page(s, trail.TrailFilter(item=code, category="借阅"), limit=500)
        assert lend and all(t.category == "借阅" for t in lend)
        assert trail.count(s, trail.TrailFilter(item=copy.code)) == len(about)
        assert trail.count(s, trail.TrailFilter(item="2099-收-9999")) == 0
        # text: an action's Chinese name, a person's name, a medium number
        for word in ("借出", "借阅"):
            found = trail.page(s, trail.TrailFilter(text=word), limit=1000)
            assert any(t.action == "copy.lend" for t in found)
            assert all(word in t.text or word in json.dumps(t.changes, ensure_ascii=False)
                       or t.category == word for t in found), word
        zhang = trail.page(s, trail.TrailFilter(person="张建国"), limit=1000)
        assert any(t.action == "copy.lend" for t in zhang)
        assert all("张建国" in t.text for t in zhang)
        usb = trail.page(s, trail.TrailFilter(category="USB"), limit=100)
        assert {"device.allow", "device.refuse", "device.tampered", "usbguard.rules",
                "usb.input_lock.on"} <= {t.action for t in usb}
        medium = trail.page(s, trail.TrailFilter(item="JM-U-2024-001"), limit=100)
        assert {"media.register", "media.repair", "device.allow"} <= {t.action for t in medium}


def test_names_the_guard_and_unknown_things(full: tuple[Register, Actor]) -> None:
    register, _ = full
    with register.read() as s:
        usb = trail.page(s, trail.TrailFilter(category="USB"), limit=10)
    refused = next(t for t in usb if t.action == "device.refuse")
    assert refused.actor == "USB 防护"
    assert "结论：禁止" in refused.changes
    assert refused.subject.startswith("USB 设备 0781:5581")
    assert policy.Verdict.REFUSE.value not in "".join(refused.changes)
