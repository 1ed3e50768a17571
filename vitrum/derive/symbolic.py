"""Guarded symbolic operations: simplify, limit, series, each under a time budget.

SymPy's answers here are *opinions*: ``limit`` and ``series`` are silently wrong in known cases
(e.g. sympy/sympy#11667-type limits of oscillatory or Piecewise expressions), so callers in
:mod:`vitrum.checks` never confirm a claim on a symbolic result alone. Every function returns a
:class:`SymbolicResult` with a status instead of raising:

* ``"ok"``: sympy produced ``value``;
* ``"unknown"``: sympy returned something unevaluated (a ``Limit`` object, ``nan``, an
  expression with ``O``-terms left) or gave up;
* ``"timeout"``: the budget ran out (SIGALRM; only in the main thread, elsewhere unbounded);
* ``"error"``: sympy raised.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

import sympy as sp


class BudgetExceeded(BaseException):
    """Raised inside a :func:`time_limit` block when its budget runs out.

    A BaseException, like KeyboardInterrupt: sympy's integrators catch ``Exception`` broadly
    (heurisch inside Integral.doit does), and would swallow it and run on unbounded."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the block after ``seconds`` (main thread only; a no-op
    elsewhere). Nested limits keep the outer deadline: inside a limit that runs out first the inner
    one does nothing, and on leaving an inner block the outer timer is set to what is left of it."""
    if seconds is None or seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    outer_left = signal.getitimer(signal.ITIMER_REAL)[0]
    if 0 < outer_left <= seconds:  # the enclosing limit comes first: it alone applies
        yield
        return

    def on_alarm(signum, frame):
        signal.setitimer(signal.ITIMER_REAL, 0.5)  # fire again should anything still swallow it
        raise BudgetExceeded(f"time budget of {seconds:g} s exceeded")

    start = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if outer_left > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - start), 1e-3))


@dataclass(frozen=True)
class SymbolicResult:
    status: Literal["ok", "unknown", "timeout", "error"]
    value: sp.Expr | None = None
    note: str = ""

    def __str__(self) -> str:
        if self.status == "ok":
            return str(self.value)
        return f"{self.status}{': ' + self.note if self.note else ''}"


def guarded(op: Callable[[], sp.Expr], seconds: float, what: str) -> SymbolicResult:
    """Run a sympy operation under a budget; a budget <= 0 skips it (status ``unknown``)."""
    if seconds is not None and seconds <= 0:
        return SymbolicResult("unknown", note=f"{what} skipped (no symbolic budget)")
    try:
        with time_limit(seconds):
            value = op()
    except BudgetExceeded:
        return SymbolicResult("timeout", note=f"{what} exceeded {seconds:g} s")
    except RecursionError:
        return SymbolicResult("error", note=f"{what}: recursion too deep")
    except Exception as exc:  # sympy raises many types (NotImplementedError, PoleError, ...)
        return SymbolicResult("error", note=f"{what}: {type(exc).__name__}: {str(exc)[:200]}")
    if value is None or value.has(sp.Limit, sp.Order) or value is sp.nan or value.has(sp.nan):
        return SymbolicResult("unknown", value, note=f"{what} left unevaluated")
    return SymbolicResult("ok", value)


def simplify_difference(lhs: sp.Expr, rhs: sp.Expr, seconds: float = 10.0) -> SymbolicResult:
    """simplify(lhs - rhs): ``ok`` with 0 when sympy proves equality; ``ok`` with a nonzero number
    when it proves a constant difference; ``unknown`` for a leftover expression."""

    lhs, rhs = sp.sympify(lhs), sp.sympify(rhs)
    if any(_undecidable_piecewise(e) for e in (lhs, rhs)):
        # simplify spends any budget on relational conditions it cannot decide (pslq, nsimplify)
        return SymbolicResult("unknown", note="Piecewise with conditions on free symbols: not simplified")

    def op():
        d = sp.simplify(lhs - rhs)
        if d != 0 and not d.is_number:
            d = sp.simplify(sp.expand(sp.powsimp(sp.expand_log(d, force=False))))
        return d

    res = guarded(op, seconds, "simplify")
    if res.status == "ok" and res.value != 0 and not res.value.is_number:
        return SymbolicResult("unknown", res.value, "simplify left a nonzero expression")
    return res


def _undecidable_piecewise(e: sp.Expr) -> bool:
    return any(not cond.is_Boolean or cond.free_symbols for pw in e.atoms(sp.Piecewise) for _expr, cond in pw.args
               if cond is not sp.true)


def safe_limit(expr: sp.Expr, var: sp.Symbol, point: sp.Expr, direction: str = "+", seconds: float = 10.0) -> SymbolicResult:
    """sympy.limit (gruntz) under a budget."""
    dir_ = direction if point not in (sp.oo, -sp.oo) else ("-" if point == sp.oo else "+")
    return guarded(lambda: sp.limit(expr, var, point, dir_), seconds, "limit")


def safe_series(expr: sp.Expr, var: sp.Symbol, point: sp.Expr, n: int = 3, seconds: float = 10.0) -> SymbolicResult:
    """sympy series (without the O-term) under a budget."""
    return guarded(lambda: sp.series(expr, var, point, n).removeO(), seconds, "series")


def safe_doit(expr: sp.Expr, seconds: float = 10.0) -> SymbolicResult:
    """``expr.doit()`` (integrals, sums) under a budget; unevaluated Integral/Sum -> unknown."""
    res = guarded(lambda: sp.sympify(expr).doit(), seconds, "doit")
    if res.status == "ok" and res.value.has(sp.Integral, sp.Sum):
        return SymbolicResult("unknown", res.value, "integral or sum left unevaluated")
    return res
