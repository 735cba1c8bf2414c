"""Printing speed from a register: one circulation slip (``slip_ms``, target < 150 ms, the
record read and mapped, then drawn) and the 收文登记簿 of a year of 10,000 documents
(``ledger_10k_s``, target < 15 s, rows streamed from the register while drawing).

The register is generated once into build/bench_reports/ (10,000 received documents of one
year, two copies each, one round of circulation) and reused.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from pathlib import Path

from sqlalchemy import insert, select

from app.models.documents import Copy, Document, ScopeEntry
from app.models.enums import Clearance, Level
from app.models.people import Organisation
from app.reports import slipcode
from app.reports.data import Period, PrintMeta
from app.services import audit, people, print_forms
from app.services.lifecycle import circulation
from app.services.register import Register, create_register
from benchmarks._cache import cached_register

TARGETS = {"slip_ms": ("<", 150.0), "ledger_10k_s": ("<", 15.0)}
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench_reports"
PASSPHRASE = "Bench-Register-Passphrase-1"
N_DOCS = 10_000
YEAR = 2025
KEY = b"b" * 32


def _generate(path: Path) -> None:
    created = create_register(path, unit_name="海淀区示例局", workstation_name="机要室-01",
                              level=Level.CONFIDENTIAL, clerk_username="clerk",
                              clerk_display_name="张保密", passphrase=PASSPHRASE)
    reg, clerk = created.register, created.clerk
    rng = random.Random(5)
    try:
        with reg.write() as s:
            now = audit.now_iso()
            s.execute(insert(Organisation), [{"name": f"北京市海淀区来文单位{i}", "remarks": "",
                                              "created_at": now} for i in range(20)])
            orgs = list(s.scalars(select(Organisation.id)))
            rows = []
            for i in range(N_DOCS):
                day = dt.date(YEAR, 1, 1) + dt.timedelta(days=i * 365 // N_DOCS)
                level = rng.choice([Level.SECRET, Level.SECRET, Level.CONFIDENTIAL])
                rows.append({
                    "kind": "收", "internal_no": f"{YEAR}-收-{i + 1:05d}",
                    "doc_number": f"京海发〔{YEAR}〕{i + 1}号",
                    "title": f"关于进一步做好保密工作的通知（第{i + 1}号）",
                    "sender_id": rng.choice(orgs), "doc_date": day, "received_on": day,
                    "level": int(level), "period_kind": "years",
                    "period_years": level.max_period_years, "period_end": None,
                    "carrier": "纸质", "copy_allowed": False, "urgent": i % 17 == 0,
                    "return_deadline": None, "copies_count": 2, "remarks": "",
                    "signed_by": "", "discrepancies": "", "created_at": now,
                    "created_by": "clerk"})
            s.execute(insert(Document), rows)
            ids = list(s.scalars(select(Document.id).order_by(Document.id)))
            s.execute(insert(Copy), [
                {"document_id": d, "copy_no": n, "kind": "original", "code": f"R-{d}-{n}",
                 "location": "保密柜", "state": "in_store", "state_since": now, "remarks": "",
                 "created_at": now} for d in ids for n in (1, 2)])
            s.execute(insert(ScopeEntry), [{"document_id": d, "kind": "all", "person_id": None,
                                            "value": ""} for d in ids])
        first = ids[0]
        reader = people.add_person(reg, clerk, name="王明", department="办公室",
                                   clearance=Clearance.IMPORTANT).id
        with reg.read() as s:
            copy_id = s.scalar(select(Copy.id).where(Copy.document_id == first).limit(1))
        assert copy_id is not None
        circulation.hand_out(reg, clerk, copy_id, reader)
    finally:
        reg.close()


def _open() -> Register:
    return cached_register(CACHE, PASSPHRASE, _generate)


def _meta(kind: str, level: Level) -> PrintMeta:
    seal = slipcode.seal(KEY, kind, "2026-印-000001", level)
    return PrintMeta("海淀区示例局", "2026-印-000001", dt.datetime(2026, 3, 2, 9, 30), "张保密",
                     seal)


def run() -> dict[str, float]:
    reg = _open()
    try:
        def slip() -> bytes:
            prepared = print_forms.circulation_slip(reg)
            return prepared.render(_meta("circulation", prepared.level))

        slip()  # load the font once, as the running application has
        times = []
        for _ in range(15):
            t = time.perf_counter()
            slip()
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        ledger = print_forms.incoming_ledger(reg, Period(dt.date(YEAR, 1, 1),
                                                         dt.date(YEAR, 12, 31)))
        assert f"（{N_DOCS} 条）" in ledger.title
        pdf = ledger.render(_meta("incoming_ledger", ledger.level))
        ledger_s = time.perf_counter() - t
    finally:
        reg.close()
    return {
        "slip_ms": round(statistics.median(times) * 1000, 1),
        "ledger_10k_s": round(ledger_s, 2),
        "ledger_10k_mb": round(len(pdf) / 1e6, 2),
    }


if __name__ == "__main__":  # pragma: no cover
    for name, value in run().items():
        print(f"{name}\t{value}")
