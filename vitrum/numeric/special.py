"""Special functions for emitted code: stable float64 versions of what sympy/scipy get wrong.

Each function is a sympy ``Function`` subclass of :class:`VitrumFunction` (so a stable rewrite
can put it into an expression and the printer can print it) with

* ``numpy``: the dotted name of its vectorized float64 implementation (``f(x, out=None)``),
* ``mp(ctx, *args)``: a precision-generic mpmath definition (tests compare the two).

Functions here:

``psi_half_log(y)`` = re(digamma(1/2 + I*y)) - log(y), y > 0: the resonant TLS dispersion
    function. The direct formula cancels (~1/(24 y**2) left of two O(log y) terms: 8 digits lost at
    y = 1e3), has a zero at y0 = 0.17812682715035569942 (condition number -> oo there) and scipy's
    complex digamma costs ~750 ns per point. Here: y < 1e-5 Taylor (3 terms), 1e-5 <= y <= 12 a
    piecewise Chebyshev table in log(y) of f(y)/(y - y0) (the root factor is applied in double-double,
    so the result keeps its relative accuracy through the zero), y > 12 the asymptotic series
    sum_k -(-1)**k*B_2k(1/2)/(2k*y**(2k)) (leading -1/(24 y**2)). Measured: <= 4 ulps.
``schottky_integral(Y)`` = Integral(y**2*sech(y)**2, (y, 0, Y)): Y < 1 as Y**3*P(Y**2) (Chebyshev
    table), Y >= 1 the exact closed form pi**2/12 - 2Y**2 q/(1+q) - 2Y log1p(q) + Li2(-q), q = exp(-2Y),
    with Li2 by its power series (q <= e**-2). Measured: <= 3 ulps.
``psi_half_log_slope(y)`` = -y d/dy psi_half_log(y) = 1 + y*im(polygamma(1, 1/2 + I*y)): the same
    construction (zero at y1 = 0.36104943975352743464 factored out; asymptotic series differentiated).
``exprel(x)`` = (exp(x) - 1)/x (1 at 0): scipy.special.exprel.
``xcsch(x)`` = x/sinh(x) (1 at 0, no overflow of sinh for |x| > 710).
``tanhc(x)`` = tanh(x)/x (1 at 0).

>>> float(xcsch_fn.numpy_impl()(0.0)), float(tanhc_fn.numpy_impl()(0.0))
(1.0, 1.0)
>>> y = 1e3  # two terms of the asymptotic series: -1/(24 y**2) - 7/(960 y**4)
>>> bool(abs(psi_half_log(y) / (-1 / (24 * y**2) - 7 / (960 * y**4)) - 1) < 1e-12)
True
"""

from __future__ import annotations

import importlib
import math

import mpmath
import numpy as np
import scipy.special as sc
import sympy as sp


class VitrumFunction(sp.Function):
    """A function with a stable float64 implementation (``numpy``: "module.name") and an mpmath
    definition (``mp``). Real-valued for real arguments unless ``real = False``."""

    numpy: str = ""
    real: bool = True
    nargs = 1

    @classmethod
    def eval(cls, *args):
        return None

    def _eval_is_real(self):
        if self.real and all(a.is_real for a in self.args):
            return True
        return None

    @staticmethod
    def mp(ctx, *args):  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def _sympystr(self, printer):
        # printed under the name of its float64 implementation: exprel(x), relaxation_F(r), ...
        name = type(self).numpy.rpartition(".")[2]
        return f"{name}({', '.join(printer._print(a) for a in self.args)})"

    @classmethod
    def numpy_impl(cls):
        module, _, name = cls.numpy.rpartition(".")
        return getattr(importlib.import_module(module), name)

    def _eval_evalf(self, prec):
        ctx = mpmath.MPContext()
        ctx.prec = prec
        try:
            args = [ctx.mpf(str(sp.N(a, mpmath.libmp.prec_to_dps(prec) + 5))) for a in self.args]
        except TypeError:
            return None
        return sp.Float(str(type(self).mp(ctx, *args)), mpmath.libmp.prec_to_dps(prec))


def function_family(module: str, specs, nargs: int = 1) -> list[type[VitrumFunction]]:
    """VitrumFunction classes ``<name>_fn`` for a family of functions that differ only in name, float64
    implementation ``module.<name>`` and mp definition: ``specs`` = [(name, mp(ctx, *args), doc), ...].
    Each sympy function needs a class of its own; this writes them once instead of one near-copy each."""
    return [type(f"{name}_fn", (VitrumFunction,), {"numpy": f"{module}.{name}", "nargs": nargs, "mp": staticmethod(mp),
                                                   "__doc__": doc, "__module__": module})
            for name, mp, doc in specs]


