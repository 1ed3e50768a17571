"""Fast evaluators of the negative-U pair (``electron_pairs``) quantities (Klinger 1987, sec. 5).

With q = Q_0/A and f_n(x) = eta x**2 + xi x**3 + x**4 - n q x (sec. 5.1), everything below rests on
the float64 minima of :func:`vitrum.numeric.self_trapping.self_trapping_np` (real roots of the
stationary cubic, trigonometric or Cardano form, two Newton steps, the global minimum; ~1 ulp in
x_n, a few in min f_n) or on an exact closed form. The stated bounds are measured maxima against the
certified reference (numbers in each entry: 3 x 300 points, accuracy seeds 1-3; a fourth run of 600
points, seed 4, for n_s_quad, tail_conv, eta_g, eta_Umin, eta_l, U_kg, U_min, share_AH, JV_ratio,
eta_n, xi_n stayed within them except tail_conv and JV_ratio, whose entries state the maximum with it;
tests/numeric/test_fast_electron_pairs.py checks each bound).

Self-trapping minima ("float64 engine"):

``W_n`` = A min_x f_n, ``x_n`` = argmin, ``U`` = U_c + A (min f_2 + min f_0 - 2 min f_1) (float64
    minima; the sum cancels where U passes through 0, the pair-window edge k_l, hence its 5e-14).
    ``JV_ratio`` = Q_0|x_2|/(A V(x_2)): V cancels near its zeros, so x_2 and V in double-double.

Root solves on those minima ("float64 engine", vectorized over points, no Python loop per point):
    each minimum is made double-double (:func:`_minimum`: one Newton step on the double-double
    residual of the stationary cubic gives x_lo; f_n(x_hi) in double-double; q = Q_0/A, E_g/A, U_c/A
    as double-doubles), then the reference's bracket in log(eta) (``_bracket_log``: [guess - 1,
    guess + 1] widened by steps of 2, the guesses of :mod:`vitrum.numeric.self_trapping`) and Newton
    steps in eta with the envelope-theorem slopes (dW_n/deta = A x_n**2, dx_n/deta = -2x_n/f_n''),
    safeguarded by a geometric bisection whenever Newton leaves the bracket or stalls, until every
    step is below 4 eps, plus two more. The trap: with float64 minima h(eta) has a noise floor of a few
    ulps of the minima, and the roots carried their condition number in ulps: eta_g up to 330 ulps
    in the quartic regime (|W_2| flat in eta), eta_Umin 30 ulps (a root of x_2**2 - 2x_1**2, which
    cancels), U_kg 1.1e4 ulps (U_c + A(...) cancels to 1e-4 of U_c and the 0.5 ulp rounding of eta_g
    alone moves it), share_AH 60 ulps (eta* - eta_g). With the double-double minima the roots come
    out correctly rounded, and the quantities at a root use the root as a double-double
    (eta, -h/h') with the minima moved to first order. ``eta_g`` (|W_2| = E_g), ``eta_l`` (U = 0 above
    eta_Umin), ``eta_l_ratio``, ``eta_Umin``, ``U_min`` (U at eta_Umin: stationary), ``ratio_kg``,
    ``W1_kg``, ``x2_kg``, ``U_kg`` (at eta_g), ``share_AH``. NaN where the engine raises (no k_g, U >= 0
    for every eta, an empty window).

Renormalized coefficients (5.8) ``eta_n``, ``xi_n`` ("float64 engine" with a slow path): the
    reference's own continuation of the stationary point from x = 0 (64 steps of Newton to
    2**-47) replayed in float64, then eta_n = e2 + 3 e3 x + 6x**2, xi_n = e3 + 4x. The trap: the
    reference stops only where p' == 0 exactly, so past a fold of the branch its Newton wanders
    chaotically and lands on whatever root; a float64 replay parts from that trajectory. The
    replay tracks the amplification of a rounding error along its trajectory (the running product
    of |N'(x)| = |p p''/p'**2|); beyond AMPLIFICATION_LIMIT = 1e10 (mismatches with the mpmath path
    were seen only beyond 1e15, on 20000 random points), where the continuation fails, and at
    eta = 0, the point is evaluated by the engine itself (mpmath, 30 digits; 3-4 % of the sampled domain
    points, ~30 ms each).

Exact closed forms of the extension quadratures ("exact closed form"):

``n_s_quad`` = rho_E 2kT I(a), a = U_abs/2kT, I(a) = Integral(1/(1 + e**a cosh u), (u, 0, oo))
    = 2 atan(sqrt(tanh(a/2))) e**-a/sqrt(-expm1(-2a)) (t = tanh(u/2) turns it into
    2 Integral(1/((c + 1) + (c - 1) t**2), (t, 0, 1)), c = e**a; never forming c: no overflow of
    exp(U/2kT), no c - 1 cancellation). The trap: a reaches 1.2e4 on the declared domain and e**-a
    has condition number a, so the two roundings of U/(2 k_B T) cost ~a ulps (587 ulps measured);
    a is formed in double-double (Dekker products), with k_B read as the decimal of its repr as the
    reference reads constants (the 2e-17 between k_B and its double alone cost 70 ulps).
``C_e`` = 2 n_ex k_B**2 T S(eps_max/2kT), S(X) = Integral(u**2 sech(u)**2, (u, 0, X)) =
    pi**2/12 - 2X**2 q/(1 + q) - 2X log1p(q) + Li2(-q), q = e**-2X, X >= 1; X < 1 as X**3 P(X**2)
    (the sum cancels as X -> 0): :func:`vitrum.numeric.special.schottky_integral`.
``zeta_shift_num`` = -L(beta tau)/beta, tau = k_B T/2, L(y) = log(pi y/sin(pi y)): the engine's
    neutrality integral is beta J, J = Integral(e**(beta u)/(1 + e**(u/tau)), (u, -oo, oo)) =
    pi tau/sin(pi beta tau) (the known closed form; it agrees with the quadrature to full precision):
    y <= 1/2 as sum_k zeta(2k)/k y**(2k) (positive terms; log(x/sin x) directly loses all digits as
    y -> 0: 4e-7 relative at pi y = 4e-5, the lower end of the domain), y > 1/2 directly with sin(pi(1 - y)).
``tail_conv`` = F(D/w_s)/w_s**2, F(z) = Integral(e**-s/(z - s)**2, (s, 0, z/2)) = e**-x/x sum_m
    c_m x**m/m!, x = z/2, c_m = Integral(u**m/(1 + u)**2, (u, 0, 1)) (exact recurrences at 60 digits): positive
    terms (the elementary form -1/z + 2e**(-z/2)/z + e**-z (Ei(z) - Ei(z/2)) cancels by a factor ~z),
    Horner in the ratios c_m/(m c_(m-1)) (x**m/m! overflows); z > 50: the same elementary form
    regrouped as G(z) - e**(-z/2) G(z/2), G(y) = e**-y Ei(y) - 1/y by its asymptotic series (positive
    terms, optimal-truncation error ~sqrt(2 pi y) y e**-y).

Not served here: ``g2*`` (quadratures over a piecewise g0 and a Monte Carlo histogram), ``grid_*``
(maxima over fixed 35-point grids: one number per (Q_0, A), the reference loop is cheap enough).
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import numpy as np

from vitrum.numeric import electron_pairs_defs as defs
from vitrum.numeric import self_trapping as st
from vitrum.numeric.doubledouble import dd_add, dd_mul, fast_two_sum, two_prod, two_sum
from vitrum.numeric.fast import FastEvaluator, register
from vitrum.numeric.special import VitrumFunction, float_arrays, into_out, schottky_integral_fn


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


# ==================================================================================================
# Exact closed forms of the extension quadratures (X1, X2, (5.13), the Schottky sum)
# ==================================================================================================
def _decimal_lo(k):
    """Decimal(repr(k)) - k for each double k: the reference reads a model constant as the decimal
    of its repr (vitrum.numeric.reference.check_values), not as the double itself."""
    k = np.asarray(k, dtype=float)
    vals, inv = np.unique(k, return_inverse=True)
    lo = np.array([float(Fraction(repr(float(v))) - Fraction(float(v))) if np.isfinite(v) else 0.0 for v in vals])
    return lo[inv].reshape(k.shape)


def _dd_ratio(u, kb, t):
    """u/(2*kb*t) as a double-double (hi, lo), kb read as the decimal of its repr: the exponent of
    exp(-u/2kT) reaches 1.2e4 on the declared domain, so the ~2 roundings of a float64 quotient (and
    the 1e-17 between k_B and its decimal) would cost ~a ulps of the result."""
    p, pe = two_prod(kb, t)
    pe = pe + _decimal_lo(kb) * t
    p, pe = 2 * p, 2 * pe
    q1 = u / p
    r, re = two_prod(q1, p)
    rem = ((u - r) - re) - q1 * pe
    return q1, rem / p


def single_occupancy(u, kb, t, out=None):
    """Integral(1/(1 + exp(u/(2kT))*cosh(E/kT)), (E, -oo, oo)) = 2kT*I(a), a = u/(2kT), kT = kb*t:
    I(a) = Integral(1/(1 + exp(a)*cosh(s)), (s, 0, oo)) = 2*atan(sqrt(tanh(a/2)))*exp(-a)/sqrt(-expm1(-2a))
    (tan(2*theta) = sqrt(c**2 - 1) for tan(theta)**2 = (c - 1)/(c + 1), c = exp(a) >= 1, never formed:
    no overflow of exp(U/2kT), no c - 1 cancellation); a as a double-double, exp(-a) = exp(-a_hi)*(1 - a_lo)."""
    u, kb, t = float_arrays(u, kb, t)
    with np.errstate(all="ignore"):
        a, a_lo = _dd_ratio(u, kb, t)
        res = 2 * np.arctan(np.sqrt(np.tanh(a / 2))) * (np.exp(-a) * (1 - a_lo)) / np.sqrt(-np.expm1(-2 * a))
        res = np.where(a == 0, 1.0, res)  # the limit a -> 0 (I = tanh(s/2) at oo)
        res = np.where(a < 0, np.nan, res)
        res = 2 * (kb * t) * res
    return into_out(res, out)


def _zeta_series_coefficients(n=40):
    ctx = mpmath.MPContext()
    ctx.dps = 30
    return np.array([float(ctx.zeta(2 * k) / k) for k in range(1, n + 1)])


_ZETA_K = _zeta_series_coefficients()
ZETA_SERIES_MAX = 0.5


def log_x_over_sin(y, out=None):
    """L(y) = log(pi*y/sin(pi*y)) for 0 <= y < 1 (NaN from y >= 1: the electron count diverges).
    y <= 1/2: sum_k zeta(2k)/k*y**(2k) (positive terms, 40 terms reach 1e-17 at y = 1/2);
    y > 1/2: log(pi*y) - log(sin(pi*(1 - y))) (1 - y exact)."""
    (y,) = float_arrays(y)
    with np.errstate(all="ignore"):
        y2 = y * y
        acc = np.zeros_like(y)
        for c in _ZETA_K[::-1]:
            acc = (acc + c) * y2
        direct = np.log(np.pi * y) - np.log(np.sin(np.pi * (1 - y)))
        res = np.where(np.abs(y) <= ZETA_SERIES_MAX, acc, direct)
        res = np.where((y >= 1) | (y < 0), np.nan, res)
    return into_out(res, out)


def _tail_ratios(n=120):
    """r_m = c_m/(m*c_{m-1}), c_m = Integral(u**m/(1 + u)**2, (u, 0, 1)) = m*d_{m-1} - 1/2 (by parts;
    c_0 = 1/2), d_m = Integral(u**m/(1 + u), (u, 0, 1)) = 1/m - d_{m-1}, d_0 = log 2: the forward
    recurrences lose ~log10(4 m**3) < 8 of the 60 digits used."""
    ctx = mpmath.MPContext()
    ctx.dps = 60
    d = [ctx.log(2)]
    for m in range(1, n):
        d.append(ctx.one / m - d[-1])
    c = [ctx.mpf(1) / 2] + [m * d[m - 1] - ctx.mpf(1) / 2 for m in range(1, n)]
    return float(c[0]), np.array([float(c[m] / (m * c[m - 1])) for m in range(1, n)])


_TAIL_C0, _TAIL_R = _tail_ratios()
TAIL_SERIES_MAX = 50.0


def tail_integral(z, out=None):
    """F(z) = Integral(exp(-s)/(z - s)**2, (s, 0, z/2)) for z > 0 (tail_conv = F(D/w_s)/w_s**2).

    With x = z/2, s = x*(1 - u): F = exp(-x)/x*Integral(exp(x*u)/(1 + u)**2, (u, 0, 1))
    = exp(-x)/x*sum_m c_m*x**m/m!, c_m = Integral(u**m/(1 + u)**2, (u, 0, 1)): positive terms, no
    cancellation (the elementary form -1/z + 2exp(-z/2)/z + exp(-z)(Ei(z) - Ei(z/2)) loses a factor
    ~z to cancellation for large z), Horner in the ratios c_m/(m c_{m-1}) (no overflow of x**m/m!);
    the terms up to m ~ x + 9 sqrt(x) + 40 reach 1e-17 (z <= 50). z > 50: F(z) = G(z) - exp(-z/2) G(z/2)
    with G(y) = exp(-y) Ei(y) - 1/y (exact: F = -1/z + 2 exp(-z/2)/z + exp(-z) (Ei(z) - Ei(z/2))) and
    G by its asymptotic series :func:`_tail_asymptotic` (positive terms: no cancellation either)."""
    (z,) = float_arrays(z)
    res = np.full(z.shape, np.nan)
    with np.errstate(all="ignore"):
        ser = (z > 0) & (z <= TAIL_SERIES_MAX)
        if ser.any():
            x = z[ser] / 2
            # terms ~ x**m/m! beyond m ~ x + 9 sqrt(x) + 40 are below 1e-17 of the sum: cut per call
            nterm = np.minimum(len(_TAIL_R), (x.max() + 9 * np.sqrt(x.max()) + 40).astype(int))
            acc = np.ones_like(x)
            for r in _TAIL_R[nterm - 1::-1]:
                acc = 1 + r * x * acc
            res[ser] = np.exp(-x) / x * _TAIL_C0 * acc
        big = z > TAIL_SERIES_MAX
        if big.any():  # F = G(z) - exp(-z/2) G(z/2): the second term is below 6e-11 of the first
            zb = z[big]
            res[big] = _tail_asymptotic(zb) - np.exp(-zb / 2) * _tail_asymptotic(zb / 2)
        res = np.where(np.isposinf(z), 0.0, res)
    return into_out(res, out)


def _tail_asymptotic(y):
    """G(y) = exp(-y) Ei(y) - 1/y ~ sum_(k>=1) k!/y**(k+1) (positive terms), cut at k = min(40, y - 1)
    (before the smallest term; the optimal truncation error is ~sqrt(2 pi y) y exp(-y) relative:
    2e-19 at y = 50, 4e-9 at y = 25 where it only enters multiplied by exp(-25))."""
    cut = np.minimum(40, np.floor(y) - 1)
    acc = np.ones_like(y)
    for k in range(40, 0, -1):  # sum_k (k+1)!/y**k = 1 + 2/y (1 + 3/y (1 + ...))
        acc = np.where(k > cut, 1.0, 1 + (k + 1) / y * acc)
    return acc / (y * y)


class single_occupancy_fn(VitrumFunction):
    """Integral(1/(1 + exp(u/(2*kb*t))*cosh(E/(kb*t))), (E, -oo, oo)) (n_s_quad/rho_E)."""

    numpy = "vitrum.numeric.fast.electron_pairs.single_occupancy"
    nargs = 3

    @staticmethod
    def mp(ctx, u, kb, t):  # the engine's quadrature with rho_E = 1
        return defs.n_s_quad_eval(ctx, {"U_abs": u, "T": t, "k_B": kb, "rho_E": ctx.one})


class log_x_over_sin_fn(VitrumFunction):
    """log(pi*y/sin(pi*y)) = -beta*(zeta - E^(0)) at y = beta*k_B*T/2."""

    numpy = "vitrum.numeric.fast.electron_pairs.log_x_over_sin"

    @staticmethod
    def mp(ctx, y):  # the engine's neutrality quadrature with beta = 1, k_B*T = 2y
        return -defs.zeta_shift_eval(ctx, {"beta_g": ctx.one, "T": 2 * y, "k_B": ctx.one})


class tail_integral_fn(VitrumFunction):
    """Integral(exp(-s)/(z - s)**2, (s, 0, z/2))."""

    numpy = "vitrum.numeric.fast.electron_pairs.tail_integral"

    @staticmethod
    def mp(ctx, z):  # the engine's quadrature with w_s = 1
        return defs.tail_conv_eval(ctx, {"D": z, "w_s": ctx.one})


register(FastEvaluator(
    "electron_pairs.n_s_quad", "34de4527eb854e7f",
    lambda s: s["rho_E"] * single_occupancy_fn(s["U_abs"], s["k_B"], s["T"]),
    "exact closed form",
    "n_s_quad = rho_E 2kT I(U_abs/2kT), I(a) = 2 atan(sqrt(tanh(a/2))) exp(-a)/sqrt(-expm1(-2a)) (exact), a "
    "in double-double with k_B read as its decimal (exp(-a) has condition number a <= 1.2e4); measured <= 3.2"
    " ulps (4.8e-16) on 3 x 300 points of the declared domain (accuracy seeds 1-3)",
    6e-16))

register(FastEvaluator(
    "electron_pairs.C_e", "f1625d549b357a7c",
    lambda s: 2 * s["n_ex"] * s["k_B"] ** 2 * s["T"] * schottky_integral_fn(s["eps_max"] / (2 * s["k_B"] * s["T"])),
    "exact closed form",
    "C_e = 2 n_ex k_B**2 T S(eps_max/2kT), S(X) = Integral(u**2 sech(u)**2, (u, 0, X)) = pi**2/12 - 2X**2 "
    "q/(1+q) - 2X log1p(q) + Li2(-q), q = exp(-2X) (X < 1: X**3 P(X**2), "
    "vitrum.numeric.special.schottky_integral); measured <= 5.7 ulps (8.0e-16) on 3 x 300 points of the "
    "declared domain (accuracy seeds 1-3)",
    1e-15))

register(FastEvaluator(
    "electron_pairs.zeta_shift_num", "87e7f7925ed3efa9",
    lambda s: -log_x_over_sin_fn(s["beta_g"] * s["k_B"] * s["T"] / 2) / s["beta_g"],
    "exact closed form",
    "zeta - E^(0) = -log(pi y/sin(pi y))/beta_g, y = beta_g k_B T/2 (the neutrality integral's closed form, "
    "agreeing with the engine's quadrature to full precision), y <= 1/2 as sum_k zeta(2k)/k y**(2k) (positive"
    " terms, no 1 + O(y**2) rounding); measured <= 4.1 ulps (4.8e-16) on 3 x 300 points of the declared "
    "domain (accuracy seeds 1-3)",
    6e-16))

register(FastEvaluator(
    "electron_pairs.tail_conv", "772cc62c51947cbe",
    lambda s: tail_integral_fn(s["D"] / s["w_s"]) / s["w_s"] ** 2,
    "exact closed form",
    "tail_conv = F(D/w_s)/w_s**2, F(z) = Integral(exp(-s)/(z-s)**2, (s, 0, z/2)) = exp(-z/2)(2/z) sum_m c_m "
    "(z/2)**m/m!, c_m = Integral(u**m/(1+u)**2, (u, 0, 1)) (positive terms; z <= 50), else G(z) - exp(-z/2) "
    "G(z/2), G(y) = exp(-y) Ei(y) - 1/y by its asymptotic series; measured <= 6.3 ulps (9.4e-16) on 3 x 300 "
    "+ 600 points of the declared domain (accuracy seeds 1-4)",
    1.2e-15))


# ==================================================================================================
# Root solves on the float64 self-trapping minima (pair-window edges, the U minimum)
# ==================================================================================================
def _dd_scale(a, d):
    p, e = two_prod(a[0], d)
    return fast_two_sum(p, e + a[1] * d)


def _dd_quot(u, a):
    """u/a as a double-double."""
    h = u / a
    p, e = two_prod(h, a)
    return h, ((u - p) - e) / a


def _minimum(eta, xi, n, q):
    """The global minimum of f_n as double-doubles: ((f_hi, f_lo), (x_hi, x_lo)), q = (q_hi, q_lo).

    x_hi and the choice of the minimum from self_trapping_np; x_lo = -p(x_hi)/p'(x_hi) with the
    residual of the stationary cubic p = 4x**3 + 3 xi x**2 + 2 eta x - n q in double-double (one
    Newton step from ~1 ulp: ~eps**2); f_n(x_hi) = x**2 (eta + xi x + x**2) - n q x in double-double
    (x_hi is off the minimum by ~eps: f moves by ~eps**2)."""
    x = st.self_trapping_np(eta, xi, n, q[0])[1]
    s = two_prod(x, x)
    r = dd_add(_dd_scale(_dd_scale(s, x), 4.0), _dd_scale(_dd_scale(s, xi), 3.0))
    ex = two_prod(eta, x)
    r = dd_add(r, (2 * ex[0], 2 * ex[1]))
    nq = _dd_scale(q, n)
    r = dd_add(r, (-nq[0], -nq[1]))
    dp = (12 * x + 6 * xi) * x + 2 * eta
    x_lo = np.where(dp != 0, -(r[0] + r[1]) / np.where(dp != 0, dp, 1.0), 0.0)
    u = dd_add(dd_add(two_prod(xi, x), s), (eta, np.zeros_like(x)))
    w = _dd_scale(_dd_scale(q, x), n)
    f = dd_add(dd_mul(u, s), (-w[0], -w[1]))
    return f, (x, x_lo)


def _dx_deta(eta, xi, x):
    """dx_n/d(eta) at a minimum x_n of f_n: -f_eta'/f'' = -2x/(12x**2 + 6 xi x + 2 eta)."""
    return -2 * x / ((12 * x + 6 * xi) * x + 2 * eta)


