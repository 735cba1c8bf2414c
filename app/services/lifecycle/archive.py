"""归档: at year end, copies that are to be kept are handed to the archive (domain.md
"Register of carriers": archive at year end where required). An archived copy stays in the
register for good; it can later be declassified, nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.errors import RuleViolation
from app.models.documents import CopyState
from app.services.lifecycle import common, states
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register

FILE_NO_MAX = 64
REMARKS_MAX = 500


def archive(
    register: Register, actor: Actor, copy_ids: Sequence[int], *, file_no: str,
    remarks: str = "",
) -> list[common.CopyRef]:
    """Archive copies in store under an archive file number (档号); all or none."""
    common.require_clerk(actor)
    wanted = common.ids(copy_ids, "copies", "归档清单")
    file_no = common.text(file_no, "file_no", "档号", max_len=FILE_NO_MAX)
    remarks = common.text(remarks, "remarks", "备注", max_len=REMARKS_MAX, required=False)
    when = common.now()
    with register.write() as s:
        loaded = [common.load_copy(s, i) for i in wanted]
        refusals = [f"{common.copy_label(c, d)}：{common.why(c, Action.ARCHIVE)}"
                    for c, d in loaded if not states.allowed(CopyState(c.state), Action.ARCHIVE)]
        if refusals:
            raise RuleViolation("以下载体不能归档（只有在库或已解密的载体才能归档）："
                                + "；".join(refusals[:5]), field="copies")
        for c, _ in loaded:
            common.move(s, actor, c, Action.ARCHIVE, holder=None, at=when,
                        details={"档号": file_no, "备注": remarks})
        return [common.copy_ref(c, d) for c, d in loaded]
