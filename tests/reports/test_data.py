"""Bad input to the forms is refused with a Chinese message naming the field."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.models.enums import Level
from app.reports import labels
from app.reports.data import (
    CirculationSlip,
    DestructionList,
    ItemRef,
    LabelStock,
    Period,
    PrintMeta,
)
from tests.reports import samples


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 501}, "title"),
        ({"title": "坏\x07标题"}, "title"),
        ({"doc_number": "文\n号"}, "doc_number"),
        ({"period_years": 0}, "period_years"),
        ({"period_years": 500}, "period_years"),
        ({"copies": 0}, "copies"),
    ],
)
def test_item_fields_are_checked(kwargs: dict[str, object], field: str) -> None:
    base: dict[str, object] = {"doc_number": "测发〔2026〕1号", "title": "标题",
                               "level": Level.SECRET}
    base.update(kwargs)
    with pytest.raises(ValidationError) as err:
        ItemRef(**base)  # type: ignore[arg-type]
    assert err.value.field == field


def test_lists_need_items_and_two_witnesses() -> None:
    with pytest.raises(ValidationError, match="至少"):
        DestructionList(items=(), method="粉碎")
    with pytest.raises(ValidationError, match="二人"):
        DestructionList(items=(samples.item(0),), method="粉碎",
                        witnesses=("甲",))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="销毁方式"):
        DestructionList(items=(samples.item(0),), method="")


def test_period_and_meta_are_checked() -> None:
    with pytest.raises(ValidationError, match="结束日期早于开始日期"):
        Period(dt.date(2026, 3, 1), dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="打印编号"):
        PrintMeta("单位", "", dt.datetime(2026, 1, 1), "张保密")


def test_circulation_blank_lines_bounded() -> None:
    with pytest.raises(ValidationError):
        CirculationSlip(item=samples.item(0), readers=(), blank_lines=99)


def test_label_stock_must_fit_a4() -> None:
    with pytest.raises(ValidationError, match="A4"):
        LabelStock("too big", 3, 8, 80, 40, 5, 5)
    with pytest.raises(ValidationError):
        LabelStock("zero", 0, 8, 60, 30, 5, 5)


def test_label_sheet_refuses_nothing_and_bad_skip() -> None:
    meta = samples.meta("测试局")
    with pytest.raises(ValidationError, match="没有要打印的标签"):
        labels.render_label_sheet([], meta)
    with pytest.raises(ValidationError, match="跳过"):
        labels.render_label_sheet(samples.labels(2, Level.SECRET), meta, skip=24)
