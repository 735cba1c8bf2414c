"""检查: the inspection items answered from the register, read-only, with the records behind
each figure; the CSV for the inspection report; the papers' words and markings."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models.foundation import AuditEntry
from app.reports.data import PrintMeta
from app.services import inspection_desk, trail, trail_extract
from app.services.inspection_desk import ATTENTION, OK, ON_SITE
from app.services.register import Actor, Register
from app.services.trail import TrailFilter
from tests import trail_register
from tests.reports.helpers import all_text, page_texts, to_png
from tests.unit.test_trail import assert_readable


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Register, Actor]]:
    from app.models import keyfile

    keyfile.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                           "parallelism": 1}
    work = tmp_path_factory.mktemp("desk")
    register, clerk = trail_register.build(work / "register.mibu", work)
    yield register, clerk
    register.close()


def _year(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or dt.date.today()
    return dt.date(today.year, 1, 1), today


def _meta() -> PrintMeta:
    return PrintMeta("海淀区示例局", "2026-印-000999", dt.datetime(2026, 12, 2, 9, 30), "王审计")


def test_the_checklist_answers_items_5_to_11_and_16_to_19(full: tuple[Register, Actor]) -> None:
    register, clerk = full
    cl = inspection_desk.checklist(register, clerk, *_year())
    numbers = [line.no for line in cl.lines if line.no]
    assert numbers == ["5", "6", "7", "8", "9", "10", "11", "16", "17", "18", "19"]
    by_no = {line.no: line for line in cl.lines if line.no}
    assert "收文 8 件" in by_no["5"].figure and "销毁 4 份" in by_no["5"].figure
    assert by_no["7"].verdict == ON_SITE  # the room itself is checked on site
    # an expired period awaiting confirmation is listed, with the document to open
    assert by_no["6"].verdict == ATTENTION
    assert [e.code for e in by_no["6"].evidence] == ["2016-收-0001"]
    # the carry-out, with the copy's code to open its history
    assert len(by_no["10"].evidence) == 1 and by_no["10"].evidence[0].code.startswith("R2026")
    assert "送修至定点维修单位" in by_no["11"].evidence[0].text
    extra = {line.item: line for line in cl.lines if not line.no}
    assert extra["USB 设备拒绝记录"].figure == "本期 1 次"
    assert "未登记的存储设备" in extra["USB 设备拒绝记录"].evidence[0].text
    assert extra["已使用但无对应登记记录的审批"].verdict == OK
    assert extra["清点差异"].verdict == OK
    for line in cl.lines:
        assert_readable("\n".join((line.figure, *(e.text for e in line.evidence))), set())


def test_overdue_loans_are_a_figure_with_their_items(full: tuple[Register, Actor]) -> None:
    register, clerk = full
    later = dt.date.today() + dt.timedelta(days=60)  # every open loan is overdue by then
    cl = inspection_desk.checklist(register, clerk, dt.date(later.year - 1, 1, 1), later,
                                   today=later)
    five = cl.lines[0]
    assert five.verdict == ATTENTION
    n = len(five.evidence)
    assert n >= 1 and f"逾期未还 {n} 件" in five.figure
    assert all("应于" in e.text and e.code for e in five.evidence)


def test_a_period_ending_before_it_starts_is_refused(full: tuple[Register, Actor]) -> None:
    register, clerk = full
    with pytest.raises(ValidationError, match="结束日期早于开始日期"):
        inspection_desk.checklist(register, clerk, dt.date(2026, 5, 1), dt.date(2026, 4, 1))


def test_the_desk_changes_nothing_but_its_export_is_audited(full: tuple[Register, Actor],
                                                            tmp_path: Path) -> None:
    register, clerk = full

    def entries() -> int:
        with register.read() as s:
            return int(s.scalar(select(func.count(AuditEntry.id))) or 0)

    before = entries()
    cl = inspection_desk.checklist(register, clerk, *_year())
    assert entries() == before
    out = tmp_path / "清单.csv"
    inspection_desk.export_csv(register, clerk, cl, out)
    assert entries() == before + 1
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "单位" and rows[1] == list(inspection_desk.CSV_HEADER)
    assert [r[0] for r in rows[2:13]] == ["5", "6", "7", "8", "9", "10", "11", "16", "17",
                                          "18", "19"]


def test_the_checklist_paper_is_marked_and_readable(full: tuple[Register, Actor],
                                                     tmp_path: Path) -> None:
    register, clerk = full
    cl = inspection_desk.checklist(register, clerk, *_year())
    prepared = inspection_desk.prepare_print(register, clerk, cl)
    assert prepared.level.label == "机密"  # it names 机密 copies
    pdf = prepared.render(_meta())
    text = all_text(pdf)
    assert "保密检查清单" in text and "机密" in text
    assert "载体收发、使用、复制" in text
    assert_readable(text.replace("2026-印-000999", ""), set())
    to_png(pdf, "checklist", tmp_path)


def test_a_trail_extract_ends_with_the_chains_verification(full: tuple[Register, Actor],
                                                            tmp_path: Path) -> None:
    register, clerk = full
    f = TrailFilter(category="借阅")
    prepared = trail_extract.prepare(register, clerk, f, "类别：借阅")
    pdf = prepared.render(_meta())
    pages = page_texts(pdf)
    last = pages[-1]
    assert "审计链校验" in last and "完整" in last
    with register.read() as s:
        ids = [e.id for e in trail.entries(s, f)]
        rows = s.execute(select(AuditEntry.id, AuditEntry.hash).where(
            AuditEntry.id.in_((ids[0], ids[-1]))))
        hashes = {row.id: row.hash for row in rows}
    flat = last.replace("\n", "")
    assert hashes[ids[0]] in flat and hashes[ids[-1]] in flat
    assert f"第 {ids[0]} 条" in flat and f"第 {ids[-1]} 条" in flat
    assert prepared.level.label == "机密"
    assert all("机密" in p for p in pages)  # every page carries the marking
    text = all_text(pdf)
    assert "借出" in text and "借阅人" in text
    assert_readable(text.replace("2026-印-000999", "").replace(hashes[ids[0]], "")
                    .replace(hashes[ids[-1]], ""), set())
    to_png(pdf, "trail_extract", tmp_path)


def test_an_extract_of_one_medium(full: tuple[Register, Actor]) -> None:
    register, clerk = full
    extract = trail_extract.make_extract(register, clerk, TrailFilter(item="JM-U-2024-001"),
                                         "物品：JM-U-2024-001")
    assert extract.paper.verification.startswith("完整")
    assert extract.paper.lines and extract.paper.first_id < extract.paper.last_id


def test_an_extract_carries_the_latest_checkpoint_code(full: tuple[Register, Actor]) -> None:
    """The test register's auditor signed a checkpoint: the extract's last page names it."""
    from app.services import anchor

    register, clerk = full
    with register.read() as s:
        cp = anchor.latest(s)
    assert cp is not None
    extract = trail_extract.make_extract(register, clerk, TrailFilter(category="借阅"),
                                         "类别：借阅")
    assert f"检查点码 {cp.code}" in extract.paper.verification
