"""Regimes as substitutions of a dimensionless variable with a limit direction.

``k*T << hbar*omega`` is not a sympy assumption; it is ``T = eps*hbar*omega/k`` with
``eps -> 0+``. :func:`along` turns a claim's expressions into functions of one variable that goes
to the limit point, which is what both the symbolic route (``limit`` in eps) and the numeric
route (a geometric sequence of eps) work on.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import sympy as sp

from vitrum.claims import Regime


def along(exprs: Sequence[sp.Expr], regime: Regime | None) -> list[sp.Expr]:
    """The expressions with the regime substitution applied (unchanged without a regime)."""
    if regime is None:
        return [sp.sympify(e) for e in exprs]
    return [sp.sympify(e).subs(dict(regime.substitutions), simultaneous=True) for e in exprs]


def approach(point: sp.Expr, direction: str, eps_range: tuple[float, float] | None, n: int) -> list[float]:
    """A geometric sequence of n values of the regime variable toward ``point``.

    Defaults: toward 0, from 1e-2 to 1e-8 (or from -1e-2 for direction '-');
    toward oo, from 1e2 to 1e8; toward a finite point a, a +/- (1e-2 .. 1e-8).
    """
    if eps_range is not None:
        start, stop = eps_range
    elif point == sp.oo:
        start, stop = 1e2, 1e8
    elif point == -sp.oo:
        start, stop = -1e2, -1e8
    else:
        start, stop = 1e-2, 1e-8
    if n < 2:
        raise ValueError("need at least two points")
    if start == 0 or stop == 0 or (start > 0) != (stop > 0):
        raise ValueError(f"eps_range {start, stop} must not contain 0")
    sgn = 1.0 if start > 0 else -1.0
    a, b = math.log(abs(start)), math.log(abs(stop))
    seq = [sgn * math.exp(a + (b - a) * i / (n - 1)) for i in range(n)]
    if point not in (sp.oo, -sp.oo, sp.S.Zero) and eps_range is None:
        base = float(point)
        seq = [base + (s if direction == "+" else -s) for s in seq]
    elif point == sp.S.Zero and direction == "-" and eps_range is None:
        seq = [-s for s in seq]
    return seq


def distance_to(point: sp.Expr, x: float) -> float:
    """How far x is from the limit point, as a positive number that shrinks toward it
    (|x - a| for finite a, 1/|x| for infinity)."""
    if point in (sp.oo, -sp.oo):
        return 1.0 / abs(x)
    return abs(x - float(point))
