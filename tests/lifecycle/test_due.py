"""Due dates by level: 绝密 and urgent the same day, otherwise within the clerk's limit."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import RuleViolation, ValidationError
from app.models.enums import Level
from app.services.lifecycle.due import (
    DuePolicy,
    add_month,
    circulation_due,
    days_overdue,
    is_overdue,
    loan_due,
    renewal_due,
)

D = dt.date(2026, 3, 10)


def test_top_secret_and_urgent_circulate_the_same_day() -> None:
    assert circulation_due(Level.TOP_SECRET, False, D) == D
    assert circulation_due(Level.SECRET, True, D) == D


def test_general_items_have_three_days_by_default() -> None:
    assert circulation_due(Level.CONFIDENTIAL, False, D) == D + dt.timedelta(days=3)


def test_the_limit_is_configurable_but_never_beyond_one_month() -> None:
    assert circulation_due(Level.SECRET, False, D, DuePolicy(circulation_days=10)) == dt.date(
        2026, 3, 20
    )
    # 31 days from 31 January would be 3 March: one month ends on 28 February.
    assert circulation_due(
        Level.SECRET, False, dt.date(2026, 1, 31), DuePolicy(circulation_days=31)
    ) == dt.date(2026, 2, 28)


@pytest.mark.parametrize("days", [0, -1, 32, 365])
def test_a_limit_outside_one_month_is_refused(days: int) -> None:
    with pytest.raises(ValidationError) as err:
        DuePolicy(circulation_days=days)
    assert "一个月" in err.value.message


def test_a_top_secret_loan_is_due_the_same_day() -> None:
    assert loan_due(Level.TOP_SECRET, False, D) == D
    with pytest.raises(RuleViolation) as err:
        loan_due(Level.TOP_SECRET, False, D, D + dt.timedelta(days=1))
    assert "绝密文件借阅须当天归还" in err.value.message


def test_a_loan_beyond_the_limit_is_refused_and_a_due_date_before_the_loan_is_invalid() -> None:
    assert loan_due(Level.SECRET, False, D, D + dt.timedelta(days=2)) == D + dt.timedelta(days=2)
    with pytest.raises(RuleViolation, match="借阅期限 3 天"):
        loan_due(Level.SECRET, False, D, D + dt.timedelta(days=4))
    with pytest.raises(ValidationError, match="不能早于借出日期"):
        loan_due(Level.SECRET, False, D, D - dt.timedelta(days=1))


def test_renewals() -> None:
    due = D + dt.timedelta(days=3)
    assert renewal_due(Level.SECRET, False, due, due, due + dt.timedelta(days=3)) == (
        due + dt.timedelta(days=3)
    )
    with pytest.raises(RuleViolation, match="不能续借"):
        renewal_due(Level.TOP_SECRET, False, D, D, D + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="须晚于原归还日期"):
        renewal_due(Level.SECRET, False, due, D, due)


def test_overdue() -> None:
    assert not is_overdue(D, D)
    assert is_overdue(D, D + dt.timedelta(days=1))
    assert days_overdue(D, D + dt.timedelta(days=4)) == 4
    assert days_overdue(D, D) == 0


days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))


@given(days, st.sampled_from(list(Level)), st.booleans(), st.integers(1, 31), st.integers(1, 31))
def test_due_dates_are_never_before_the_day_out_nor_beyond_one_month(
    out_on: dt.date, level: Level, urgent: bool, c_days: int, l_days: int
) -> None:
    policy = DuePolicy(circulation_days=c_days, loan_days=l_days)
    for due in (circulation_due(level, urgent, out_on, policy),
                loan_due(level, urgent, out_on, None, policy)):
        assert out_on <= due <= add_month(out_on)
        if level is Level.TOP_SECRET or urgent:
            assert due == out_on


@given(days)
def test_add_month_is_one_calendar_month(day: dt.date) -> None:
    nxt = add_month(day)
    assert (nxt.year * 12 + nxt.month) - (day.year * 12 + day.month) == 1
    assert nxt.day <= day.day
