"""The copy state machine: allowed transitions, refusals with the rule, random walks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import RuleViolation
from app.models.documents import HOLDING_STATES, CopyState
from app.services.lifecycle import states
from app.services.lifecycle.states import Action, next_actions, next_state, refusal

S = CopyState


def test_the_round_trips_through_the_store() -> None:
    assert next_state(S.IN_STORE, Action.HAND_OUT) is S.CIRCULATING
    assert next_state(S.CIRCULATING, Action.TAKE_BACK) is S.IN_STORE
    assert next_state(S.IN_STORE, Action.LEND) is S.ON_LOAN
    assert next_state(S.ON_LOAN, Action.RENEW) is S.ON_LOAN
    assert next_state(S.ON_LOAN, Action.RETURN_LOAN) is S.IN_STORE
    assert next_state(S.IN_STORE, Action.CARRY_OUT) is S.CARRIED_OUT
    assert next_state(S.CARRIED_OUT, Action.BRING_BACK) is S.IN_STORE


def test_the_ways_out_of_custody_start_in_the_store() -> None:
    assert next_state(S.IN_STORE, Action.RETURN_TO_ISSUER) is S.RETURNED
    assert next_state(S.IN_STORE, Action.DESTROY) is S.DESTROYED
    assert next_state(S.IN_STORE, Action.ARCHIVE) is S.ARCHIVED
    assert next_state(S.IN_STORE, Action.DECLASSIFY) is S.DECLASSIFIED


@pytest.mark.parametrize(
    ("state", "action", "words"),
    [
        (S.DESTROYED, Action.LEND, "已销毁的文件不能借出"),
        (S.ON_LOAN, Action.DESTROY, "只能销毁在库的载体"),
        (S.CIRCULATING, Action.HAND_OUT, "不得横传"),
        (S.CIRCULATING, Action.LEND, "须先收回"),
        (S.CARRIED_OUT, Action.DESTROY, "须先外出交回"),
        (S.RETURNED, Action.HAND_OUT, "已清退"),
        (S.IN_STORE, Action.TAKE_BACK, "在库"),
        (S.ON_LOAN, Action.COPY, "须先归还"),
        (S.DISPATCHED, Action.DESTROY, "已发出"),
        (S.ARCHIVED, Action.LEND, "已归档"),
    ],
)
def test_a_forbidden_transition_is_refused_with_the_rule(
    state: CopyState, action: Action, words: str
) -> None:
    with pytest.raises(RuleViolation) as err:
        next_state(state, action)
    assert words in err.value.message
    assert err.value.message.startswith(f"{state.label}的文件不能{action.label}")


def test_final_states_allow_nothing() -> None:
    for state in states.FINAL:
        assert next_actions(state) == []


def test_held_states_only_come_back_or_are_lost() -> None:
    for state in HOLDING_STATES:
        for action in next_actions(state):
            assert next_state(state, action) in (state, S.IN_STORE, S.LOST)


def test_a_lost_copy_only_comes_back_by_a_recovery() -> None:
    assert next_actions(S.LOST) == [Action.RECOVER]
    assert next_state(S.LOST, Action.RECOVER) is S.IN_STORE


@given(st.sampled_from(list(CopyState)), st.sampled_from(list(Action)))
def test_refusal_and_next_state_agree(state: CopyState, action: Action) -> None:
    reason = refusal(state, action)
    if reason is None:
        assert next_state(state, action) in CopyState
        assert action in next_actions(state)
    else:
        assert reason
        assert action not in next_actions(state)
        with pytest.raises(RuleViolation):
            next_state(state, action)


@given(st.lists(st.sampled_from(list(Action)), max_size=60))
def test_random_walks_keep_one_state_and_never_leave_a_final_one(
    actions: list[Action],
) -> None:
    state = S.IN_STORE
    finished = False
    for action in actions:
        try:
            after = next_state(state, action)
        except RuleViolation:
            continue
        assert not finished, "a final state allowed an action"
        # Going out is only ever from the store: one holder at a time.
        if after in HOLDING_STATES and state not in HOLDING_STATES:
            assert state is S.IN_STORE
        state = after
        finished = state in states.FINAL
    assert isinstance(state, CopyState)
