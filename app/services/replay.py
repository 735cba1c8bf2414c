"""Replaying the audit trail against the tables (part of ``mibu verify``).

Every change the services make writes an entry whose ``after`` holds what the thing became,
in the auditor's words (``{"标题": ..., "密级": "机密"}``). Folding the entries about one thing
in order gives, for each field the trail speaks of, the last value it recorded; the row in the
table must still have that value. A title or a level changed directly in the table, a row
removed, or a row written without any entry (documents, people, media and accounts are
always created with one) is reported.

Only fields whose meaning is the same in every action that records them are compared (a
copy's ``持有人`` is an id in some entries and a name in others, so a copy is compared on its
state only). The tables are read with plain SQL; copies, which are created within their
document's entry, only by the ids the trail names. ``mibu verify`` folds the trail in the same
pass that checks its chain: the 100,000-item register replays in about two seconds of CPU
(``verify_s_100k``).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.models.documents import CopyState
from app.models.enums import Clearance, Level, Role
from app.models.media import MediumStatus
from app.models.people import PersonStatus

MAX_LINES_PER_KIND = 20


def _label(enum: Any) -> Callable[[Any], object]:
    """A stored enum value as the trail writes it (its label); an unknown value as it is."""
    labels = {member.value: member.label for member in enum}
    return lambda value: labels.get(value, value)


def _same(value: Any) -> object:
    return value


def _flag(value: Any) -> object:
    return bool(value) if value is not None else None


@dataclass(frozen=True)
class Tracked:
    """One kind of thing the services audit, and how its row reads in the trail's words."""

    entity: str  # audit_entry.entity
    noun: str  # 收发文, 人员, ...
    table: str
    name_column: str  # how a row is named in a report line
    #: after-key -> (column, conversion to the trail's words)
    fields: dict[str, tuple[str, Callable[[Any], object]]]
    created_with_entry: bool = True


TRACKED = (
    Tracked("document", "文件", "document", "internal_no", {
        "收文编号": ("internal_no", _same), "发文编号": ("internal_no", _same),
        "标题": ("title", _same), "文号": ("doc_number", _same),
        "密级": ("level", _label(Level)), "份数": ("copies_count", _same),
    }),
    Tracked("copy", "载体", "copy", "code", {
        "状态": ("state", _label(CopyState)),
    }, created_with_entry=False),  # created within their document's entry
    Tracked("person", "人员", "person", "name", {
        "姓名": ("name", _same), "部门": ("department", _same),
        "涉密等级": ("clearance", _label(Clearance)), "状态": ("status", _label(PersonStatus)),
    }),
    Tracked("medium", "介质", "medium", "number", {
        "number": ("number", _same), "level": ("level", _label(Level)),
        "highest_level": ("highest_level", _label(Level)),
        "status": ("status", _label(MediumStatus)),
    }),
    Tracked("account", "账户", "account", "username", {
        "username": ("username", _same), "display_name": ("display_name", _same),
        "role": ("role", _label(Role)), "active": ("active", _flag),
    }),
)


def _shown(value: object) -> str:
    if value is None:
        return "空"
    if isinstance(value, bool):
        return "是" if value else "否"
    return f"“{value}”"


class Fold:
    """The trail folded entry by entry, oldest first: for each tracked thing, the last value
    the trail recorded for each compared field. ``mibu verify`` folds while it checks the
    chain (app/services/audit.py ``verify_chain``), so the trail is read once."""

    def __init__(self) -> None:
        self.states: dict[str, dict[str, dict[str, object]]] = {t.entity: {} for t in TRACKED}
        self._fields = {t.entity: t.fields for t in TRACKED}

    def add(self, entity: str, entity_id: str, after: str | None) -> None:
        by_id = self.states.get(entity)
        if by_id is None:
            return
        state = by_id.setdefault(entity_id, {})
        if not after:
            return
        try:
            values = json.loads(after)
        except ValueError:
            return
        if not isinstance(values, dict):
            return
        fields = self._fields[entity]
        for key, value in values.items():
            if key in fields:
                state[key] = value


