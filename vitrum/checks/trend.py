"""Does a residual sequence go to zero, and at what order?

Given residuals r_i measured at distances d_i from a limit point (d_i shrinking geometrically),
fit the local order of decay between consecutive points:

* power:  p_i = log(|r_(i+1)|/|r_i|) / log(d_(i+1)/d_i)            (|r| ~ c d^p)
* log:    p_i = -log(|r_(i+1)|/|r_i|) / log(L_(i+1)/L_i), L = log(1/d)  (|r| ~ c / L^p)

Residuals below the precision floor (too small to resolve with the certified digits) count
as zero. :func:`classify` says ``"zero"`` (tends to 0), ``"nonzero"`` (settles on a nonzero value
or grows) or ``"unclear"``, with the fitted order.

The numerical trap: a residual with a tiny nonzero limit (a coefficient off by 1e-6) looks like
it is going to zero until the sequence gets close enough to the point; the default windows reach
d ~ 1e-8, where such a plateau shows as a local order near 0.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

# an order below this is "not decaying"; above MIN_DECAY it is
PLATEAU = 0.05
MIN_DECAY = 0.2


@dataclass(frozen=True)
class Trend:
    status: Literal["zero", "nonzero", "unclear"]
    order: float | None  # last fitted local order (power or log kind), None if not fittable
    orders: tuple[float, ...]  # all local orders along the sequence
    last: float  # last |residual| (0.0 when below the floor)
    below_floor: int  # how many trailing residuals are below the precision floor
    note: str = ""


def local_orders(dist: Sequence[float], resid: Sequence[float], kind: str = "power") -> list[float]:
    out = []
    for (d0, r0), (d1, r1) in zip(zip(dist, resid), zip(dist[1:], resid[1:])):
        if r0 == 0 or r1 == 0:
            continue
        if kind == "log":
            l0, l1 = math.log(1 / d0), math.log(1 / d1)
            out.append(-math.log(abs(r1) / abs(r0)) / math.log(l1 / l0))
        else:
            out.append(math.log(abs(r1) / abs(r0)) / math.log(d1 / d0))
    return out


def aitken(r1: float, r2: float, r3: float) -> float | None:
    """Aitken's delta-squared extrapolation of a sequence converging geometrically in its index
    (which a power law on a geometric sequence of distances does): exact 0 for r = c*a**i."""
    denom = (r3 - r2) - (r2 - r1)
    if denom == 0:
        return None
    return r3 - (r3 - r2) ** 2 / denom


def classify(dist: Sequence[float], resid: Sequence[float], floor: float, kind: str = "power") -> Trend:
    """Classify signed residuals ``resid`` at distances ``dist`` (decreasing)."""
    mags = [abs(r) if abs(r) > floor else 0.0 for r in resid]
    signed = [r if abs(r) > floor else 0.0 for r in resid]
    r1, r2, r3 = (signed[-3:] if len(signed) >= 3 else (0.0, 0.0, 0.0))
    geometric = r2 != r1 and abs((r3 - r2) / (r2 - r1)) <= 0.5  # Aitken is exact only for fast geometric convergence
    if kind == "power" and len(signed) >= 3 and all(signed[-3:]) and geometric:
        limit = aitken(*signed[-3:])
        # a plateau: the sequence extrapolates to a nonzero value it has nearly reached
        if limit is not None and abs(limit) > floor and abs(limit - signed[-1]) <= 0.5 * abs(signed[-1]) and abs(limit) > 0.5 * abs(signed[-1]):
            orders = local_orders(dist, mags, kind)
            return Trend("nonzero", orders[-1] if orders else None, tuple(orders), mags[-1], 0,
                         f"residual extrapolates to {limit:.4e}, not 0 (last {signed[-1]:.4e})")
    below = 0
    for m in reversed(mags):
        if m == 0.0:
            below += 1
        else:
            break
    orders = local_orders(dist, mags, kind)
    last = mags[-1]
    order = orders[-1] if orders else None
    if below >= 2 or (below == 1 and len(orders) >= 1 and orders[-1] > MIN_DECAY):
        return Trend("zero", order, tuple(orders), last, below, "residual falls below the precision floor")
    if order is None:
        return Trend("unclear", None, tuple(orders), last, below, "too few resolvable residuals")
    tail = orders[-2:] if len(orders) >= 2 else orders
    if all(o > MIN_DECAY for o in tail) and mags[-1] < mags[0]:
        return Trend("zero", order, tuple(orders), last, below)
    if kind == "power" and all(o < PLATEAU for o in tail):
        return Trend("nonzero", order, tuple(orders), last, below, f"residual settles near {last:.3e} (local order {order:.3g})")
    if kind == "log" and all(o < PLATEAU for o in tail):
        return Trend("nonzero", order, tuple(orders), last, below, f"residual does not decay logarithmically (order {order:.3g})")
    return Trend("unclear", order, tuple(orders), last, below, f"local orders {', '.join(f'{o:.3g}' for o in orders)}")


def order_matches(fitted: float | None, declared: float, tol: float | None = None) -> bool:
    """Fitted order within tolerance of the declared one (default max(0.15, 0.1*declared))."""
    if fitted is None:
        return False
    tol = max(0.15, 0.1 * abs(declared)) if tol is None else tol
    return abs(fitted - declared) <= tol