def _take(i, *arrays):
    """The rows ``i`` of flat arrays and of (hi, lo) pairs."""
    return [(v[0][i], v[1][i]) if isinstance(v, tuple) else v[i] for v in arrays]


def _bracket_log(h, guess, sign, lo_limit=-400.0, max_expand=200):
    """The reference's bracket (vitrum.numeric.self_trapping._bracket_root_log): [guess - 1, guess + 1]
    in y = log(eta), widened by steps of 2 until sign*h(e**lo) < 0 < sign*h(e**hi); ``h(eta, rows)``
    on flat arrays, evaluated only on the rows still widening. NaN where the lower end passes
    lo_limit (no root) or nothing brackets."""
    lo, hi = guess - 1.0, guess + 1.0
    act = np.flatnonzero(np.isfinite(lo))
    for _ in range(max_expand):
        if act.size == 0:
            break
        act = act[~(sign * h(np.exp(lo[act]), act)[0] < 0)]
        lo[act] -= 2.0
        gone = lo[act] < lo_limit
        lo[act[gone]] = np.nan
        act = act[~gone]
    lo[act] = np.nan
    act = np.flatnonzero(np.isfinite(hi))
    for _ in range(max_expand):
        if act.size == 0:
            break
        act = act[~(sign * h(np.exp(hi[act]), act)[0] > 0)]
        hi[act] += 2.0
    hi[act] = np.nan
    return lo, hi


