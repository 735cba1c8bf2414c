"""The print service: serial numbers, the print audit, slip lookup, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, text

from app.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from app.models.enums import Level, Role
from app.models.foundation import AuditEntry
from app.models.printing import PrintJob
from app.reports import circulation, slipcode
from app.reports.catalog import FormKind
from app.services import audit, printing
from app.services.register import Actor, Register
from tests import factories
from tests.reports import samples
from tests.reports.helpers import all_text


def _counts(register: Register) -> tuple[int, int]:
    with register.read() as s:
        jobs = s.execute(select(func.count(PrintJob.id))).scalar_one()
        entries = s.execute(select(func.count(AuditEntry.id))).scalar_one()
    return int(jobs), int(entries)


def _issue(register: Register, clerk: Actor, **kw: object) -> printing.IssuedPrint:
    args: dict[str, object] = {"level": Level.SECRET, "title": "传阅单：测发〔2026〕1号"}
    args.update(kw)
    return printing.issue(register, clerk, FormKind.CIRCULATION, **args)  # type: ignore[arg-type]


def test_serials_count_up_per_year_and_restart_each_year(register: Register, clerk: Actor
                                                         ) -> None:
    y26 = dt.datetime(2026, 5, 1, 9, 0).astimezone()
    a = _issue(register, clerk, now=y26)
    b = _issue(register, clerk, now=y26)
    c = _issue(register, clerk, now=dt.datetime(2027, 1, 2, 9, 0).astimezone())
    d = _issue(register, clerk, now=y26)
    assert [x.job.serial for x in (a, b, c, d)] == [
        "2026-印-000001", "2026-印-000002", "2027-印-000001", "2026-印-000003"]
    assert len({x.job.slip_id for x in (a, b, c, d)}) == 4


def test_print_jobs_are_never_deleted(register: Register, clerk: Actor) -> None:
    _issue(register, clerk)
    with pytest.raises(Exception, match="never deleted"), register.write() as s:
        s.execute(delete(PrintJob))
    assert _counts(register)[0] == 1
    # so the next serial continues after the last one
    assert _issue(register, clerk).job.serial.endswith("000002")


def test_issue_and_output_are_audited(register: Register, clerk: Actor) -> None:
    issued = _issue(register, clerk, level=Level.CONFIDENTIAL, subject="王建国")
    pdf = circulation.render_circulation_slip(samples.circulation_slip(Level.CONFIDENTIAL),
                                              issued.meta)
    assert issued.job.code in all_text(pdf)
    assert issued.meta.serial in all_text(pdf)
    job = printing.record_output(register, clerk, issued.job.serial, copies=2, printer="HP-1")
    assert (job.copies, job.printer) == (2, "HP-1")
    with register.read() as s:
        lines = list(audit.history(s, "print_job", issued.job.serial))
    assert [ln.action for ln in lines] == ["print.issue", "print.output"]
    assert lines[0].actor == clerk.username
    assert lines[0].after is not None and lines[0].after["level"] == "机密"
    assert lines[0].after["kind"] == "传阅单"
    assert lines[1].after == {"copies": 2, "printer": "HP-1", "added": 2, "kind": "传阅单",
                              "level": "机密"}
    assert lines[1].before == {"copies": 0, "printer": None}


def test_lookup_genuine_altered_and_unknown(register: Register, clerk: Actor) -> None:
    issued = _issue(register, clerk, subject="王建国")
    printing.record_output(register, clerk, issued.job.serial, copies=1, printer="HP-1")
    found = printing.lookup(register, issued.job.code)
    assert found.genuine and found.job is not None
    assert "真实有效" in found.message and issued.job.serial in found.message
    assert "王建国" in found.message and "已输出 1 份" in found.message
    assert issued.meta.seal is not None
    assert printing.lookup(register, issued.meta.seal.qr_text).genuine
    altered = issued.job.code[:-1] + ("0" if issued.job.code[-1] != "0" else "1")
    bad = printing.lookup(register, altered)
    assert not bad.genuine and bad.job is None and "校验失败" in bad.message
    # a correct MAC for a slip this register never printed
    key = register.derive_key(slipcode.KEY_PURPOSE)
    ghost = slipcode.short_code(key, "ZZZZZZZZ")
    res = printing.lookup(register, ghost)
    assert not res.genuine and "没有这张单据的打印记录" in res.message


def test_higher_level_than_the_workstation_is_refused(register: Register, clerk: Actor) -> None:
    before = _counts(register)
    with pytest.raises(RuleViolation) as err:
        _issue(register, clerk, level=Level.TOP_SECRET)
    assert "机密级计算机" in err.value.message and err.value.field == "level"
    assert _counts(register) == before


@pytest.mark.parametrize(
    ("kw", "field"),
    [({"title": ""}, "title"), ({"title": "x" * 201}, "title"),
     ({"subject": "a\x01b"}, "subject")],
)
def test_bad_issue_input_changes_nothing(register: Register, clerk: Actor,
                                         kw: dict[str, object], field: str) -> None:
    before = _counts(register)
    with pytest.raises(ValidationError) as err:
        _issue(register, clerk, **kw)
    assert err.value.field == field
    assert _counts(register) == before


@pytest.mark.parametrize(("copies", "printer"), [(0, "HP"), (100, "HP"), (1, ""),
                                                 (1, "p\x1b")])
def test_bad_output_input_changes_nothing(register: Register, clerk: Actor, copies: int,
                                          printer: str) -> None:
    issued = _issue(register, clerk)
    before = _counts(register)
    with pytest.raises(ValidationError):
        printing.record_output(register, clerk, issued.job.serial, copies=copies,
                               printer=printer)
    assert _counts(register) == before
    assert printing.job(register, issued.job.serial).copies == 0


def test_unknown_serial(register: Register, clerk: Actor) -> None:
    with pytest.raises(NotFound):
        printing.record_output(register, clerk, "2026-印-999999", copies=1, printer="HP")


def test_approver_may_not_print(register: Register, clerk: Actor) -> None:
    approver = factories.add_account(register, clerk, "boss", Role.APPROVER, "李主任")
    before = _counts(register)
    with pytest.raises(PermissionDenied):
        _issue(register, approver)
    assert _counts(register) == before


def test_print_document_and_jobs_listing(register: Register, clerk: Actor) -> None:
    job, pdf = printing.print_document(
        register, clerk, FormKind.LOAN, level=Level.SECRET, title="借阅单：2 件",
        subject="陈志强", copies=1, printer="文件",
        render=lambda meta: circulation.render_circulation_slip(
            samples.circulation_slip(Level.SECRET), meta),
    )
    assert pdf.startswith(b"%PDF")
    listed = printing.jobs(register)
    assert [j.serial for j in listed] == [job.serial]
    assert listed[0].kind == FormKind.LOAN and listed[0].copies == 1


def test_migration_created_the_table_and_trigger(register: Register) -> None:
    with register.read() as s:
        names = {r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"))}
    assert {"print_job", "print_job_no_delete"} <= names
