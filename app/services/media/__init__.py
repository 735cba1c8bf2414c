"""The removable media ledger (移动存储介质台帐): registering media and equipment, and
every step of their life (domain.md "Removable media").

- A medium carries the highest level it ever held and is never downgraded.
- Its 责任人 is a registered person on post, cleared for its level (as for paper).
- Carrying out, copying and destruction use an approval record (as for paper), bound to the
  medium and used once; 绝密 goes out with two people.
- Inventory (清查) every six months; a loss opens an incident to report within 24 hours.
- Repair only at a designated place; destruction by an allowed method before two registered,
  cleared witnesses other than the clerk, and recorded.
- Equipment (USB printer, USB key, barcode scanner) is registered the same way as 设备.

People are named as the clerk types them, "姓名" or, where two share a name, "姓名（部门）".

The package's modules: ``base`` (limits), ``views`` (what goes in and out), ``validation``,
``holders`` (people), ``ledger`` (registering, reading), ``steps`` (the life of a medium),
``copying`` (approvals for a medium, copying it), ``loss``, ``identity`` (the USB guard).
"""

from __future__ import annotations

from app.models.media import (  # re-exported, as before the split
    MediumEventKind,
    MediumKind,
    MediumStatus,
)
from app.services.media.base import (
    CAPACITY_RE,
    HEX4_RE,
    IDENTIFIED_KINDS,
    INVENTORY_MONTHS,
    LOSS_REPORT_HOURS,
    MAX_SERIAL,
    MEDIA_DESTRUCTION,
    NUMBER_RE,
    PERSON_LABEL_RE,
)
from app.services.media.copying import (
    APPROVAL_OF,
    copy_medium,
    request_approval,
    usable_approvals,
)
from app.services.media.holders import (
    check_person,
    find_person,
    holder_of,
)
from app.services.media.identity import (
    all_guard_entries,
    guard_entries,
    prefill_from_device,
)
from app.services.media.ledger import (
    add_medium,
    check_unique,
    get,
    history,
    list_media,
    register_medium,
)
from app.services.media.loss import (
    incident_view_s,
    inventory_due_count_s,
    mark_reported,
    open_incidents,
    open_incidents_s,
    report_lost,
)
from app.services.media.steps import (
    STEP_FROM,
    Check,
    _add_months,
    back_from_repair,
    bring_back,
    carry_out,
    destroy,
    inventory_due,
    issue,
    raise_level,
    record_inventory,
    return_medium,
    send_for_repair,
)
from app.services.media.validation import (
    clean,
    clean_hash,
)
from app.services.media.views import (
    IncidentView,
    MediumData,
    MediumEventView,
    MediumView,
    NewMedium,
)

__all__ = [
    "APPROVAL_OF",
    "CAPACITY_RE",
    "HEX4_RE",
    "IDENTIFIED_KINDS",
    "INVENTORY_MONTHS",
    "LOSS_REPORT_HOURS",
    "MAX_SERIAL",
    "MEDIA_DESTRUCTION",
    "NUMBER_RE",
    "PERSON_LABEL_RE",
    "STEP_FROM",
    "Check",
    "IncidentView",
    "MediumData",
    "MediumEventKind",
    "MediumEventView",
    "MediumKind",
    "MediumStatus",
    "MediumView",
    "NewMedium",
    "_add_months",
    "add_medium",
    "all_guard_entries",
    "back_from_repair",
    "bring_back",
    "carry_out",
    "check_person",
    "check_unique",
    "clean",
    "clean_hash",
    "copy_medium",
    "destroy",
    "find_person",
    "get",
    "guard_entries",
    "history",
    "holder_of",
    "incident_view_s",
    "inventory_due",
    "inventory_due_count_s",
    "issue",
    "list_media",
    "mark_reported",
    "open_incidents",
    "open_incidents_s",
    "prefill_from_device",
    "raise_level",
    "record_inventory",
    "register_medium",
    "report_lost",
    "request_approval",
    "return_medium",
    "send_for_repair",
    "usable_approvals",
]
