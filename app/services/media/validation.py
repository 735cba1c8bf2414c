"""Checking what the clerk typed for a medium, field by field."""

from __future__ import annotations

import datetime as dt
import re

from app.devices.policy import usable_serial
from app.errors import ValidationError
from app.models.enums import Level
from app.models.media import (
    MediumKind,
    MediumStatus,
)
from app.services import checks
from app.services.media.base import CAPACITY_RE, HEX4_RE, IDENTIFIED_KINDS, MAX_SERIAL, NUMBER_RE
from app.services.media.views import MediumData, NewMedium


# -- validation -------------------------------------------------------------------------------
def _text(value: str | None, field: str, label: str, max_len: int, *,
          required: bool = True) -> str | None:
    return checks.text(value, field, label, max_len=max_len, required=required) or None


def _required(value: str | None, field: str, label: str, max_len: int) -> str:
    return _text(value, field, label, max_len) or ""  # _text raised if it was empty


def _hex4(value: str | None, field: str, label: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if value.lower().startswith("0x"):
        value = value[2:]
    if not HEX4_RE.match(value):
        raise ValidationError(f"{label}应为 4 位十六进制数（如 0781），而不是“{value[:12]}”",
                              field=field)
    return value.lower()


def _iso_date(value: str | None, field: str, label: str, today: dt.date) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{label}“{value[:20]}”不是有效日期（格式 2024-03-01）",
                              field=field) from None
    if day > today:
        raise ValidationError(f"{label}不能晚于今天", field=field)
    if day.year < 1980:
        raise ValidationError(f"{label}过早", field=field)
    return day.isoformat()


def clean_hash(value: str | None) -> str | None:
    """The device hash as recorded: USBGuard's (base64, as ``usbguard list-devices`` shows
    it) or an older version's hex SHA-256 of the descriptors."""
    text = (value or "").strip()
    if not text:
        return None
    if re.fullmatch(r"[0-9A-Fa-f]{64}", text):
        return text.lower()
    if re.fullmatch(r"[A-Za-z0-9+/]{43}=", text):
        return text
    raise ValidationError(
        f"设备摘要“{text[:48]}”格式错误：应为 usbguard list-devices 显示的 hash（44 个字符）",
        field="descriptor_hash")


def clean(data: NewMedium, today: dt.date | None = None) -> MediumData:
    """Check every field; return the cleaned values or raise ValidationError naming the field."""
    today = today or dt.date.today()
    number = _required(data.number, "number", "编号", 32)
    if not NUMBER_RE.match(number):
        raise ValidationError(
            f"编号“{number}”只能包含字母、数字、汉字和 - _ / . #", field="number")
    kind = data.kind if isinstance(data.kind, MediumKind) else MediumKind.parse(data.kind)
    if not isinstance(data.level, Level) and not (data.level or "").strip():
        raise ValidationError("请选择密级", field="level")
    level = data.level if isinstance(data.level, Level) else Level.parse(data.level)
    status = (data.status if isinstance(data.status, MediumStatus)
              else MediumStatus.parse(data.status))
    brand = _required(data.brand_model, "brand_model", "品牌型号", 64)
    holder = _required(data.holder, "holder", "责任人", 64)
    vid = _hex4(data.vendor_id, "vendor_id", "厂商ID")
    pid = _hex4(data.product_id, "product_id", "产品ID")
    if (vid is None) != (pid is None):
        raise ValidationError("厂商ID与产品ID须同时填写", field="vendor_id" if vid is None
                              else "product_id")
    serial = _text(data.serial, "serial", "序列号", MAX_SERIAL, required=False)
    if serial is not None and usable_serial(serial) != serial:
        raise ValidationError("序列号含有不可用的字符", field="serial")
    if kind in IDENTIFIED_KINDS:
        if vid is None:
            raise ValidationError(f"{kind.label}须填写厂商ID和产品ID（插入设备时可自动读取）",
                                  field="vendor_id")
        if serial is None:
            raise ValidationError(f"{kind.label}须填写序列号（没有序列号的存储设备不能使用）",
                                  field="serial")
    if kind is MediumKind.EQUIPMENT and vid is None:
        raise ValidationError("设备须填写厂商ID和产品ID", field="vendor_id")
    capacity = _text(data.capacity, "capacity", "容量", 16, required=False)
    if capacity is not None and not CAPACITY_RE.match(capacity):
        raise ValidationError(f"容量“{capacity}”格式应如 64GB、500MB、2TB", field="capacity")
    bought = _iso_date(data.bought_on, "bought_on", "购置日期", today)
    dhash = clean_hash(data.descriptor_hash)
    return MediumData(number=number, kind=kind, brand_model=brand, level=level, holder=holder,
                     vendor_id=vid, product_id=pid, serial=serial, capacity=capacity,
                     status=status, bought_on=bought, descriptor_hash=dhash)
