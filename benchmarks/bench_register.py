"""The document register at scale: 100,000 documents and 300,000 copies.

The register is generated once into build/bench_register/ (bulk inserts through SQLAlchemy
Core in one write transaction, the full-text index filled once at the end) and reused by
later runs while its schema is the current one and it holds exactly what was generated:
receipts are timed in a copy of it. Generated rows have no audit entries of their own.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app.models import migrate
from app.models.documents import FTS_TABLE, Copy, Document, NumberCounter, ScopeEntry
from app.models.enums import Level
from app.models.keyfile import key_file_path
from app.models.people import Organisation, Person
from app.services import audit, documents, ledgers, search
from app.services.documents import ReceiptInput
from app.services.register import Register, create_register, unlock
from app.services.search import DocumentFilter
from app.services.tables import ImportReport, write_table
from benchmarks._cache import cached_register

TARGETS = {
    "search_p95_ms_100k": ("<", 10.0),
    "search_max_ms_100k": ("<", 40.0),
    "list_first_page_ms_100k": ("<", 100.0),
    "receipt_ms": ("<", 5.0),
    "import_10k_s": ("<", 5.0),
    "import_people_100k_s": ("<", 30.0),
}
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench_register"
PASSPHRASE = "Bench-Register-Passphrase-1"
N_DOCS = 100_000
N_COPIES = 300_000
N_PEOPLE = 100_000
IMPORT_CACHE = ROOT / "build" / "bench_import"
SEED = 20260131

SENDERS = [
    "中共中央办公厅", "国务院办公厅", "国家保密局", "中央保密委员会办公室", "中共北京市委办公厅",
    "北京市人民政府办公厅", "北京市国家保密局", "中共北京市海淀区委", "中共北京市海淀区委办公室",
    "北京市海淀区人民政府", "北京市海淀区人民政府办公室", "北京市海淀区国家保密局",
    "北京市海淀区教育委员会", "北京市海淀区卫生健康委员会", "北京市发展和改革委员会",
    "北京市财政局", "北京市公安局海淀分局", "中关村科学城管理委员会", "北京市朝阳区人民政府",
    "北京市西城区人民政府",
]
PREFIX = ["中办发", "国办发", "国保发", "中保委", "京发", "京政办发", "京保发", "京海发",
          "京海办字", "海政发", "海政办发", "海保发", "海教发", "海卫发", "京发改", "京财发"]
TOPICS = ["保密工作", "涉密载体管理", "保密检查", "涉密人员管理", "信息系统分级保护", "政务公开",
          "安全生产", "重大活动安全保卫", "年度工作要点", "专项整治", "考试命题保密",
          "国民经济和社会发展计划", "机构编制调整", "干部任免", "财政预算", "应急预案",
          "网络安全", "定密工作", "密码管理", "档案管理"]
FORMS = ["关于进一步加强{t}的通知", "关于做好{y}年{t}的意见", "关于印发《{t}实施办法》的通知",
         "{y}年{t}情况通报", "关于开展{t}的函", "关于{t}有关问题的批复", "{t}工作方案",
         "关于海淀区{t}的报告", "关于{t}的会议纪要"]
SCOPES = ["局领导", "办公室", "保密科", "人事科", "规划科", "信息中心", "财务科"]
# The registers here are 机密: nothing above 机密 is registered on them (003 第十三条).
LEVELS = [Level.INTERNAL, Level.SECRET, Level.SECRET, Level.SECRET, Level.CONFIDENTIAL,
          Level.CONFIDENTIAL]


def _doc_rows(rng: random.Random, org_ids: list[int], start: dt.date) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    per_year: dict[int, int] = {}
    for i in range(N_DOCS):
        day = start + dt.timedelta(days=i * 3650 // N_DOCS)
        seq = per_year[day.year] = per_year.get(day.year, 0) + 1
        level = rng.choice(LEVELS)
        years = level.max_period_years
        year = day.year
        rows.append({
            "kind": "收", "internal_no": f"{year}-收-{seq:05d}",
            "doc_number": f"{rng.choice(PREFIX)}〔{year}〕{rng.randint(1, 400)}号",
            "title": rng.choice(FORMS).format(t=rng.choice(TOPICS), y=year),
            "sender_id": rng.choice(org_ids), "doc_date": day, "received_on": day,
            "level": int(level), "period_kind": "years" if years else "none",
            "period_years": years,
            "period_end": day.replace(year=day.year + years) if years and not (
                day.month == 2 and day.day == 29) else None,
            "carrier": "纸质", "copy_allowed": False, "urgent": False, "return_deadline": None,
            "copies_count": 3, "remarks": "", "signed_by": "", "discrepancies": "",
            "created_at": "2026-01-01T00:00:00+00:00", "created_by": "bench",
        })
    return rows


def _generate(path: Path) -> None:
    created = create_register(path, unit_name="海淀区测试局", workstation_name="机要室-01",
                              level=Level.CONFIDENTIAL, clerk_username="clerk",
                              clerk_display_name="张保密", passphrase=PASSPHRASE)
    reg = created.register
    rng = random.Random(SEED)
    try:
        with reg.write() as s:
            # A bulk load: a large page cache, and the full-text index filled once at the end
            # (one INSERT ... SELECT) instead of row by row through its triggers.
            s.execute(text("PRAGMA cache_size = -262144"))
            triggers = _drop_fts_triggers(s)
            now = audit.now_iso()
            s.execute(insert(Organisation), [{"name": n, "remarks": "", "created_at": now}
                                             for n in SENDERS])
            org_ids = list(s.scalars(select(Organisation.id).order_by(Organisation.id)))
            s.execute(insert(Person), [
                {"name": f"人员{i:03d}", "department": SCOPES[i % len(SCOPES)],
                 "post": "科员", "clearance": 2 + i % 3, "status": "on_post", "remarks": "",
                 "created_at": now} for i in range(300)])
            rows = _doc_rows(rng, org_ids, dt.date(2016, 1, 1))
            first = int(s.scalar(select(func.coalesce(func.max(Document.id), 0))) or 0) + 1
            for i, r in enumerate(rows):
                r["id"] = first + i
            s.execute(insert(Document), rows)
            copies = []
            scopes = []
            for r in rows:
                year, _, seq = str(r["internal_no"]).split("-")
                for n in (1, 2, 3):
                    copies.append({"document_id": r["id"], "copy_no": n, "kind": "original",
                                   "code": f"R{year}-{seq}-{n:02d}", "location": "保密柜",
                                   "state": "in_store", "state_since": now, "remarks": "",
                                   "created_at": now})
                scopes.append({"document_id": r["id"], "kind": "department",
                               "person_id": None, "value": rng.choice(SCOPES)})
            s.execute(insert(Copy), copies)
            s.execute(insert(ScopeEntry), scopes)
            years: dict[int, int] = {}
            for r in rows:
                y = int(str(r["internal_no"])[:4])
                years[y] = years.get(y, 0) + 1
            s.execute(insert(NumberCounter), [{"year": y, "kind": "收", "last": n}
                                              for y, n in years.items()])
            search.rebuild_text_index(s)
            for sql in triggers:
                s.execute(text(sql))
    finally:
        reg.close()


def _drop_fts_triggers(s: Session) -> list[str]:
    """Drop the triggers that keep the full-text index on document inserts; return their SQL."""
    found = s.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'document'"
        " AND name LIKE :p"), {"p": f"{FTS_TABLE}%"}).all()
    for name, _ in found:
        s.execute(text(f'DROP TRIGGER "{name}"'))
    return [sql for _, sql in found]


def _is_current(reg: Register) -> bool:
    """Holds exactly what was generated, under the current schema."""
    with reg.read() as s:
        n = s.scalar(select(func.count(Document.id)))
        above = s.scalar(select(Document.id).where(  # an older cache had 绝密 rows
            Document.level > int(reg.workstation.level)).limit(1))
    return n == N_DOCS and above is None and (
        migrate.current_revision(reg.db.engine) == migrate.head_revision())


def _open() -> Register:
    return cached_register(CACHE, PASSPHRASE, _generate, _is_current)


def _ms(fn: object, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - t) * 1000)
    return out


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


QUERIES = ["海淀", "发〔2016〕", "保密工作", "关于", "2026-收-01", "通知", "中办发",
           "京海发〔2019〕", "检查情况", "密", "罕见词", "涉密载体管理", "海淀区教育", "批复",
           "〔2020〕1号", "绝"]


def run() -> dict[str, float]:
    results: dict[str, float] = {}
    t = time.perf_counter()
    reg = _open()
    print(f"  register ready in {time.perf_counter() - t:.1f} s", flush=True)
    try:
        with reg.read() as s:
            assert s.scalar(select(func.count(Copy.id))) == N_COPIES
        from benchmarks import bench_search  # the typed workload (issue 17)

        results.update(bench_search.measure_search(reg, "100k"))
        filters = [DocumentFilter(text=q, levels=(Level.CONFIDENTIAL,)) for q in QUERIES[:6]] + [
            DocumentFilter(text="海淀", date_from=dt.date(2020, 1, 1),
                           date_to=dt.date(2020, 12, 31)),
            DocumentFilter(expiring_within_days=90),
        ]
        timings: list[float] = []
        for f in filters:  # other filters: reported, no target
            timings += _ms(lambda f=f: search.search_documents(reg, f, limit=100), 5)
        results["search_filtered_p95_ms_100k"] = _p95(timings)
        results["count_all_ms_100k"] = statistics.median(
            _ms(lambda: search.count_documents(reg), 5))
    finally:
        reg.close()
    results["receipt_ms"] = _receipt_ms()
    results["import_10k_s"] = _import_10k()
    results["import_people_100k_s"] = _import_people_100k()
    return results


def _receipt_ms() -> float:
    """The median of 30 receipts into a copy of the 100k register (the cache stays as made)."""
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        path = Path(tmp) / "register.mibu"
        for src, dst in ((CACHE / "register.mibu", path),
                         (key_file_path(CACHE / "register.mibu"), key_file_path(path))):
            shutil.copyfile(src, dst)
        reg, _ = unlock(path, "clerk", PASSPHRASE)
        try:
            clerk = _clerk(reg)
            n = [0]

            def receipt() -> None:
                n[0] += 1
                documents.receive(reg, clerk, ReceiptInput(
                    title=f"关于做好基准测试保密工作的通知（{n[0]}）", sender="中共北京市海淀区委",
                    doc_number=f"京海测〔2026〕{n[0]}号", level=Level.CONFIDENTIAL,
                    received_on=dt.date.today(), copies=2, copy_numbers=[1, 2],
                    scope="办公室"))

            return statistics.median(_ms(receipt, 30))
        finally:
            reg.close()


def _clerk(reg: Register) -> object:
    from app.models.enums import Role
    from app.services.register import Actor

    return Actor(1, "clerk", "张保密", Role.CLERK)


def _ledger(name: str, header: tuple[str, ...], rows: Callable[[], list[list[object]]]) -> Path:
    """A generated ledger file, kept in build/bench_import/ (writing one takes a while)."""
    path = IMPORT_CACHE / name
    if not path.exists():
        IMPORT_CACHE.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{name}")
        write_table(part, header, rows())
        part.replace(path)
    return path


def _document_ledger() -> list[list[object]]:
    rng = random.Random(SEED + 1)
    rows: list[list[object]] = []
    for i in range(10_000):
        level = rng.choice(LEVELS)
        day = dt.date(2025, 1, 1) + dt.timedelta(days=i % 300)
        copies = "2（份号：1-2）" if level >= Level.CONFIDENTIAL else "2"
        rows.append([f"2025-收-{i + 1:04d}", f"{rng.choice(PREFIX)}〔2025〕{i + 1}号",
                     rng.choice(FORMS).format(t=rng.choice(TOPICS), y=2025),
                     rng.choice(SENDERS), day.isoformat(), level.label,
                     f"{level.max_period_years}年" if level.max_period_years else "",
                     copies, rng.choice(SCOPES), "", ""])
    return rows


def _people_ledger() -> list[list[object]]:
    """100,000 people: a ministry's staff over the years, some of them departed."""
    rng = random.Random(SEED + 2)
    surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红"
    posts = ["科员", "副科长", "科长", "副处长", "处长", "主任", "副主任", "干部"]
    return [[rng.choice(surnames) + rng.choice(given) + rng.choice(given) + f"{i:06d}",
             f"{rng.choice(SCOPES)}{i % 400:03d}", rng.choice(posts),
             rng.choice(["核心", "重要", "一般"]), "离岗" if i % 10 == 0 else "在岗"]
            for i in range(N_PEOPLE)]


def _timed_import(ledger: Path, importer: Callable[..., ImportReport], n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        created = create_register(Path(tmp) / "r.mibu", unit_name="海淀区测试局",
                                  workstation_name="机要室-01", level=Level.CONFIDENTIAL,
                                  clerk_username="clerk", clerk_display_name="张保密",
                                  passphrase=PASSPHRASE)
        try:
            t = time.perf_counter()
            report = importer(created.register, created.clerk, ledger)
            elapsed = time.perf_counter() - t
            assert report.ok and report.written == n, report.summary()
        finally:
            created.register.close()
    return elapsed


def _import_10k() -> float:
    ledger = _ledger("documents_10k.xlsx", ledgers.DOCUMENT_HEADER, _document_ledger)
    return _timed_import(ledger, ledgers.import_documents, 10_000)


def _import_people_100k() -> float:
    """``mibu import --kind people`` of a 100,000-row .xlsx ledger into a new register."""
    ledger = _ledger("people_100k.xlsx", ledgers.PEOPLE_HEADER, _people_ledger)
    return _timed_import(ledger, ledgers.import_people, N_PEOPLE)


if __name__ == "__main__":  # pragma: no cover
    for k, v in run().items():
        print(f"{k:32} {v:10.2f}")
