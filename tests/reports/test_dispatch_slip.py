"""发文封发单 from the register's records: the envelope's 封号, recipient and marking (the
highest level inside), the copies inside, the embedded CJK font, and every mark at least
6 mm inside the sheet. The same envelope is what the 发文登记簿 lists."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from app.errors import NotFound
from app.models.enums import Level
from app.reports.catalog import FormKind
from app.services import dispatch, print_forms, printing
from app.services.register import Register
from tests.reports.conftest import TODAY, Desk
from tests.reports.helpers import all_text, fonts, to_png

DPI = 72
MIN_MARGIN_MM = 6.0


def _issue(desk: Desk, p: print_forms.Prepared) -> bytes:
    issued = printing.issue(desk.register, desk.clerk, p.kind, level=p.level, title=p.title,
                            subject=p.subject, ref=p.ref)
    return p.render(issued.meta)


def ink_box(pdf: bytes, tmp: Path) -> list[tuple[int, int, int, int, int, int]]:
    """Per page: (left, top, right, bottom, width, height) of everything drawn, in pixels."""
    path = tmp / "ink.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(path), str(tmp / "ink")],
                   check=True)
    boxes = []
    for pgm in sorted(tmp.glob("ink-*.pgm")):
        data = pgm.read_bytes()
        parts = data.split(maxsplit=4)  # P5 width height maxval pixels
        w, h = int(parts[1]), int(parts[2])
        pixels = parts[4][-w * h:]
        rows = [i for i in range(h) if min(pixels[i * w:(i + 1) * w]) < 200]
        cols = [x for x in range(w) if any(pixels[y * w + x] < 200 for y in rows[:: 1])]
        boxes.append((cols[0], rows[0], cols[-1], rows[-1], w, h))
    return boxes


def test_dispatch_slip_prints_the_envelope(desk: Desk, tmp_path: Path) -> None:
    env_id = dispatch.envelopes(desk.register, desk.docs["out"].id)[0].id
    p = print_forms.for_record(desk.register, FormKind.DISPATCH, env_id)
    assert p.level is Level.SECRET and p.ref == f"dispatch:{env_id}"
    pdf = _issue(desk, p)
    text = "".join(all_text(pdf).split())
    for value in ("涉密载体封发单", f"{TODAY.year}-封-0001", "北京市海淀区教育委员会",
                  "海保发〔2026〕3号", "关于开展保密自查自评工作的通知", "秘密（封内最高密级）",
                  "信封标注", "回执", "保密员（签字）", "张保密"):
        assert value in text, value
    rows = fonts(pdf, tmp_path)  # the CJK font only, embedded as a subset
    assert rows and all("WenQuanYi" in r[0] for r in rows), rows
    assert all(r[-5:-2] == ["yes", "yes", "yes"] for r in rows), rows
    margin = MIN_MARGIN_MM / 25.4 * DPI
    for left, top, right, bottom, w, h in ink_box(pdf, tmp_path):
        assert left >= margin and top >= margin, (left, top)
        assert w - 1 - right >= margin and h - 1 - bottom >= margin, (right, bottom)
    assert to_png(pdf, "dispatch_slip", tmp_path)
    listed = {c.id: c.label for c in print_forms.recent(desk.register, FormKind.DISPATCH)}
    assert "北京市海淀区教育委员会" in listed[env_id] and "1 份" in listed[env_id]


def test_the_register_says_what_became_of_the_envelope(desk: Desk) -> None:
    env_id = dispatch.envelopes(desk.register, desk.docs["out"].id)[0].id
    p = print_forms.for_record(desk.register, FormKind.DISPATCH, env_id)
    issued = printing.issue(desk.register, desk.clerk, p.kind, level=p.level, title=p.title,
                            ref=p.ref)
    now = printing.lookup(desk.register, issued.job.code).now
    assert "均为“已发出”" in now and "封发" in now


def test_no_envelope_no_slip(register: Register) -> None:
    with pytest.raises(NotFound) as err:
        print_forms.for_record(register, FormKind.DISPATCH)
    assert err.value.message == "登记簿中还没有发文封发记录，无法打印发文封发单"
    with pytest.raises(NotFound, match="没有编号为 999 的发文封发记录"):
        print_forms.for_record(register, FormKind.DISPATCH, 999)


def test_long_names_stay_inside_the_sheet(desk: Desk, tmp_path: Path) -> None:
    """The longest unit names the register allows (128 characters) still print 6 mm inside."""
    from app.reports.data import ItemRef, PrintMeta
    from app.reports.dispatch_slip import DispatchSlip, render_dispatch_slip

    long_unit = "北京市海淀区" + "某某委员会办公室" * 15 + "机要科"
    slip = DispatchSlip(
        dispatch_no=f"{TODAY.year}-封-9999", recipient=long_unit[:128], sender="海" * 64,
        dispatched_on=TODAY, envelope_level=Level.CONFIDENTIAL, urgent=True,
        items=tuple(ItemRef(doc_number="海保发〔2026〕3号", title="关于" * 120, level=Level.SECRET,
                            copy_number=str(n), period_years=10) for n in range(1, 4)),
        clerk="张保密", remarks="机要交通递送")
    meta = PrintMeta("海淀区测试局", "2026-印-000001", dt.datetime(2026, 3, 1, 9, 30), "张保密")
    pdf = render_dispatch_slip(slip, meta)
    margin = MIN_MARGIN_MM / 25.4 * DPI
    for left, top, right, bottom, w, h in ink_box(pdf, tmp_path):
        assert left >= margin and top >= margin, (left, top)
        assert w - 1 - right >= margin and h - 1 - bottom >= margin, (right, bottom)
    text = "".join(all_text(pdf).split())
    assert long_unit[:128][-20:] in text and "特急" in text
    assert to_png(pdf, "dispatch_slip_long", tmp_path)