def _newton_bracketed(fun, lo, hi, sign, maxit=120, with_lo=False):
    """Root in eta of fun(eta, rows) -> (h, dh/deta) on flat arrays, sign*h increasing, inside
    [lo, hi] (eta values with sign*h(lo) < 0 < sign*h(hi)): Newton steps in eta, a geometric
    bisection step whenever Newton leaves the bracket or stalls; the bracket shrinks with every
    evaluation. A point stops after three rounds with its step below 4 eps (quadratic convergence:
    the last steps are at the rounding level of h); only active points are evaluated. NaN brackets
    give NaN. ``with_lo``: also the next Newton correction -h/h' (the root as a double-double)."""
    lo, hi = lo.copy(), hi.copy()
    e = np.sqrt(lo * hi)
    prev = np.full(e.shape, np.inf)
    calm = np.zeros(e.shape, dtype=int)
    act = np.flatnonzero(np.isfinite(e))
    for _ in range(maxit):
        if act.size == 0:
            break
        ea = e[act]
        h, dh = fun(ea, act)
        sh = sign * h
        la = np.where(sh < 0, ea, lo[act])
        ha = np.where(sh > 0, ea, hi[act])
        lo[act], hi[act] = la, ha
        step = np.where(sh == 0, 0.0, h / dh)
        en = ea - step
        # Newton must stay in the bracket and at least halve the step every round (until it is tiny)
        pa = prev[act]
        bad = ~((en >= la) & (en <= ha)) | ((np.abs(step) > 0.5 * pa) & (np.abs(step) > 1e-12 * np.abs(ea)))
        bad &= sh != 0
        en = np.where(bad, np.sqrt(la * ha), en)
        prev[act] = np.where(bad, np.inf, np.abs(step))
        calm[act] = np.where(np.abs(en - ea) <= 4e-16 * np.abs(ea), calm[act] + 1, 0)
        e[act] = en
        act = act[calm[act] < 3]
    if with_lo:
        rows = np.flatnonzero(np.isfinite(e))
        e_lo = np.zeros(e.shape)
        if rows.size:
            h, dh = fun(e[rows], rows)
            e_lo[rows] = np.where(np.isfinite(h / dh), -h / dh, 0.0)
        return e, e_lo
    return e


