"""Printing: serial numbers, slip codes and the print audit (打印审计).

Every print is *issued* first: it gets a serial number for its year (``2026-印-000123``, never
reused), a slip id with its keyed code, and a ``print_job`` row, all in one transaction with
its audit entry. The form is then rendered with that identity on every page. Each time the
PDF goes to a printer or a medium, :func:`record_output` adds the copies and the destination
to the job and to the audit trail: what, level, copies, printer, who, when.

:func:`save_to_medium` writes the PDF to a registered medium instead of a printer: only a
USB medium the ledger knows, 在用 and of the workstation's level, identified by the same rules
as the USB guard's (serial, vendor/product id, descriptor hash); the audit names the medium.

:func:`print_to_printer` sends a print to a CUPS printer, but only after the scheduler's
settings say the spooled document is deleted as soon as the job ends (``PreserveJobFiles
No``): otherwise it refuses, naming the setting and the fix. The check's result goes into the
``print.output`` entry with the CUPS job number. :func:`record_result` then records how the
job ended (``print.result``: 已打印, 已取消, 打印失败 or 结果未知) once :func:`printer.follow
<app.devices.printer.follow>` has seen it end; :func:`follow_and_record` does both in one
blocking call (the GUI follows in a thread and records in its own).

A clerk can type or scan a slip's code: :func:`lookup` says whether it is genuine, what was
printed, and what the register says about that record now (the job's ``ref``: the copy is back
in store, the loan still out, ...).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.devices import mounts, printer
from app.devices.policy import DeviceFacts, LedgerEntry, Reason, decide, usable_serial
from app.errors import MibuError, NotFound, RuleViolation, ValidationError
from app.models.enums import Level, Role
from app.models.printing import PrintJob
from app.reports import slipcode
from app.reports.catalog import FormKind
from app.reports.data import PrintMeta, SlipSeal, check_text
from app.services import audit, media, print_forms
from app.services.register import Actor, Register, require_role

SERIAL_MARK = "印"
MAX_COPIES = 99
PRINT_ROLES = (Role.CLERK, Role.AUDITOR)

audit.describe_actions({"print.result": "打印结果"})


def format_serial(year: int, seq: int) -> str:
    return f"{year}-{SERIAL_MARK}-{seq:06d}"


@dataclass(frozen=True)
class PrintJobInfo:
    id: int
    serial: str
    slip_id: str
    code: str  # the short code printed on the slip
    kind: FormKind
    title: str
    subject: str
    level: Level
    ref: str | None
    copies: int
    printer: str | None
    actor: str
    created_at: str
    output_at: str | None

    @property
    def created_local(self) -> str:
        return _local(self.created_at)


@dataclass(frozen=True)
class IssuedPrint:
    """A print ready to render: ``meta`` goes to the form's render function."""

    job: PrintJobInfo
    meta: PrintMeta


@dataclass(frozen=True)
class SavedPrint:
    """A print written to a registered medium."""

    job: PrintJobInfo
    medium: str  # the medium's number in the ledger
    path: str  # where the file is, as the clerk chose the folder


@dataclass(frozen=True)
class SlipLookup:
    genuine: bool
    message: str
    job: PrintJobInfo | None = None
    now: str = ""  # what the register says today about the record the slip shows


