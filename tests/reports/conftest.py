"""A 绝密 workstation's register with one record of everything a form is printed from.

Built through the services the clerk uses (paper approvals throughout: a 绝密 workstation
asks approvers for a one-time code at the terminal).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.models.documents import ApprovalKind
from app.models.enums import Clearance, Level
from app.models.lifecycle import DestructionMethod
from app.services import dispatch, documents, media
from app.services.documents import DocumentInfo
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
from app.services.register import Actor, Register
from tests import doc_factories as f
from tests import factories

TODAY = dt.date.today()


@dataclass
class Desk:
    register: Register
    clerk: Actor
    people: dict[str, int]
    docs: dict[str, DocumentInfo]
    ids: dict[str, int] = field(default_factory=dict)  # the record of each form

    def copies(self, key: str) -> list[int]:
        return [c.id for c in documents.list_copies(self.register, self.docs[key].id)]

    def approve(self, kind: ApprovalKind, key: str | None, **kw: object) -> int:
        a = approvals.request(self.register, self.clerk, kind,  # type: ignore[arg-type]
                              document_id=self.docs[key].id if key else None, **kw)
        return approvals.record_paper_approval(
            self.register, self.clerk, a.id, approver_name="李局长", approved_on=TODAY,
            reference="海保批〔2026〕7号").id


def _top_register(path: Path) -> Iterator[Desk]:
    created = factories.new_register(path, level=Level.TOP_SECRET)
    try:
        yield build_desk(created.register, created.clerk)
    finally:
        if created.register.is_open:
            created.register.close()


def build_desk(register: Register, clerk: Actor) -> Desk:
    who = {
        "wang": ("王局长", "局领导", "局长", Clearance.CORE),
        "li": ("李副局长", "局领导", "副局长", Clearance.CORE),
        "zhao": ("赵主任", "办公室", "主任", Clearance.CORE),
        "qian": ("钱科员", "办公室", "科员", Clearance.IMPORTANT),
        "sun": ("孙干事", "办公室", "干事", Clearance.GENERAL),
    }
    people = {k: f.person(register, clerk, name, dept, clearance, post).id
              for k, (name, dept, post, clearance) in who.items()}
    docs = {
        "top": f.receive(register, clerk, level=Level.TOP_SECRET, copies=2, copy_numbers=[1, 2],
                         scope="局领导、办公室", title="关于某重要事项的绝密通报",
                         doc_number="中办发〔2026〕5号", sender="中共中央办公厅",
                         received_on=TODAY - dt.timedelta(days=1)),
        "conf": f.receive(register, clerk, level=Level.CONFIDENTIAL, copies=2,
                          copy_numbers=[7, 8], scope="办公室", copy_allowed=True,
                          title="关于机密工作部署的通知", doc_number="京海发〔2026〕21号"),
        "secret": f.receive(register, clerk, level=Level.SECRET, copies=2, copy_numbers=None,
                            scope="全体", title="关于秘密事项的函", doc_number="京海函〔2026〕8号",
                            sender="北京市海淀区国家保密局",
                            return_deadline=TODAY + dt.timedelta(days=20)),
        "leave": f.receive(register, clerk, level=Level.SECRET, copies=1, copy_numbers=None,
                           scope="全体", title="离岗前阅读的秘密文件",
                           doc_number="京海发〔2026〕30号"),
    }
    desk = Desk(register, clerk, people, docs)
    now = dt.datetime.now().astimezone()
    top1, top2 = desk.copies("top")
    conf7, conf8 = desk.copies("conf")
    sec1, sec2 = desk.copies("secret")
    (leave1,) = desk.copies("leave")

    # 传阅: 王局长 read and gave back, 李副局长 reading now
    r = circulation.hand_out(register, clerk, top1, people["wang"],
                             at=now - dt.timedelta(hours=3), late_reason="补登")
    circulation.take_back(register, clerk, top1, at=now - dt.timedelta(hours=2), late_reason="补登")
    circulation.hand_out(register, clerk, top1, people["li"],
                         at=now - dt.timedelta(hours=1), late_reason="补登")
    desk.ids["circulation"] = r.circulation_id
    # 借阅
    a = desk.approve(ApprovalKind.LOAN, "conf", person_id=people["qian"], copy_ids=[conf7],
                     reason="起草年度保密工作总结")
    desk.ids["loan"] = loans.lend(register, clerk, conf7, people["qian"], a,
                                  place="机要阅文室").id
    # 复制 (the issuer allows it; the leader approved two copies)
    a = desk.approve(ApprovalKind.COPY, "conf", person_id=people["zhao"], copy_ids=[conf8],
                     count=2, reason="供局务会议讨论使用")
    desk.ids["copy"] = copies.make_copies(register, clerk, conf8, count=2,
                                          received_by_id=people["zhao"], approval_id=a).id
    # 携带外出 of 绝密: two people
    a = desk.approve(ApprovalKind.CARRY_OUT, "top", person_id=people["zhao"], copy_ids=[top2],
                     until=TODAY + dt.timedelta(days=1), reason="赴市保密局汇报")
    desk.ids["carry_out"] = carry_out.carry_out(
        register, clerk, top2, a, carrier_id=people["zhao"], companion_id=people["wang"],
        destination="北京市海淀区国家保密局", due_on=TODAY + dt.timedelta(days=1),
        purpose="专项工作汇报").id
    # 销毁
    a = desk.approve(ApprovalKind.DESTRUCTION, "secret", copy_ids=[sec2], reason="已无保存价值")
    desk.ids["destruction"] = destruction.destroy(
        register, clerk, a, [sec2], witness_ids=[people["zhao"], people["qian"]],
        method=DestructionMethod.SHRED, place="机要室", remarks="碎纸机粉碎").id
    # 清退
    desk.ids["return"] = returns.return_to_issuer(
        register, clerk, [sec1], received_by="区保密局 周收文",
        organisation_id=docs["secret"].sender_id, remarks="按通知清退").id
    # 离岗: 孙干事 read a document, gave back her U盘, leaves
    circulation.hand_out(register, clerk, leave1, people["sun"],
                         at=now - dt.timedelta(days=1), late_reason="补登")
    circulation.take_back(register, clerk, leave1,
                          at=now - dt.timedelta(hours=20), late_reason="补登")
    media.register_medium(register, clerk, media.NewMedium(
        number="MM-U-2026-011", kind="U盘", brand_model="朗科 U185", level="秘密",
        holder="孙干事", vendor_id="0dd8", product_id="1a00", serial="NK0000000011",
        capacity="32GB"))
    media.return_medium(register, clerk, "MM-U-2026-011")
    departure.sign_off(register, clerk, people["sun"], departure_date=TODAY,
                       handed_over_to="钱科员", remarks="全部交回")
    desk.ids["departure"] = people["sun"]
    # media: one in use, one lost (an incident)
    desk.ids["medium"] = media.register_medium(register, clerk, media.NewMedium(
        number="JM-U-2026-001", kind="U盘", brand_model="闪迪 CZ430", level="机密",
        holder="王局长", vendor_id="0781", product_id="5581", serial="4C5300012301",
        capacity="64GB")).id
    media.register_medium(register, clerk, media.NewMedium(
        number="JM-U-2026-002", kind="U盘", brand_model="金士顿 DT", level="机密",
        holder="钱科员", vendor_id="0951", product_id="1666", serial="E0D55EA573F5",
        capacity="32GB"))
    desk.ids["incident"] = media.report_lost(register, clerk, "JM-U-2026-002",
                                             "会后清点时发现U盘去向不明").id
    # 发文, one envelope sent
    out = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕3号", title="关于开展保密自查自评工作的通知",
        level=Level.SECRET, issued_on=TODAY, signed_by="王局长",
        distribution=[("北京市海淀区教育委员会", 1), ("北京市海淀区卫生健康委员会", 1)],
        keep_copies=1, scope="局领导"))
    docs["out"] = out
    first = documents.list_copies(register, out.id)[0]
    dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会", copy_ids=[first.id])
    return desk


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """Shared by a module's tests: they may print (add print jobs) but change no record."""
    yield from _top_register(tmp_path_factory.mktemp("desk") / "top.mibu")


@pytest.fixture
def fresh_desk(tmp_path: Path) -> Iterator[Desk]:
    """For a test that changes records."""
    yield from _top_register(tmp_path / "top.mibu")


__all__ = ["Desk", "build_desk"]
