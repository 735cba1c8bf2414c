"""Printing settings kept in the register: which label stock the clerk's printer is fed with.

Label sheets come in several standard A4 layouts (3×8 and 2×7 here, `app.reports.data`); the
choice is the workstation's, recorded in the audit trail like every other setting.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models.enums import Role
from app.models.foundation import Setting
from app.reports.data import LABEL_STOCKS, LabelStock
from app.services import audit
from app.services.register import Actor, Register, require_role

LABEL_STOCK_KEY = "label_stock"
DEFAULT_LABEL_STOCK = "3x8"


def label_stock_key_s(s: Session) -> str:
    row = s.get(Setting, LABEL_STOCK_KEY)
    key = json.loads(row.value) if row else DEFAULT_LABEL_STOCK
    return key if key in LABEL_STOCKS else DEFAULT_LABEL_STOCK


def label_stock_s(s: Session) -> LabelStock:
    return LABEL_STOCKS[label_stock_key_s(s)]


def label_stock(register: Register) -> str:
    """The key of the label stock in use (``3x8`` or ``2x7``)."""
    with register.read() as s:
        return label_stock_key_s(s)


def set_label_stock(register: Register, actor: Actor, key: str) -> None:
    require_role(actor, Role.CLERK, Role.ADMIN)
    if key not in LABEL_STOCKS:
        names = "、".join(s.name for s in LABEL_STOCKS.values())
        raise ValidationError(f"未知的标签纸规格“{str(key)[:16]}”：应为 {names}",
                              field="label_stock")
    with register.write() as s:
        before = label_stock_key_s(s)
        s.merge(Setting(key=LABEL_STOCK_KEY, value=json.dumps(key)))
        audit.record(s, actor.username, "settings.label_stock", "setting", LABEL_STOCK_KEY,
                     before={"标签纸": LABEL_STOCKS[before].name},
                     after={"标签纸": LABEL_STOCKS[key].name})
