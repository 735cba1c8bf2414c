"""Limits and roles shared by the documents services."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.documents import (
    Document,
    DocumentKind,
)
from app.models.enums import Level, Role

CLERKS = (Role.CLERK,)
TITLE_MAX = 500
DOC_NUMBER_MAX = 64
REMARKS_MAX = 2000
LOCATION_MAX = 64
SCOPE_MAX = 1000
MAX_COPIES = 999  # copies in one receipt or batch
MAX_COPY_NO = 999_999  # 份号 are printed with up to six digits
NUMBERED_LEVELS = (Level.CONFIDENTIAL, Level.TOP_SECRET)  # 份号 mandatory (002 篇七 第十七条)
DISPATCH_SERIES = "封"
CODE_PREFIX = {DocumentKind.RECEIVED: "R", DocumentKind.OUTGOING: "D"}

def _document(s: Session, document_id: int) -> Document:
    d = s.get(Document, document_id)
    if d is None:
        raise NotFound(f"找不到编号为 {document_id} 的文件", field="document")
    return d
