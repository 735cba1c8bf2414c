"""A day at the desk, shortened (issue 19): memory growth per 100 cycles and the cycle time.

One cycle: every area and tab, a search, one ledger previewed and closed, lock and unlock
(tests/soak/desk.py). ``make soak`` runs the long version (300 cycles) with the same figures.
"""

from __future__ import annotations

import statistics

from tests.soak.ui_soak import RSS_TARGET_MB_PER_100, TIME_TOLERANCE, WARM_UP, run_soak

CYCLES = WARM_UP + 40  # about two minutes on the reference machine
TARGETS = {
    "soak_rss_mb_per_100_cycles": ("<", RSS_TARGET_MB_PER_100),
    "soak_cycle_s": ("<", 2.0),
    "soak_cycle_time_ratio": ("<", 1 + TIME_TOLERANCE),  # last ten cycles / first ten
}


def run() -> dict[str, float]:
    result = run_soak(CYCLES, report=False)
    if result.problems():
        print("  soak:", "; ".join(p.splitlines()[0] for p in result.problems()))
    return {
        "soak_rss_mb_per_100_cycles": result.rss_mb_per_100_cycles,
        "soak_cycle_s": statistics.median(result.cycle_s[WARM_UP:]),
        "soak_cycle_time_ratio": result.time_ratio,
    }
