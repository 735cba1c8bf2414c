"""Printing speed: one slip (``slip_ms``, target < 150 ms) and a 10,000-row ledger
(``ledger_10k_s``, target < 15 s)."""

from __future__ import annotations

import statistics
import time

from app.models.enums import Level
from app.reports import circulation, ledgers, samples, slipcode

KEY = b"b" * 32


def _slip() -> bytes:
    seal = slipcode.seal(KEY, "circulation", "2026-印-000001", Level.CONFIDENTIAL)
    meta = samples.meta("海淀区示例局", "2026-印-000001", seal=seal)
    return circulation.render_circulation_slip(samples.circulation_slip(Level.CONFIDENTIAL), meta)


def run() -> dict[str, float]:
    _slip()  # load the font once, as the running application has
    times = []
    for _ in range(15):
        t = time.perf_counter()
        _slip()
        times.append(time.perf_counter() - t)
    entries = list(samples.incoming_entries(10_000, Level.CONFIDENTIAL))
    t = time.perf_counter()
    pdf = ledgers.render_incoming_ledger(entries, samples.period(), samples.meta("海淀区示例局"),
                                         total=len(entries))
    ledger_s = time.perf_counter() - t
    return {
        "slip_ms": round(statistics.median(times) * 1000, 1),
        "ledger_10k_s": round(ledger_s, 2),
        "ledger_10k_mb": round(len(pdf) / 1e6, 2),
    }


if __name__ == "__main__":  # pragma: no cover
    for name, value in run().items():
        print(f"{name}\t{value}")