def _w2_gap(e, xi, q, t):
    """(-min f_2 - t, its eta-derivative -x_2**2), the value in double-double then rounded."""
    f, x = _minimum(e, xi, 2, q)
    s, err = two_sum(-f[0], -t[0])
    return s + (err - f[1] - t[1]), -x[0] * x[0]


def _flat(*arrays):
    """Flat copies (pairs flattened member-wise) and the common shape."""
    shape = np.shape(arrays[0][0] if isinstance(arrays[0], tuple) else arrays[0])
    return shape, [(v[0].ravel(), v[1].ravel()) if isinstance(v, tuple) else np.ravel(v) for v in arrays]


def _shaped(res, shape):
    if isinstance(res, tuple):
        return tuple(r.reshape(shape) for r in res)
    return res.reshape(shape)


def eta_at_w2(t, xi, q, with_lo=False):
    """eta_g: the eta > 0 with -min f_2 = t (t = E_g/A, q = Q_0/A as double-doubles); NaN where
    t >= -min f_2(eta = 0) (no k_g: the engine raises)."""
    shape, (t, xi, q) = _flat(t, xi, q)
    zero = np.zeros_like(xi)
    top = _w2_gap(zero, xi, q, (zero, zero))[0]
    ok = (t[0] - top) + t[1] < 0
    t = (np.where(ok, t[0], np.nan), t[1])

    def gap(e, i):
        return _w2_gap(e, *_take(i, xi, q, t))

    lo, hi = _bracket_log(gap, np.log(q[0] * q[0] / t[0]), -1.0)
    return _shaped(_newton_bracketed(gap, np.exp(lo), np.exp(hi), -1.0, with_lo=with_lo), shape)


