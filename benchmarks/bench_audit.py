"""The readable trail at scale: 100,000 audit entries.

The demo register (``mibu demo``) with 3,000 more documents (9,000 copies) and its trail
repeated, entry for entry, until it holds 100,000 entries (chained as
:func:`app.services.audit.record_many` chains them); the copies' steps happen to the many
copies, so an item has tens of entries as at a real desk, and every entry names real copies,
people, approvals and media. Kept in ``build/bench_audit``.

- ``audit_view_first_page_ms_100k``: what the audit screen does when opened: count and the
  first page (``app.ui.audit_view.PAGE`` entries), in words.
- ``audit_filter_ms_100k``: the same with a category and an item (借阅 of one copy).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from pathlib import Path

from sqlalchemy import func, insert, select

from app.models.documents import Copy, Document
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.people import Organisation
from app.services import audit, trail
from app.services.demo import create_demo
from app.services.register import Register
from app.ui.audit_view import PAGE
from benchmarks._cache import cached_register

TARGETS = {"audit_view_first_page_ms_100k": ("<", 100.0),
           "audit_filter_ms_100k": ("<", 100.0)}
N_ENTRIES = 100_000
N_DOCS = 3_000
SEED = 15
PASSPHRASE = "Bench-Audit-2026!"
DIRECTORY = Path(__file__).resolve().parent.parent / "build" / "bench_audit"


def _more_documents(register: Register) -> list[int]:
    """N_DOCS more received documents of three copies each (rows, as bench_register
    writes them); the ids of their copies."""
    now = audit.now_iso()
    with register.write() as s:
        org = int(s.scalar(select(func.min(Organisation.id))) or 0)
        first = int(s.scalar(select(func.max(Document.id))) or 0) + 1
        docs = [{
            "id": first + i, "kind": "收", "internal_no": f"2025-收-{i + 1:05d}",
            "doc_number": f"京海发〔2025〕{i + 1}号", "title": f"关于保密工作的通知（{i + 1}）",
            "sender_id": org, "doc_date": dt.date(2025, 1, 1), "received_on": dt.date(2025, 1, 2),
            "level": int(Level.SECRET), "period_kind": "years", "period_years": 10,
            "period_end": dt.date(2035, 1, 1), "carrier": "纸质", "copy_allowed": False,
            "urgent": False, "return_deadline": None, "copies_count": 3, "remarks": "",
            "signed_by": "", "discrepancies": "", "created_at": now, "created_by": "bench",
        } for i in range(N_DOCS)]
        s.execute(insert(Document), docs)
        s.execute(insert(Copy), [
            {"document_id": d["id"], "copy_no": n, "kind": "original",
             "code": f"R2025-{i + 1:05d}-{n:02d}", "location": "保密柜", "state": "in_store",
             "state_since": now, "remarks": "", "created_at": now}
            for i, d in enumerate(docs) for n in (1, 2, 3)])
        return list(s.scalars(select(Copy.id).where(Copy.document_id >= first)))


def _generate(path: Path) -> None:
    register = create_demo(path, PASSPHRASE)
    rng = random.Random(SEED)
    try:
        with register.read() as s:
            seed = [audit.AuditLine.of(e) for e in s.scalars(
                select(AuditEntry).where(AuditEntry.action.not_in(
                    ("register.create", "account.create"))).order_by(AuditEntry.id))]
            total = int(s.scalar(select(func.count(AuditEntry.id))) or 0)
        copies = _more_documents(register)
        while total < N_ENTRIES:
            n = min(10_000, N_ENTRIES - total)
            changes = []
            for i in range(total, total + n):
                e = seed[i % len(seed)]
                # the copies' steps happen to the many copies, as in a year at the desk
                key = str(rng.choice(copies)) if e.entity == "copy" else e.entity_id
                changes.append(audit.Change(e.action, e.entity, key, e.before, e.after))
            with register.write() as s:
                audit.record_many(s, "clerk", changes)
            total += n
    finally:
        register.close()


def _is_current(reg: Register) -> bool:
    with reg.read() as s:
        return int(s.scalar(select(func.count(AuditEntry.id))) or 0) >= N_ENTRIES and bool(
            s.scalar(select(Document.id).where(Document.internal_no == "2025-收-00001")))


def _open() -> Register:
    return cached_register(DIRECTORY, PASSPHRASE, _generate, _is_current)


def _lent_copy(reg: Register) -> str:
    with reg.read() as s:
        copy_id = s.scalar(select(AuditEntry.entity_id).where(AuditEntry.action == "copy.lend")
                           .order_by(AuditEntry.id.desc()).limit(1))
        c = s.get(Copy, int(copy_id or 0))
        assert c is not None
        d = s.get(Document, c.document_id)
        assert d is not None
        return f"{d.internal_no}/{c.copy_no}" if c.copy_no else c.code


def _ms(fn: object, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - t) * 1000)
    return out


def run() -> dict[str, float]:
    from app.services.register import unlock

    reg = _open()
    reg.close()
    reg, clerk = unlock(DIRECTORY / "register.mibu", "clerk", PASSPHRASE)
    try:
        def first_page(f: trail.TrailFilter) -> None:
            trail.count_in(reg, clerk, f)
            lines = trail.page_in(reg, clerk, f, 0, PAGE)
            assert lines

        everything = trail.TrailFilter()
        lent = trail.TrailFilter(category="借阅", item=_lent_copy(reg))
        first_page(everything)  # warm the page cache once, as the screen's first showing does
        results = {
            "audit_view_first_page_ms_100k": statistics.median(
                _ms(lambda: first_page(everything), 20)),
            "audit_filter_ms_100k": statistics.median(_ms(lambda: first_page(lent), 20)),
        }
        with reg.read() as s:
            results["audit_entries"] = float(s.scalar(select(func.count(AuditEntry.id))) or 0)
        return results
    finally:
        reg.close()
