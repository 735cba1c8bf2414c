"""The audit trail: in the same transaction as the change, append-only, hash-chained."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.errors import AuditChainBroken, ValidationError
from app.services import audit
from app.services.register import Actor, Register


def _key(register: Register) -> bytes:
    return register.derive_key(audit.AUDIT_KEY_INFO)


def _fill(register: Register, clerk: Actor, n: int = 5) -> None:
    with register.write() as s:
        for i in range(n):
            audit.record(s, clerk.username, "test.write", "test", i,
                         before={"n": i}, after={"n": i + 1, "title": "标题"})


def test_entry_and_change_commit_together_or_not_at_all(register: Register,
                                                        clerk: Actor) -> None:
    with register.read() as s:
        before = audit.count(s)
    with pytest.raises(ValidationError):
        with register.write() as s:
            audit.record(s, clerk.username, "test.write", "test", 1)
            raise ValidationError("中途失败")
    with register.read() as s:
        assert audit.count(s) == before


def test_who_when_what_before_after(register: Register, clerk: Actor) -> None:
    _fill(register, clerk, 1)
    with register.read() as s:
        line = audit.page(s, audit.AuditFilter(action_prefix="test."))[0]
    assert line.actor == "clerk"
    assert line.action == "test.write"
    assert line.before == {"n": 0}
    assert line.after == {"n": 1, "title": "标题"}
    assert line.at.endswith("+00:00")


def test_the_database_refuses_update_and_delete(register: Register, clerk: Actor) -> None:
    _fill(register, clerk)
    for sql in ("UPDATE audit_entry SET actor = 'x' WHERE id = 3",
                "DELETE FROM audit_entry WHERE id = 3"):
        with pytest.raises(IntegrityError, match="append-only"):
            with register.write() as s:
                s.execute(text(sql))


def _tamper(register: Register, *sql: str) -> None:
    """What an attacker holding the key could do: drop the triggers and edit."""
    with register.write() as s:
        s.execute(text("DROP TRIGGER audit_entry_no_update"))
        s.execute(text("DROP TRIGGER audit_entry_no_delete"))
        for statement in sql:
            s.execute(text(statement))


@pytest.mark.parametrize(
    ("sql", "entry", "message"),
    [
        (["UPDATE audit_entry SET after = 'tampered' WHERE id = 4"], 4, "被改动"),
        (["UPDATE audit_entry SET actor = 'approver' WHERE id = 5"], 5, "被改动"),
        (["DELETE FROM audit_entry WHERE id = 4"], 4, "缺少第 4 条"),
        (["UPDATE audit_entry SET id = 100 WHERE id = 4",
          "UPDATE audit_entry SET id = 4 WHERE id = 5",
          "UPDATE audit_entry SET id = 5 WHERE id = 100"], 4, "不衔接"),
    ],
)
def test_tampering_is_found_and_named(register: Register, clerk: Actor, sql: list[str],
                                      entry: int, message: str) -> None:
    _fill(register, clerk)
    _tamper(register, *sql)
    with register.read() as s, pytest.raises(AuditChainBroken, match=message) as info:
        audit.verify_chain(s, _key(register))
    assert info.value.entry_id == entry


def test_filters(register: Register, clerk: Actor) -> None:
    _fill(register, clerk, 3)
    with register.read() as s:
        assert audit.count(s, audit.AuditFilter(actor="clerk", action_prefix="test.")) == 3
        assert audit.count(s, audit.AuditFilter(actor="nobody")) == 0
        assert audit.count(s, audit.AuditFilter(text="标题")) == 3
        assert audit.count(s, audit.AuditFilter(since="2999-01-01")) == 0
        assert [h.entity_id for h in audit.history(s, "test", 2)] == ["2"]


def test_many_entries_at_once_chain_as_one_by_one(register: Register, clerk: Actor) -> None:
    """record_many appends in order, between entries recorded one by one, on the same chain."""
    with register.write() as s:
        audit.record(s, clerk.username, "test.write", "test", 0)
        audit.record_many(s, clerk.username, [
            audit.Change("test.write", "test", i, before={"n": i},
                         after={"n": i + 1, "标题": "通知"})
            for i in range(1, 6)])
        audit.record(s, clerk.username, "test.write", "test", 6)
    with register.read() as s:
        n = audit.verify_chain(s, _key(register))
        lines = audit.page(s, audit.AuditFilter(action_prefix="test."), limit=10)
        assert n == audit.count(s) and n >= 7
    assert [line.entity_id for line in reversed(lines)] == [str(i) for i in range(7)]
    assert lines[2].before == {"n": 4} and lines[2].after == {"n": 5, "标题": "通知"}
    with register.write() as s:
        audit.record_many(s, clerk.username, [])  # nothing to append: nothing happens
    with register.read() as s:
        assert audit.verify_chain(s, _key(register)) == n
