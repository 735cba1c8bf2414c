"""What the 发文 area lists: outgoing documents with their approved distribution (批准、已发、
待发), the envelopes that carried them, and the copies a recipient is still owed."""

from __future__ import annotations

import datetime as dt

from app.models.enums import Level
from app.services import dispatch, documents
from app.services.register import Actor, Register
from tests import doc_factories as f

TODAY = dt.date.today()


def test_outgoing_lists_distribution_and_envelopes(register: Register, clerk: Actor) -> None:
    doc = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕9号", title="关于保密检查的通知", level=Level.CONFIDENTIAL,
        issued_on=TODAY, signed_by="李主任", urgent=True,
        distribution=[("北京市海淀区教育委员会", 2), ("北京市海淀区卫生健康委员会", 1)],
        keep_copies=1))
    f.receive(register, clerk)  # a received document is not listed
    copies = documents.list_copies(register, doc.id)
    dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会",
                      copy_ids=[copies[0].id, copies[1].id])
    [row] = dispatch.list_outgoing(register)
    assert (row.internal_no, row.copies, row.approved, row.sent, row.in_store, row.pending) == (
        doc.internal_no, 4, 3, 2, 2, 1)
    assert row.marking == "机密★20年" and row.urgent
    assert dispatch.list_outgoing(register, "保密检查")[0].id == doc.id
    assert dispatch.list_outgoing(register, "%") == []  # LIKE wildcards are plain text
    assert [(d.recipient, d.approved, d.sent, d.pending)
            for d in dispatch.distribution_lines(register, doc.id)] == [
        ("北京市海淀区教育委员会", 2, 2, 0), ("北京市海淀区卫生健康委员会", 1, 0, 1)]
    [env] = dispatch.envelopes(register, doc.id)
    assert (env.recipient, env.copy_numbers, env.count) == ("北京市海淀区教育委员会", "1-2", 2)
    assert env.envelope_marking == f"机密 {TODAY.year}-封-0001 特急"


def test_dispatchable_lists_what_a_recipient_is_still_owed(register: Register,
                                                           clerk: Actor) -> None:
    a = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕9号", title="甲", level=Level.SECRET, issued_on=TODAY,
        signed_by="李主任", distribution=[("北京市海淀区教育委员会", 1)], keep_copies=1))
    b = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕10号", title="乙", level=Level.CONFIDENTIAL, issued_on=TODAY,
        signed_by="李主任", distribution=[("北京市海淀区卫生健康委员会", 1)]))
    owed = dispatch.dispatchable(register, "北京市海淀区教育委员会")
    assert {c.document_id for c in owed} == {a.id} and [c.copy_no for c in owed] == [1, 2]
    dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会",
                      copy_ids=[owed[0].copy_id])
    assert dispatch.dispatchable(register, "北京市海淀区教育委员会") == []  # nothing owed
    assert [c.document_id for c in dispatch.dispatchable(
        register, "北京市海淀区卫生健康委员会")] == [b.id]
    assert dispatch.dispatchable(register, "未登记的单位") == []