def _u_slope(e, xi, q):
    """h = (x_2**2 + x_0**2 - 2x_1**2)/x_1**2 (the sign of dU/deta; the numerator in double-double
    from double-double x_n: it cancels at the root) and its eta-derivative."""
    xs = [_minimum(e, xi, n, q)[1] for n in (0, 1, 2)]
    sq = [dd_mul(x, x) for x in xs]
    g = dd_add(dd_add(sq[2], sq[0]), (-2 * sq[1][0], -2 * sq[1][1]))
    x = [xx[0] for xx in xs]
    d = [_dx_deta(e, xi, xn) for xn in x]
    num = g[0] + g[1]
    dnum = 2 * (x[2] * d[2] + x[0] * d[0]) - 4 * x[1] * d[1]
    x12 = x[1] * x[1]
    return num / x12, dnum / x12 - 2 * num * d[1] / (x12 * x[1])


def eta_u_min(xi, q):
    """eta of the minimum of U(eta): root of (x_2**2 + x_0**2 - 2x_1**2)/x_1**2, increasing."""
    shape, (xi, q) = _flat(xi, q)

    def slope(e, i):
        return _u_slope(e, *_take(i, xi, q))

    # below eta = e**-100 the minima are their eta = 0 limits to 1e-40: no sign change can appear
    # further down (the reference widens 200 times, then its findroot fails: NaN here)
    lo, hi = _bracket_log(slope, np.log(q[0] ** (2 / 3)), 1.0, lo_limit=-100.0)
    return _shaped(_newton_bracketed(slope, np.exp(lo), np.exp(hi), 1.0), shape)


def _u_dd(e, xi, q, uc):
    """U/A = uc + min f_2 + min f_0 - 2 min f_1 as a double-double, and dU/deta/A = x_2**2 + x_0**2
    - 2x_1**2 (the envelope theorem)."""
    (f0, x0), (f1, x1), (f2, x2) = (_minimum(e, xi, n, q) for n in (0, 1, 2))
    u = dd_add(dd_add(uc, f2), dd_add(f0, (-2 * f1[0], -2 * f1[1])))
    return u, x2[0] ** 2 + x0[0] ** 2 - 2 * x1[0] ** 2


def _u_and_slope(e, xi, q, uc):
    u, du = _u_dd(e, xi, q, uc)
    return u[0] + u[1], du


def eta_at_u_zero(xi, q, uc, with_lo=False):
    """eta_l: U(eta_l) = 0 above eta_Umin (U increasing there); NaN where U(eta_Umin) >= 0."""
    shape, (xi, q, uc) = _flat(xi, q, uc)
    e_min = eta_u_min(xi, q)
    ok = _u_and_slope(e_min, xi, q, uc)[0] < 0
    lo = np.where(ok, np.log(e_min), np.nan)
    hi = np.maximum(np.log(q[0] * q[0] / (2 * uc[0])), lo + 1)

    def u(e, i):
        return _u_and_slope(e, *_take(i, xi, q, uc))

    act = np.flatnonzero(np.isfinite(hi))
    for _ in range(400):  # U -> U_c > 0 as eta -> oo
        if act.size == 0:
            break
        act = act[u(np.exp(hi[act]), act)[0] < 0]
        hi[act] += 2.0
    return _shaped(_newton_bracketed(u, np.exp(lo), np.exp(hi), 1.0, with_lo=with_lo), shape)


def _at_kg(e_g, xi, q0, a):
    """(f_0, f_1, f_2) as double-doubles and x_2 at eta_g (NaN where there is no k_g). eta_g is
    carried as a double-double (e, e_lo) and the minima moved to first order, df_n/deta = x_n**2,
    dx_n/deta = -2x_n/f_n'': U_kg = U_c + A (f_2 + f_0 - 2 f_1) cancels to ~1e-4 of U_c on the
    domain, where the rounding of eta_g alone would cost thousands of ulps."""
    q = _dd_quot(q0, a)
    e, e_lo = eta_at_w2(_dd_quot(e_g, a), xi, q, with_lo=True)
    out = []
    for n in (0, 1, 2):
        f, x = _minimum(e, xi, n, q)
        out.append((dd_add(f, (x[0] * x[0] * e_lo, np.zeros_like(e))), x[0] + (x[1] + _dx_deta(e, xi, x[0]) * e_lo)))
    (f0, _), (f1, _), (f2, x2) = out
    return f0, f1, f2, x2


def eta_g(e_g, xi, q0, a, out=None):
    """eta_g: |W_2(eta_g)| = E_g."""
    e_g, xi, q0, a = float_arrays(e_g, xi, q0, a)
    with np.errstate(all="ignore"):
        res = eta_at_w2(_dd_quot(e_g, a), xi, _dd_quot(q0, a))
    return into_out(res, out)


def eta_l(xi, q0, a, uc, out=None):
    """eta_l: U(eta_l) = 0 on the increasing branch."""
    xi, q0, a, uc = float_arrays(xi, q0, a, uc)
    with np.errstate(all="ignore"):
        res = eta_at_u_zero(xi, _dd_quot(q0, a), _dd_quot(uc, a))
    return into_out(res, out)


def eta_umin(xi, q0, a, out=None):
    """eta_Umin: the minimum of U(eta)."""
    xi, q0, a = float_arrays(xi, q0, a)
    with np.errstate(all="ignore"):
        res = eta_u_min(xi, _dd_quot(q0, a))
    return into_out(res, out)


def u_min(xi, q0, a, uc, out=None):
    """U_min = A*(U_c/A + min f_2 + min f_0 - 2 min f_1) at eta_Umin (U is stationary there: the
    error of eta_Umin enters at second order; the sum in double-double)."""
    xi, q0, a, uc = float_arrays(xi, q0, a, uc)
    with np.errstate(all="ignore"):
        q = _dd_quot(q0, a)
        e = eta_u_min(xi, q)
        u = _u_dd(e, xi, q, _dd_quot(uc, a))[0]
        res = a * u[0] + a * u[1]
    return into_out(res, out)


def ratio_kg(e_g, xi, q0, a, out=None):
    """W_2/W_1 at eta_g."""
    e_g, xi, q0, a = float_arrays(e_g, xi, q0, a)
    with np.errstate(all="ignore"):
        _, f1, f2, _ = _at_kg(e_g, xi, q0, a)
        res = (f2[0] + f2[1]) / (f1[0] + f1[1])
    return into_out(res, out)


