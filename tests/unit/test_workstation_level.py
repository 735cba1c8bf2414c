"""Nothing above the workstation's level is registered (003 第十三条): a lower-level computer may
not process higher-level information, and an item's title, 文号 and distribution are secret
themselves (000 第十一条(一)), so not even its record is written.

Each way in — receipt, a ledger import row, outgoing registration, a level change — is refused
on a lower register with the message naming the rule and nothing written; the same is accepted
on a register of that level. (Printing is refused likewise: tests/reports/test_printing_service.py;
media of another level: tests/unit/test_policy.py.)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import RuleViolation
from app.models.documents import (
    Approval,
    ApprovalKind,
    Copy,
    Document,
    NumberCounter,
    ScopeEntry,
)
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.people import Organisation
from app.services import dispatch, documents, ledgers, periods
from app.services.documents import ReceiptInput
from app.services.lifecycle import approvals
from app.services.register import Actor, Register
from app.services.tables import write_table
from tests import doc_factories as f
from tests import factories

TODAY = dt.date.today()
RULE = "（低密级计算机不得处理高密级信息；标题、文号本身即属国家秘密）"
REFUSED = "本机为机密级计算机，不能登记绝密载体" + RULE
TOP = Level.TOP_SECRET


def snapshot(register: Register) -> dict[str, Any]:
    """Everything a refused registration must leave as it was."""
    with register.read() as s:
        out: dict[str, Any] = {
            t.__tablename__: s.scalar(select(func.count()).select_from(t))
            for t in (Document, Copy, ScopeEntry, AuditEntry, Organisation)
        }
        out["numbers"] = sorted(s.execute(select(NumberCounter.year, NumberCounter.kind,
                                                 NumberCounter.last)).all())
        out["approvals"] = sorted(s.execute(select(Approval.id, Approval.status,
                                                   Approval.used_at)).all())
        out["levels"] = sorted(s.execute(select(Document.id, Document.level)).all())
        return out


def top_receipt(**kw: Any) -> ReceiptInput:
    values: dict[str, Any] = {
        "title": "关于某重要事项的绝密通报", "sender": "中共中央办公厅",
        "doc_number": "中办发〔2026〕5号", "level": TOP, "received_on": TODAY,
        "copies": 1, "copy_numbers": [7], "scope": "办公室",
    }
    values.update(kw)
    return ReceiptInput(**values)


def outgoing(level: Level | str = TOP) -> dispatch.OutgoingInput:
    return dispatch.OutgoingInput(
        doc_number="海保发〔2026〕9号", title="关于某重要事项的请示", level=level,
        issued_on=TODAY, signed_by="张局长", distribution=[("中共北京市海淀区委", 1)],
        keep_copies=1, scope="办公室")


def refused_for_level(err: pytest.ExceptionInfo[RuleViolation], message: str = REFUSED) -> None:
    assert err.value.field == "level"
    assert err.value.message == message


# -- receipt (收文) ---------------------------------------------------------------------------
def test_a_receipt_above_the_workstation_is_refused_and_nothing_is_written(
    register: Register, clerk: Actor
) -> None:
    assert register.workstation.level is Level.CONFIDENTIAL
    before = snapshot(register)
    with pytest.raises(RuleViolation) as err:
        documents.receive(register, clerk, top_receipt())
    refused_for_level(err)
    # refused before any other field: the title is not even looked at
    with pytest.raises(RuleViolation) as err:
        documents.receive(register, clerk, top_receipt(title="", copy_numbers=None))
    refused_for_level(err)
    with pytest.raises(RuleViolation) as err:
        documents.receive(register, clerk, top_receipt(level="绝密"))
    refused_for_level(err)
    assert snapshot(register) == before
    # the workstation's own level and below are registered
    assert documents.receive(register, clerk, top_receipt(level=Level.CONFIDENTIAL)).level \
        is Level.CONFIDENTIAL


def test_the_pure_check_and_the_write_both_refuse(register: Register, clerk: Actor) -> None:
    with pytest.raises(RuleViolation) as err:
        documents.check_receipt(top_receipt(), ceiling=Level.CONFIDENTIAL)
    refused_for_level(err)
    with pytest.raises(RuleViolation) as err:
        documents.check_receipt(f.receipt(), ceiling=Level.SECRET)  # 机密 on a 秘密 computer
    refused_for_level(err, "本机为秘密级计算机，不能登记机密载体" + RULE)
    # a receipt checked without the ceiling is still refused when written to this register
    checked = documents.check_receipt(top_receipt())
    before = snapshot(register)
    with pytest.raises(RuleViolation) as err, register.write() as s:
        documents.insert_received(s, clerk, checked)
    refused_for_level(err)
    assert snapshot(register) == before


@pytest.mark.workstation(TOP)
def test_a_top_secret_receipt_is_registered_on_a_top_secret_register(
    register: Register, clerk: Actor
) -> None:
    doc = documents.receive(register, clerk, top_receipt())
    assert doc.level is TOP and doc.marking.startswith("绝密")
    assert doc.internal_no == f"{TODAY.year}-收-0001"


def test_a_secret_register_refuses_a_confidential_receipt(tmp_path: Path) -> None:
    created = factories.new_register(tmp_path / "mimi.mibu", level=Level.SECRET)
    with created.register as r:
        before = snapshot(r)
        with pytest.raises(RuleViolation) as err:
            f.receive(r, created.clerk)  # 机密
        refused_for_level(err, "本机为秘密级计算机，不能登记机密载体" + RULE)
        assert snapshot(r) == before
        assert f.receive(r, created.clerk, level=Level.SECRET).level is Level.SECRET


# -- ledger import (导入收文台帐) ----------------------------------------------------------------
ROWS = [
    ["", "京海发〔2026〕1号", "通知一", "中共北京市海淀区委", "2026-01-08", "秘密", "10年", "1",
     "办公室", "", ""],
    ["", "中办发〔2026〕5号", "关于某重要事项的绝密通报", "中共中央办公厅", "2026-01-09", "绝密",
     "30年", "1（份号：7）", "办公室", "", ""],
    ["", "京海发〔2026〕2号", "通知二", "中共北京市海淀区委", "2026-01-10", "机密", "20年",
     "1（份号：3）", "办公室", "", ""],
    ["", "中办发〔2026〕6号", "", "中共中央办公厅", "2026-01-11", "绝密", "", "1", "", "", ""],
]


def test_import_rows_above_the_workstation_are_reported_by_line(
    register: Register, clerk: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.csv"
    write_table(path, ledgers.DOCUMENT_HEADER, ROWS)  # type: ignore[arg-type]
    before = snapshot(register)
    report = ledgers.import_documents(register, clerk, path)
    # line 1 is the header; the 绝密 rows are lines 3 and 5 (line 5 is refused for its level
    # before its missing title and 份号)
    assert [(e.line, e.field, e.message) for e in report.errors] == [
        (3, "level", REFUSED), (5, "level", REFUSED)]
    assert str(report.errors[0]) == f"第 3 行：{REFUSED}"
    assert report.written == 0 and snapshot(register) == before
    # only the valid rows: the 秘密 and 机密 ones
    report = ledgers.import_documents(register, clerk, path, only_valid=True)
    assert report.written == 2 and [e.line for e in report.errors] == [3, 5]
    with register.read() as s:
        assert sorted(s.scalars(select(Document.level))) == [Level.SECRET, Level.CONFIDENTIAL]


@pytest.mark.workstation(TOP)
def test_import_rows_of_top_secret_are_accepted_on_a_top_secret_register(
    register: Register, clerk: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.csv"
    write_table(path, ledgers.DOCUMENT_HEADER, ROWS[:3])  # type: ignore[arg-type]
    report = ledgers.import_documents(register, clerk, path)
    assert report.ok and report.written == 3, [str(e) for e in report.errors]
    assert documents.find_document(register, "2026-收-0002").level is TOP


# -- outgoing registration (发文登记) ---------------------------------------------------------
def test_an_outgoing_document_above_the_workstation_is_refused(
    register: Register, clerk: Actor
) -> None:
    before = snapshot(register)
    with pytest.raises(RuleViolation) as err:
        dispatch.register_outgoing(register, clerk, outgoing())
    refused_for_level(err)
    with pytest.raises(RuleViolation) as err:
        dispatch.register_outgoing(register, clerk, outgoing("绝密"))
    refused_for_level(err)
    assert snapshot(register) == before
    assert dispatch.register_outgoing(register, clerk, outgoing(Level.CONFIDENTIAL)).level \
        is Level.CONFIDENTIAL


@pytest.mark.workstation(TOP)
def test_a_top_secret_outgoing_document_is_registered_on_a_top_secret_register(
    register: Register, clerk: Actor
) -> None:
    doc = dispatch.register_outgoing(register, clerk, outgoing())
    assert doc.level is TOP and doc.internal_no == f"{TODAY.year}-发-0001"


# -- level change (密级变更) -------------------------------------------------------------------
def _paper_approval(register: Register, clerk: Actor, approval_id: int) -> None:
    approvals.record_paper_approval(register, clerk, approval_id, approver_name="李局长",
                                    approved_on=TODAY, reference="海保批〔2026〕1号")


def test_a_level_change_above_the_workstation_is_refused(
    register: Register, clerk: Actor
) -> None:
    doc = f.receive(register, clerk)  # 机密
    before = snapshot(register)
    with pytest.raises(RuleViolation) as err:
        periods.request_change(register, clerk, doc.id, new_level="绝密", reason="上级通知升密")
    refused_for_level(err, "本机为机密级计算机，不能将文件密级变更为绝密" + RULE)
    assert snapshot(register) == before  # no approval was even asked for
    # An approved change to 绝密 (as an older register may hold) is not applied either: the
    # approval stays unused and the document keeps its level.
    period = documents.Period(documents.PeriodKind.YEARS, years=30)
    asked = approvals.request(
        register, clerk, ApprovalKind.LEVEL_CHANGE, document_id=doc.id, reason="上级通知升密",
        extra={"原密级": "机密", "新密级": "绝密", "原保密期限": doc.period.label,
               "新保密期限": period.label, "level": int(TOP), "period_kind": "years",
               "period_years": 30, "period_until": None})
    _paper_approval(register, clerk, asked.id)
    before = snapshot(register)
    with pytest.raises(RuleViolation) as err:
        periods.apply_change(register, clerk, asked.id)
    refused_for_level(err, "本机为机密级计算机，不能将文件密级变更为绝密" + RULE)
    assert snapshot(register) == before
    assert approvals.get(register, asked.id).used_at is None
    assert documents.get_document(register, doc.id).level is Level.CONFIDENTIAL
    # lowering, or raising up to the workstation's level, is allowed
    secret = f.receive(register, clerk, level=Level.SECRET, copy_numbers=None)
    up = periods.request_change(register, clerk, secret.id, new_level="机密", reason="升密")
    _paper_approval(register, clerk, up.id)
    assert periods.apply_change(register, clerk, up.id).level is Level.CONFIDENTIAL


@pytest.mark.workstation(TOP)
def test_a_level_change_to_top_secret_on_a_top_secret_register(
    register: Register, clerk: Actor
) -> None:
    doc = f.receive(register, clerk)  # 机密
    asked = periods.request_change(register, clerk, doc.id, new_level="绝密",
                                   reason="上级通知升密")
    _paper_approval(register, clerk, asked.id)
    changed = periods.apply_change(register, clerk, asked.id)
    assert changed.level is TOP and changed.period.label == "20年"