def replay(s: Session, fold: Fold | None = None) -> tuple[int, list[str]]:
    """Return (how many rows were compared, one Chinese line per finding). ``fold``: the
    whole trail already folded (else it is read here)."""
    # Plain rows through the driver's cursor: the register's 100,000 documents and 300,000
    # copies are compared in seconds (``verify_s_100k``).
    cursor = s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if fold is None:
            fold = Fold()
            # In the table's own order: through the entity index, SQLite would sort
            # every entry again to put them in order.
            names = ", ".join(f"'{t.entity}'" for t in TRACKED)
            cursor.execute(
                "SELECT entity, entity_id, after FROM audit_entry NOT INDEXED "  # noqa: S608
                f"WHERE entity IN ({names}) ORDER BY id")  # constants
            add = fold.add
            while rows := cursor.fetchmany(5000):
                for entity, entity_id, after in rows:
                    add(entity, entity_id, after)
        findings: list[str] = []
        compared = 0
        for t in TRACKED:
            found, n = _compare(cursor, t, fold.states[t.entity])
            compared += n
            findings += found
    finally:
        cursor.close()
    return compared, findings


def _compare(cursor: Any, t: Tracked, states: dict[str, dict[str, object]]
             ) -> tuple[list[str], int]:
    columns = sorted({col for col, _ in t.fields.values()} | {t.name_column})
    index = {c: i for i, c in enumerate(columns, start=1)}
    checks = {key: (index[col], convert) for key, (col, convert) in t.fields.items()}
    name_at = index[t.name_column]
    lines: list[str] = []
    more = 0
    n = 0

    def report(line: str) -> None:
        nonlocal more
        if len(lines) < MAX_LINES_PER_KIND:
            lines.append(line)
        else:
            more += 1

    seen: set[str] = set()
    select = f"SELECT id, {', '.join(columns)} FROM {t.table}"  # noqa: S608 - constants
    if t.created_with_entry:
        batches: Iterable[list[Any]] = _batches(cursor, select, [])
    else:  # only the rows the trail speaks of can differ from it: looked up by id
        n = int(cursor.execute(f"SELECT count(*) FROM {t.table}").fetchone()[0])  # noqa: S608
        ids = sorted(_row_ids(states))
        batches = itertools.chain.from_iterable(
            _batches(cursor, f"{select} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
            for chunk in (ids[i:i + IDS_PER_QUERY] for i in range(0, len(ids), IDS_PER_QUERY)))
    for rows in batches:
        if t.created_with_entry:
            n += len(rows)
        for row in rows:
            key = str(row[0])
            state = states.get(key)
            if state is None:
                if t.created_with_entry:
                    report(f"{t.noun} {row[name_at]} 在审计记录中没有任何记录"
                           "（未经登记直接写入表中）")
                continue
            seen.add(key)
            for field_name, recorded in state.items():
                at, convert = checks[field_name]
                current = convert(row[at])
                if current != recorded:
                    report(f"{t.noun} {row[name_at]} 的“{field_name}”在表中为 {_shown(current)}，"
                           f"审计记录中最后为 {_shown(recorded)}（表被直接改动）")
    for key in states.keys() - seen:
        report(f"审计记录中的{t.noun}（编号 {key}）在表中已不存在（被直接删除）")
    if more:
        lines.append(f"另有 {more} 处{t.noun}与审计记录不符")
    return lines, n


IDS_PER_QUERY = 500


def _batches(cursor: Any, sql: str, params: list[int]) -> Iterator[list[Any]]:
    cursor.execute(sql, params)
    while rows := cursor.fetchmany(5000):
        yield rows


def _row_ids(states: dict[str, dict[str, object]]) -> Iterator[int]:
    """The row ids the trail names (an id that is no number names no row: it is reported as
    gone)."""
    for key in states:
        try:
            yield int(key)
        except ValueError:
            continue