def w1_kg(e_g, xi, q0, a, out=None):
    """W_1 at eta_g."""
    e_g, xi, q0, a = float_arrays(e_g, xi, q0, a)
    with np.errstate(all="ignore"):
        f1 = _at_kg(e_g, xi, q0, a)[1]
        res = a * (f1[0] + f1[1])
    return into_out(res, out)


def x2_kg(e_g, xi, q0, a, out=None):
    """x_2 at eta_g."""
    e_g, xi, q0, a = float_arrays(e_g, xi, q0, a)
    with np.errstate(all="ignore"):
        res = _at_kg(e_g, xi, q0, a)[3]
    return into_out(res, out)


def u_kg(e_g, xi, q0, a, uc, out=None):
    """U = U_c + A*(W_2 + W_0 - 2 W_1)/A at eta_g (double-double sum)."""
    e_g, xi, q0, a, uc = float_arrays(e_g, xi, q0, a, uc)
    with np.errstate(all="ignore"):
        f0, f1, f2, _ = _at_kg(e_g, xi, q0, a)
        s = _dd_scale(dd_add(f2, dd_add(f0, (-2 * f1[0], -2 * f1[1]))), a)
        s = dd_add((uc, np.zeros_like(uc)), s)
        res = s[0] + s[1]
    return into_out(res, out)


def jv_ratio(eta, xi, q0, a, out=None):
    """|J_q(x_2)|/V(x_2) = Q_0|x_2|/(A*((x_2 + xi)*x_2 + eta)*x_2**2) at the pair minimum; V/A from a
    double-double x_2 in double-double (it cancels where x_2 nears a zero of eta + xi x + x**2)."""
    eta, xi, q0, a = float_arrays(eta, xi, q0, a)
    with np.errstate(all="ignore"):
        q = _dd_quot(q0, a)
        x = _minimum(eta, xi, 2, q)[1]
        s = dd_mul(x, x)
        u = dd_add(dd_add(_dd_scale(x, xi), s), (eta, np.zeros_like(eta)))
        v = dd_mul(u, s)
        res = q[0] * np.abs(x[0] + x[1]) / (v[0] + v[1])
    return into_out(res, out)


def share_ah(e_g, xi, q0, a, uc, p_star, out=None):
    """(min(max(eta*, eta_g), eta_l) - eta_g)/(eta_l - eta_g), eta* = p_star*(Q_0/A)**(2/3)/2,
    eta_g = 0 without a k_g; NaN for an empty window (eta_l <= eta_g) or no pair states. The
    differences cancel where eta* ~ eta_g: eta_g, eta_l (one more Newton step) and eta* (cube root
    polished by one Newton step on c**3 = q**2) as double-doubles."""
    e_g, xi, q0, a, uc, p_star = float_arrays(e_g, xi, q0, a, uc, p_star)
    with np.errstate(all="ignore"):
        q = _dd_quot(q0, a)
        eg = eta_at_w2(_dd_quot(e_g, a), xi, q, with_lo=True)
        none = np.isnan(eg[0]) & np.isfinite(e_g + xi + q0 + a)
        eg = (np.where(none, 0.0, eg[0]), np.where(none, 0.0, eg[1]))
        el = eta_at_u_zero(xi, q, _dd_quot(uc, a), with_lo=True)
        q2 = dd_mul(q, q)
        c = np.cbrt(q2[0])
        c3 = dd_mul(two_prod(c, c), (c, np.zeros_like(c)))
        c = fast_two_sum(c, ((q2[0] - c3[0]) + (q2[1] - c3[1])) / (3 * c * c))
        es = _dd_scale(_dd_scale(c, p_star), 0.5)
        pick = np.where(es[0] < eg[0], 0, np.where(es[0] > el[0], 2, 1))
        top = (np.choose(pick, (eg[0], es[0], el[0])), np.choose(pick, (eg[1], es[1], el[1])))
        num = dd_add(top, (-eg[0], -eg[1]))
        den = dd_add(el, (-eg[0], -eg[1]))
        res = (num[0] + num[1]) / (den[0] + den[1])
        res = np.where(el[0] > eg[0], res, np.nan)
    return into_out(res, out)


def _engine_function(name, numpy_name, evaluate, params, doc):
    """A VitrumFunction of the model parameters ``params`` whose mp definition is the engine's
    evaluate function itself (defs.<name>_eval with those parameters)."""

    def mp(ctx, *args):
        return evaluate(ctx, dict(zip(params, args)))

    return type(name, (VitrumFunction,), {"__doc__": doc, "numpy": f"vitrum.numeric.fast.electron_pairs.{numpy_name}",
                                          "nargs": len(params), "mp": staticmethod(mp), "__module__": __name__})


_KG = ("E_g", "xi", "Q_0", "A")
eta_g_fn = _engine_function("eta_g_fn", "eta_g", defs.eta_g_eval, _KG, "eta_g (pair-window edge k_g).")
eta_l_fn = _engine_function("eta_l_fn", "eta_l", defs.eta_l_eval, ("xi", "Q_0", "A", "U_c"), "eta_l (U = 0).")
eta_umin_fn = _engine_function("eta_umin_fn", "eta_umin", defs.eta_umin_eval, ("xi", "Q_0", "A"), "eta of min U.")
u_min_fn = _engine_function("u_min_fn", "u_min", defs.u_min_eval, ("xi", "Q_0", "A", "U_c"), "min over eta of U.")
ratio_kg_fn = _engine_function("ratio_kg_fn", "ratio_kg", defs.ratio_kg_eval, _KG, "W_2/W_1 at k_g.")
w1_kg_fn = _engine_function("w1_kg_fn", "w1_kg", defs.w1_kg_eval, _KG, "W_1 at k_g.")
x2_kg_fn = _engine_function("x2_kg_fn", "x2_kg", defs.x2_kg_eval, _KG, "x_2 at k_g.")
u_kg_fn = _engine_function("u_kg_fn", "u_kg", defs.u_kg_eval, _KG + ("U_c",), "U at k_g.")
jv_ratio_fn = _engine_function("jv_ratio_fn", "jv_ratio", defs.jv_eval, ("eta", "xi", "Q_0", "A"), "|J_q|/V at x_2.")
share_ah_fn = _engine_function("share_ah_fn", "share_ah", defs.share_ah_eval, _KG + ("U_c", "p_star"),
                               "share of the pair window with k <= k*.")


def _reg_engine(qname, fp, fn, params, method, bound):
    register(FastEvaluator(f"electron_pairs.{qname}", fp, lambda s: fn(*(s[p] for p in params)), "float64 engine",
                           method, bound))


