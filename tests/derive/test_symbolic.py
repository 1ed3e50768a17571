"""The time budgets of the guarded symbolic operations (vitrum/derive/symbolic.py)."""

from __future__ import annotations

import time

import pytest
import sympy as sp

from vitrum.derive.symbolic import BudgetExceeded, guarded, time_limit


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_budget_stops_the_block_and_guarded_reports_it():
    with pytest.raises(BudgetExceeded):
        with time_limit(0.05):
            _busy(2.0)
    r = guarded(lambda: (_busy(2.0), sp.Integer(1))[1], 0.05, "busy loop")
    assert r.status == "timeout" and r.note == "busy loop exceeded 0.05 s"
    assert guarded(lambda: sp.Integer(1), 0, "skipped op").status == "unknown"


def test_nested_limits_keep_the_outer_deadline():
    """An inner block that ends early leaves the outer one the time it had left (not its budget minus the
    inner budget), and an inner budget longer than what the outer has left does not extend the outer."""
    with time_limit(1.0):
        with time_limit(5.0):
            pass
        _busy(0.3)  # 0.3 s of the outer 1 s: no alarm
    start = time.monotonic()
    with pytest.raises(BudgetExceeded, match="of 0.2 s"):
        with time_limit(0.2):
            with time_limit(5.0):
                _busy(2.0)
    assert time.monotonic() - start < 1.0
