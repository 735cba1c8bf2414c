"""``make soak`` (its ``soak-ui`` part): hundreds of cycles of a day at the desk in one process.

Each cycle (tests/soak/desk.py): every area and tab, a search, one ledger previewed and
closed, lock with the window's action, unlock through the unlock dialog. Printed: RSS every
ten cycles and per 100 cycles, the cycle time, and the counts that must not grow (widgets,
receivers, descriptors, threads). Fails (exit 1) when

- RSS grows 5 MB or more per 100 cycles after the first 20 (the least-squares slope of RSS
  over cycles 21..N: one reading is noisy, the trend is not);
- the mean time of the last ten cycles is more than 20% above that of cycles 21..30 (the
  first ten after the same warm-up: the very first cycles import and compile);
- a count after the last cycle differs from after the second, or any exception was raised.

Not part of ``pytest``: the short version is tests/ui/test_soak.py. ``benchmarks/bench_soak``
runs a shorter soak for ``make bench``. The key derivation is made cheap, as in the tests:
what is measured is the screens and the register, not Argon2.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WARM_UP = 20
RSS_TARGET_MB_PER_100 = 5.0
TIME_TOLERANCE = 0.20
PASSPHRASE = "Soak-Passphrase-1"


@dataclass
class SoakResult:
    cycles: int
    rss_mb: list[float] = field(default_factory=list)  # after each cycle
    cycle_s: list[float] = field(default_factory=list)
    counts_second: dict[str, int] = field(default_factory=dict)
    counts_last: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def rss_mb_per_100_cycles(self) -> float:
        """Least-squares slope of RSS over the cycles after the warm-up, per 100 cycles."""
        ys = self.rss_mb[WARM_UP:]
        if len(ys) < 2:
            return float("nan")
        xs = list(range(len(ys)))
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        slope = (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
                 / sum((x - mx) ** 2 for x in xs))
        return 100 * slope

    @property
    def first_ten_s(self) -> float:
        return statistics.fmean(self.cycle_s[WARM_UP:WARM_UP + 10])

    @property
    def last_ten_s(self) -> float:
        return statistics.fmean(self.cycle_s[-10:])

    @property
    def time_ratio(self) -> float:
        return self.last_ten_s / self.first_ten_s

    def problems(self) -> list[str]:
        found = []
        if not self.rss_mb_per_100_cycles < RSS_TARGET_MB_PER_100:
            found.append(f"RSS grows {self.rss_mb_per_100_cycles:.1f} MB per 100 cycles")
        if self.time_ratio > 1 + TIME_TOLERANCE:
            found.append(f"the last ten cycles take {self.time_ratio:.2f}x the first ten")
        for key, value in self.counts_last.items():
            if value != self.counts_second.get(key):
                found.append(f"{key}: {self.counts_second.get(key)} after the second cycle, "
                             f"{value} after the last")
        if self.errors:
            found.append(f"{len(self.errors)} exceptions, the first:\n{self.errors[0]}")
        return found


def run_soak(cycles: int, report: bool = True) -> SoakResult:
    from PySide6.QtWidgets import QApplication

    from app.models import keyfile
    from app.services import demo
    from app.ui import fonts
    from tests.soak.desk import Desk, rss_mb

    keyfile.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                           "parallelism": 1}
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_app_font(app)
    result = SoakResult(cycles)
    with tempfile.TemporaryDirectory(prefix="mibu-soak-") as tmp:
        path = Path(tmp) / "register.mibu"
        demo.create_demo(path, PASSPHRASE).close()
        with Desk(path, "clerk", PASSPHRASE) as desk:
            for n in range(1, cycles + 1):
                started = time.perf_counter()
                desk.cycle()
                result.cycle_s.append(time.perf_counter() - started)
                result.rss_mb.append(rss_mb())
                if n in (2, cycles):
                    gc.collect()
                    counts = desk.counts()
                    if n == 2:
                        result.counts_second = counts
                    if n == cycles:
                        result.counts_last = counts
                if report and (n % 10 == 0 or n == 1):
                    print(f"cycle {n:4d}  RSS {result.rss_mb[-1]:7.1f} MB  "
                          f"{result.cycle_s[-1]:5.2f} s  {desk.counts()}", flush=True)
        result.errors = list(desk.errors)
    return result


def summary(result: SoakResult) -> str:
    rss = result.rss_mb
    per_hundred = "  ".join(f"{n}: {rss[n - 1]:.1f}" for n in range(100, len(rss) + 1, 100))
    return "\n".join([
        f"cycles: {result.cycles}",
        f"RSS MB after cycle 1: {rss[0]:.1f}, {WARM_UP}: {rss[WARM_UP - 1]:.1f}, "
        f"last: {rss[-1]:.1f}",
        f"RSS MB every 100 cycles: {per_hundred or '-'}",
        f"RSS growth after cycle {WARM_UP}: {result.rss_mb_per_100_cycles:.2f} MB per 100 "
        f"cycles (target < {RSS_TARGET_MB_PER_100:g})",
        f"cycle time: cycles {WARM_UP + 1}-{WARM_UP + 10} {result.first_ten_s:.3f} s, last ten "
        f"{result.last_ten_s:.3f} s, ratio {result.time_ratio:.2f} "
        f"(target <= {1 + TIME_TOLERANCE:.2f}); first cycle {result.cycle_s[0]:.3f} s",
        f"counts after cycle 2:    {result.counts_second}",
        f"counts after last cycle: {result.counts_last}",
        f"exceptions: {len(result.errors)}",
    ])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cycles", type=int, default=300)
    args = parser.parse_args(argv)
    if args.cycles < WARM_UP + 10:
        parser.error(f"at least {WARM_UP + 10} cycles")
    result = run_soak(args.cycles)
    print()
    print(summary(result))
    problems = result.problems()
    for p in problems:
        print("FAILED:", p)
    print("soak-ui:", "FAILED" if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
