"""Markings per page, wrapping, and long ledgers: streamed, with progress, cancellable."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import Level
from app.reports import ledgers
from app.reports.data import IncomingEntry, ItemRef
from app.reports.page import Mark, PrintCancelled, marking_text, wrap
from tests.reports import samples
from tests.reports.helpers import page_texts


def test_marking_text() -> None:
    assert marking_text([]) == "本页不含涉密事项"
    assert marking_text([Mark(Level.UNCLASSIFIED)]) == "本页不含涉密事项"
    assert marking_text([Mark(Level.INTERNAL)]) == "内部　本页不含涉密事项"
    assert marking_text([Mark(Level.SECRET, 10), Mark(Level.CONFIDENTIAL)]) == "机密★10年"
    assert marking_text([Mark(Level.CONFIDENTIAL, 5), Mark(Level.TOP_SECRET)]) == "绝密★5年"
    assert marking_text([Mark(Level.TOP_SECRET, 30), Mark(Level.SECRET, 10)]) == "绝密★30年"
    assert marking_text([Mark(Level.CONFIDENTIAL)]) == "机密"


def test_wrap_keeps_lines_within_width_and_avoids_leading_punctuation() -> None:
    text = "关于进一步加强涉密载体管理的意见，请各科室认真贯彻落实。ABCDEFG-2026 第二段"
    lines = wrap(text, 60, 10)
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[:1] not in "，。"
    assert wrap("", 50, 10) == [""]
    assert wrap("一\n二", 50, 10) == ["一", "二"]


def _entry(i: int, level: Level) -> IncomingEntry:
    return IncomingEntry(
        number=f"收-{i:05d}", received_on=dt.date(2026, 1, 2),
        item=ItemRef(f"测发〔2026〕{i}号", f"测试文件第{i}号", level,
                     period_years=level.max_period_years),
        signed_by="王建国",
    )


def test_each_ledger_page_carries_the_highest_level_of_its_own_rows() -> None:
    # first pages only 秘密, the last rows 机密: the marking follows the page's contents
    entries = [_entry(i, Level.SECRET) for i in range(60)] + [_entry(60, Level.CONFIDENTIAL)]
    pdf = ledgers.render_incoming_ledger(entries, samples.period(), samples.meta("测试局"))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for text in pages[:-1]:
        assert text.count("秘密★10年") >= 2
        assert "机密" not in text
    assert pages[-1].count("机密★20年") >= 2
    for i, text in enumerate(pages, 1):
        assert f"第 {i} 页" in text and f"共 {len(pages)} 页" in text


def test_empty_ledger_says_so() -> None:
    pdf = ledgers.render_incoming_ledger([], samples.period(), samples.meta("测试局"))
    (text,) = page_texts(pdf)
    assert "本期无登记记录" in text
    assert text.count("本页不含涉密事项") >= 2


def test_unclassified_page_says_it_lists_nothing_classified() -> None:
    entries = [_entry(i, Level.UNCLASSIFIED) for i in range(3)]
    (text,) = page_texts(ledgers.render_incoming_ledger(entries, samples.period(),
                                                        samples.meta("测试局")))
    assert text.count("本页不含涉密事项") >= 2


def test_ledger_streams_from_a_generator_with_progress() -> None:
    seen: list[tuple[int, int]] = []
    consumed = 0

    def rows() -> Iterator[IncomingEntry]:
        nonlocal consumed
        for e in samples.incoming_entries(450, Level.CONFIDENTIAL):
            consumed += 1
            yield e

    pdf = ledgers.render_incoming_ledger(rows(), samples.period(), samples.meta("测试局"),
                                         total=450, progress=lambda d, t: seen.append((d, t)))
    assert consumed == 450
    assert seen[-1] == (ledgers.PROGRESS_SCALE, ledgers.PROGRESS_SCALE)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert any(0 < d < ledgers.LAYOUT_SHARE for d, _t in seen)  # rows laid out
    assert any(ledgers.LAYOUT_SHARE < d < ledgers.PROGRESS_SCALE for d, _t in seen)  # pages
    pages = page_texts(pdf)
    assert "收-2026-00450" in pages[-1]
    for text in pages:  # the marking, top and bottom, on every page
        assert text.count("机密★") + text.count("秘密★") >= 2


def test_ledger_can_be_cancelled() -> None:
    flag = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 100:  # during layout
            flag.set()

    with pytest.raises(PrintCancelled) as err:
        ledgers.render_incoming_ledger(samples.incoming_entries(2000, Level.SECRET),
                                       samples.period(), samples.meta("测试局"), total=2000,
                                       progress=progress, cancel=flag)
    assert err.value.message == "打印已取消"


def test_ledger_can_be_cancelled_while_drawing_pages() -> None:
    flag = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > ledgers.LAYOUT_SHARE:
            flag.set()

    with pytest.raises(PrintCancelled):
        ledgers.render_incoming_ledger(samples.incoming_entries(300, Level.SECRET),
                                       samples.period(), samples.meta("测试局"), total=300,
                                       progress=progress, cancel=flag)


def test_an_account_longer_than_a_page_continues_on_the_next_page() -> None:
    from app.reports import incident

    long_text = "".join(f"第{i}句：事件经过的详细说明，逐条记录在案。" for i in range(90))
    assert len(long_text) <= 2000
    rep = samples.incident_report(Level.SECRET)
    rep = type(rep)(unit=rep.unit, content=rep.content, level=rep.level,
                    period_years=rep.period_years, occurrence=long_text + "全文完")
    pages = page_texts(incident.render_incident_report(rep, samples.meta("测试局")))
    assert len(pages) >= 2
    flat = "".join("".join(t.split()) for t in pages)
    assert "第0句" in flat and "第89句" in flat and "全文完" in flat  # nothing cut off
    for text in pages:
        assert text.count("秘密★10年") >= 2


@given(st.text(alphabet=st.sampled_from("涉密载体管理，。（）《》ABCxyz-0123 "), max_size=120),
       st.floats(min_value=30, max_value=400))
def test_wrap_loses_nothing_and_fits(text: str, width: float) -> None:
    from app.reports import fonts

    lines = wrap(text, width, 10)
    assert "".join(lines) == text
    for line in lines:
        # a line may only overflow by keeping closing punctuation on it (避头点)
        trimmed = line.rstrip("，。）》")
        if len(trimmed) > 1:
            assert fonts.text_width(trimmed, 10) <= width + 1e-6 or trimmed.isascii()


def test_rendering_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    from app.reports import circulation

    work = tmp_path / "cwd"
    temp = tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    pdf = circulation.render_circulation_slip(samples.circulation_slip(Level.SECRET),
                                              samples.meta("测试局"))
    ledgers.render_media_ledger(samples.media(30, Level.SECRET), samples.period(),
                                samples.meta("测试局"))
    assert pdf.startswith(b"%PDF")
    assert list(work.iterdir()) == [] and list(temp.iterdir()) == []


def test_tick_boxes_are_squares_as_tall_as_the_text() -> None:
    """The font's □ is a small glyph: a box is drawn 0.8 em high in a full em of the line,
    measured as such, and the character stays in the text (invisible) for extraction."""
    import io
    import re as regex

    from reportlab.pdfgen.canvas import Canvas

    from app.reports import fonts
    from app.reports.page import Painter

    assert fonts.text_width("□有", 10) == pytest.approx(10 + fonts.text_width("有", 10))
    canvas = Canvas(io.BytesIO())
    painter = Painter(canvas)
    painter.text(100, 100, "■有□无", 10)
    painter.finish()
    code = "\n".join(canvas._code)  # the page's content stream so far
    squares = regex.findall(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re", code)
    outlines = [s for s in squares if float(s[2]) == pytest.approx(8.0)]
    assert len(outlines) == 2  # one per box, 0.8 em at 10 pt
    assert float(outlines[1][0]) - float(outlines[0][0]) == pytest.approx(
        10 + fonts.text_width("有", 10))
    assert len(squares) == 3  # and the ticked one filled
