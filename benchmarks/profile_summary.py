"""Where the time of search, the today page and an import goes (issue 17's profile summary).

``python -m benchmarks.profile_summary`` (after ``make bench`` has made the 100k register in
build/): wall time, the kernel's share of it (memory security's mlock/munlock shows there)
and cProfile's own time split into SQLite (the C calls of sqlcipher3), SQLAlchemy, openpyxl
and Mibu. ``MIBU_MEMORY_SECURITY=on`` profiles the same code with memory security on. Not
part of ``make bench`` (its module name does not start with ``bench_``).
"""

from __future__ import annotations

import cProfile
import pstats
import resource
import time
from collections.abc import Callable

from app.models import memory
from app.services import ledgers, search
from app.services.lifecycle import today
from benchmarks import bench_register, bench_search

BUCKETS = ("SQLite (C)", "SQLAlchemy", "openpyxl", "Mibu", "other Python")


def _bucket(filename: str, name: str) -> str:
    if "sqlcipher3" in name or "sqlcipher3" in filename:
        return "SQLite (C)"
    for part, bucket in (("sqlalchemy", "SQLAlchemy"), ("openpyxl", "openpyxl"),
                         ("/app/", "Mibu")):
        if part in filename:
            return bucket
    return "other Python"


def profile(name: str, work: Callable[[], object]) -> str:
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    wall = time.perf_counter() - started
    system = resource.getrusage(resource.RUSAGE_SELF).ru_stime - before.ru_stime
    own = dict.fromkeys(BUCKETS, 0.0)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    for (filename, _line, function), (_cc, _nc, tottime, _ct, _callers) in stats.items():
        own[_bucket(filename, function)] += tottime
    total = sum(own.values()) or 1.0
    shares = ", ".join(f"{k} {100 * v / total:.0f} %" for k, v in own.items()
                       if v / total >= 0.01)
    return f"{name}: {wall:.2f} s, system {100 * system / wall:.0f} % of it; {shares}"


def main() -> None:
    print(memory.protection().summary)
    reg = bench_register._open()
    try:
        filters = bench_search.workload()
        for f in filters:
            search.search_documents(reg, f, limit=bench_search.PAGE)
        print(profile("search, the typed workload x3 at 100k", lambda: [
            search.search_documents(reg, f, limit=bench_search.PAGE)
            for _ in range(3) for f in filters]))
        today.today_page(reg)
        print(profile("today page x10 at 100k",
                      lambda: [today.today_page(reg) for _ in range(10)]))
    finally:
        reg.close()
    ledger = bench_register._ledger("documents_10k.xlsx", ledgers.DOCUMENT_HEADER,
                                    bench_register._document_ledger)
    print(profile("import of 10k documents (with a new register)", lambda: (
        bench_register._timed_import(ledger, ledgers.import_documents, 10_000))))


if __name__ == "__main__":  # pragma: no cover
    main()