def _local(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _key(register: Register) -> bytes:
    return register.derive_key(slipcode.KEY_PURPOSE)


def _info(register: Register, row: PrintJob) -> PrintJobInfo:
    return PrintJobInfo(
        id=row.id, serial=row.serial, slip_id=row.slip_id,
        code=slipcode.short_code(_key(register), row.slip_id), kind=FormKind(row.kind),
        title=row.title, subject=row.subject, level=Level(row.level), ref=row.ref,
        copies=row.copies, printer=row.printer, actor=row.actor, created_at=row.created_at,
        output_at=row.output_at,
    )


def _next_seq(s: Session, year: int) -> int:
    last = s.execute(select(func.max(PrintJob.seq)).where(PrintJob.year == year)).scalar()
    return int(last or 0) + 1


def issue(
    register: Register,
    actor: Actor,
    kind: FormKind,
    *,
    level: Level,
    title: str,
    subject: str = "",
    ref: str | None = None,
    now: dt.datetime | None = None,
) -> IssuedPrint:
    """Allocate the serial number and slip id of a new print and record it."""
    require_role(actor, *PRINT_ROLES)
    kind = FormKind(kind)
    check_text(title, "title", "打印内容", max_len=200, required=True)
    check_text(subject, "subject", "打印对象", max_len=200)
    if ref is not None:
        check_text(ref, "ref", "登记记录", max_len=64)
    ws_level = register.workstation.level
    if level > ws_level:
        raise RuleViolation(
            f"本机为{ws_level.label}级计算机，不能打印{level.label}级内容"
            "（低密级计算机不得处理高密级信息）",
            field="level",
        )
    now = now or dt.datetime.now().astimezone()
    key = _key(register)
    with register.write() as s:
        seq = _next_seq(s, now.year)
        serial = format_serial(now.year, seq)
        slip_id = slipcode.new_slip_id()
        while s.execute(select(PrintJob.id).where(PrintJob.slip_id == slip_id)).first():
            slip_id = slipcode.new_slip_id()  # pragma: no cover  (40 random bits)
        row = PrintJob(
            serial=serial, year=now.year, seq=seq, slip_id=slip_id, kind=kind.value,
            title=title, subject=subject, level=int(level), ref=ref, copies=0, printer=None,
            actor=actor.username, created_at=audit.now_iso(), output_at=None,
        )
        s.add(row)
        s.flush()
        audit.record(
            s, actor.username, "print.issue", "print_job", serial,
            after={"kind": kind.label, "level": level.label, "title": title,
                   "subject": subject, "slip_id": slip_id, "ref": ref},
        )
        info = _info(register, row)
    seal: SlipSeal = slipcode.seal(key, kind.value, serial, level, slip_id)
    meta = PrintMeta(register.workstation.unit_name, serial, now.replace(tzinfo=None),
                     actor.display_name[:32], seal)
    return IssuedPrint(info, meta)


#: What a preview shows where a print's serial goes: a preview allocates none.
PREVIEW_SERIAL = "预览（未编号，打印或保存时编号）"


def preview_meta(register: Register, actor: Actor, now: dt.datetime | None = None
                 ) -> PrintMeta:
    """The chrome of a preview: no serial is allocated and nothing is recorded (only printing
    or saving issues a serial); no slip code either, so a preview is never a valid slip."""
    require_role(actor, *PRINT_ROLES)
    now = now or dt.datetime.now().astimezone()
    return PrintMeta(register.workstation.unit_name, PREVIEW_SERIAL, now.replace(tzinfo=None),
                     actor.display_name[:32], None)


def _check_copies(copies: int) -> None:
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise ValidationError(f"打印份数须为 1 至 {MAX_COPIES}", field="copies")


def check_printing(copies: int, check: Callable[[], printer.SpoolerCheck] | None = None
                   ) -> printer.SpoolerCheck:
    """What :func:`print_to_printer` refuses before sending, checked before a serial is
    issued: a refused print uses up no serial. The spooler's verdict."""
    _check_copies(copies)
    verdict = (check or printer.check_spooler)()
    if not verdict.ok:
        raise RuleViolation(verdict.message, field="printer")
    return verdict


def _open_folder(where: str) -> int:
    """A descriptor of the folder to save into (what is checked and written is that folder,
    even if its path is changed meanwhile)."""
    try:
        return os.open(where, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise ValidationError(f"无法打开文件夹“{where[:80]}”：{exc.strerror}",
                              field="directory") from exc


def check_saving(register: Register, directory: os.PathLike[str] | str, level: Level, *,
                 medium_of: MediumLookup | None = None) -> str:
    """What :func:`save_to_medium` refuses about the folder, checked before a serial is
    issued; returns the medium's number. (save_to_medium checks again as it writes.)"""
    where = os.fspath(directory)
    lookup = medium_of or _facts_on_device
    dir_fd = _open_folder(where)
    try:
        return medium_for_saving(register, lookup(os.fstat(dir_fd).st_dev), where, level)
    finally:
        os.close(dir_fd)


def record_output(
    register: Register, actor: Actor, serial: str, *, copies: int, printer: str,
    details: Mapping[str, str] | None = None,
) -> PrintJobInfo:
    """The PDF went to ``printer`` (a printer's name, or a registered medium): record it.

    ``details`` (the CUPS job, the spooler check) are added to the audit entry."""
    require_role(actor, *PRINT_ROLES)
    _check_copies(copies)
    check_text(printer, "printer", "打印机", max_len=128, required=True)
    with register.write() as s:
        row = s.execute(select(PrintJob).where(PrintJob.serial == serial)).scalar_one_or_none()
        if row is None:
            raise NotFound(f"没有打印编号为 {serial[:32]} 的打印记录", field="serial")
        before = {"copies": row.copies, "printer": row.printer}
        row.copies += copies
        row.printer = printer
        row.output_at = audit.now_iso()
        audit.record(
            s, actor.username, "print.output", "print_job", serial, before=before,
            after={"copies": row.copies, "printer": printer, "added": copies,
                   "kind": FormKind(row.kind).label, "level": Level(row.level).label,
                   **(details or {})},
        )
        return _info(register, row)


def job_title(serial: str) -> str:
    """The CUPS job title: CUPS logs and keeps job titles, so the serial's digits only, never a
    document title or a Chinese word (``mibu-2026---000123``)."""
    return "mibu-" + "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in serial)


@dataclass(frozen=True)
class Submitted:
    """A print handed to CUPS: the job as recorded, CUPS' job id, the spooler check."""

    job: PrintJobInfo
    cups_job: str
    check: str


def print_to_printer(
    register: Register,
    actor: Actor,
    serial: str,
    pdf: bytes,
    *,
    printer_name: str,
    copies: int,
    check: Callable[[], printer.SpoolerCheck] | None = None,
) -> Submitted:
    """Send an issued print to a CUPS printer and record it (打印审计).

    Refused, with nothing sent and nothing recorded, when the scheduler would keep the
    document after printing (``PreserveJobFiles`` not No, or its settings unreadable).
    """
    require_role(actor, *PRINT_ROLES)
    job(register, serial)  # NotFound before anything is sent
    # Checked again at sending, even after check_printing: the spooler's settings may have
    # changed since the serial was issued.
    verdict = check_printing(copies, check)
    cups_job = printer.send(pdf, printer=printer_name, copies=copies, job_title=job_title(serial))
    info = record_output(register, actor, serial, copies=copies, printer=printer_name,
                         details={"打印任务": cups_job, "打印前检查": verdict.summary(),
                                  "状态": "已提交，等待打印结果"})
    return Submitted(info, cups_job, verdict.summary())


def record_result(register: Register, actor: Actor, serial: str,
                  outcome: printer.JobOutcome) -> None:
    """How the CUPS job of a print ended: 已打印, or the failure (``print.result``)."""
    with register.write() as s:
        row = s.execute(select(PrintJob).where(PrintJob.serial == serial)).scalar_one_or_none()
        if row is None:
            raise NotFound(f"没有打印编号为 {serial[:32]} 的打印记录", field="serial")
        after = {"结果": outcome.state, "打印任务": outcome.job, "打印机": row.printer or ""}
        if outcome.detail:
            after["说明"] = outcome.detail[:200]
        audit.record(s, actor.username, "print.result", "print_job", serial, after=after)


def follow_and_record(register: Register, actor: Actor, submitted: Submitted,
                      follow: Callable[[str], printer.JobOutcome] | None = None
                      ) -> printer.JobOutcome:
    """Wait until CUPS has finished the job, then record how (blocking; headless use)."""
    outcome = (follow or printer.follow)(submitted.cups_job)
    record_result(register, actor, submitted.job.serial, outcome)
    return outcome


def result(register: Register, serial: str) -> str | None:
    """The last recorded outcome of the print's CUPS job (已打印, 打印失败：…), if any."""
    with register.read() as s:
        lines = [ln for ln in audit.history(s, "print_job", serial)
                 if ln.action == "print.result"]
    if not lines or lines[-1].after is None:
        return None
    after = lines[-1].after
    detail = after.get("说明")
    return str(after.get("结果", "")) + (f"：{detail}" if detail else "")


#: The USB device behind a block device (``st_dev``), as the guard would judge it; None when
#: the device is not a USB device.
MediumLookup = Callable[[int], DeviceFacts | None]

SAVE_ONLY_TO = "只能保存到本机已登记的同密级涉密介质："


def _facts_on_device(dev: int) -> DeviceFacts | None:
    found = mounts.medium_of_device(dev)
    return found.facts if found is not None else None


def medium_for_saving(register: Register, facts: DeviceFacts | None, where: str,
                      level: Level) -> str:
    """The number of the medium a print of ``level`` may be saved to; RuleViolation if none.

    The guard's own decision decides (registered, same serial and vendor/product id, same
    descriptor hash if recorded, 在用, exactly the workstation's level), with equipment (设备)
    left out of the ledger: a USB key or a printer registered as equipment is not a medium.
    """
    if facts is None:
        raise RuleViolation(
            f"{SAVE_ONLY_TO}所选文件夹“{where[:80]}”不在 USB 移动存储介质上，"
            "不是已登记的移动存储介质", field="directory")
    entries = media.guard_entries(register, facts.vendor_id, facts.product_id, facts.serial)
    storage = [e for e in entries if not e.is_equipment]
    decision = decide(facts, storage, register.workstation.level)
    if decision.reason is Reason.UNREGISTERED:
        serial = usable_serial(facts.serial)
        equipment = next((e for e in entries if e.is_equipment and e.serial == serial), None)
        if equipment is not None:
            raise RuleViolation(
                f"{SAVE_ONLY_TO}此设备在台帐中登记为设备（{equipment.number}），"
                "不是移动存储介质", field="directory")
    if not decision.allowed:
        raise RuleViolation(SAVE_ONLY_TO + decision.message, field="directory")
    entry: LedgerEntry | None = next((e for e in storage if e.number == decision.medium_number),
                                     None)
    if decision.reason is not Reason.REGISTERED or entry is None:
        raise RuleViolation(f"{SAVE_ONLY_TO}此设备不是移动存储介质", field="directory")
    if level > entry.level:  # pragma: no cover  (a print is never above the workstation)
        raise RuleViolation(
            f"{SAVE_ONLY_TO}介质 {entry.number} 的密级（{entry.level.label}）低于打印内容的密级"
            f"（{level.label}）", field="directory")
    return entry.number


def file_name(info: PrintJobInfo) -> str:
    """``2026-印-000123-loan.pdf``: the serial and the form, never the title (titles are secret)."""
    return f"{info.serial}-{info.kind.value}.pdf"


def _write_file(dir_fd: int, name: str, pdf: bytes) -> None:
    """Write ``name`` (mode 0600) under a temporary name, flush it to the medium, rename it."""
    temp = f".{name}.{secrets.token_hex(6)}.part"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(temp, flags, 0o600, dir_fd=dir_fd)
    try:
        try:
            view = memoryview(pdf)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        _remove(dir_fd, temp)
        raise
    try:
        os.fsync(dir_fd)  # the rename reaches the stick before it is unplugged
    except OSError:  # pragma: no cover  (some filesystems cannot sync a directory)
        pass


def _exists(dir_fd: int, name: str) -> bool:
    try:
        os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True


def _remove(dir_fd: int, name: str) -> None:
    try:
        os.unlink(name, dir_fd=dir_fd)
    except FileNotFoundError:
        pass


def save_to_medium(
    register: Register,
    actor: Actor,
    serial: str,
    pdf: bytes,
    directory: os.PathLike[str] | str,
    *,
    medium_of: MediumLookup | None = None,
) -> SavedPrint:
    """Write the print's PDF into ``directory`` on a registered medium, and record it.

    Refused (nothing written, nothing recorded) unless the folder is on a USB medium the
    ledger has registered, 在用, at the workstation's level. The folder is opened once and
    both checked and written through that handle, so it cannot be swapped in between. If
    recording fails after writing, the file is removed.
    """
    require_role(actor, *PRINT_ROLES)
    info = job(register, serial)
    if not isinstance(pdf, bytes | bytearray) or not pdf.startswith(b"%PDF"):
        raise ValidationError("没有可保存的 PDF", field="pdf")
    where = os.fspath(directory)
    lookup = medium_of or _facts_on_device
    dir_fd = _open_folder(where)
    try:
        number = medium_for_saving(register, lookup(os.fstat(dir_fd).st_dev), where,
                                   info.level)
        name = file_name(info)
        if _exists(dir_fd, name):
            raise RuleViolation(f"介质 {number} 的此文件夹中已有 {name}：这份打印件已保存过",
                                field="directory")
        try:
            _write_file(dir_fd, name, bytes(pdf))
        except OSError as exc:
            raise MibuError(f"写入介质 {number} 失败（未保存）：{exc.strerror or exc}",
                            field="directory") from exc
        try:
            done = record_output(register, actor, serial, copies=1, printer=f"介质 {number}")
        except BaseException:
            _remove(dir_fd, name)
            raise
    finally:
        os.close(dir_fd)
    return SavedPrint(done, number, os.path.join(where, name))


def print_document(
    register: Register,
    actor: Actor,
    kind: FormKind,
    *,
    level: Level,
    title: str,
    render: Callable[[PrintMeta], bytes],
    copies: int,
    printer: str,
    subject: str = "",
    ref: str | None = None,
) -> tuple[PrintJobInfo, bytes]:
    """Issue, render and record in one go (for headless printing and ``print-samples``)."""
    issued = issue(register, actor, kind, level=level, title=title, subject=subject, ref=ref)
    pdf = render(issued.meta)
    job = record_output(register, actor, issued.job.serial, copies=copies, printer=printer)
    return job, pdf


def job(register: Register, serial: str) -> PrintJobInfo:
    with register.read() as s:
        row = s.execute(select(PrintJob).where(PrintJob.serial == serial)).scalar_one_or_none()
        if row is None:
            raise NotFound(f"没有打印编号为 {serial[:32]} 的打印记录", field="serial")
        return _info(register, row)


def jobs(register: Register, *, year: int | None = None, limit: int = 200
         ) -> list[PrintJobInfo]:
    """Newest first."""
    stmt = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
    if year is not None:
        stmt = stmt.where(PrintJob.year == year)
    with register.read() as s:
        return [_info(register, r) for r in s.execute(stmt).scalars()]


def lookup(register: Register, text: str) -> SlipLookup:
    """Is this typed or scanned slip code genuine, and what does the register say about it?"""
    verdict = slipcode.verify(text, _key(register))
    if not verdict.genuine:
        return SlipLookup(False, verdict.message)
    with register.read() as s:
        row = s.execute(
            select(PrintJob).where(PrintJob.slip_id == verdict.slip_id)
        ).scalar_one_or_none()
        info = _info(register, row) if row is not None else None
    if info is None:
        return SlipLookup(False, "单据码校验通过，但登记簿中没有这张单据的打印记录：请核查来源")
    if verdict.serial is not None and (
        verdict.serial != info.serial or verdict.kind != info.kind.value
        or verdict.level != info.level
    ):  # pragma: no cover  (a genuine MAC over fields the register disagrees with)
        return SlipLookup(False, "二维码内容与登记簿记录不一致：请核查", info)
    printed = (f"已输出 {info.copies} 份（{info.printer}）" if info.copies else "尚未输出")
    now = print_forms.register_says(register, info.ref)
    message = (
        f"真实有效：{info.kind.label}，打印编号 {info.serial}，密级 {info.level.label}；"
        f"{info.created_local} 由 {info.actor} 签发；内容：{info.title}"
        + (f"；对象：{info.subject}" if info.subject else "")
        + f"；{printed}"
        + (f"。登记簿现状：{now}" if now else "")
    )
    return SlipLookup(True, message, info, now)