def _as_array(x):
    return np.asarray(x, dtype=float)


def elementwise(fn):
    """Wrap ``fn(x: 1-d float array) -> array`` as ``f(x, out=None)`` for any shape (0-d included)."""
    import functools

    @functools.wraps(fn)
    def call(x, out=None):
        x = np.asarray(x, dtype=float)
        return into_out(np.asarray(fn(x.reshape(-1)), dtype=float).reshape(x.shape), out)

    return call


def float_arrays(*xs) -> list[np.ndarray]:
    """The float64 implementations' inputs: each argument as a float64 array, broadcast together
    (read-only views where broadcasting repeats a value)."""
    return np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in xs))


def into_out(res, out):
    """The float64 implementations' ``out=`` contract: ``res`` written into ``out`` (and ``out``
    returned) when one is given, else ``res``, a 0-d array as a scalar."""
    if out is None:
        return res[()] if isinstance(res, np.ndarray) and res.ndim == 0 else res
    out[...] = res
    return out


# --- psi_half_log ------------------------------------------------------------------------------
PSI_HALF = -1.9635100260214235  # digamma(1/2) = -euler - 2 log 2
SEVEN_ZETA3 = 8.414398322558797  # 7 zeta(3): re digamma(1/2 + iy) = psi(1/2) + 7 zeta(3) y**2 + O(y**4)
PSI_ROOT_HI = 0.1781268271503557  # zero of psi_half_log, as a double-double
PSI_ROOT_LO = 1.1715796843286147e-17
PSI_SMALL = 1e-5
PSI_LARGE = 12.0


def _psi_half_log_mp(ctx, y):
    return ctx.re(ctx.digamma(ctx.mpf(1) / 2 + ctx.mpc(0, 1) * y)) - ctx.log(y)


def psi_half_log_g_mp(ctx, ell):
    """f(y)/(y - y0) at y = exp(ell): the tabulated function (module-level for process pools)."""
    y = ctx.exp(ell)
    y0 = ctx.findroot(lambda v: _psi_half_log_mp(ctx, v), (ctx.mpf("0.17"), ctx.mpf("0.19")), solver="anderson")
    return _psi_half_log_mp(ctx, y) / (y - y0)


def psi_asymptotic_coefficients(n: int = 20, dps: int = 30) -> list[float]:
    """c_k with psi_half_log(y) ~ sum_k c_k / y**(2k): c_k = -(-1)**k B_2k(1/2)/(2k)."""
    ctx = mpmath.MPContext()
    ctx.dps = dps
    return [float(-((-1) ** k) * ctx.bernpoly(2 * k, ctx.mpf(1) / 2) / (2 * k)) for k in range(1, n + 1)]


_PSI_ASYM = psi_asymptotic_coefficients(14)


def _psi_half_log_1d(y, out=None):
    """re(digamma(1/2 + I*y)) - log(y) for y > 0, vectorized (see the module docstring)."""
    from vitrum.numeric._special_tables import PSI_HALF_LOG_G

    y = _as_array(y)
    res = np.empty_like(y)
    with np.errstate(all="ignore"):
        small = y < PSI_SMALL
        large = y > PSI_LARGE
        mid = ~(small | large)
        if small.any():
            ys = y[small]
            res[small] = (PSI_HALF - np.log(ys)) + SEVEN_ZETA3 * ys * ys
        if large.any():
            z = 1.0 / (y[large] * y[large])
            acc = np.full_like(z, _PSI_ASYM[-1])
            for c in reversed(_PSI_ASYM[:-1]):
                acc *= z
                acc += c
            res[large] = acc * z
        if mid.all():  # the common case: no compression
            res = PSI_HALF_LOG_G(np.log(y)) * ((y - PSI_ROOT_HI) - PSI_ROOT_LO)
        elif mid.any():
            ym = y[mid]
            res[mid] = PSI_HALF_LOG_G(np.log(ym)) * ((ym - PSI_ROOT_HI) - PSI_ROOT_LO)
        res[np.isnan(y)] = np.nan
    return into_out(res, out)


psi_half_log = elementwise(_psi_half_log_1d)


