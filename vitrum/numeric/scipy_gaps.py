"""Float64 special functions that scipy.special lacks, for emitted code.

``polygamma(n, z)`` -- integer order n >= 0, real or complex z. scipy's ``polygamma`` rejects complex
    z for n >= 1 and its Hurwitz zeta gives NaN for real z < 0. Here: Re z >= 1/2 by the recurrence
    up to |w| >= 20 and the asymptotic series there,

        psi^(n)(w) = (-1)**(n+1) [ n! sum_{k<m} (w+k)**-(n+1) + (n-1)!/v**n + n!/(2 v**(n+1))
                     + sum_k B_2k (2k+n-1)!/((2k)! v**(2k+n)) ],  v = w + m;

    Re z < 1/2 by the reflection psi^(n)(z) = (-1)**n psi^(n)(1-z) - pi**(n+1) cot^(n)(pi z), the
    n-th derivative of cot written in c = cot and t = csc**2 (no cancellation near c = +-i, where
    t -> 0; see :func:`_cot_derivative_terms`), with z first reduced by the nearest integer, exactly, so
    that cot(pi z) keeps its digits at large |Re z| (the trap: pi*z rounded at z = -1e6 + 0.5 is
    already 3e-10 off). Near a pole, or a zero, the function itself is ill-conditioned.
``polylog(s, z)`` -- integer s >= 1, real z <= 1 (real values). scipy has only Li2 (``spence``).
    Here: |z| <= 1/2 the power series; 1/2 < z <= 1 the expansion in mu = log z,
    Li_s(e**mu) = sum_(k != s-1) zeta(s-k) mu**k/k! + mu**(s-1)/(s-1)! (H_(s-1) - log(-mu)),
    which has no cancellation near z = 1 where the power series converges like 1/k**s;
    -1 <= z < -1/2 by the duplication Li_s(z) = 2**(1-s) Li_s(z**2) - Li_s(-z); z < -1 by the
    inversion Li_s(z) = -(-1)**s Li_s(1/z) - (2 pi i)**s/s! B_s(1/2 + log(-z)/(2 pi i)), written with
    real coefficients: Li_s(z) = (-1)**(s-1) Li_s(1/z) - sum_j c_j L**(s-2j), L = log(-z). There
    the half-ulp rounding of L is raised to the power s: up to ~s/2 ulps, although the function's
    own condition number is only ~s/L (measured: <= 4.2 ulps for s = 12).

Both are checked against mpmath in tests/numeric/test_scipy_gaps.py (grids over all orders of
magnitude, errors in ulps against the condition number).
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import cache

import numpy as np
import sympy as sp

from vitrum.numeric.special import into_out

_SHIFT_TO = 20.0  # the asymptotic series is used where |v| >= 20: 12 terms reach 1e-25 for n <= 8
_TERMS = 14


@cache
def _bernoulli(k: int) -> Fraction:
    """B_k for even k (the convention for B_1 never matters here)."""
    b = sp.bernoulli(k)
    return Fraction(int(b.p), int(b.q))


@cache
def _asymptotic_coefficients(n: int) -> tuple[float, ...]:
    """B_2k (2k+n-1)!/(2k)! for k = 1.._TERMS (exact, rounded once)."""
    return tuple(float(_bernoulli(2 * k) * math.factorial(2 * k + n - 1) / math.factorial(2 * k))
                 for k in range(1, _TERMS + 1))


@cache
def _cot_derivative_terms(n: int) -> tuple[tuple[int, int, int], ...]:
    """(a, b, coefficient) with d**n/dx**n cot(x) = sum coefficient * c**a * t**b, c = cot x,
    t = 1 + c**2 = csc(x)**2 (d c = -t, d t = -2 c t). One monomial per power of t: near the
    poles of cot in the complex plane (c -> +-i, t -> 0) no sum of large terms cancels, which
    the expanded polynomial in c would suffer (1 + c**2 evaluated at c ~ -i)."""
    terms = {(1, 0): 1}
    for _ in range(n):
        nxt: dict[tuple[int, int], int] = {}
        for (a, b), coef in terms.items():
            if a:
                nxt[(a - 1, b + 1)] = nxt.get((a - 1, b + 1), 0) - a * coef
            if b:
                nxt[(a + 1, b)] = nxt.get((a + 1, b), 0) - 2 * b * coef
        terms = {k: v for k, v in nxt.items() if v}
    return tuple((a, b, coef) for (a, b), coef in sorted(terms.items()))


def _polygamma_right(n: int, w: np.ndarray) -> np.ndarray:
    """psi^(n)(w), n >= 1, for complex w with Re w >= 1/2 (shift, then the asymptotic series)."""
    m = np.where(np.abs(w) >= _SHIFT_TO, 0.0, np.ceil(_SHIFT_TO - w.real))
    total = np.zeros_like(w)
    for k in range(int(m.max(initial=0.0))):
        sel = m > k
        total[sel] += (w[sel] + k) ** (-(n + 1))
    v = w + m
    inv = 1.0 / v
    inv2 = inv * inv
    series = np.zeros_like(v)
    for c in reversed(_asymptotic_coefficients(n)):
        series = (series + c) * inv2
    tail = inv**n * (math.factorial(n - 1) + math.factorial(n) / 2 * inv + series)
    return (-1) ** (n + 1) * (math.factorial(n) * total + tail)


def _polygamma_complex(n: int, z: np.ndarray) -> np.ndarray:
    if n == 0:
        import scipy.special as sc

        return sc.psi(z)
    res = np.empty_like(z)
    right = z.real >= 0.5
    if right.any():
        res[right] = _polygamma_right(n, z[right])
    left = ~right & ~np.isnan(z)
    if left.any():
        zl = z[left]
        frac = zl - np.round(zl.real)  # exact: cot(pi z) has period 1
        c = 1.0 / np.tan(np.pi * frac)  # -> -+i for large |Im z|, where sin and cos overflow
        far = np.abs(frac.imag) > 100.0  # csc**2 ~ 4 exp(-2 pi |Im z|) < 1e-270 there; sin overflows
        csc = 1.0 / np.sin(np.pi * np.where(far, 0.5, frac))
        t = np.where(far, 0.0, csc * csc)  # csc**2 directly: 1 + c**2 would cancel near c = -+i
        deriv = np.zeros_like(zl)
        for a, b, coef in _cot_derivative_terms(n):
            deriv += coef * c**a * t**b
        res[left] = (-1) ** n * _polygamma_right(n, 1.0 - zl) - np.pi ** (n + 1) * deriv
    res[np.isnan(z)] = np.nan
    return res


def _one_integer_order(n, lowest: int, name: str) -> int:
    """The order of a call: one integer >= ``lowest`` (a scalar, or an array of one repeated value,
    as generated code passes a literal broadcast over a block)."""
    values = np.unique(np.asarray(n, dtype=float))
    if values.size != 1 or not np.isfinite(values[0]) or values[0] != int(values[0]) or values[0] < lowest:
        raise ValueError(f"{name}: the order must be one integer >= {lowest}, not {n!r}")
    return int(values[0])


def polygamma(n, z, out=None):
    """polygamma(n, z) for integer n >= 0 (a scalar) and real or complex z; real z gives a real
    result (poles: inf or nan). See the module docstring.

    The error is small relative to |value|, not to each part: at z = 1/2 + 2i the real part is
    1.3e-4 of the modulus and carries ~1e-12 of its own relative error (mpmath: 6.88368988173883e-05
    - 0.511621158188099635i).

    >>> v = polygamma(1, 0.5 + 2j)
    >>> bool(abs(v - complex(6.883689881738828e-05, -0.5116211581880996)) < 1e-15 * abs(v))
    True
    """
    order = _one_integer_order(n, 0, "polygamma")
    z = np.asarray(z)
    real = not np.iscomplexobj(z)
    zc = z.astype(complex).reshape(-1)
    with np.errstate(all="ignore"):
        res = _polygamma_complex(order, zc).reshape(z.shape)
    if real:
        res = res.real
    return into_out(res, out)


# --- polylog --------------------------------------------------------------------------------------
_POLYLOG_SERIES_TERMS = 56  # |z| <= 1/2: 2**-56 < 1.4e-17


@cache
def _zeta_values(s: int) -> tuple[float, ...]:
    """zeta(s - k) for k = 0..s+24 except k = s - 1 (the pole; 0 there)."""
    out = []
    for k in range(s + 25):
        out.append(0.0 if s - k == 1 else float(sp.zeta(s - k).evalf(20)))
    return tuple(out)


def _polylog_near_one(s: int, mu: np.ndarray) -> np.ndarray:
    """Li_s(e**mu) for real mu <= 0, |mu| <= log 2 (the series in mu)."""
    zetas = _zeta_values(s)
    harmonic = float(sum(Fraction(1, j) for j in range(1, s)))
    acc = np.zeros_like(mu)
    term = np.ones_like(mu)
    for k in range(s + 25):
        if k == s - 1:
            with np.errstate(divide="ignore", invalid="ignore"):
                log_term = np.where(mu == 0.0, 0.0, term * (harmonic - np.log(-mu)))
            acc += log_term
        else:
            acc += zetas[k] * term
        term = term * mu / (k + 1)
    return acc


def _polylog_series(s: int, z: np.ndarray) -> np.ndarray:
    acc = np.zeros_like(z)
    power = z.copy()
    for k in range(1, _POLYLOG_SERIES_TERMS + 1):
        acc += power / float(k) ** s
        power = power * z
    return acc


@cache
def _inversion_coefficients(s: int) -> tuple[tuple[int, float], ...]:
    """(power p, c) with (2 pi i)**s/s! B_s(1/2 + L/(2 pi i)) = sum c L**p (real for real L)."""
    L = sp.Symbol("L", real=True)
    expr = sp.expand((2 * sp.pi * sp.I) ** s / sp.factorial(s) * sp.bernoulli(s, sp.Rational(1, 2) + L / (2 * sp.pi * sp.I)))
    poly = sp.Poly(expr, L)
    out = []
    for (p,), c in poly.terms():
        assert sp.im(c) == 0, c
        out.append((p, float(sp.re(c).evalf(20))))
    return tuple(out)


def _polylog_1d(s: int, z: np.ndarray) -> np.ndarray:
    res = np.full_like(z, np.nan)
    small = np.abs(z) <= 0.5
    if small.any():
        res[small] = _polylog_series(s, z[small])
    near_one = (z > 0.5) & (z <= 1.0)
    if near_one.any():
        res[near_one] = _polylog_near_one(s, np.log(z[near_one]))
    minus_one = (z < -0.5) & (z >= -1.0)
    if minus_one.any():
        zm = z[minus_one]
        sq = zm * zm  # in (1/4, 1]
        li_sq = np.empty_like(sq)
        lo = sq <= 0.5
        li_sq[lo] = _polylog_series(s, sq[lo])
        li_sq[~lo] = _polylog_near_one(s, np.log(sq[~lo]))
        res[minus_one] = 2.0 ** (1 - s) * li_sq - _polylog_near_one(s, np.log(-zm))
    below = z < -1.0
    if below.any():
        zb = z[below]
        inner = _polylog_1d(s, 1.0 / zb)
        L = np.log(-zb)
        poly = np.zeros_like(zb)
        for p, c in _inversion_coefficients(s):
            poly += c * L**p
        res[below] = -((-1) ** s) * inner - poly
    return res


def polylog(s, z, out=None):
    """polylog(s, z) for one integer order s >= 1 and real z <= 1 (NaN above 1, where it is
    complex). See the module docstring.

    >>> bool(abs(polylog(3, 1.0) - 1.2020569031595942) < 1e-15)  # zeta(3)
    True
    """
    order = _one_integer_order(s, 1, "polylog")
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        if order == 1:  # -log(1 - z): inf at z = 1
            res = -np.log1p(-z)
            res = np.where(z > 1.0, np.nan, res)
        else:
            res = _polylog_1d(order, z.reshape(-1)).reshape(z.shape)
    return into_out(res, out)
