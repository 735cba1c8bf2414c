"""A register whose trail holds an entry of every action the services write.

The demo register (``mibu demo``) plus the steps it does not take, each through the same
service the clerk uses, so that the readable trail is tested on real entries.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app.devices.guard import GuardEvent
from app.devices.policy import Decision, Reason, Verdict
from app.errors import AuthError
from app.models.documents import ApprovalKind, Copy, Document
from app.models.enums import Clearance, Level
from app.models.lifecycle import DestructionMethod
from app.models.people import Person
from app.reports.catalog import FormKind
from app.services import (
    accounts,
    anchor,
    audit,
    backup,
    corrections,
    device_guard,
    documents,
    inspection_desk,
    ledgers,
    media,
    media_io,
    people,
    periods,
    print_settings,
    printing,
    trail_extract,
)
from app.services.demo import create_demo
from app.services.lifecycle import (
    approvals,
    archive,
    carry_out,
    common,
    destruction,
    loans,
    loss,
)
from app.services.lifecycle.due import DuePolicy
from app.services.register import Actor, Register, unlock
from app.services.trail import TrailFilter

PASSPHRASE = "Mibu-2026-okay!"


def _person(register: Register, name: str) -> int:
    with register.read() as s:
        return int(s.scalar(select(Person.id).where(Person.name == name)) or 0)


def _copies(register: Register, doc_number: str) -> tuple[int, list[int]]:
    with register.read() as s:
        d = s.scalar(select(Document).where(Document.doc_number == doc_number))
        assert d is not None
        return d.id, list(s.scalars(select(Copy.id).where(
            Copy.document_id == d.id, Copy.original_id.is_(None)).order_by(Copy.id)))


def _guard_event(verdict: Verdict, reason: Reason, message: str, serial: str,
                 medium: str | None) -> GuardEvent:
    return GuardEvent(
        sys_name="1-1", sys_path="/sys/devices/usb1/1-1", vendor_id=0x0781, product_id=0x5581,
        serial=serial, descriptor_hash="ab" * 32, interfaces=((8, 6, 80),),
        manufacturer="SanDisk", product="Cruzer", decision=Decision(verdict, reason, message,
                                                                    medium),
        authorized=1 if verdict is Verdict.ALLOW else 0, written=True,
        decided_at="2026-03-11T01:02:03+00:00", is_storage=True)


def build(path: Path, work: Path) -> tuple[Register, Actor]:
    """The demo register and every step it leaves out."""
    register = create_demo(path, PASSPHRASE)
    register.close()
    # the auditor: a wrong passphrase first, then the unlock that enrols the signing key and
    # signs a checkpoint (the failure reaches the trail with it)
    with contextlib.suppress(AuthError):
        unlock(path, "auditor", "Wrong-Passphrase-1")
    auditor_register, _auditor = unlock(path, "auditor", PASSPHRASE)
    auditor_register.close()
    register, clerk = unlock(path, "clerk", PASSPHRASE)
    approver, _ = "approver", None
    with register.write() as s:  # as the anchor records a key it cannot use
        anchor._key_problem(s, "auditor", _auditor.account_id, "账户 auditor 的签名公钥被替换")

    def approve(kind: ApprovalKind, doc: int | None, **kw: object) -> approvals.ApprovalInfo:
        a = approvals.request(register, clerk, kind, document_id=doc, **kw)  # type: ignore[arg-type]
        return approve_asked(a.id)

    def approve_asked(approval_id: int) -> approvals.ApprovalInfo:
        return approvals.approve_at_terminal(register, clerk, approval_id, username=approver,
                                             passphrase=PASSPHRASE)

    today = common.today()
    # accounts and settings
    accounts.set_active(register, clerk, "admin", False)
    accounts.set_active(register, clerk, "admin", True)
    accounts.unlock_account(register, clerk, "admin")
    accounts.change_passphrase(register, clerk, old_passphrase=PASSPHRASE,
                               new_passphrase=PASSPHRASE + "2")
    accounts.change_passphrase(register, clerk, old_passphrase=PASSPHRASE + "2",
                               new_passphrase=PASSPHRASE)
    register.set_idle_lock(clerk, 120)
    print_settings.set_label_stock(register, clerk, "2x7")
    common.set_policy(register, clerk, DuePolicy(circulation_days=5, loan_days=10))
    backup.backup(register, clerk, work)
    # people and documents
    people.update_person(register, clerk, _person(register, "周涛"), clearance=Clearance.GENERAL)
    doc, ids = _copies(register, "中办发〔2026〕2号")
    documents.add_copies(register, clerk, doc, copy_numbers="99")
    ledgers.export_documents(register, clerk, work / "documents.csv")
    ledgers.export_people(register, clerk, work / "people.csv")
    people_csv = work / "more_people.csv"
    people_csv.write_text("姓名,部门,职务,涉密等级,状态\n钱多多,办公室,科员,一般,在岗\n",
                          encoding="utf-8")
    ledgers.import_people(register, clerk, people_csv)
    docs_csv = work / "more_documents.csv"
    ledgers.export_documents(register, clerk, docs_csv)
    # loans: back, renewed
    for n in loans.open_loans(register):
        a = approve(ApprovalKind.LOAN, None if False else _doc_of(register, n.copy_id),
                    person_id=n.borrower_id, copy_ids=[n.copy_id])
        loans.renew(register, clerk, n.id, a.id, new_due_on=today + dt.timedelta(days=3))
        loans.return_loan(register, clerk, n.copy_id)
        break
    for o in carry_out.open_carry_outs(register):
        carry_out.bring_back(register, clerk, o.copy_id)
    # approvals refused, withdrawn, on paper; the scope widened
    doc, ids = _copies(register, "京海发〔2026〕1号")
    a = approvals.request(register, clerk, ApprovalKind.LOAN, document_id=doc,
                          person_id=_person(register, "周涛"), copy_ids=[ids[0]])
    approvals.refuse(register, clerk, a.id, approver_name="李主任")
    a = approvals.request(register, clerk, ApprovalKind.LOAN, document_id=doc,
                          person_id=_person(register, "周涛"), copy_ids=[ids[0]])
    approvals.withdraw(register, clerk, a.id)
    a = approvals.request(register, clerk, ApprovalKind.SCOPE, document_id=doc,
                          person_id=_person(register, "周涛"))
    approvals.record_paper_approval(register, clerk, a.id, approver_name="李主任",
                                    approved_on=today, reference="保批〔2026〕7号")
    approvals.widen_scope(register, clerk, a.id)
    # the copies made leave custody: their record is cleared
    with register.read() as s:
        made = list(s.scalars(select(Copy.id).where(Copy.original_id.is_not(None))))
    a = approve(ApprovalKind.DESTRUCTION, None, copy_ids=made)
    destruction.destroy(register, clerk, a.id, made, witness_ids=[
        _person(register, "陈静"), _person(register, "赵磊")], method="shred", place="机要室")
    # a level change, a declassification, an archive
    doc, ids = _copies(register, "京海保〔2026〕9号")
    a = periods.request_change(register, clerk, doc, new_level=Level.CONFIDENTIAL,
                               reason="内容涉及重要事项")
    approvals.approve_at_terminal(register, clerk, a.id, username=approver,
                                  passphrase=PASSPHRASE)
    periods.apply_change(register, clerk, a.id)
    doc, ids = _copies(register, "京海发〔2016〕12号")
    periods.confirm_declassified(register, clerk, doc)
    # corrections (更正) of a document's title and a person's department
    corrections.correct_document(register, clerk, doc, "title", "关于保密期限届满文件的通知",
                                 reason="登记时标题抄错")
    corrections.correct_person(register, clerk, _person(register, "周涛"), "department",
                               "综合科", reason="部门登记错误")
    archive.archive(register, clerk, ids[:1], file_no="2026-永久-0001")
    # media
    media.issue(register, clerk, "JM-U-2024-002", "刘红")
    media.send_for_repair(register, clerk, "JM-U-2024-001", "定点维修单位")
    media.back_from_repair(register, clerk, "JM-U-2024-001")
    media.bring_back(register, clerk, "JM-H-2023-001")
    media.raise_level(register, clerk, "MM-U-2022-004", Level.CONFIDENTIAL)
    inc = media.open_incidents(register)[0]
    media.mark_reported(register, clerk, inc.id, "区保密局")
    media_io.export_media(register, clerk, work / "media.csv")
    media_csv = work / "more_media.csv"
    media_csv.write_text((work / "media.csv").read_text(encoding="utf-8").splitlines()[0] + "\n"
                         + "JM-U-2026-101,U盘,闪迪 CZ48 32GB,0781,5583,SN2026101,机密,张保密,"
                         "在用\n", encoding="utf-8")
    media_io.import_media(register, clerk, media_csv)
    asked = media.request_approval(register, clerk, "JM-U-2026-101", ApprovalKind.DESTRUCTION,
                                   reason="损坏报废")
    media.destroy(register, clerk, "JM-U-2026-101", witnesses=["陈静", "赵磊"],
                  method=DestructionMethod.SHRED, means="保密室 碎盘机",
                  approval_id=approve_asked(asked.id).id)
    asked = media.request_approval(register, clerk, "JM-G-2024-003", ApprovalKind.COPY,
                                   reason="备份一份培训材料")
    media.copy_medium(register, clerk, "JM-G-2024-003", media.NewMedium(
        number="JM-G-2026-104", kind="光盘", brand_model="威宝 CD-R 700MB", level="机密",
        holder="张保密"), approval_id=approve_asked(asked.id).id)
    # a paper copy lost and found again
    _doc_id, lost_ids = _copies(register, "国保发〔2026〕2号")
    loss.report_lost(register, clerk, lost_ids[0], lost_on=today, where="第三会议室",
                     circumstances="会后清点时发现缺少一份")
    loss.recover(register, clerk, lost_ids[0], circumstances="在会议室柜中找到")
    # USB decisions
    sink = device_guard.audit_sink(register)
    sink(_guard_event(Verdict.ALLOW, Reason.REGISTERED, "已登记的在用介质",
                      "4C530001230101117031", "JM-U-2024-001"))
    sink(_guard_event(Verdict.REFUSE, Reason.UNREGISTERED, "未登记的存储设备，已禁止",
                      "UNKNOWN0001", None))
    # a print
    issued = printing.issue(register, clerk, FormKind.LOAN, level=Level.SECRET,
                            title="借阅登记单", subject="张建国",
                            ref=f"loan:{loans.open_loans(register)[0].id}")
    printing.record_output(register, clerk, issued.job.serial, copies=1, printer="HP-1")
    # the inspector's papers: the checklist (exported) and an extract, both printed
    cl = inspection_desk.checklist(register, clerk, dt.date(today.year, 1, 1), today)
    inspection_desk.export_csv(register, clerk, cl, work / "checklist.csv")
    for prepared in (inspection_desk.prepare_print(register, clerk, cl),
                     trail_extract.prepare(register, clerk, TrailFilter(category="借阅"),
                                           "类别：借阅")):
        printing.issue(register, clerk, prepared.kind, level=prepared.level,
                       title=prepared.title, subject=prepared.subject, ref=prepared.ref)
    _system_service_entries(register, clerk, issued.job.serial)
    # units: one typed two ways is merged, one renamed
    from app.services import organisations

    twice = people.add_organisation(register, clerk, "海淀区委办")
    kept = next(o for o in organisations.list_with_use(register)
                if o.name == "中共北京市海淀区委办公室")
    organisations.merge(register, clerk, twice.id, kept.id)
    organisations.rename(register, clerk, kept.id, "中共北京市海淀区委办公室（区委办）")
    return register, clerk


def _system_service_entries(register: Register, clerk: Actor, serial: str) -> None:
    """Entries that the real system services lead to (CUPS, USBGuard, the kernel's switches,
    a restore that replaces the file): written by the same service functions where they take
    plain values, else as those services write them. Their own tests run the real daemons."""
    from app.devices import printer
    from app.devices.usbguard import InputDevice
    from app.services import input_lock, usbguard_rules
    from app.services.device_guard import GUARD_ACTOR

    printing.record_result(register, clerk, serial, printer.JobOutcome("12", "已打印"))
    keyboard = InputDevice(0x046D, 0xC31C, "", "x" * 43 + "=", "1-2")
    input_lock.switch_on(register, clerk, present=[keyboard])
    new = InputDevice(0x046D, 0xC077, "", "y" * 43 + "=", "1-3")
    input_lock._save(register, clerk, "usb.input_lock.confirm",  # confirm() reads sysfs
                     input_lock.InputLock(True, (keyboard, new)),
                     {"confirmed": input_lock._brief(new)})
    input_lock.switch_off(register, clerk)
    usbguard_rules._audit(register, "usbguard.rules", {
        "reason": "介质 JM-U-2024-001 停用", "sha256": "ab" * 32, "rules": 5, "removed": 1,
        "appended": 0})
    usbguard_rules._audit(register, "usbguard.rules_failed", {
        "reason": "登记介质", "sha256": "cd" * 32, "error": "usbguard-daemon 无响应"})
    tampered = _guard_event(Verdict.REFUSE, Reason.UNREGISTERED, "未登记的存储设备，已禁止",
                            "UNKNOWN0002", None)
    from app.services import register as register_service

    with register.write() as s:  # as the first unlock by a newer build records its upgrade
        register_service._record_upgrade(s, register, clerk,
                                         register_service._Upgrade("0.0.9", "0005"))
    with register.write() as s:
        audit.record(s, GUARD_ACTOR, "device.tampered", "device", "0781:5581:UNKNOWN0002",
                     after={**tampered.audit_after(), "incident": 1})
        audit.record(s, clerk.username, "register.restore", "register",
                     register.workstation.register_id,
                     after={"backup": "/media/JM-U-2024-001/登记簿备份.mibu",
                            "moved_aside": ["register-before-restore-20260311-090000.mibu"]})


def _doc_of(register: Register, copy_id: int) -> int:
    with register.read() as s:
        c = s.get(Copy, copy_id)
        assert c is not None
        return c.document_id