# --- psi_half_log_slope ------------------------------------------------------------------------
SLOPE_ROOT_HI = 0.36104943975352743  # zero of psi_half_log_slope, as a double-double
SLOPE_ROOT_LO = -4.270295031720029e-20
FOURTEEN_ZETA3 = 16.828796644234319  # 14 zeta(3)
_SLOPE_ASYM = [2 * (k + 1) * c for k, c in enumerate(psi_asymptotic_coefficients(20))]


def _slope_mp(ctx, y):
    return 1 + y * ctx.im(ctx.psi(1, ctx.mpf(1) / 2 + ctx.mpc(0, 1) * y))


def psi_half_log_slope_g_mp(ctx, ell):
    """h(y)/(y - y1) at y = exp(ell), h = -y d/dy psi_half_log (module-level for process pools)."""
    y = ctx.exp(ell)
    y1 = ctx.findroot(lambda v: _slope_mp(ctx, v), (ctx.mpf("0.35"), ctx.mpf("0.37")), solver="anderson")
    return _slope_mp(ctx, y) / (y - y1)


def _psi_half_log_slope_1d(y, out=None):
    """-y d/dy psi_half_log(y) = 1 + y im(polygamma(1, 1/2 + I*y)), y > 0: Taylor below 1e-5, a
    Chebyshev table in log y with the zero y1 = 0.3610494397535274346 factored out, the
    differentiated asymptotic series above 12."""
    from vitrum.numeric._special_tables import PSI_HALF_LOG_SLOPE_G

    y = _as_array(y)
    res = np.empty_like(y)
    with np.errstate(all="ignore"):
        small, large = y < PSI_SMALL, y > PSI_LARGE
        mid = ~(small | large)
        if small.any():
            ys = y[small]
            res[small] = 1.0 - FOURTEEN_ZETA3 * ys * ys
        if large.any():
            z = 1.0 / (y[large] * y[large])
            acc = np.full_like(z, _SLOPE_ASYM[-1])
            for c in reversed(_SLOPE_ASYM[:-1]):
                acc *= z
                acc += c
            res[large] = acc * z
        if mid.any():
            ym = y[mid]
            res[mid] = PSI_HALF_LOG_SLOPE_G(np.log(ym)) * ((ym - SLOPE_ROOT_HI) - SLOPE_ROOT_LO)
        res[np.isnan(y)] = np.nan
    return into_out(res, out)


psi_half_log_slope = elementwise(_psi_half_log_slope_1d)


class psi_half_log_slope_fn(VitrumFunction):
    """-y d/dy (re(digamma(1/2 + I*y)) - log(y)) = 1 + y*im(polygamma(1, 1/2 + I*y))."""

    numpy = "vitrum.numeric.special.psi_half_log_slope"

    @staticmethod
    def mp(ctx, y):
        return _slope_mp(ctx, y)


class psi_half_log_fn(VitrumFunction):
    """re(digamma(1/2 + I*y)) - log(y)."""

    numpy = "vitrum.numeric.special.psi_half_log"

    @staticmethod
    def mp(ctx, y):
        return _psi_half_log_mp(ctx, y)


# --- schottky_integral -------------------------------------------------------------------------
SCHOTTKY_SWITCH = 1.0
PI2_12 = math.pi**2 / 12


def schottky_integral_mp(ctx, Y):
    return ctx.quad(lambda y: y**2 * ctx.sech(y) ** 2, [0, Y])


def schottky_small_p_mp(ctx, y2):
    """P(Y**2) = Integral(y**2 sech(y)**2, (y, 0, Y))/Y**3 as a function of y2 = Y**2 in [0, 1]."""
    if y2 == 0:
        return ctx.mpf(1) / 3
    Y = ctx.sqrt(y2)
    return schottky_integral_mp(ctx, Y) / Y**3


def _schottky_integral_1d(Y, out=None):
    """Integral(y**2*sech(y)**2, (y, 0, Y)) for Y >= 0, vectorized (module docstring)."""
    from vitrum.numeric._special_tables import SCHOTTKY_SMALL_P

    Y = _as_array(Y)
    res = np.empty_like(Y)
    with np.errstate(all="ignore"):
        small = Y < SCHOTTKY_SWITCH
        if small.any():
            ys = Y[small]
            res[small] = ys * ys * ys * SCHOTTKY_SMALL_P(ys * ys)
        mid = (Y >= SCHOTTKY_SWITCH) & (Y < 11.0)
        if mid.any():
            yb = Y[mid]
            q = np.exp(-2.0 * yb)
            # Li2(-q) = sum_k (-q)**k/k**2, q <= e**-2: 20 terms reach 1e-18
            acc = np.full_like(q, 1.0 / 20**2)
            for kk in range(19, 0, -1):
                acc *= -q
                acc += 1.0 / kk**2
            li2 = -q * acc
            res[mid] = ((PI2_12 + li2) - 2.0 * yb * np.log1p(q)) - 2.0 * yb * yb * q / (1.0 + q)
        big = Y >= 11.0
        if big.any():  # q < 3e-10: Li2(-q) = -q + q**2/4 to 1e-29
            yb = Y[big]
            q = np.exp(-2.0 * yb)
            res[big] = ((PI2_12 - q * (1.0 - 0.25 * q)) - 2.0 * yb * np.log1p(q)) - 2.0 * yb * yb * q / (1.0 + q)
    return into_out(res, out)


