"""``mibu verify`` on the 100,000-document register, with a trail to replay.

The register benchmark's register (benchmarks/bench_register.py) has no audit entries for its
generated rows. A copy of it in build/bench_trail/ gets one entry per document and person (as
a ledger import writes them), an auditor account and the auditor's checkpoint; it is kept
between runs while its source is unchanged. ``verify_s_100k`` is the whole verification:
pages, integrity, the chain, the schema, the checkpoints and the replay.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from sqlalchemy import func, select

from app.models.documents import Document
from app.models.enums import Clearance, Level, Role
from app.models.keyfile import key_file_path
from app.models.people import Person, PersonStatus
from app.services import accounts, audit, verification
from app.services.register import Actor, unlock
from benchmarks import bench_register

TARGETS = {
    "verify_s_100k": ("<", 30.0),
}
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench_trail"
PASSPHRASE = bench_register.PASSPHRASE
AUDITOR_PASSPHRASE = "Bench-Auditor-Passphrase-2"


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _prepare() -> Path:
    source = bench_register.CACHE / "register.mibu"
    bench_register._open().close()  # generated first if missing
    path = CACHE / "register.mibu"
    stamp = CACHE / "source.stamp"
    if path.exists() and stamp.exists() and stamp.read_text() == _stamp(source):
        return path
    if CACHE.exists():
        shutil.rmtree(CACHE)
    CACHE.mkdir(parents=True)
    for src, dst in ((source, path), (key_file_path(source), key_file_path(path))):
        shutil.copyfile(src, dst)
    reg, clerk = unlock(path, "clerk", PASSPHRASE)
    try:
        _audit_generated_rows(reg, clerk)
        accounts.create_account(reg, clerk, username="auditor", display_name="王审计",
                                role=Role.AUDITOR, passphrase=AUDITOR_PASSPHRASE)
    finally:
        reg.close()
    unlock(path, "auditor", AUDITOR_PASSPHRASE)[0].close()  # the auditor's checkpoint
    stamp.write_text(_stamp(source))
    return path


def _audit_generated_rows(reg: object, clerk: Actor) -> None:
    """One entry per generated document and person, as ``mibu import`` writes them."""
    from app.services.register import Register

    assert isinstance(reg, Register)
    with reg.write() as s:
        changes: list[audit.Change] = []
        for d in s.execute(select(Document.id, Document.internal_no, Document.doc_number,
                                  Document.title, Document.level, Document.copies_count)
                           .order_by(Document.id)):
            changes.append(audit.Change("document.import", "document", d.id, after={
                "收文编号": d.internal_no, "文号": d.doc_number, "标题": d.title,
                "密级": Level(d.level).label, "份数": d.copies_count}))
        for p in s.execute(select(Person.id, Person.name, Person.department, Person.clearance,
                                  Person.status).order_by(Person.id)):
            changes.append(audit.Change("person.add", "person", p.id, after={
                "姓名": p.name, "部门": p.department,
                "涉密等级": Clearance(p.clearance).label,
                "状态": PersonStatus(p.status).label}))
        audit.record_many(s, clerk.username, changes)


def run() -> dict[str, float]:
    path = _prepare()
    reg, _ = unlock(path, "clerk", PASSPHRASE)
    try:
        with reg.read() as s:
            assert s.scalar(select(func.count(Document.id))) == bench_register.N_DOCS
        t, cpu = time.perf_counter(), time.process_time()
        report = verification.verify(reg)
        elapsed = time.perf_counter() - t
        # On a shared, loaded machine the wall time above mostly measures the neighbours;
        # verify runs in one thread, so its CPU time is what an idle machine would take.
        cpu_s = time.process_time() - cpu
        with reg.read() as s:
            t = time.perf_counter()
            from app.services import replay

            replay.replay(s)
            replay_s = time.perf_counter() - t
    finally:
        reg.close()
    if report.findings:
        raise RuntimeError("verify found problems in the benchmark register: "
                           + "; ".join(report.findings[:3]))
    return {"verify_s_100k": elapsed, "verify_cpu_s_100k": cpu_s,
            "verify_replay_s_100k": replay_s}
