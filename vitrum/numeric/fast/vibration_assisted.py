"""Fast evaluators of the vibration-assisted tunneling (``vibration_assisted``) Debye integrals.

With t = T/Theta and the orientation-averaged Debye weight w(u) = u - sin(pi u)/pi (Trakhtenberg &
Flerov 1982, eqs. (6), (14), (25); :mod:`vitrum.numeric.multiphonon`):

    J1 = (3R/4) j(t),  J2 = (3R/4) j(2t),  g(0) = (3R/4) g(t),  F = (k Theta)**2 (3R/8) f(t),
    j(t) = Integral(w coth(u/2t), (u, 0, 1)),  g(t) = Integral(w/sinh(u/2t), ...),
    f(t) = Integral(w u**2/sinh(u/2t), ...).

Each is tabulated in l = log t on [-32, 20] (104 pieces of degree 22, Chebyshev) divided by a
normalizer with its two limits, so that the table is smooth and O(1):

    j: c0 + 2 a1 t;   g: 2 a1 t s/(1 + s), s = pi**6 t**3/(6 a1);   f: 2 a2 t s/(1 + s), s = (4/3) pi**8 t**5/a2.

The trap in choosing the pieces: s/(1 + s) has poles at Im l = pi/3 (g) and pi/5 (f), and the
integrals themselves are singular at Im l = pi/2 (the poles of 1/sinh(u/2t)); degree 16 on pieces of
width 1 stalls at 3e-13 (g) and 5e-12 (f) for that reason (an entire normalizer such as 1 - exp(-s)
is worse: 1e-6, its derivatives in l grow double-exponentially). Pieces of width 1/2 and degree 22
reach 1e-17.

c0 = 1/2 - 2/pi**2 = Integral(w), a1 = 1 - Si(pi)/pi = Integral(w/u), a2 = 1/3 - 1/pi**2 =
Integral(w u) (small t: g ~ pi**6 t**4/3, f ~ (8/3) pi**8 t**6, j -> c0 up to O(t**4); large t: coth x
~ 1/x, 1/sinh x ~ 1/x). Beyond the table the limits are used (for j: c0, and 2 a1 t + a2/(6t));
their next relative terms are below 1e-26 (t < e**-32) and 1e-17 (t > e**20). The declared domain (T in [0.5, 600] K, Theta in
[50, 500] K) has t in [1e-3, 12], well inside.

The table nodes are the engine's own precision-generic integrals (mpmath, 25 digits); the stated
bounds are measured against the certified reference (tests/numeric/test_accuracy.py).
"""

from __future__ import annotations

import math

import numpy as np

from vitrum.numeric import multiphonon as mph
from vitrum.numeric.fast import FastEvaluator, register
from vitrum.numeric.special import VitrumFunction, elementwise, into_out

LO, HI = -32.0, 20.0


# --- the normalizers, written once for mpmath numbers and numpy arrays (pi and a1 passed in) -------------
def norm_j(t, pi, a1):
    """c0 + 2 a1 t, c0 = 1/2 - 2/pi**2."""
    return (1 - 4 / pi**2) / 2 + 2 * a1 * t


def norm_g(t, pi, a1):
    """2 a1 t s/(1 + s), s = pi**6 t**3/(6 a1), written as 2 a1 t/(1 + 1/s): no inf/inf where s
    overflows (large t) and 0 where s underflows (the value does too)."""
    return 2 * a1 * t / (1 + 6 * a1 / (pi**6 * t**3))


def norm_f(t, pi):
    """2 a2 t s/(1 + s), s = (4/3) pi**8 t**5/a2, a2 = 1/3 - 1/pi**2 (as :func:`norm_g`)."""
    a2 = (1 - 3 / pi**2) / 3
    return 2 * a2 * t / (1 + 3 * a2 / (4 * pi**8 * t**5))


# --- precision-generic definitions: the engine's integrals over their normalizers ----------------------
def _a1(ctx):
    return 1 - ctx.si(ctx.pi) / ctx.pi


def j_mp(ctx, t):
    return mph.J1(ctx, t, 1) * 4 / 3


def g_mp(ctx, t):
    return mph.g0(ctx, t, 1) * 4 / 3


def f_mp(ctx, t):
    return mph.F_reduced(ctx, t, 1) * 8 / 3


def table_j(ctx, ell):
    t = ctx.exp(ell)
    return j_mp(ctx, t) / norm_j(t, ctx.pi, _a1(ctx))


def table_g(ctx, ell):
    t = ctx.exp(ell)
    return g_mp(ctx, t) / norm_g(t, ctx.pi, _a1(ctx))


def table_f(ctx, ell):
    t = ctx.exp(ell)
    return f_mp(ctx, t) / norm_f(t, ctx.pi)


def table_specs():
    return [("DEBYE_J", table_j, LO, HI, 104, 22), ("DEBYE_G", table_g, LO, HI, 104, 22),
            ("DEBYE_F", table_f, LO, HI, 104, 22)]


