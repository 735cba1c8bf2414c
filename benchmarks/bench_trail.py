"""``mibu verify`` on the 100,000-document register, with a trail to replay.

The register benchmark's register (benchmarks/bench_register.py) has no audit entries for its
generated rows. A copy of it in build/bench_trail/ gets the entries a ledger import would
have written for them (one per organisation, person and document, with the service's fields;
the chain built by ``audit.record_many`` in one bulk insert), an auditor account and the
auditor's checkpoint. The prepared copy is kept between runs under a key of what made it
(the schema's revision and the code that writes the rows, the entries and the chain), so a
second ``make bench`` only checks the key. ``verify_s_100k`` is the whole verification as
``mibu verify`` runs it (register opened read-only): pages, integrity, the chain, the
schema, the checkpoints and the replay.
"""

from __future__ import annotations

import hashlib
import inspect
import resource
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models import migrate
from app.models.documents import Copy, Document, PeriodKind, ScopeEntry
from app.models.enums import Level, Role
from app.models.keyfile import key_file_path
from app.models.people import Organisation, Person
from app.services import accounts, audit, people, replay, verification
from app.services.documents.marking import Period
from app.services.register import Register, unlock
from benchmarks import bench_register

TARGETS = {
    "verify_s_100k": ("<", 30.0),
}
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench_trail"
PASSPHRASE = bench_register.PASSPHRASE
AUDITOR_PASSPHRASE = "Bench-Auditor-Passphrase-2"
KEY_FILE = "inputs.sha256"


def _cpu() -> float:
    """CPU seconds of this process so far (user + system, every thread)."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


# -- the prepared register --------------------------------------------------------------------
def _inputs_key() -> str:
    """What the prepared register is made of: the schema, the generated register's code, the
    chain's code, and the code below that writes the trail."""
    h = hashlib.sha256(migrate.head_revision().encode())
    for module in (bench_register, audit):
        h.update(Path(str(module.__file__)).read_bytes())
    for fn in (_build, _generated_changes, _document_after):
        h.update(inspect.getsource(fn).encode())
    return h.hexdigest()


def _prepare() -> tuple[Path, bool]:
    """The prepared register (made first if missing or made from other inputs); True if it
    was made now."""
    key = _inputs_key()
    path = CACHE / "register.mibu"
    stamp = CACHE / KEY_FILE
    if (stamp.is_file() and stamp.read_text() == key and path.is_file()
            and key_file_path(path).is_file()):
        return path, False
    bench_register._open().close()  # generated first if missing or stale
    source = bench_register.CACHE / "register.mibu"
    building = CACHE.with_name(CACHE.name + ".building")  # renamed into place when complete
    if building.exists():
        shutil.rmtree(building)
    building.mkdir(parents=True)
    target = building / "register.mibu"
    for src, dst in ((source, target), (key_file_path(source), key_file_path(target))):
        shutil.copyfile(src, dst)
    _build(target)
    (building / KEY_FILE).write_text(key)
    if CACHE.exists():
        shutil.rmtree(CACHE)
    building.rename(CACHE)
    return path, True


def _build(path: Path) -> None:
    """The generated rows' entries, an auditor account, and the auditor's checkpoint."""
    reg, clerk = unlock(path, "clerk", PASSPHRASE)
    try:
        with reg.write() as s:
            s.execute(text("PRAGMA cache_size = -262144"))  # a bulk load, as in bench_register
            audit.record_many(s, clerk.username, list(_generated_changes(s)))
        accounts.create_account(reg, clerk, username="auditor", display_name="王审计",
                                role=Role.AUDITOR, passphrase=AUDITOR_PASSPHRASE)
    finally:
        reg.close()
    unlock(path, "auditor", AUDITOR_PASSPHRASE)[0].close()  # the auditor's checkpoint


