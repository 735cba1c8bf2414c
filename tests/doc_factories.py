"""Valid people and documents with sensible defaults (register issue), for tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.models.enums import Clearance, Level
from app.services import documents, people
from app.services.documents import DocumentInfo, ReceiptInput
from app.services.people import PersonInfo
from app.services.register import Actor, Register

_counter = {"n": 0}


def person(register: Register, clerk: Actor, name: str = "王明", department: str = "办公室",
           clearance: Clearance = Clearance.IMPORTANT, post: str = "科员") -> PersonInfo:
    return people.add_person(register, clerk, name=name, department=department, post=post,
                             clearance=clearance)


def receipt(**overrides: Any) -> ReceiptInput:
    _counter["n"] += 1
    n = _counter["n"]
    values: dict[str, Any] = {
        "title": f"关于做好2026年度保密工作的通知（{n}）",
        "sender": "中共北京市海淀区委办公室",
        "doc_number": f"京海发〔2026〕{n}号",
        "level": Level.CONFIDENTIAL,
        "received_on": dt.date.today() - dt.timedelta(days=1),
        "copies": 2,
        "copy_numbers": [3, 4],
        "scope": "办公室",
    }
    values.update(overrides)
    return ReceiptInput(**values)


def receive(register: Register, clerk: Actor, **overrides: Any) -> DocumentInfo:
    return documents.receive(register, clerk, receipt(**overrides))