_reg_engine("eta_g", "84198699c6a7a782", eta_g_fn, _KG,
            "vectorized root in eta on the float64 minima (self_trapping_np) made double-double by one Newton"
            " step on the stationary cubic: the reference's log-bracket, then Newton in eta (envelope-theorem"
            " slopes) safeguarded by bisection, of |W_2(eta)| - E_g; measured <= 0.50 ulps (1.1e-16) on 3 x "
            "300 points of the declared domain (accuracy seeds 1-3) (where a k_g exists)", 2e-16)
_reg_engine("eta_l", "7ceac30a37ca38c3", eta_l_fn, ("xi", "Q_0", "A", "U_c"),
            "vectorized root in eta on the float64 minima (self_trapping_np) made double-double by one Newton"
            " step on the stationary cubic: the reference's log-bracket, then Newton in eta (envelope-theorem"
            " slopes) safeguarded by bisection, of U(eta) (double-double sum) above eta_Umin; measured <= "
            "0.50 ulps (1.1e-16) on 3 x 300 points of the declared domain (accuracy seeds 1-3)", 2e-16)
_reg_engine("eta_Umin", "bc1f71a38865b028", eta_umin_fn, ("xi", "Q_0", "A"),
            "vectorized root in eta on the float64 minima (self_trapping_np) made double-double by one Newton"
            " step on the stationary cubic: the reference's log-bracket, then Newton in eta (envelope-theorem"
            " slopes) safeguarded by bisection, of (x_2**2 + x_0**2 - 2x_1**2)/x_1**2 (double-double "
            "numerator); measured <= 0.50 ulps (1.1e-16) on 3 x 300 points of the declared domain (accuracy "
            "seeds 1-3)", 2e-16)
_reg_engine("U_min", "66bd2db8326da6e2", u_min_fn, ("xi", "Q_0", "A", "U_c"),
            "U at eta_Umin (stationary: the root's error enters at second order), U_c/A + W_2 + W_0 - 2W_1 in"
            " double-double; measured <= 0.97 ulps (2.0e-16) on 3 x 300 points of the declared domain "
            "(accuracy seeds 1-3)", 3e-16)
_reg_engine("ratio_kg", "230ac4427d62aae8", ratio_kg_fn, _KG,
            "W_2/W_1 at eta_g (vectorized root in eta on the float64 minima (self_trapping_np) made double-"
            "double by one Newton step on the stationary cubic: the reference's log-bracket, then Newton in "
            "eta (envelope-theorem slopes) safeguarded by bisection); measured <= 1.9 ulps (2.2e-16) on 3 x "
            "300 points of the declared domain (accuracy seeds 1-3) (where a k_g exists)", 3e-16)
_reg_engine("W1_kg", "9beb0cce04b6f456", w1_kg_fn, _KG,
            "A W_1 at eta_g (vectorized root in eta on the float64 minima (self_trapping_np) made double-"
            "double by one Newton step on the stationary cubic: the reference's log-bracket, then Newton in "
            "eta (envelope-theorem slopes) safeguarded by bisection); measured <= 1.05 ulps (1.8e-16) on 3 x "
            "300 points of the declared domain (accuracy seeds 1-3) (where a k_g exists)", 3e-16)
_reg_engine("x2_kg", "2417e63563ae6d3a", x2_kg_fn, _KG,
            "x_2 at eta_g (vectorized root in eta on the float64 minima (self_trapping_np) made double-double"
            " by one Newton step on the stationary cubic: the reference's log-bracket, then Newton in eta "
            "(envelope-theorem slopes) safeguarded by bisection; eta_g as a double-double, x_2 moved to first"
            " order); measured <= 0.50 ulps (1.1e-16) on 3 x 300 points of the declared domain (accuracy "
            "seeds 1-3)", 2e-16)
_reg_engine("U_kg", "435fc811f0eb9d24", u_kg_fn, _KG + ("U_c",),
            "U_c + A(W_2 + W_0 - 2W_1)/A at eta_g (vectorized root in eta on the float64 minima "
            "(self_trapping_np) made double-double by one Newton step on the stationary cubic: the "
            "reference's log-bracket, then Newton in eta (envelope-theorem slopes) safeguarded by bisection),"
            " in double-double with eta_g as a double-double and the minima moved to first order (the sum "
            "cancels to 1e-4 of U_c); measured <= 0.50 ulps (1.1e-16) on 3 x 300 points of the declared "
            "domain (accuracy seeds 1-3)", 2e-16)
_reg_engine("JV_ratio", "5806ee6228496fee", jv_ratio_fn, ("eta", "xi", "Q_0", "A"),
            "Q_0|x_2|/(A V(x_2)), x_2 and V/A = x**2(eta + xi x + x**2) in double-double (V cancels near its "
            "zeros); measured <= 2.6 ulps (3.1e-16) on 3 x 300 + 600 points of the declared domain (accuracy seeds "
            "1-4)",
            5e-16)
_reg_engine("share_AH", "d50ebebe671466f3", share_ah_fn, _KG + ("U_c", "p_star"),
            "window share from eta_g, eta_l (vectorized root in eta on the float64 minima (self_trapping_np) "
            "made double-double by one Newton step on the stationary cubic: the reference's log-bracket, then"
            " Newton in eta (envelope-theorem slopes) safeguarded by bisection) and eta* = p_star "
            "(Q_0/A)**(2/3)/2, all three as double-doubles (the differences cancel where eta* ~ eta_g); "
            "measured <= 1.5 ulps (2.5e-16) on 3 x 300 points of the declared domain (accuracy seeds 1-3)", 4e-16)
register(FastEvaluator(
    "electron_pairs.eta_l_ratio", "fad5634bb944af67",
    lambda s: eta_l_fn(s["xi"], s["Q_0"], s["A"], s["U_c"]) * 2 * s["U_c"] * s["A"] / s["Q_0"] ** 2,
    "float64 engine",
    "eta_l (the vectorized double-double root) times 2 U_c A/Q_0**2; measured <= 2.6 ulps (3.4e-16) on 3 x 300 "
    "points of the declared domain (accuracy seeds 1-3)",
    5e-16))


# ==================================================================================================
# Renormalized coefficients (5.8): the stationary point continued from x = 0, in float64
# ==================================================================================================
AMPLIFICATION_LIMIT = 1e10
FALLBACK_DPS = 30


