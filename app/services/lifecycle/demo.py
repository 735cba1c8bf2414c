"""Demo activity for the life of items: circulations, loans (one overdue), approvals, an
excerpt and an approved copy, a carry-out, a destruction, a return to the issuer, a
departure signed off and a monthly count, all through the services (so that every printed
form has a record to be filled from).

Runs after the register's demo data (people and received documents) exists.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.models.documents import ApprovalKind, Copy, Document
from app.models.lifecycle import DestructionMethod, StocktakeKind
from app.models.people import Organisation, Person
from app.services.lifecycle import (
    approvals,
    carry_out,
    circulation,
    copies,
    departure,
    destruction,
    loans,
    returns,
)
from app.services.lifecycle.approvals import ApprovalInfo
from app.services.register import Actor, Register

APPROVER = "approver"


def _doc(register: Register, doc_number: str) -> tuple[int, list[int]]:
    with register.read() as s:
        d = s.scalar(select(Document).where(Document.doc_number == doc_number))
        if d is None:
            raise LookupError(doc_number)
        ids = list(s.scalars(select(Copy.id).where(Copy.document_id == d.id,
                                                   Copy.original_id.is_(None))
                             .order_by(Copy.copy_no, Copy.id)))
        return d.id, ids


def _person(register: Register, name: str) -> int:
    with register.read() as s:
        pid = s.scalar(select(Person.id).where(Person.name == name))
        if pid is None:
            raise LookupError(name)
        return int(pid)


def _organisation(register: Register, name: str) -> int:
    with register.read() as s:
        oid = s.scalar(select(Organisation.id).where(Organisation.name == name))
        if oid is None:
            raise LookupError(name)
        return int(oid)


#: The demo's past events are entered now, i.e. late (补登), with this reason.
LATE = "演示数据：按过去的时间补登"


def fill(register: Register, clerk: Actor, passphrase: str) -> None:
    now = dt.datetime.now().astimezone()
    today = now.date()

    def approve(kind: ApprovalKind, doc: int | None, **kw: object) -> ApprovalInfo:
        a = approvals.request(register, clerk, kind, document_id=doc, **kw)  # type: ignore[arg-type]
        return approvals.approve_at_terminal(register, clerk, a.id, username=APPROVER,
                                             passphrase=passphrase)

    def out(copy_id: int, reader_id: int, ago: dt.timedelta) -> None:
        circulation.hand_out(register, clerk, copy_id, reader_id, at=now - ago, late_reason=LATE)

    def back(copy_id: int, ago: dt.timedelta) -> None:
        circulation.take_back(register, clerk, copy_id, at=now - ago, late_reason=LATE)

    p = {name: _person(register, name) for name in
         ("张建国", "李红梅", "王志强", "陈静", "赵磊", "孙丽", "周涛", "吴敏", "刘洋")}

    # 离岗: 刘洋 reads a document, hands it back (his U盘 was handed back already), leaves.
    doc, ids = _doc(register, "京海发〔2016〕12号")
    out(ids[1], p["刘洋"], dt.timedelta(days=2))
    back(ids[1], dt.timedelta(days=2, hours=-2))
    circulation.finish(register, clerk, ids[1])
    departure.sign_off(register, clerk, p["刘洋"], departure_date=today,
                       handed_over_to="何伟", remarks="所阅文件、所用U盘已全部交回")

    # 传阅: one copy out for three days; a round with one reader done and one reading now.
    doc, ids = _doc(register, "京海发〔2026〕1号")
    out(ids[0], p["陈静"], dt.timedelta(days=3))
    doc, ids = _doc(register, "中办发〔2026〕31号")
    out(ids[0], p["张建国"], dt.timedelta(hours=3))
    back(ids[0], dt.timedelta(hours=2))
    out(ids[0], p["李红梅"], dt.timedelta(hours=1))

    # 借阅: one on time, one overdue.
    doc, ids = _doc(register, "中办发〔2026〕2号")
    a = approve(ApprovalKind.LOAN, doc, person_id=p["张建国"], copy_ids=[ids[0]],
                reason="研究部署工作")
    loans.lend(register, clerk, ids[0], p["张建国"], a.id, place="机要阅文室")
    doc, ids = _doc(register, "京海办字〔2026〕18号")
    a = approve(ApprovalKind.LOAN, doc, person_id=p["孙丽"], copy_ids=[ids[0]],
                reason="年度审查")
    loans.lend(register, clerk, ids[0], p["孙丽"], a.id, place="人事科",
               at=now - dt.timedelta(days=6), late_reason=LATE)

    # 摘抄 of a 机密 document, approved by the leader, registered in the copy register.
    doc, ids = _doc(register, "海教发〔2026〕11号")
    a = approve(ApprovalKind.EXCERPT, doc, copy_ids=[ids[0]], count=1,
                reason="起草全区考试保密工作方案参考")
    copies.make_copies(register, clerk, ids[0], count=1, received_by_id=p["王志强"],
                       kind=copies.CopyKind.EXCERPT, approval_id=a.id)
    # 复制 of a 秘密 document whose issuer allows copying, approved by the leader.
    doc, ids = _doc(register, "京海发〔2026〕1号")
    a = approve(ApprovalKind.COPY, doc, person_id=p["赵磊"], copy_ids=[ids[1]], count=2,
                reason="全局保密自查工作部署会议使用，会后清退")
    copies.make_copies(register, clerk, ids[1], count=2, received_by_id=p["赵磊"],
                       approval_id=a.id)

    # 携带外出 to a meeting, due back tomorrow.
    doc, ids = _doc(register, "京海保〔2026〕9号")
    a = approve(ApprovalKind.CARRY_OUT, doc, person_id=p["陈静"], copy_ids=[ids[1]],
                until=today + dt.timedelta(days=1), reason="参加区保密局检查通报会")
    carry_out.carry_out(register, clerk, ids[1], a.id, carrier_id=p["陈静"],
                        companion_id=p["赵磊"], destination="北京市海淀区国家保密局",
                        due_on=today + dt.timedelta(days=1), purpose="检查通报会")

    # 销毁: the older 机密 document's second copy, two witnesses, shredded on site.
    doc, ids = _doc(register, "中办发〔2016〕5号")
    a = approve(ApprovalKind.DESTRUCTION, doc, copy_ids=[ids[1]], reason="保密期限届满前清理")
    destruction.destroy(register, clerk, a.id, [ids[1]], witness_ids=[p["陈静"], p["赵磊"]],
                        method=DestructionMethod.SHRED, place="机要室")

    # 清退: the older 机密 document's first copy goes back to the 中央办公厅.
    doc, ids = _doc(register, "中办发〔2016〕5号")
    returns.return_to_issuer(register, clerk, [ids[0]], received_by="中办机要局 王文",
                             organisation_id=_organisation(register, "中共中央办公厅"),
                             remarks="按发文机关通知清退")

    # Waiting for a leader: a loan and a copy request.
    doc, ids = _doc(register, "国保函〔2026〕45号")
    approvals.request(register, clerk, ApprovalKind.LOAN, document_id=doc,
                      person_id=p["吴敏"], copy_ids=[ids[0]], reason="分级保护测评准备")
    doc, ids = _doc(register, "京海发〔2016〕12号")
    approvals.request(register, clerk, ApprovalKind.COPY, document_id=doc, copy_ids=[ids[0]],
                      count=2, reason="责任制落实检查需要")

    # This month's count.
    with register.read() as s:
        held = returns.held_count_s(s)
    returns.record_stocktake(register, clerk, StocktakeKind.MONTHLY_COUNT, found=held)
