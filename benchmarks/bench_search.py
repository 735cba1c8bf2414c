"""Search as fast as typing, at 100,000 and at 1,000,000 documents (issue 17).

The workload is what a clerk types into the register's search box: every prefix (1 to 6
characters) of some words, with the list's default filters, a page of the list's size
(``documents_view.PAGE``), plus one-character queries that match nothing. The 100k register
is the register benchmark's; the 1M register (30 years of a large registry, two copies each)
is generated once into build/bench_register_1m/ with bulk inserts on the raw connection and
reused while it is current.

``encrypted_vs_plain_search_ratio``: the same workload on the same 100k data, SQLCipher
(through :class:`app.services.register.Register`, as the application reads) against a plain
SQLite copy made by ``sqlcipher_export`` (opened with the standard library's SQLite), timed
interleaved query by query so that load from elsewhere hits both alike.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.models import migrate
from app.models.documents import FTS_FILL, Copy, Document
from app.models.enums import Level
from app.services import audit, search
from app.services.lifecycle import today
from app.services.register import Register, create_register
from app.services.search import DocumentFilter
from benchmarks import bench_register
from benchmarks._cache import cached_register

TARGETS = {
    "search_p95_ms_1m": ("<", 25.0),
    "search_max_ms_1m": ("", 0.0),
    "list_first_page_ms_1m": ("<", 15.0),
    "today_page_ms_1m": ("<", 80.0),
    "encrypted_vs_plain_search_ratio": ("<", 1.5),
}
ROOT = Path(__file__).resolve().parent.parent
CACHE_1M = ROOT / "build" / "bench_register_1m"
PLAIN = ROOT / "build" / "bench_register_plain" / "plain.sqlite"
N_1M = 1_000_000
COPIES_1M = 2
SEED = 20261202
PAGE = 200  # app/ui/documents_view.PAGE (not imported: no Qt here)

#: Words typed into the search box; every prefix of each is a query (1 to 6 characters).
WORDS = ["海淀区教育", "保密工作", "发〔2016〕", "2021-收-01", "关于印发", "罕见词语",
         "通知", "京海发〔2019", "检查情况", "绝密", "〔2020〕1号", "涉密载体管理", "批复"]
#: One-character queries that match nothing (the slowest kind for an index walk).
NOTHING = ["罕", "〇", "Ω", "x"]


def workload() -> list[DocumentFilter]:
    queries: dict[str, None] = {}
    for w in WORDS:
        for n in range(1, min(len(w), 6) + 1):
            queries[w[:n]] = None
    for q in NOTHING:
        queries[q] = None
    return [DocumentFilter(text=q) for q in queries]


def _ms(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def measure_search(reg: Register, size: str, repeat: int = 5) -> dict[str, float]:
    """p95 and max of the typed workload, and the first page of the unfiltered list."""
    filters = workload()
    for f in filters:  # warm the page cache as a clerk's session would
        search.search_documents(reg, f, limit=PAGE)
    gc.collect()  # what the window does once built after an unlock (application._settle)
    gc.freeze()
    try:
        timings: list[float] = []
        for _ in range(repeat):
            for f in filters:
                timings.append(_ms(lambda f=f: search.search_documents(reg, f, limit=PAGE)))
        first = [_ms(lambda: search.search_documents(reg, DocumentFilter(), limit=PAGE))
                 for _ in range(20)]
    finally:
        gc.unfreeze()
    return {f"search_p95_ms_{size}": round(bench_register._p95(timings), 2),
            f"search_max_ms_{size}": round(max(timings), 2),
            f"list_first_page_ms_{size}": round(statistics.median(first), 2)}


# -- the 1M register ---------------------------------------------------------------------------
def _generate_1m(path: Path) -> None:
    """A new register, filled by a child process of its own (see :func:`_fill_1m`)."""
    created = create_register(path, unit_name="海淀区测试局", workstation_name="机要室-01",
                              level=Level.CONFIDENTIAL, clerk_username="clerk",
                              clerk_display_name="张保密",
                              passphrase=bench_register.PASSPHRASE)
    key_pragma = created.register.db._key_pragma
    created.register.close()
    subprocess.run([sys.executable, "-m", "benchmarks.bench_search", "--fill", str(path)],  # noqa: S603
                   input=key_pragma, text=True, check=True, cwd=ROOT)


def _fill_1m(path: Path, key_pragma: str) -> None:
    """Bulk inserts on a raw SQLCipher connection, in a process that never turned on
    ``cipher_memory_security``: it wipes and locks every allocation (two system calls each),
    which made the inserts several times slower. The data is generated, nothing to protect;
    the register is then opened and measured as the application opens it, protection on."""
    import sqlcipher3

    b = bench_register
    rng = random.Random(SEED)
    raw = sqlcipher3.connect(str(path), isolation_level=None)
    raw.execute(key_pragma)
    raw.execute("PRAGMA cipher_memory_security = OFF")
    raw.execute("PRAGMA cache_size = -524288")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("BEGIN IMMEDIATE")
    triggers = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'document'"
        " AND name LIKE 'document_fts%'").fetchall()
    for name, _ in triggers:
        raw.execute(f'DROP TRIGGER "{name}"')
    now = audit.now_iso()
    raw.executemany("INSERT INTO organisation (name, remarks, created_at) VALUES (?,'',?)",
                    [(n, now) for n in b.SENDERS])
    org_ids = [r[0] for r in raw.execute("SELECT id FROM organisation ORDER BY id")]
    raw.executemany(
        "INSERT INTO person (name, department, post, clearance, status, remarks, created_at)"
        " VALUES (?,?,'科员',?,'on_post','',?)",
        [(f"人员{i:03d}", b.SCOPES[i % len(b.SCOPES)], 2 + i % 3, now) for i in range(600)])
    first = raw.execute("SELECT coalesce(max(id), 0) FROM document").fetchone()[0] + 1
    start = dt.date(1997, 1, 1)
    days = (dt.date(2026, 11, 30) - start).days
    per_year: dict[int, int] = {}
    chunk = 100_000
    for base in range(0, N_1M, chunk):
        docs, copies, scopes = [], [], []
        for i in range(base, min(N_1M, base + chunk)):
            day = start + dt.timedelta(days=i * days // N_1M)
            year = day.year
            seq = per_year[year] = per_year.get(year, 0) + 1
            level = rng.choice(b.LEVELS)
            years = level.max_period_years
            end = (day.replace(year=year + years).isoformat() if years and not (
                day.month == 2 and day.day == 29) else None)
            doc_id = first + i
            docs.append((
                doc_id, f"{year}-收-{seq:05d}",
                f"{rng.choice(b.PREFIX)}〔{year}〕{rng.randint(1, 2000)}号",
                rng.choice(b.FORMS).format(t=rng.choice(b.TOPICS), y=year),
                rng.choice(org_ids), day.isoformat(), day.isoformat(), int(level),
                "years" if years else "none", years, end, COPIES_1M, now))
            for n in range(1, COPIES_1M + 1):
                copies.append((doc_id, n, f"R{year}-{seq:05d}-{n:02d}", now, now))
            scopes.append((doc_id, rng.choice(b.SCOPES)))
        raw.executemany(
            "INSERT INTO document (id, kind, internal_no, doc_number, title, sender_id,"
            " doc_date, received_on, level, period_kind, period_years, period_end, carrier,"
            " copy_allowed, urgent, copies_count, remarks, signed_by, discrepancies,"
            " created_at, created_by) VALUES"
            " (?,'收',?,?,?,?,?,?,?,?,?,?,'纸质',0,0,?,'','','',?,'bench')", docs)
        raw.executemany(
            "INSERT INTO copy (document_id, copy_no, kind, code, location, state, state_since,"
            " remarks, created_at) VALUES (?,?,'original',?,'保密柜','in_store',?,'',?)", copies)
        raw.executemany("INSERT INTO document_scope (document_id, kind, value)"
                        " VALUES (?,'department',?)", scopes)
        print(f"  {base + chunk:,} documents", flush=True)
    raw.executemany("INSERT INTO number_counter (year, kind, last) VALUES (?,'收',?)",
                    list(per_year.items()))
    raw.execute("DELETE FROM document_fts")
    raw.execute(FTS_FILL.replace(":first", "0"))
    for _, sql in triggers:
        raw.execute(sql)
    raw.execute("COMMIT")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()


def _is_current_1m(reg: Register) -> bool:
    with reg.read() as s:
        n = s.scalar(select(func.max(Document.id)))
    return (n or 0) >= N_1M and migrate.current_revision(reg.db.engine) == (
        migrate.head_revision())


def open_1m() -> Register:
    return cached_register(CACHE_1M, bench_register.PASSPHRASE, _generate_1m, _is_current_1m)


def _today_ms(reg: Register, repeat: int = 15) -> float:
    today.today_page(reg)
    return round(statistics.median(_ms(lambda: today.today_page(reg)) for _ in range(repeat)), 1)


# -- SQLCipher against plain SQLite --------------------------------------------------------------
def _plain_copy(reg: Register) -> Path:
    """A plain SQLite copy of the register (made once; remade when the 100k cache or its
    schema changes)."""
    marker = PLAIN.with_suffix(".done")  # the export finished
    probe = ("SELECT count(*), max(id), (SELECT version_num FROM alembic_version) "
             "FROM document")
    with reg.read() as s:
        docs = tuple(s.execute(text(probe)).one())
    if PLAIN.exists() and marker.exists():
        with contextlib.closing(sqlite3.connect(PLAIN)) as conn:
            if conn.execute(probe).fetchone() == docs:  # same data, same schema
                return PLAIN
    PLAIN.parent.mkdir(parents=True, exist_ok=True)
    for old in (PLAIN, marker):
        old.unlink(missing_ok=True)
    with reg.db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(PLAIN),))
        raw.execute("SELECT sqlcipher_export('plain')")
        raw.execute("DETACH DATABASE plain")
    marker.touch()
    return PLAIN


@contextlib.contextmanager
def _plain_sessions(path: Path) -> Iterator[Callable[[], Session]]:
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _pragmas(conn: object, _record: object) -> None:
        for pragma in ("temp_store = MEMORY", "query_only = ON"):
            conn.execute(f"PRAGMA {pragma}")  # type: ignore[attr-defined]

    try:
        yield sessionmaker(engine)
    finally:
        engine.dispose()


def encrypted_vs_plain(reg: Register, rounds: int = 5) -> float:
    """Total time of the workload encrypted over plain, query by query in alternating order."""
    plain_path = _plain_copy(reg)
    filters = workload()
    enc = plain = 0.0
    with _plain_sessions(plain_path) as sessions:
        def on_plain(f: DocumentFilter) -> object:
            with sessions() as s:
                return search.search_documents_s(s, f, limit=PAGE)

        def on_enc(f: DocumentFilter) -> object:
            return search.search_documents(reg, f, limit=PAGE)

        for f in filters:  # warm both, and check they answer alike
            assert [r.id for r in on_plain(f)] == [r.id for r in on_enc(f)]  # type: ignore[attr-defined]
        for i in range(rounds):
            for j, f in enumerate(filters):
                if (i + j) % 2:
                    enc += _ms(lambda f=f: on_enc(f))
                    plain += _ms(lambda f=f: on_plain(f))
                else:
                    plain += _ms(lambda f=f: on_plain(f))
                    enc += _ms(lambda f=f: on_enc(f))
    return round(enc / plain, 2)


def run() -> dict[str, float]:
    results: dict[str, float] = {}
    reg = bench_register._open()
    try:
        with reg.read() as s:
            assert s.scalar(select(func.count(Copy.id))) == bench_register.N_COPIES
        results["encrypted_vs_plain_search_ratio"] = encrypted_vs_plain(reg)
    finally:
        reg.close()
    t = time.perf_counter()
    reg = open_1m()
    print(f"  1M register ready in {time.perf_counter() - t:.1f} s", flush=True)
    try:
        results.update(measure_search(reg, "1m", repeat=3))
        from benchmarks import bench_lifecycle

        bench_lifecycle.add_activity(reg)
        results["today_page_ms_1m"] = _today_ms(reg)
    finally:
        reg.close()
    return results


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:2] == ["--fill"]:
        _fill_1m(Path(sys.argv[2]), sys.stdin.read())
        sys.exit(0)
    for k, v in run().items():
        print(f"{k:36} {v:10.2f}")