def _continuation_np(eta, xi, n, c1, c2, c3, steps=64, tol_bits=47, maxit=100):
    """The reference's continuation (self_trapping.renormalize) in float64: x from 0 at s = 0 to
    s = n in ``steps`` steps of Newton on 4x**3 + 3(xi + s c3)x**2 + 2(eta + s c2)x + s c1, each
    stopping when |step| <= 2**-tol_bits*max(|x|, 1); then two polishing steps at s = n.

    Returns (x, amp): amp bounds how much a rounding error of x can have grown along the Newton
    trajectory, max over the iterations of the running product of |N'(x)| = |p p''/p'**2| (restarted
    at 1 whenever it falls below 1; 0 at the exact start x = 0). Past a fold of the branch Newton
    wanders chaotically (the reference only stops at p' == 0 exactly) and amp explodes; there the
    float64 and the mpmath trajectories part. NaN where p' vanishes or 100 steps do not converge."""
    x = np.where(np.isfinite(eta + xi + n + c1 + c2 + c3), 0.0, np.nan)
    amp = np.ones(x.shape)
    run = np.zeros(x.shape)
    tol = 2.0**-tol_bits
    for i in range(1, steps + 1):
        s = n * i / steps
        a, b, c, d = 4.0, 3 * (xi + s * c3), 2 * (eta + s * c2), s * c1
        todo = np.isfinite(x)
        for _ in range(maxit):
            if not todo.any():
                break
            p = ((a * x + b) * x + c) * x + d
            dp = (3 * a * x + 2 * b) * x + c
            fold = todo & (dp == 0)
            x = np.where(fold, np.nan, x)
            todo &= ~fold
            safe = np.where(dp == 0, 1.0, dp)
            g = np.where(x == 0, 0.0, np.abs(p * (6 * a * x + 2 * b) / (safe * safe)))
            run = np.where(todo, np.maximum(run, 1.0) * g, run)
            amp = np.where(todo, np.maximum(amp, run), amp)
            step = np.where(todo, p / safe, 0.0)
            x = x - step
            todo &= ~(np.abs(step) <= tol * np.maximum(np.abs(x), 1.0))
        x = np.where(todo, np.nan, x)
    e2, e3 = eta + n * c2, xi + n * c3
    for _ in range(2):
        p = ((4 * x + 3 * e3) * x + 2 * e2) * x + n * c1
        dp = (12 * x + 6 * e3) * x + 2 * e2
        x = np.where(dp != 0, x - p / np.where(dp != 0, dp, 1.0), x)
    return x, amp


def _renormalized_dd(eta, xi, n, c1, c2, c3, x):
    """(eta_n, xi_n) at the end point x of the continuation, in double-double: e2 = eta + n c2,
    e3 = xi + n c3 exactly, x polished by one Newton step on the double-double residual of
    4x**3 + 3 e3 x**2 + 2 e2 x + n c1, then eta_n = e2 + 3 e3 x + 6x**2 and xi_n = e3 + 4x, which
    cancel where the re-expanded potential is nearly flat or symmetric."""
    zero = np.zeros_like(x)
    e2 = dd_add((eta, zero), two_prod(n, c2))
    e3 = dd_add((xi, zero), two_prod(n, c3))
    xx = two_prod(x, x)
    r = dd_add(_dd_scale(_dd_scale(xx, x), 4.0), _dd_scale(dd_mul(e3, xx), 3.0))
    r = dd_add(r, _dd_scale(_dd_scale(e2, x), 2.0))
    r = dd_add(r, two_prod(n, c1))
    dp = (12 * x + 6 * e3[0]) * x + 2 * e2[0]
    xd = (x, np.where(dp != 0, -(r[0] + r[1]) / np.where(dp != 0, dp, 1.0), 0.0))
    x2 = dd_mul(xd, xd)
    en = dd_add(dd_add(e2, _dd_scale(dd_mul(e3, xd), 3.0)), _dd_scale(x2, 6.0))
    xn = dd_add(e3, _dd_scale(xd, 4.0))
    return en[0] + en[1], xn[0] + xn[1]


def renormalized(eta, xi, n, c1, c2, c3):
    """(eta_n, xi_n) at the end point x of :func:`_continuation_np` (:func:`_renormalized_dd`).
    Points whose float64 trajectory cannot be trusted to follow the reference's
    (amp > AMPLIFICATION_LIMIT, a failed continuation, or eta = 0 where the reference counts real
    roots instead) are evaluated by the engine itself (self_trapping.renormalize at FALLBACK_DPS
    digits; NaN where it raises)."""
    eta, xi, n, c1, c2, c3 = float_arrays(eta, xi, n, c1, c2, c3)
    shape = eta.shape
    eta, xi, n, c1, c2, c3 = (v.reshape(-1) for v in (eta, xi, n, c1, c2, c3))  # 0-d too: indexed below
    with np.errstate(all="ignore"):
        x, amp = _continuation_np(eta, xi, n, c1, c2, c3)
        en, xn = _renormalized_dd(eta, xi, n, c1, c2, c3, x)
    finite = np.isfinite(eta + xi + n + c1 + c2 + c3)
    slow = finite & ((eta == 0) | ~np.isfinite(x) | ~(amp <= AMPLIFICATION_LIMIT))
    if slow.any():
        ctx = mpmath.MPContext()
        ctx.dps = FALLBACK_DPS
        for i in zip(*np.nonzero(slow)):
            try:
                r = st.renormalize(ctx, *(ctx.mpf(float(v[i])) for v in (eta, xi, n, c1, c2, c3)))
                en[i], xn[i] = float(r.eta_n), float(r.xi_n)
            except ValueError:
                en[i] = xn[i] = np.nan
    return en.reshape(shape), xn.reshape(shape)


def eta_n(eta, xi, n, c1, c2, c3, out=None):
    """eta_n (5.8) by continuation (see :func:`renormalized`)."""
    return into_out(renormalized(eta, xi, n, c1, c2, c3)[0], out)


def xi_n(eta, xi, n, c1, c2, c3, out=None):
    """xi_n (5.8) by continuation (see :func:`renormalized`)."""
    return into_out(renormalized(eta, xi, n, c1, c2, c3)[1], out)


_RN = ("eta", "xi", "n", "q1", "q2", "q3")
eta_n_fn = _engine_function("eta_n_fn", "eta_n", defs.renorm_eta_eval, _RN, "renormalized eta_n (5.8).")
xi_n_fn = _engine_function("xi_n_fn", "xi_n", defs.renorm_xi_eval, _RN, "renormalized xi_n (5.8).")
_reg_engine("eta_n", "551c26e532c03d9d", eta_n_fn, _RN,
            "the reference's 64-step Newton continuation from x = 0 replayed in float64, end point polished "
            "on the double-double residual, eta_n = e2 + 3 e3 x + 6x**2 in double-double; points whose "
            "trajectory amplifies rounding by > 1e10 (past a fold), fail, or have eta = 0 go to the engine "
            "(mpmath, 30 digits, 3-4 % of the domain points); measured <= 0.50 ulps (1.1e-16) on 3 x 300 points of"
            " the declared domain (accuracy seeds 1-3)", 2e-16)
_reg_engine("xi_n", "cc705f48e28c6f9a", xi_n_fn, _RN,
            "as eta_n: float64 replay of the continuation, xi_n = e3 + 4x in double-double, engine fallback past "
            "folds; measured <= 0.50 ulps (1.1e-16) on 3 x 300 points of the declared domain (accuracy seeds 1-3)",
            2e-16)
