"""The one state machine of a physical copy (pure: no database, no Qt).

domain.md "Register of carriers": a copy is 在库 (in store) and goes out to one holder at a
time — 传阅中 (circulating), 借出 (on loan), 携带外出 (carried out) — and comes back to the
store; from the store it can leave the register's custody for good: 已清退 (returned to the
issuer), 已销毁 (destroyed), 已发出 (dispatched) — or be 已归档 (archived) or 已解密
(declassified). Every operation of the lifecycle services asks :func:`next_state` first; a
transition that is not allowed is refused with the rule that forbids it.
"""

from __future__ import annotations

import enum

from app.errors import RuleViolation
from app.models.documents import HOLDING_STATES, CopyState


class Action(enum.StrEnum):
    """What the clerk does with a copy."""

    HAND_OUT = "hand_out"  # 传阅：交给阅读人
    TAKE_BACK = "take_back"  # 传阅：收回
    LEND = "lend"  # 借出
    RETURN_LOAN = "return_loan"  # 借阅归还
    RENEW = "renew"  # 续借
    CARRY_OUT = "carry_out"  # 携带外出
    BRING_BACK = "bring_back"  # 携带外出后交回
    COPY = "copy"  # 复制
    EXCERPT = "excerpt"  # 摘抄
    RETURN_TO_ISSUER = "return_to_issuer"  # 清退
    DESTROY = "destroy"  # 销毁
    ARCHIVE = "archive"  # 归档
    DECLASSIFY = "declassify"  # 解密
    DISPATCH = "dispatch"  # 发出
    LOSE = "lose"  # 丢失
    RECOVER = "recover"  # 找回

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.HAND_OUT: "传阅",
    Action.TAKE_BACK: "收回",
    Action.LEND: "借出",
    Action.RETURN_LOAN: "归还",
    Action.RENEW: "续借",
    Action.CARRY_OUT: "携带外出",
    Action.BRING_BACK: "外出交回",
    Action.COPY: "复制",
    Action.EXCERPT: "摘抄",
    Action.RETURN_TO_ISSUER: "清退",
    Action.DESTROY: "销毁",
    Action.ARCHIVE: "归档",
    Action.DECLASSIFY: "解密",
    Action.DISPATCH: "发出",
    Action.LOSE: "登记丢失",
    Action.RECOVER: "找回",
}

S = CopyState
A = Action

#: (state, action) -> the state after the action. Anything not listed is refused.
TRANSITIONS: dict[tuple[CopyState, Action], CopyState] = {
    (S.IN_STORE, A.HAND_OUT): S.CIRCULATING,
    (S.CIRCULATING, A.TAKE_BACK): S.IN_STORE,
    (S.IN_STORE, A.LEND): S.ON_LOAN,
    (S.ON_LOAN, A.RETURN_LOAN): S.IN_STORE,
    (S.ON_LOAN, A.RENEW): S.ON_LOAN,
    (S.IN_STORE, A.CARRY_OUT): S.CARRIED_OUT,
    (S.CARRIED_OUT, A.BRING_BACK): S.IN_STORE,
    (S.IN_STORE, A.COPY): S.IN_STORE,
    (S.IN_STORE, A.EXCERPT): S.IN_STORE,
    (S.IN_STORE, A.RETURN_TO_ISSUER): S.RETURNED,
    (S.IN_STORE, A.DESTROY): S.DESTROYED,
    (S.IN_STORE, A.ARCHIVE): S.ARCHIVED,
    (S.IN_STORE, A.DECLASSIFY): S.DECLASSIFIED,
    (S.ARCHIVED, A.DECLASSIFY): S.DECLASSIFIED,
    (S.DECLASSIFIED, A.ARCHIVE): S.ARCHIVED,
    (S.IN_STORE, A.DISPATCH): S.DISPATCHED,
    # a copy can be lost wherever it is, in the store or out with someone; found, it comes
    # back into the store by a recorded recovery, never by editing (domain.md "Oversight")
    (S.IN_STORE, A.LOSE): S.LOST,
    (S.CIRCULATING, A.LOSE): S.LOST,
    (S.ON_LOAN, A.LOSE): S.LOST,
    (S.CARRIED_OUT, A.LOSE): S.LOST,
    (S.ARCHIVED, A.LOSE): S.LOST,
    (S.LOST, A.RECOVER): S.IN_STORE,
}

#: States out of the clerk's hands for good: nothing more may happen to the copy.
FINAL = frozenset({S.RETURNED, S.DESTROYED, S.DISPATCHED})

#: The action that brings a copy that is out back into the store.
BRING_IN = {S.CIRCULATING: A.TAKE_BACK, S.ON_LOAN: A.RETURN_LOAN, S.CARRIED_OUT: A.BRING_BACK}


def allowed(state: CopyState, action: Action) -> bool:
    return (state, action) in TRANSITIONS


def next_actions(state: CopyState) -> list[Action]:
    """The actions possible from ``state``, in the order of :class:`Action`."""
    return [a for a in Action if (state, a) in TRANSITIONS]


def refusal(state: CopyState, action: Action) -> str | None:
    """Why ``action`` is not allowed on a copy in ``state`` (None if it is allowed)."""
    if allowed(state, action):
        return None
    what = f"{state.label}的文件不能{action.label}"
    if state is S.DESTROYED:
        return f"{what}：已销毁的载体永久保留在登记簿中，不能再作任何处理"
    if state is S.RETURNED:
        return f"{what}：该份已清退给发文机关，不在本单位"
    if state is S.DISPATCHED:
        return f"{what}：该份已发出，不在本单位"
    if state in HOLDING_STATES:
        back = BRING_IN[state].label
        if action in (A.HAND_OUT, A.LEND, A.CARRY_OUT):
            return f"{what}：须先{back}入库，一份文件同一时间只能由一人持有（不得横传）"
        if action is A.DESTROY:
            return f"{what}：只能销毁在库的载体，须先{back}"
        return f"{what}：须先{back}入库"
    if state is S.IN_STORE:
        return f"{what}：该份在库，没有可{action.label}的对象"
    if state is S.ARCHIVED:
        return f"{what}：该份已归档，须按档案管理规定调阅"
    if state is S.DECLASSIFIED:
        return f"{what}：该份已解密，不再按涉密载体管理"
    if state is S.LOST:
        return f"{what}：该份已登记丢失，找回后须先登记找回"
    return what  # pragma: no cover  (every state is covered above)


def next_state(state: CopyState, action: Action) -> CopyState:
    """The state after ``action``, or :class:`RuleViolation` naming the rule."""
    after = TRANSITIONS.get((state, action))
    if after is None:
        raise RuleViolation(refusal(state, action) or "不允许的操作", field="state")
    return after