def _generated_changes(s: Session) -> Iterator[audit.Change]:
    """What a ledger import of the generated register writes: each sender as it is first
    named, each person as 登记涉密人员 writes them, and each document with the fields of
    ``document.import`` (app/services/documents/receipt.py, ``_write_receipts``)."""
    senders = dict(s.execute(select(Organisation.id, Organisation.name)).tuples().all())
    for org_id, name in sorted(senders.items()):
        yield audit.Change("organisation.add", "organisation", org_id, after={"名称": name})
    for p in s.scalars(select(Person).order_by(Person.id)):
        yield audit.Change("person.add", "person", p.id, after=people._view(p))
    scopes: dict[int, list[str]] = {}
    for doc_id, value in s.execute(select(ScopeEntry.document_id, ScopeEntry.value)
                                   .order_by(ScopeEntry.id)).tuples():
        scopes.setdefault(doc_id, []).append(value)
    copies: dict[int, list[tuple[int | None, str, str]]] = {}
    for doc_id, copy_no, code, location in s.execute(
            select(Copy.document_id, Copy.copy_no, Copy.code, Copy.location)
            .order_by(Copy.document_id, Copy.copy_no)).tuples():
        copies.setdefault(doc_id, []).append((copy_no, code, location))
    for d in s.execute(select(Document).order_by(Document.id)).scalars():
        yield audit.Change("document.import", "document", d.id, after=_document_after(
            d, senders[d.sender_id], scopes.get(d.id, []), copies.get(d.id, [])))


def _document_after(d: Document, sender: str, scope: list[str],
                    copies: list[tuple[int | None, str, str]]) -> dict[str, object]:
    """A ``document.import`` entry's ``after``, field for field as the receipt writes it
    (no envelope check, no discrepancies)."""
    period = Period(PeriodKind(d.period_kind), d.period_years)
    return {
        "收文编号": d.internal_no, "文号": d.doc_number, "标题": d.title, "来文单位": sender,
        "成文日期": d.doc_date.isoformat() if d.doc_date else None,
        "收文日期": d.received_on.isoformat() if d.received_on else None,
        "密级": Level(d.level).label, "保密期限": period.label,
        "期限届满": d.period_end.isoformat() if d.period_end else None,
        "知悉范围": "、".join(scope), "载体": d.carrier, "允许复制": d.copy_allowed,
        "急件": d.urgent,
        "清退期限": d.return_deadline.isoformat() if d.return_deadline else None,
        "份数": d.copies_count, "份号": [n for n, _, _ in copies if n is not None],
        "条码": [code for _, code, _ in copies],
        "存放位置": copies[0][2] if copies else "", "备注": d.remarks,
        "信封检查": "未检查", "异常情况": d.discrepancies,
    }


# -- the benchmark ----------------------------------------------------------------------------
def run() -> dict[str, float]:
    t, cpu = time.perf_counter(), _cpu()
    path, made = _prepare()
    prepare_s, prepare_cpu_s = time.perf_counter() - t, _cpu() - cpu
    print(f"  trail register {'made' if made else 'reused'} in {prepare_s:.1f} s "
          f"({prepare_cpu_s:.1f} s CPU)", flush=True)
    reg, _ = unlock(path, "clerk", PASSPHRASE, read_only=True)  # as ``mibu verify`` opens it
    try:
        with reg.read() as s:
            assert s.scalar(select(func.count(Document.id))) == bench_register.N_DOCS
        t, cpu = time.perf_counter(), _cpu()
        report = verification.verify(reg)
        elapsed = time.perf_counter() - t
        # On a shared, loaded machine the wall time above mostly measures the neighbours;
        # verify runs in one thread, so its CPU time is what an idle machine would take.
        cpu_s = _cpu() - cpu
        replay_s = _replay_s(reg)
    finally:
        reg.close()
    if report.findings or report.problem:
        raise RuntimeError("verify found problems in the benchmark register: "
                           + "; ".join(report.findings[:3] or [str(report.problem)]))
    return {"verify_s_100k": elapsed, "verify_cpu_s_100k": cpu_s,
            "verify_replay_s_100k": replay_s, "verify_prepare_s_100k": prepare_s}


def _replay_s(reg: Register) -> float:
    with reg.read() as s:
        t = time.perf_counter()
        replay.replay(s)
        return time.perf_counter() - t


if __name__ == "__main__":  # pragma: no cover
    for k, v in run().items():
        print(f"{k:32} {v:10.2f}")
