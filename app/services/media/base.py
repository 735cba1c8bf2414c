"""Limits of the media ledger and what the domain fixes (loss, inventory, destruction)."""

from __future__ import annotations

import re

from app.models.lifecycle import DestructionMethod
from app.models.media import (
    MediumKind,
)

NUMBER_RE = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff\-_/.#]{0,31}$")
HEX4_RE = re.compile(r"^[0-9A-Fa-f]{4}$")
CAPACITY_RE = re.compile(r"^\d{1,6}(\.\d{1,2})?\s?(MB|GB|TB)$", re.IGNORECASE)
MAX_SERIAL = 126
LOSS_REPORT_HOURS = 24  # domain.md: loss reported within 24 hours
INVENTORY_MONTHS = 6  # domain.md: inventory every six months
#: How a medium may be destroyed (002 涉密移动存储介质; 003 (二)): sent to the destruction
#: authority, or on site by physical destruction or degaussing, by named means.
MEDIA_DESTRUCTION = (DestructionMethod.CENTRE, DestructionMethod.SHRED,
                     DestructionMethod.PHYSICAL, DestructionMethod.DEGAUSS)
PERSON_LABEL_RE = re.compile(r"^(?P<name>[^（(]+)[（(](?P<dept>[^）)]+)[）)]$")
#: Kinds the guard identifies by vendor/product id and serial: these must be given.
IDENTIFIED_KINDS = (MediumKind.USB_STICK, MediumKind.HARD_DISK)
