"""An extract of the readable trail for a period, a category or one item, printed or saved
through the print service (so it is itself in the print audit), marked with the highest
level it mentions, and closed by the chain's verification and the first and last entries'
hashes, so that a later verification can show the printed extract was complete."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.errors import AuditChainBroken, ValidationError
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.reports import inspector
from app.reports.catalog import FormKind
from app.reports.data import PrintMeta
from app.services import anchor, audit, trail
from app.services.print_forms.base import Prepared, ref
from app.services.register import Actor, Register, require_role
from app.services.trail import TrailFilter

MAX_LINES = 20_000
CHUNK = 500


@dataclass(frozen=True)
class Extract:
    paper: inspector.ExtractPaper
    level: Level


def make_extract(register: Register, actor: Actor, f: TrailFilter, scope: str) -> Extract:
    require_role(actor, *trail.READERS)
    with register.read() as s:
        total = trail.count(s, f)
        if total > MAX_LINES:
            raise ValidationError(f"所选范围有 {total} 条记录，超过一次摘录的上限 {MAX_LINES} 条，"
                                  "请缩小期间或加选类别、物品", field="extract")
        entries = trail.entries(s, f)
        lines: list[inspector.ExtractLine] = []
        for start in range(0, len(entries), CHUNK):
            for t in trail.readable(s, entries[start:start + CHUNK]):
                lines.append(inspector.ExtractLine(
                    t.at, t.category, t.label, t.subject, t.changes, t.actor,
                    Level(t.level) if t.level is not None else Level.UNCLASSIFIED))
        try:
            checked = audit.verify_chain(s, register.derive_key(audit.AUDIT_KEY_INFO))
            verification = (f"完整：登记簿全部 {checked} 条审计记录逐条校验通过"
                            f"（{trail.local_time(audit.now_iso())}）")
        except AuditChainBroken as e:
            verification = f"不完整：{e.message}"
        cp = anchor.latest(s)  # the code a later inspection can check with mibu verify --code
        verification += (f"；最新签名检查点：第 {cp.seq} 号（覆盖前 {cp.entry_count} 条），"
                         f"检查点码 {cp.code}" if cp is not None else "；尚无签名检查点")
        length = int(s.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)
        first_id = entries[0].id if entries else 0
        last_id = entries[-1].id if entries else 0
        rows = s.execute(select(AuditEntry.id, AuditEntry.hash).where(
            AuditEntry.id.in_((first_id, last_id))))
        hashes: dict[int, str] = {row.id: row.hash for row in rows}
    paper = inspector.ExtractPaper(
        register.workstation.unit_name, scope, tuple(lines), verification,
        hashes.get(first_id, ""), hashes.get(last_id, ""), first_id, last_id, length)
    level = max((x.level for x in lines), default=Level.UNCLASSIFIED)
    return Extract(paper, level)


def prepare(register: Register, actor: Actor, f: TrailFilter, scope: str) -> Prepared:
    """The extract, ready for the print service (issue, then print or save to a medium)."""
    made = make_extract(register, actor, f, scope)
    paper = made.paper

    def render(meta: PrintMeta) -> bytes:
        return inspector.render_extract(paper, meta)

    key = f"{paper.first_id}-{paper.last_id}" if paper.lines else "empty"
    return Prepared(FormKind.TRAIL_EXTRACT, f"审计记录摘录：{scope}"[:200], scope[:200],
                    made.level, render, ref(FormKind.TRAIL_EXTRACT, key))
