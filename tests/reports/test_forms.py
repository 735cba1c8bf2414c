"""Every form: the Chinese fields are in the text, the CJK font is embedded, every page is
marked top and bottom, and a PNG of each page is left in build/report-png/ to look at."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.models.enums import Level
from app.reports import (
    carry_out,
    circulation,
    copying,
    departure,
    disposal,
    incident,
    inspection,
    labels,
    ledgers,
    loan,
    slipcode,
)
from app.reports.data import A4_2X7, A4_3X8, PrintMeta
from tests.reports import samples
from tests.reports.helpers import fonts, page_texts, to_png
from tests.reports.ink import ink_margins_mm

TOP = Level.TOP_SECRET
KEY = b"k" * 32


def _meta(kind: str) -> PrintMeta:
    return samples.meta("海淀区测试局", "2026-印-000042",
                        seal=slipcode.seal(KEY, kind, "2026-印-000042", TOP))


FORMS: dict[str, tuple[Callable[[], bytes], list[str]]] = {
    "circulation": (
        lambda: circulation.render_circulation_slip(samples.circulation_slip(TOP),
                                                    _meta("circulation")),
        ["涉密文件传阅单", "不得横传", "文", "号", "示发〔2026〕2号", "密级及期限", "机密★10年",
         "份", "002", "知悉范围", "阅文人", "送阅时间", "退回时间", "阅文人签名", "保密员签收",
         "王建国", "李晓梅", "2026-03-02 09:30", "应退日期", "2026-03-03", "2026-03-04",
         "载体编码", "R2026-0002-02", "保密员（签字）"],
    ),
    "loan": (
        lambda: loan.render_loan_slip(samples.loan_slip(TOP), _meta("loan")),
        ["涉密载体借阅单", "借阅事由", "阅读地点", "应还时间", "借阅人（签字）",
         "保密员（签字）", "审批领导（签字）", "陈志强", "载体编码", "R2026-0001-01",
         "R2026-0006-06"],
    ),
    "copy": (
        lambda: copying.render_copy_approval(samples.copy_approval(TOP), _meta("copy")),
        ["涉密载体复制（复印）审批单", "复印日期", "文件标题", "文", "密", "级", "复印份数",
         "批准领导", "签收人", "清退日期", "2026-03-03", "2 份", "2026-03-10", "031-032"],
    ),
    "carry_out": (
        lambda: carry_out.render_carry_out(samples.carry_out_form(TOP), _meta("carry_out")),
        ["涉密载体携带外出审批单", "携", "同", "前往地点", "保护措施", "同行人（签字）",
         "保密员（签字）", "绝密★30年", "赵立新", "孙丽"],
    ),
    "destruction": (
        lambda: disposal.render_destruction_list(samples.destruction_list(TOP),
                                                 _meta("destruction")),
        ["涉密载体销毁清单", "销毁方式", "碎纸机粉碎", "监销人一（签字）", "监销人二（签字）",
         "销毁人（签字）", "合计：6 件", "示发〔2026〕6号", "就地销毁"],
    ),
    "return": (
        lambda: disposal.render_return_list(samples.return_list(TOP), _meta("return")),
        ["涉密载体清退清单", "清退单位", "市委办公室机要科", "清退期限", "移交人（签字）",
         "接收人（签字）"],
    ),
    "departure": (
        lambda: departure.render_departure_clearance(samples.departure_clearance(TOP),
                                                     _meta("departure")),
        ["涉密人员离岗清退单", "孙丽", "脱密期至", "2027-03-31", "JM-2026-002",
         "离岗人员（签字）", "清退完毕"],
    ),
    "incoming_ledger": (
        lambda: ledgers.render_incoming_ledger(samples.incoming_entries(60, TOP),
                                               samples.period(), _meta("incoming_ledger")),
        ["收文登记簿", "收文编号", "收文日期", "来文单位", "处理情况", "签收人",
         "收-2026-00001", "收-2026-00060", "2026年01月01日 至 2026年03月31日"],
    ),
    "outgoing_ledger": (
        lambda: ledgers.render_outgoing_ledger(samples.outgoing_entries(30, TOP),
                                               samples.period(), _meta("outgoing_ledger")),
        ["发文登记簿", "发文编号", "发往单位", "发-2026-00030"],
    ),
    "media_ledger": (
        lambda: ledgers.render_media_ledger(samples.media(25, TOP), samples.period(),
                                            _meta("media_ledger")),
        ["移动存储介质台帐", "序列号", "使用人", "登记日期", "JM-2026-025", "SAMPLE00000001"],
    ),
    "labels_3x8": (
        lambda: labels.render_label_sheet(samples.labels(26, TOP), samples.meta("海淀区测试局"),
                                          stock=A4_3X8),
        ["移动存储介质标签", "编号：JM-2026-001", "使用人：王建国", "JM-2026-026"],
    ),
    "labels_2x7": (
        lambda: labels.render_label_sheet(samples.labels(10, TOP), samples.meta("海淀区测试局"),
                                          stock=A4_2X7),
        ["编号：JM-2026-010", "类型：U盘"],
    ),
    "inspection": (
        lambda: inspection.render_inspection_record(samples.inspection_record(TOP),
                                                    _meta("inspection")),
        ["保密检查记录表", "部门（部位）", "涉密程度", "涉密人员管理", "涉密载体管理",
         "外借", "复印", "齐全", "绝密件管理情况", "发放范围", "传递途径", "保管情况",
         "接触、知悉人员记录", "示发〔2026〕4号", "李主任、张保密、王建国", "检查意见",
         "检查人签名"],
    ),
    "incident": (
        lambda: incident.render_incident_report(samples.incident_report(TOP),
                                                _meta("incident")),
        ["泄露国家秘密事件报告表", "发生泄密事件单位", "泄密内容及密级", "责任人基本情况",
         "泄密事件发现经过", "泄密事件发生经过", "补救措施", "备注",
         "填报单位主管领导（签字）", "填表人", "填报单位（盖章）", "秘密★10年"],
    ),
}


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", sorted(FORMS))
def test_form_text_fonts_markings_png(name: str, tmp_path: Path) -> None:
    render, expected = FORMS[name]
    pdf = render()
    pages = page_texts(pdf)
    whole = _squash("\n".join(pages))
    for field in expected:
        assert _squash(field) in whole, f"{name}: {field!r} missing"
    # the embedded CJK font, as a subset, and nothing else needed from the printer
    rows = fonts(pdf, tmp_path)
    cjk = [r for r in rows if "WenQuanYiMicroHei" in r[0]]
    assert cjk, rows
    for r in cjk:
        assert r[-5:-2] == ["yes", "yes", "yes"], r  # emb, sub, uni
    assert all("WenQuanYi" in r[0] for r in rows), rows
    # every page: marking top and bottom, page n/m, the serial number
    count = len(pages)
    for i, text in enumerate(pages, 1):
        flat = _squash(text)
        assert f"第{i}页共{count}页" in flat, (name, i)
        assert "2026-印-" in flat
        marks = [m for m in ("绝密", "机密", "秘密", "本页不含涉密事项") if m in flat]
        assert marks, (name, i)
    pngs = to_png(pdf, name, tmp_path)
    assert len(pngs) == count


def test_slip_carries_code_on_every_page_and_qr_first() -> None:
    slip = samples.destruction_list(TOP)
    big = type(slip)(items=tuple(samples.item(i, TOP) for i in range(60)), method="粉碎")
    meta = _meta("destruction")
    pages = page_texts(disposal.render_destruction_list(big, meta))
    assert len(pages) >= 2
    assert meta.seal is not None
    for text in pages:
        assert meta.seal.code in text
        # a form is one document: every page carries the form's marking
        assert text.count("绝密★30年") >= 2
    assert "涉密载体销毁清单（续）" in pages[1]


def test_circulation_slip_lists_every_reader_with_blank_lines() -> None:
    slip = samples.circulation_slip(TOP)
    text = _squash("\n".join(page_texts(
        circulation.render_circulation_slip(slip, _meta("circulation")))))
    for reader in slip.readers:
        assert reader.name in text
    # 4 readers + 2 blank lines, numbered
    assert "6" in text and "月日时分" in text


def test_top_secret_notes_appear_only_for_top_secret() -> None:
    secret = samples.loan_slip(Level.SECRET)
    text = _squash("".join(page_texts(loan.render_loan_slip(secret, _meta("loan")))))
    assert "绝密级载体当日借阅当日归还" not in text
    top = samples.loan_slip(TOP)
    top = type(top)(items=(samples.item(3, TOP),), borrower="王建国")
    text = _squash("".join(page_texts(loan.render_loan_slip(top, _meta("loan")))))
    assert "绝密级载体当日借阅当日归还" in text


@pytest.mark.parametrize("name", sorted(FORMS))
def test_nothing_printed_within_6_mm_of_the_edge(name: str) -> None:
    """Printers cut off what lies nearer the edge: every stroke and character of every page
    (marking lines, label outlines, the code under the QR code) is at least 6 mm inside."""
    pdf = FORMS[name][0]()
    for page, margins in enumerate(ink_margins_mm(pdf), 1):
        assert min(margins) >= 6.0, (name, page, [round(m, 1) for m in margins])


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_clerk_signs_in_the_same_words_on_every_form(name: str) -> None:
    text = _squash("\n".join(page_texts(FORMS[name][0]())))
    for other in ("保密员核验（签字）", "保密员核收（签字）", "登记人（签字）"):
        assert other not in text, (name, other)
