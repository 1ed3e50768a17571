"""Fast evaluators of the negative-U pair (``electron_pairs``) self-trapping quantities.

With q = Q_0/A and f_n(x) = eta x**2 + xi x**3 + x**4 - n q x (Klinger 1987, sec. 5.1):

``W_n`` = A min_x f_n, ``x_n`` = argmin -- :func:`vitrum.numeric.self_trapping.self_trapping_np`:
    the real roots of the stationary cubic in float64 (trigonometric or Cardano form, two Newton
    steps) and the global minimum among them.
``U`` = U_c + A (min f_2 + min f_0 - 2 min f_1) -- the same three minima; the sum cancels where U
    is small against the W_n (it passes through 0 at the pair-window edge k_l), so the bound is
    stated relative to max(|U|, U_c) there.

The reference evaluates the same minima with mpmath roots polished to the working precision
(:func:`vitrum.numeric.self_trapping.self_trapping`); the stated bounds are the measured maxima
over the declared domains (tests/numeric/test_accuracy.py::test_fast_evaluators_within_stated_bound).
"""

from __future__ import annotations

import numpy as np

from vitrum.numeric import self_trapping as st
from vitrum.numeric.fast import FastEvaluator, register
from vitrum.numeric.special import VitrumFunction, into_out


def trapped_energy(eta, xi, n, q, out=None):
    """min over x of f_n(x) (W_n/A), arrays broadcast together."""
    with np.errstate(all="ignore"):
        res = st.self_trapping_np(eta, xi, n, q)[0]
    return into_out(res, out)


def trapped_position(eta, xi, n, q, out=None):
    """argmin over x of f_n(x) (x_n), arrays broadcast together."""
    with np.errstate(all="ignore"):
        res = st.self_trapping_np(eta, xi, n, q)[1]
    return into_out(res, out)


def pair_correlation(eta, xi, q, uc, out=None):
    """U/A = U_c/A + min f_2 + min f_0 - 2 min f_1, arrays broadcast together."""
    with np.errstate(all="ignore"):
        f = [st.self_trapping_np(eta, xi, n, q)[0] for n in (0, 1, 2)]
        res = np.asarray(uc, dtype=float) + (f[2] + f[0] - 2 * f[1])
    return into_out(res, out)


class trapped_energy_fn(VitrumFunction):
    """W_n/A = min_x (eta x**2 + xi x**3 + x**4 - n q x)."""

    numpy = "vitrum.numeric.fast.electron_pairs.trapped_energy"
    nargs = 4

    @staticmethod
    def mp(ctx, eta, xi, n, q):
        return st.self_trapping(ctx, eta, xi, n, q)[0]


class trapped_position_fn(VitrumFunction):
    """x_n = argmin_x (eta x**2 + xi x**3 + x**4 - n q x)."""

    numpy = "vitrum.numeric.fast.electron_pairs.trapped_position"
    nargs = 4

    @staticmethod
    def mp(ctx, eta, xi, n, q):
        return st.self_trapping(ctx, eta, xi, n, q)[1]


class pair_correlation_fn(VitrumFunction):
    """U/A of a carrier pair: U_c/A + W_2/A + W_0/A - 2 W_1/A."""

    numpy = "vitrum.numeric.fast.electron_pairs.pair_correlation"
    nargs = 4

    @staticmethod
    def mp(ctx, eta, xi, q, uc):
        return st.correlation(ctx, eta, xi, q, uc)


register(FastEvaluator(
    "electron_pairs.W_n", "231717e090b695f5",
    lambda s: s["A"] * trapped_energy_fn(s["eta"], s["xi"], s["n"], s["Q_0"] / s["A"]),
    "float64 engine",
    "W_n = A min f_n: float64 roots of the stationary cubic and the global minimum "
    "(vitrum.numeric.self_trapping.self_trapping_np); measured <= 4.5 ulps (5.9e-16) on 200 points of the "
    "declared domain",
    1e-15))

register(FastEvaluator(
    "electron_pairs.x_n", "80055b4dd4801bad",
    lambda s: trapped_position_fn(s["eta"], s["xi"], s["n"], s["Q_0"] / s["A"]),
    "float64 engine",
    "x_n = argmin f_n: float64 roots of the stationary cubic, two Newton steps, the global minimum "
    "(vitrum.numeric.self_trapping.self_trapping_np); measured <= 1.1 ulps (1.7e-16) on 200 points of the "
    "declared domain",
    1e-15))

register(FastEvaluator(
    "electron_pairs.U", "4100f5120be88a8c",
    lambda s: s["A"] * pair_correlation_fn(s["eta"], s["xi"], s["Q_0"] / s["A"], s["U_c"] / s["A"]),
    "float64 engine",
    "U = U_c + W_2 + W_0 - 2 W_1 from the float64 minima; the sum cancels where U passes through 0 "
    "(measured <= 103 ulps, 2e-14, on 200 points of the declared domain; relative accuracy is lost only near "
    "U = 0)",
    5e-14))
