"""The clerk's day and the circulation desk's lookup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.errors import NotFound, ValidationError
from app.models.documents import ApprovalKind, CopyState
from app.services import backup, documents, media
from app.services.lifecycle import approvals, circulation, loans, today
from app.services.lifecycle.states import Action
from tests import doc_factories as f
from tests.lifecycle.conftest import TODAY, Office

NOW = dt.datetime.now().astimezone()


def test_the_start_page_lists_what_is_due(office: Office) -> None:
    r, c = office.register, office.clerk
    page = today.today_page(r)
    assert page.due_today == () and page.overdue == ()
    t1 = office.copies(office.top)[0]
    circulation.hand_out(r, c, t1, office.people["wang"])  # 绝密: due today
    s1 = office.copies(office.secret)[0]
    a = office.approve(ApprovalKind.LOAN, office.secret, person_id=office.people["sun"],
                       copy_ids=[s1])
    loans.lend(r, c, s1, office.people["sun"], a.id,
               at=NOW - dt.timedelta(days=4), late_reason="补登")
    approvals.request(r, c, ApprovalKind.LOAN, document_id=office.conf.id,
                      person_id=office.people["qian"], copy_ids=office.copies(office.conf))
    f.receive(r, c, level="秘密", copy_numbers=None, scope="全体", title="限期清退的文件",
              return_deadline=TODAY + dt.timedelta(days=3))
    f.receive(r, c, level="秘密", copy_numbers=None, scope="全体", title="期限已满的文件",
              received_on=dt.date(2016, 1, 1), period="10年")
    f.receive(r, c, level="秘密", copy_numbers=None, scope="全体", title="即将到期的文件",
              received_on=TODAY.replace(year=TODAY.year - 10) + dt.timedelta(days=5),
              period="10年")
    page = today.today_page(r)
    assert [(i.kind, i.copy_id) for i in page.due_today] == [("传阅", t1)]
    assert [(i.kind, i.copy_id, i.days_overdue) for i in page.overdue] == [("借阅", s1, 1)]
    assert [w.kind for w in page.waiting_approval] == [ApprovalKind.LOAN]
    assert [d.title for d in page.due_for_return] == ["限期清退的文件"]
    assert [p.title for p in page.periods_expiring] == ["即将到期的文件"]  # not yet ended
    assert [p.title for p in page.periods_ended] == ["期限已满的文件"]
    assert page.reminders and not page.is_quiet


def test_lookup_by_scanned_code_shows_the_next_actions(office: Office) -> None:
    r, c = office.register, office.clerk
    copy = documents.list_copies(r, office.top.id)[0]
    card = today.lookup(r, copy.code.lower() + "  ")
    assert card.copy_id == copy.id and card.state is CopyState.IN_STORE
    assert Action.HAND_OUT in card.next_actions and Action.DESTROY in card.next_actions
    circulation.hand_out(r, c, copy.id, office.people["wang"])
    card = today.lookup(r, f"{office.top.internal_no}/1")  # typed by hand
    assert card.next_actions == (Action.TAKE_BACK, Action.LOSE)  # or lost while out
    assert card.holder == "王局长（局领导）" and card.due_on == TODAY and not card.overdue
    with pytest.raises(NotFound):
        today.lookup(r, "R1999-0001-01")
    with pytest.raises(ValidationError):
        today.lookup(r, "")
    with pytest.raises(ValidationError):
        today.lookup(r, "R\x001")


def test_the_demo_register_has_a_working_day(register_path: object) -> None:
    from pathlib import Path

    from app.services import demo, verification
    from app.services.lifecycle import copies as copies_service
    from app.services.lifecycle import destruction as destruction_service
    from tests.factories import PASSPHRASE

    reg = demo.create_demo(Path(str(register_path)), PASSPHRASE)
    try:
        page = today.today_page(reg)
        assert [i.kind for i in page.overdue] == ["借阅"]
        assert {i.kind for i in page.due_today} == {"传阅"}
        assert len(page.waiting_approval) == 2
        assert copies_service.copy_register(reg) and destruction_service.destructions(reg)
        assert verification.verify(reg).problem is None
    finally:
        reg.close()


def test_the_start_page_reminds_of_losses_media_inventory_and_backups(
    office: Office, tmp_path: Path
) -> None:
    r, c = office.register, office.clerk
    kinds = {m.kind for m in today.today_page(r).reminders}
    assert "backup" in kinds and "incident" not in kinds  # never backed up
    media.register_medium(r, c, media.NewMedium(
        number="JM-U-009", kind="U盘", brand_model="SanDisk Ultra 64G", level="机密",
        holder="王局长", vendor_id="0781", product_id="5581", serial="4C5300019999"))
    inc = media.report_lost(r, c, "JM-U-009", "出差途中遗失")
    lost = [m for m in today.today_page(r).reminders if m.kind == "incident"]
    assert len(lost) == 1 and "JM-U-009 丢失" in lost[0].text and "24 小时" in lost[0].text
    media.mark_reported(r, c, inc.id, "区国家保密局")
    backup.backup(r, c, tmp_path)
    kinds = {m.kind for m in today.today_page(r).reminders}
    assert "incident" not in kinds and "backup" not in kinds
    # Six months on, the medium's inventory is due (the lost one is not counted).
    media.register_medium(r, c, media.NewMedium(
        number="JM-U-010", kind="U盘", brand_model="SanDisk Ultra 64G", level="机密",
        holder="王局长", vendor_id="0781", product_id="5581", serial="4C5300010000"))
    later = today.today_page(r, TODAY + dt.timedelta(days=200)).reminders
    due = [m for m in later if m.kind == "media_inventory"]
    assert len(due) == 1 and due[0].text.startswith("1 件移动存储介质")
    assert "backup" in {m.kind for m in later}  # the week has passed


def _reference(s: object, day: dt.date, *, overdue: bool) -> list[today.DueItem]:
    """The start page's lists as each kind's own listing gives them (the plain answer)."""
    from app.services.lifecycle import carry_out

    before, on = (day, None) if overdue else (None, day)
    out = [today.DueItem("传阅", r.copy_id, r.copy_label, r.title, r.level, r.reader, r.out_at,
                         r.due_on, max(0, (day - r.due_on).days))
           for r in circulation.open_readings_s(s, due_before=before, due_on=on)]  # type: ignore[arg-type]
    out += [today.DueItem("借阅", n.copy_id, n.copy_label, n.title, n.level, n.borrower,
                          n.out_at, n.due_on, max(0, (day - n.due_on).days))
            for n in loans.open_loans_s(s, due_before=before, due_on=on)]  # type: ignore[arg-type]
    out += [today.DueItem("携带外出", o.copy_id, o.copy_label, o.title, o.level, o.carrier,
                          o.out_at, o.due_on, max(0, (day - o.due_on).days))
            for o in carry_out.open_carry_outs_s(s, due_before=before, due_on=on)]  # type: ignore[arg-type]
    out.sort(key=lambda i: (i.due_on, i.out_at))
    return out[:today.LIST_LIMIT]


def test_due_lists_in_one_statement_equal_each_kinds_listing(
        office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    """Readings and loans due today, overdue by days, past the list's bound: the start page's
    one narrow statement gives what the three listings give."""
    r, c = office.register, office.clerk
    for n, copy in enumerate(office.copies(office.top)):
        circulation.hand_out(r, c, copy, office.people["wang"], at=NOW - dt.timedelta(days=n),
                             late_reason="补登" if n else None)
    s1 = office.copies(office.secret)[0]
    a = office.approve(ApprovalKind.LOAN, office.secret, person_id=office.people["sun"],
                       copy_ids=[s1])
    loans.lend(r, c, s1, office.people["sun"], a.id,
               at=NOW - dt.timedelta(days=4), late_reason="补登")
    for limit in (1, 2, 200):
        monkeypatch.setattr(today, "LIST_LIMIT", limit)
        with r.read() as s:
            due, late = today._due_lists(s, TODAY)
            assert due == _reference(s, TODAY, overdue=False)
            assert late == _reference(s, TODAY, overdue=True)
            assert due or late