schottky_integral = elementwise(_schottky_integral_1d)


class schottky_integral_fn(VitrumFunction):
    """Integral(y**2*sech(y)**2, (y, 0, Y))."""

    numpy = "vitrum.numeric.special.schottky_integral"

    @staticmethod
    def mp(ctx, Y):
        return schottky_integral_mp(ctx, Y)


# --- small elementary helpers ------------------------------------------------------------------
def exprel(x, out=None):
    """(exp(x) - 1)/x, 1 at x = 0 (scipy.special.exprel)."""
    return sc.exprel(_as_array(x), out=out) if out is not None else sc.exprel(_as_array(x))


def _xcsch_1d(x, out=None):
    """x/sinh(x), 1 at 0; for |x| >= 1 as (2|x| e^-|x|/2) e^-|x|/2 / (-expm1(-2|x|)) (no overflow
    of sinh, no subnormal intermediate)."""
    x = _as_array(x)
    with np.errstate(all="ignore"):
        a = np.abs(x)
        near = x / np.sinh(x)
        h = np.exp(-0.5 * a)  # e^-a as h*h: no subnormal intermediate where the result is normal
        far = (2.0 * a * h) * h / -np.expm1(-2.0 * a)
        res = np.where(a < 1.0, np.where(x == 0, 1.0, near), far)
    return into_out(res, out)


def _tanhc_1d(x, out=None):
    """tanh(x)/x, 1 at 0."""
    x = _as_array(x)
    with np.errstate(all="ignore"):
        res = np.where(x == 0, 1.0, np.tanh(x) / np.where(x == 0, 1.0, x))
    return into_out(res, out)


xcsch = elementwise(_xcsch_1d)
tanhc = elementwise(_tanhc_1d)


class exprel_fn(VitrumFunction):
    """(exp(x) - 1)/x."""

    numpy = "vitrum.numeric.special.exprel"

    @staticmethod
    def mp(ctx, x):
        return ctx.expm1(x) / x if x != 0 else ctx.one


class xcsch_fn(VitrumFunction):
    """x/sinh(x)."""

    numpy = "vitrum.numeric.special.xcsch"

    @staticmethod
    def mp(ctx, x):
        return x / ctx.sinh(x) if x != 0 else ctx.one


class tanhc_fn(VitrumFunction):
    """tanh(x)/x."""

    numpy = "vitrum.numeric.special.tanhc"

    @staticmethod
    def mp(ctx, x):
        return ctx.tanh(x) / x if x != 0 else ctx.one


class expit_fn(VitrumFunction):
    """1/(1 + exp(-x)) (Fermi factor 1/(exp(x) + 1) = expit(-x)), no overflow."""

    numpy = "scipy.special.expit"

    @staticmethod
    def mp(ctx, x):
        return 1 / (1 + ctx.exp(-x))


class erfcx_fn(VitrumFunction):
    """exp(x**2)*erfc(x), no overflow."""

    numpy = "scipy.special.erfcx"

    @staticmethod
    def mp(ctx, x):
        return ctx.exp(x**2) * ctx.erfc(x)


def table_specs():
    """The tables this module needs: (name, mp function, a, b, pieces, degree)."""
    return [
        # log(1e-5) = -11.51, log(12) = 2.48: 58 pieces of 1/4
        ("PSI_HALF_LOG_G", psi_half_log_g_mp, -11.75, 2.75, 58, 14),
        ("SCHOTTKY_SMALL_P", schottky_small_p_mp, 0.0, SCHOTTKY_SWITCH**2, 1, 18),
        ("PSI_HALF_LOG_SLOPE_G", psi_half_log_slope_g_mp, -11.75, 2.75, 58, 14),
    ]