def table_constants():
    return {"DEBYE_A1": _a1}


# --- float64 -------------------------------------------------------------------------------------------
def _tables():
    from vitrum.numeric.fast import _vibration_assisted_tables

    return _vibration_assisted_tables


def _tabulated(t, out, table, norm, below=None, above=None):
    """table(log t) * norm(t) on the table's range; ``below(t)``/``above(t)`` outside it (default:
    the normalizer, where it is the limit to 1e-17)."""
    t = np.asarray(t, dtype=float)
    with np.errstate(all="ignore"):
        ell = np.log(t)
        res = table(np.clip(ell, LO, HI)) * norm(t)
        res = np.where(ell < LO, (below or norm)(t), res)
        res = np.where(ell > HI, (above or norm)(t), res)
        res = np.where(np.isnan(t), np.nan, res)
    return into_out(res, out)


def debye_j(t, out=None):
    """j(t) = Integral(w(u) coth(u/2t), (u, 0, 1)), t = T/Theta > 0 (module docstring): the
    normalizer c0 + 2 a1 t is not the limit on either side (j = c0 + O(t**4) below, 2 a1 t + a2/(6t)
    above), so both limits are written out."""
    tb = _tables()
    a1 = tb.DEBYE_A1
    c0, a2 = 0.5 - 2 / math.pi**2, 1 / 3 - 1 / math.pi**2
    return _tabulated(t, out, tb.DEBYE_J, lambda t: norm_j(t, math.pi, a1),
                      below=lambda t: c0 + 0 * t, above=lambda t: 2 * a1 * t + a2 / (6 * t))


def debye_g(t, out=None):
    """g(t) = Integral(w(u)/sinh(u/2t), (u, 0, 1)), t > 0 (module docstring)."""
    tb = _tables()
    return _tabulated(t, out, tb.DEBYE_G, lambda t: norm_g(t, math.pi, tb.DEBYE_A1))


def debye_f(t, out=None):
    """f(t) = Integral(w(u) u**2/sinh(u/2t), (u, 0, 1)), t > 0 (module docstring)."""
    return _tabulated(t, out, _tables().DEBYE_F, lambda t: norm_f(t, math.pi))


debye_j = elementwise(debye_j)
debye_g = elementwise(debye_g)
debye_f = elementwise(debye_f)


class debye_j_fn(VitrumFunction):
    """j(t) = Integral(w(u) coth(u/2t), (u, 0, 1)), the Debye average behind J1 and J2."""

    numpy = "vitrum.numeric.fast.vibration_assisted.debye_j"
    mp = staticmethod(j_mp)


class debye_g_fn(VitrumFunction):
    """g(t) = Integral(w(u)/sinh(u/2t), (u, 0, 1)), the Debye average behind g(0)."""

    numpy = "vitrum.numeric.fast.vibration_assisted.debye_g"
    mp = staticmethod(g_mp)


class debye_f_fn(VitrumFunction):
    """f(t) = Integral(w(u) u**2/sinh(u/2t), (u, 0, 1)), the Debye average behind F."""

    numpy = "vitrum.numeric.fast.vibration_assisted.debye_f"
    mp = staticmethod(f_mp)


def _t(s):
    return s["T"] / s["Theta"]


_METHOD = ("Chebyshev table in log(T/Theta) on [-32, 20] (104 pieces, degree 22) of the Debye integral over "
           "a normalizer with both limits; the limits outside")

register(FastEvaluator("vibration_assisted.J1", "0c65a2975833b35f", lambda s: 3 * s["R"] / 4 * debye_j_fn(_t(s)), "table",
                       f"J1 = (3R/4) j(T/Theta): {_METHOD} (measured <= 2.5 ulps, 3.5e-16, on 150 points)", 1e-15))
register(FastEvaluator("vibration_assisted.J2", "e7c432b5e1f65663", lambda s: 3 * s["R"] / 4 * debye_j_fn(2 * _t(s)), "table",
                       f"J2 = (3R/4) j(2T/Theta): {_METHOD} (measured <= 2.5 ulps, 3.2e-16, on 150 points)", 1e-15))
register(FastEvaluator("vibration_assisted.g0", "b57128c63fe0be40", lambda s: 3 * s["R"] / 4 * debye_g_fn(_t(s)), "table",
                       f"g(0) = (3R/4) g(T/Theta): {_METHOD} (measured <= 6.8 ulps, 8.7e-16, on 150 points: g ~ t**4, condition 4)", 2e-15))
register(FastEvaluator("vibration_assisted.F_debye", "d7750fa6171c29b3",
                       lambda s: (s["k"] * s["Theta"]) ** 2 * 3 * s["R"] / 8 * debye_f_fn(_t(s)), "table",
                       f"F = (k Theta)**2 (3R/8) f(T/Theta): {_METHOD} (measured <= 12 ulps, 1.4e-15, on 150 points: F ~ t**6, condition ~7)", 3e-15))
