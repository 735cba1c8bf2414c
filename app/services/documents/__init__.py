"""Documents and their copies: receipt (收文), dispatch (发文), periods, level changes.

domain.md "Classification" and "Register of carriers":

- Receipt checks the envelope (intact, count, copy numbers, level, sender); discrepancies are
  recorded with the document and shown. 绝密/机密 copies carry copy numbers (份号), unique per
  document; the same 文号 with the same 份号 is never registered twice.
- Internal numbers (``2026-收-0001``) are per year and kind, and never reused.
- The 保密期限 defaults to the maximum of the level (绝密 30, 机密 20, 秘密 10 years) and may
  not exceed it; expired items are listed and, once the clerk confirms, declassified
  (自行解密). A change of level or period needs an approval record.
- Dispatch goes only to the approved distribution; the envelope is marked with the highest
  level inside and carries the dispatch number.
- Nothing above the workstation's level is registered (003 第十三条: a lower-level computer
  may not process higher-level information); the title, 文号 and distribution of such an
  item are themselves secret (000 第十一条(一)), so not even its record is written.

Every function takes ids and plain values and returns frozen dataclasses.
"""

from __future__ import annotations

from app.models.documents import PeriodKind  # re-exported, as before the split
from app.models.people import PersonStatus  # re-exported, as before the split
from app.services.documents.base import (
    CLERKS,
    CODE_PREFIX,
    DISPATCH_SERIES,
    DOC_NUMBER_MAX,
    LOCATION_MAX,
    MAX_COPIES,
    MAX_COPY_NO,
    NUMBERED_LEVELS,
    REMARKS_MAX,
    SCOPE_MAX,
    TITLE_MAX,
)
from app.services.documents.marking import (
    WORKSTATION_RULE,
    Period,
    _period_of,
    check_workstation_level,
    parse_period,
)
from app.services.documents.numbers import (
    code_forms,
    copy_code,
    next_number,
    normalise_code,
)
from app.services.documents.reading import (
    copy_info_s,
    copy_is_final,
    document_info_s,
    find_copy,
    find_document,
    get_copy,
    get_document,
    item_history,
    list_copies,
)
from app.services.documents.receipt import (
    BULK_RECEIPTS,
    CheckedReceipt,
    ReceiptInput,
    add_copies,
    check_receipt,
    compare_envelope,
    duplicate_copy_numbers,
    insert_received,
    insert_received_many,
    parse_copy_numbers,
    receive,
)
from app.services.documents.scope import (
    ScopeLine,
    ScopeResolver,
    in_scope,
    in_scope_lines,
    in_scope_s,
    may_receive,
    may_receive_s,
    scope_text,
)
from app.services.documents.views import (
    CopyInfo,
    DocumentInfo,
    EnvelopeCheck,
    _copy_info,
)

__all__ = [
    "BULK_RECEIPTS",
    "CLERKS",
    "CODE_PREFIX",
    "DISPATCH_SERIES",
    "DOC_NUMBER_MAX",
    "LOCATION_MAX",
    "MAX_COPIES",
    "MAX_COPY_NO",
    "NUMBERED_LEVELS",
    "REMARKS_MAX",
    "SCOPE_MAX",
    "TITLE_MAX",
    "WORKSTATION_RULE",
    "CheckedReceipt",
    "CopyInfo",
    "DocumentInfo",
    "EnvelopeCheck",
    "Period",
    "PeriodKind",
    "PersonStatus",
    "ReceiptInput",
    "ScopeLine",
    "ScopeResolver",
    "_copy_info",
    "_period_of",
    "add_copies",
    "check_receipt",
    "check_workstation_level",
    "code_forms",
    "compare_envelope",
    "copy_code",
    "copy_info_s",
    "copy_is_final",
    "document_info_s",
    "duplicate_copy_numbers",
    "find_copy",
    "find_document",
    "get_copy",
    "get_document",
    "in_scope",
    "in_scope_lines",
    "in_scope_s",
    "insert_received",
    "insert_received_many",
    "item_history",
    "list_copies",
    "may_receive",
    "may_receive_s",
    "next_number",
    "normalise_code",
    "parse_copy_numbers",
    "parse_period",
    "receive",
    "scope_text",
]
