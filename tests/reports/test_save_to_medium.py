"""Saving a print to a registered medium: only there, mode 0600, audited; refused otherwise.

The USB device behind the folder is injected (``medium_of``): the folders are tmp dirs.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.devices.policy import CLASS_HID, CLASS_MASS_STORAGE, DeviceFacts
from app.errors import PermissionDenied, RuleViolation
from app.models.enums import Level, Role
from app.models.foundation import AuditEntry
from app.models.printing import PrintJob
from app.reports.catalog import FormKind
from app.services import audit, media, printing
from app.services.register import Actor, Register
from tests import factories
from tests.factories import media_holders

SERIAL = "4C530001230101117031"
PDF = b"%PDF-1.4\n% a print\n%%EOF\n"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """The folder the clerk chose, "on the stick" (the register is elsewhere in tmp_path)."""
    folder = tmp_path / "STICK"
    folder.mkdir()
    return folder


def _stick(serial: str | None = SERIAL, pid: int = 0x5581,
           interfaces: tuple[tuple[int, int, int], ...] = ((CLASS_MASS_STORAGE, 6, 0x50),)
           ) -> DeviceFacts:
    return DeviceFacts(sys_name="1-3", vendor_id=0x0781, product_id=pid, serial=serial,
                       descriptor_hash="ab" * 32, device_class=0, interfaces=interfaces)


def _on(facts: DeviceFacts | None) -> printing.MediumLookup:
    return lambda _dev: facts


def _register_medium(register: Register, clerk: Actor, *, number: str = "JM-U-2026-001",
                     level: str = "机密", kind: str = "U盘", serial: str = SERIAL) -> None:
    media_holders(register, clerk)
    media.register_medium(register, clerk, media.NewMedium(
        number=number, kind=kind, brand_model="闪迪 CZ430", level=level, holder="王局长",
        vendor_id="0781", product_id="5581", serial=serial, capacity="64GB"))


def _issue(register: Register, clerk: Actor) -> printing.IssuedPrint:
    return printing.issue(register, clerk, FormKind.LOAN, level=Level.SECRET,
                          title="借阅单：关于机密工作部署的通知")


def _state(register: Register, serial: str) -> tuple[int, int]:
    """(copies output so far, audit entries) — neither may change on a refusal."""
    with register.read() as s:
        copies = s.execute(select(PrintJob.copies).where(PrintJob.serial == serial)).scalar_one()
        entries = s.execute(select(func.count(AuditEntry.id))).scalar_one()
    return int(copies), int(entries)


def test_saved_to_the_registered_medium_0600_and_audited(
    register: Register, clerk: Actor, stick: Path
) -> None:
    _register_medium(register, clerk)
    serial = _issue(register, clerk).job.serial
    temp_before = set(os.listdir(tempfile.gettempdir()))
    saved = printing.save_to_medium(register, clerk, serial, PDF, stick,
                                    medium_of=_on(_stick()))
    target = stick / f"{serial}-loan.pdf"
    assert saved.medium == "JM-U-2026-001"
    assert saved.path == str(target)
    assert target.read_bytes() == PDF
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(stick) == [target.name]  # no temporary file left beside it
    assert "借阅单" not in target.name  # never the title
    assert set(os.listdir(tempfile.gettempdir())) - temp_before == set()
    assert (saved.job.copies, saved.job.printer) == (1, "介质 JM-U-2026-001")
    assert printing.job(register, serial).printer == "介质 JM-U-2026-001"
    with register.read() as s:
        lines = list(audit.history(s, "print_job", serial))
    assert [ln.action for ln in lines] == ["print.issue", "print.output"]
    assert lines[1].actor == clerk.username
    assert lines[1].after == {"copies": 1, "printer": "介质 JM-U-2026-001", "added": 1,
                              "kind": "借阅单", "level": "秘密"}


REFUSALS = {
    "not_usb": (None, "不在 USB 移动存储介质上，不是已登记的移动存储介质"),
    "unregistered": (_stick(serial="OTHER0001"), "未在移动存储介质台帐中登记"),
    "no_serial": (_stick(serial=None), "没有可用的序列号"),
    "identity_mismatch": (_stick(pid=0x5567), "厂商ID/产品ID"),
    "composite": (_stick(interfaces=((CLASS_MASS_STORAGE, 6, 0x50), (CLASS_HID, 1, 1))),
                  "复合设备"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_refused_unless_the_folder_is_on_a_registered_medium(
    register: Register, clerk: Actor, stick: Path, case: str
) -> None:
    facts, message = REFUSALS[case]
    _register_medium(register, clerk)
    serial = _issue(register, clerk).job.serial
    before = _state(register, serial)
    with pytest.raises(RuleViolation, match=message) as refused:
        printing.save_to_medium(register, clerk, serial, PDF, stick, medium_of=_on(facts))
    assert refused.value.message.startswith("只能保存到本机已登记的同密级涉密介质：")
    assert os.listdir(stick) == []
    assert _state(register, serial) == before


@pytest.mark.parametrize(("level", "message"), [
    ("秘密", "低于本机密级"), ("绝密", "高于本机密级"),
])
def test_refused_on_a_medium_of_another_level(
    register: Register, clerk: Actor, stick: Path, level: str, message: str
) -> None:
    _register_medium(register, clerk, level=level)
    serial = _issue(register, clerk).job.serial
    before = _state(register, serial)
    with pytest.raises(RuleViolation, match=message):
        printing.save_to_medium(register, clerk, serial, PDF, stick,
                                medium_of=_on(_stick()))
    assert os.listdir(stick) == []
    assert _state(register, serial) == before


def test_refused_on_a_medium_not_in_use(register: Register, clerk: Actor, stick: Path
                                        ) -> None:
    _register_medium(register, clerk)
    media.return_medium(register, clerk, "JM-U-2026-001")  # back with the clerk: 停用
    serial = _issue(register, clerk).job.serial
    before = _state(register, serial)
    with pytest.raises(RuleViolation, match="“停用”，不是“在用”"):
        printing.save_to_medium(register, clerk, serial, PDF, stick,
                                medium_of=_on(_stick()))
    assert os.listdir(stick) == []
    assert _state(register, serial) == before


def test_equipment_is_not_a_storage_medium(register: Register, clerk: Actor, stick: Path
                                           ) -> None:
    _register_medium(register, clerk, number="JM-S-2026-001", kind="设备")
    serial = _issue(register, clerk).job.serial
    before = _state(register, serial)
    with pytest.raises(RuleViolation, match="登记为设备（JM-S-2026-001），不是移动存储介质"):
        printing.save_to_medium(register, clerk, serial, PDF, stick,
                                medium_of=_on(_stick()))
    assert os.listdir(stick) == []
    assert _state(register, serial) == before


def test_a_print_is_saved_once_per_folder(register: Register, clerk: Actor, stick: Path
                                          ) -> None:
    _register_medium(register, clerk)
    serial = _issue(register, clerk).job.serial
    printing.save_to_medium(register, clerk, serial, PDF, stick, medium_of=_on(_stick()))
    before = _state(register, serial)
    with pytest.raises(RuleViolation, match="已保存过"):
        printing.save_to_medium(register, clerk, serial, b"%PDF-other", stick,
                                medium_of=_on(_stick()))
    assert (stick / f"{serial}-loan.pdf").read_bytes() == PDF
    assert _state(register, serial) == before


def test_a_failure_to_record_removes_the_file(
    register: Register, clerk: Actor, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register_medium(register, clerk)
    serial = _issue(register, clerk).job.serial
    before = _state(register, serial)

    def broken(*_a: object, **_kw: object) -> printing.PrintJobInfo:
        assert os.listdir(stick) == [f"{serial}-loan.pdf"]  # written, then recorded
        raise RuntimeError("register gone")

    monkeypatch.setattr(printing, "record_output", broken)
    with pytest.raises(RuntimeError):
        printing.save_to_medium(register, clerk, serial, PDF, stick,
                                medium_of=_on(_stick()))
    assert os.listdir(stick) == []
    assert _state(register, serial) == before


def test_a_failure_to_write_leaves_nothing(
    register: Register, clerk: Actor, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register_medium(register, clerk)
    serial = _issue(register, clerk).job.serial
    before = _state(register, serial)
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(printing.MibuError, match="写入介质 JM-U-2026-001 失败"):
        printing.save_to_medium(register, clerk, serial, PDF, stick,
                                medium_of=_on(_stick()))
    assert os.listdir(stick) == []
    assert _state(register, serial) == before


def test_only_clerk_and_auditor_save(register: Register, clerk: Actor, stick: Path) -> None:
    _register_medium(register, clerk)
    serial = _issue(register, clerk).job.serial
    approver = factories.add_account(register, clerk, "leader", Role.APPROVER)
    with pytest.raises(PermissionDenied):
        printing.save_to_medium(register, approver, serial, PDF, stick,
                                medium_of=_on(_stick()))
    assert os.listdir(stick) == []
