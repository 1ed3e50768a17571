"""Fast evaluators of the standard tunneling model (``stm``) quantities without a closed form.

All of them reduce to functions of one dimensionless variable (SI units, k = k_B):

``heat_capacity`` (constant density of states n0 up to E_max) -- exact closed form:
    C = 2*n0*k**2*T * S(E_max/(2kT)), S(Y) = Integral(y**2*sech(y)**2, (y, 0, Y))
    = pi**2/12 - 2Y**2 q/(1+q) - 2Y log1p(q) + Li2(-q), q = exp(-2Y)
    (:func:`vitrum.numeric.special.schottky_integral`; Y < 1 by a degree-18 Chebyshev fit of
    S(Y)/Y**3 in Y**2, 1.7e-20 between the nodes). Measured <= 4 ulps.
``thermal_conductivity`` (resonant scattering, one longitudinal and two transverse branches) --
    exact closed form: with Integral(x**3*exp(x)/((exp(x)-1)**2*tanh(x/2)), (x, 0, oo)) = pi**2,
    kappa = rho*k**3*T**2/(6*pi*hbar**2*Pbar) * (v_l/gamma_l**2 + 2*v_t/gamma_t**2).
``relaxation_internal_friction`` -- Q^-1 = C*F(r), r = omega/(A*(kT)**3),
    F(r) = Integral(sech(x/2)**2 * I(r*tanh(x/2)/x**3), (x, 0, oo)), I the closed-form u-integral.
    F -> pi/2 (plateau) for r -> 0, ~ pi**4/(12 r) for r -> oo. Table of
    N(l) = F(e**l)*(1 + 6 e**l/pi**3)/(pi/2) in l = log r on [-48, 32] (pieces of width 1);
    l < -48: N = 1 - c_half*sqrt(r) (next term O(r) < 1.5e-21); l > 32: F = pi**4/(12 r) (next
    relative term O(1/r**2) < 1e-26).
``velocity_shift_relaxation`` -- dv/v = -(C/2)*K(r), K(r) = Integral(sech(x/2)**2 * J(...), ...):
    K ~ b0 - log r for r -> 0, ~ c2/r**2 for r -> oo. Table of M(l) = K(e**l)*(1 + e**(2l)) on
    [-48, 32]; beyond: the two asymptotes with their next term.
``velocity_shift_relaxation_slope`` -- T*d(dv/v)/dT = (3C/2)*L(r), L = r*dK/dr
    = Integral(sech(x/2)**2 * a*J'(a), ...) (T dr/dT = -3r): L -> -1 - (c/2)*sqrt(r) for r -> 0
    (K = b0 - log r - c*sqrt(r)), ~ -2*c2/r**2 for r -> oo. Table of P(l) = L(e**l)*(1 + e**(2l))
    on [-48, 32]; beyond: the two asymptotes. (Differentiating the K table instead would cost
    ~degree**2 in accuracy: the derivative is tabulated on its own.)
``heat_capacity_time`` -- C(T, t) = Pbar*k**2*T*G(s), s = t*A*(kT)**3,
    G(s) = Integral(acosh(sqrt(s x**3/tanh(x/2))) (x/2)**2 sech(x/2)**2, (x, x_c, oo)),
    s x_c**3/tanh(x_c/2) = 1. G ~ c e**(-s**(-1/3)) s**(-1/2) for s -> 0, ~ (pi**2/12) log s + b
    for s -> oo. Tables: Phi(l) = log G + s**(-1/3) + l/2 on [-20, 2], G itself on [2, 44];
    l < -20: G = 0 (below 1e-340: C is not a normal double); l > 44: (pi**2/12) l + b_G (next
    term O(1/s) < 1e-19).

The tables (``_stm_tables.py``) are built by ``python -m vitrum.numeric.tablegen stm`` from the
precision-generic definitions below (mpmath, 25 digits) -- written independently of the model's
reference definitions, which the accuracy tests compare them with. The error bounds stated in
each entry (``max_rel_error``) are the measured maximum over the accuracy sample against the
certified reference, not the table fit alone.
"""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

from vitrum.models.tunneling import thermal_edge  # the model's own root of x**3/tanh(x/2) = c
from vitrum.numeric.fast import FastEvaluator, register
from vitrum.numeric.special import VitrumFunction, elementwise, into_out, schottky_integral_fn

PI = math.pi


# --- precision-generic definitions (mpmath context passed in) ------------------------------------
def _breaks(ctx, edge, lo):
    pts = {lo, ctx.mpf(1), ctx.mpf(4), ctx.mpf(16), ctx.mpf(64)}
    p = edge
    while p < 1:
        pts.add(p)
        p *= 4
    pts.update(edge + d for d in (ctx.mpf(1) / 4, 1, 4, 16, 64))
    if edge > lo:
        pts.update((edge / 4, edge / 16, edge * ctx.mpf("1.5")))
    return sorted(q for q in pts if q >= lo) + [ctx.inf]


def _quad(ctx, f, pts):
    samples = [abs(f((p + q) / 2)) for p, q in zip(pts, pts[1:]) if q != ctx.inf]
    norm = max(samples) or ctx.one
    return norm * ctx.quad(lambda x: f(x) / norm, pts)


def u_integrals(ctx, a):
    """(J(a), I(a)): the u-integrals of the relaxation dispersion (J) and absorption (I),
    J + iI = b*atanh(1/b) - 1, b = sqrt(1 - i a), evaluated with extra digits for the cancellation
    (|J + iI| ~ 1/(3a) at large a, J ~ 2/(15 a**2); log(4/a)/2 - 1 at small a, where 1/b -> 1)."""
    la = abs(float(ctx.log10(a)))
    with ctx.extradps(int(2 * la) + 10):
        b = ctx.sqrt(ctx.mpc(1, -a))
        g = b * ctx.atanh(1 / b) - 1
        return +g.real, +g.imag


def u_slope(ctx, a):
    """a*J'(a) = d J/d log a: with g = J + iI = b*atanh(1/b) - 1 and db/da = -i/(2b),
    a*g'(a) = -i*a*atanh(1/b)/(2b) - 1/2. -> -1/2 at small a; ~ -4/(15 a**2) at large a, where
    the two terms cancel (extra digits as in :func:`u_integrals`)."""
    la = abs(float(ctx.log10(a)))
    with ctx.extradps(int(2 * la) + 10):
        b = ctx.sqrt(ctx.mpc(1, -a))
        return +(ctx.re(ctx.mpc(0, -a) * ctx.atanh(1 / b) / (2 * b)) - ctx.one / 2)


def relaxation_F_mp(ctx, r, part="im"):
    """F(r) (part "im": absorption), K(r) (part "re": dispersion) or L(r) = r K'(r) (part "slope")."""
    x_star = thermal_edge(ctx, r)

    def f(x):
        a = r * ctx.tanh(x / 2) / x**3
        if part == "slope":
            return ctx.sech(x / 2) ** 2 * u_slope(ctx, a)
        j, i = u_integrals(ctx, a)
        return ctx.sech(x / 2) ** 2 * (i if part == "im" else j)

    return _quad(ctx, f, _breaks(ctx, x_star, ctx.zero))


def heat_capacity_time_G_mp(ctx, s):
    xc = thermal_edge(ctx, 1 / s)

    def f(x):
        g = s * x**3 / ctx.tanh(x / 2)
        h = x / 2
        return ctx.acosh(ctx.sqrt(max(g, ctx.one))) * h**2 * ctx.sech(h) ** 2

    return _quad(ctx, f, _breaks(ctx, xc, xc))


# the tabulated functions of l = log(variable) (module-level: evaluated in process pools)
# --- the same integrals vectorized in 80-bit long double (table nodes: ~1e-18, cross-checked against
# the mpmath definitions above; mpmath's complex atanh at ~2 ms a call would need hours for a table)
LD = np.longdouble
PI_LD = np.arccos(LD(-1))


def _u_integrals_ld(a):
    """(J, I) for an array of a > 0 in long double: a <= 2 the closed form written without
    cancellation, atanh(1/b) = log(1 + b) - log(a)/2 + i pi/4; a > 2 the 3F2 series in -1/a**2."""
    a = np.asarray(a, dtype=LD)
    j = np.empty_like(a)
    i = np.empty_like(a)
    small = a <= 2
    if small.any():
        asm = a[small]
        b = np.sqrt(np.asarray(1, dtype=np.clongdouble) - 1j * asm.astype(np.clongdouble))
        at = np.log(1 + b) - np.log(asm) / 2 + 1j * PI_LD / 4
        g = b * at - 1
        j[small], i[small] = g.real, g.imag
    big = ~small
    if big.any():
        z = -1 / (a[big] * a[big])

        def f32(p, q):
            term = np.ones_like(z)
            acc = np.ones_like(z)
            for kk in range(60):
                term = term * (p[0] + kk) * (p[1] + kk) * (p[2] + kk) / ((q[0] + kk) * (q[1] + kk) * (kk + 1)) * z
                acc = acc + term
            return acc

        h, one = LD(1) / 2, LD(1)
        i[big] = f32((h, one, one), (LD(5) / 4, LD(7) / 4)) / (3 * a[big])
        j[big] = 2 * f32((one, one, LD(3) / 2), (LD(7) / 4, LD(9) / 4)) / (15 * a[big] ** 2)
    return j, i


def _u_slope_ld(a):
    """a*J'(a) for an array of a > 0 in long double: a <= 2 the closed form of :func:`u_slope`
    (no cancellation there: the value stays within [-1/2, -1/15]); a > 2 the series of J
    differentiated term by term, -4*3F2(1, 3/2, 2; 7/4, 9/4; -1/a**2)/(15 a**2)."""
    a = np.asarray(a, dtype=LD)
    res = np.empty_like(a)
    small = a <= 2
    if small.any():
        asm = a[small].astype(np.clongdouble)
        b = np.sqrt(1 - 1j * asm)
        at = np.log(1 + b) - np.log(asm) / 2 + 1j * PI_LD / 4
        res[small] = (-1j * asm * at / (2 * b)).real - LD(1) / 2
    big = ~small
    if big.any():
        z = -1 / (a[big] * a[big])
        term = np.ones_like(z)
        acc = np.ones_like(z)
        for kk in range(60):
            term = term * (1 + kk) * (LD(3) / 2 + kk) * (2 + kk) / ((LD(7) / 4 + kk) * (LD(9) / 4 + kk) * (kk + 1)) * z
            acc = acc + term
        res[big] = -4 * acc / (15 * a[big] ** 2)
    return res


_GL_X, _GL_W = (np.array(v, dtype=LD) for v in np.polynomial.legendre.leggauss(40))


def _gl_nodes_ld():
    """40-point Gauss-Legendre nodes and weights to long double accuracy (Newton on P_40 in long double)."""
    x = _GL_X.copy()
    n = len(x)
    for _ in range(3):
        p0, p1 = np.ones_like(x), x.copy()
        for kk in range(2, n + 1):
            p0, p1 = p1, ((2 * kk - 1) * x * p1 - (kk - 1) * p0) / kk
        dp = n * (x * p1 - p0) / (x * x - 1)
        x = x - p1 / dp
    p0, p1 = np.ones_like(x), x.copy()
    for kk in range(2, n + 1):
        p0, p1 = p1, ((2 * kk - 1) * x * p1 - (kk - 1) * p0) / kk
    dp = n * (x * p1 - p0) / (x * x - 1)
    return x, 2 / ((1 - x * x) * dp * dp)


def _edge_ld(c):
    """Root of x**3/tanh(x/2) = c in long double (Newton in log x)."""
    c = LD(c)
    y = (np.log(c) - np.log(LD(2))) / 2 if c < 2 else np.log(c) / 3
    for _ in range(100):
        x = np.exp(y)
        h = 3 * y - np.log(np.tanh(x / 2)) - np.log(c)
        dh = 3 - (x / np.sinh(x) if x < 11000 else LD(0))
        y_new = y - h / dh
        if abs(y_new - y) < LD(1e-19) * max(LD(1), abs(y)):
            y = y_new
            break
        y = y_new
    return np.exp(y)


def relaxation_F_ld(r, part="im"):
    """F(r) ("im"), K(r) ("re") or L(r) ("slope") in long double: composite 40-point Gauss-Legendre on panels
    refined geometrically (ratio 2) around x* (omega tau_min = 1) and the thermal window, to x = 160."""
    r = LD(r)
    xs = _edge_ld(r)
    pts = {LD(0), LD(160)}
    p = xs / 64
    while p < 160:
        pts.add(p)
        p *= 2
    q = LD(1) / 64
    while q < 160:
        pts.add(q)
        q *= 2
    pts = sorted(v for v in pts if 0 <= v <= 160)
    gx, gw = _gl_nodes_ld()
    lo = np.array(pts[:-1], dtype=LD)[:, None]
    hi = np.array(pts[1:], dtype=LD)[:, None]
    x = (lo + hi) / 2 + (hi - lo) / 2 * gx[None, :]
    w = (hi - lo) / 2 * gw[None, :]
    a = r * np.tanh(x / 2) / x**3
    if part == "slope":
        val = _u_slope_ld(a.ravel()).reshape(x.shape)
    else:
        j, i = _u_integrals_ld(a.ravel())
        val = (i if part == "im" else j).reshape(x.shape)
    sech2 = 1 / np.cosh(x / 2) ** 2
    return np.sum(w * sech2 * val)


def _ld(text):
    """A decimal string as a long double to full precision (numpy may parse through a double)."""
    import mpmath

    ctx = mpmath.MPContext()
    ctx.dps = 40
    v = ctx.mpf(text)
    hi = float(v)
    return LD(hi) + LD(float(v - hi))


def _relax_weighted(part, F, r, pi):
    """What the relaxation tables hold: F times a weight that keeps it O(1) in log r (N: the
    small-r zero of 1 - F_im factored out; M, P: the 1/r**2 tail). Same for long double and mpmath."""
    if part == "im":
        return F * (1 + 6 * r / pi**3) / (pi / 2)
    return F * (1 + r * r)


def _relax_batch(part):
    """The table values at the nodes ``ells`` in 80-bit long double, as shortest round-trip strings."""

    def batch(ells):
        rs = [np.exp(_ld(str(ell))) for ell in ells]
        return [np.format_float_scientific(_relax_weighted(part, relaxation_F_ld(r, part), r, PI_LD), unique=True) for r in rs]

    return batch


def _relax_mp(part):
    """The same values against an mpmath context (the certified check of the long-double nodes)."""

    def value(ctx, ell):
        r = ctx.exp(ell)
        return _relax_weighted(part, relaxation_F_mp(ctx, r, part), r, ctx.pi)

    return value


table_N_batch, table_N_mp = _relax_batch("im"), _relax_mp("im")
table_M_batch, table_M_mp = _relax_batch("re"), _relax_mp("re")
table_P_batch, table_P_mp = _relax_batch("slope"), _relax_mp("slope")


def table_Phi_mp(ctx, ell):
    s = ctx.exp(ell)
    return ctx.log(heat_capacity_time_G_mp(ctx, s)) + s ** (-ctx.mpf(1) / 3) + ell / 2


def table_G_mp(ctx, ell):
    return heat_capacity_time_G_mp(ctx, ctx.exp(ell))


def table_specs():
    return [
        ("RELAX_N", table_N_mp, -48.0, 32.0, 40, 18, table_N_batch),
        ("RELAX_M", table_M_mp, -48.0, 32.0, 40, 18, table_M_batch),
        ("RELAX_P", table_P_mp, -48.0, 32.0, 40, 18, table_P_batch),
        ("HCT_PHI", table_Phi_mp, -20.0, 2.0, 11, 16),
        ("HCT_G", table_G_mp, 2.0, 44.0, 21, 16),
    ]


def _richardson_sqrt(ctx, f, l1=-60, l2=-70):
    """lim f(l)/exp(l/2) as l -> -oo for f = c*sqrt(r) + O(r): two points, the O(sqrt r) error removed."""
    c1 = f(ctx.mpf(l1)) / ctx.exp(ctx.mpf(l1) / 2)
    c2 = f(ctx.mpf(l2)) / ctx.exp(ctx.mpf(l2) / 2)
    w1, w2 = ctx.exp(ctx.mpf(l1) / 2), ctx.exp(ctx.mpf(l2) / 2)
    return (c2 * w1 - c1 * w2) / (w1 - w2)


def _b0(ctx):
    """lim K(r) + log r: Integral(sech(x/2)**2 (log(4 x**3/tanh(x/2))/2 - 1), (x, 0, oo))."""
    return ctx.quad(lambda x: ctx.sech(x / 2) ** 2 * (ctx.log(4 * x**3 / ctx.tanh(x / 2)) / 2 - 1), [0, 1, 4, 16, 64, ctx.inf])


def table_constants():
    """Asymptotic constants used beyond the tables (name -> f(ctx))."""
    def c_half(ctx):  # N = 1 - c*sqrt(r) + O(r)
        return _richardson_sqrt(ctx, lambda ell: 1 - table_N_mp(ctx, ell))

    def k_half(ctx):  # K = b0 - log r - c*sqrt(r) + O(r)
        b0 = _b0(ctx)
        return _richardson_sqrt(ctx, lambda ell: b0 - ell - relaxation_F_mp(ctx, ctx.exp(ell), "re"))

    def c2(ctx):  # K ~ c2/r**2: J(a) ~ 2/(15 a**2)
        return 2 * ctx.quad(lambda x: ctx.sech(x / 2) ** 2 * x**6 / ctx.tanh(x / 2) ** 2, [0, 1, 4, 16, 64, ctx.inf]) / 15

    def b_g(ctx):  # G = (pi**2/12) log s + b_G + O(1/s)
        ell = ctx.mpf(50)
        return heat_capacity_time_G_mp(ctx, ctx.exp(ell)) - ctx.pi**2 / 12 * ell

    return {"RELAX_N_CHALF": c_half, "RELAX_K_B0": _b0, "RELAX_K_CHALF": k_half, "RELAX_K_C2": c2, "HCT_BG": b_g}


# --- float64 evaluators --------------------------------------------------------------------------
RELAX_LO, RELAX_HI = -48.0, 32.0
HCT_LO, HCT_MID, HCT_HI = -20.0, 2.0, 44.0
_SIX_PI3 = 6.0 / PI**3
_PI4_12 = PI**4 / 12.0
_PI2_12 = PI**2 / 12.0
_PI2_8 = PI**2 / 8.0


def _tables():
    from vitrum.numeric.fast import _stm_tables

    return _stm_tables


def _in_log_r(r, out, mid, lo, hi):
    """Evaluate a function of r > 0 tabulated in l = log r on [RELAX_LO, RELAX_HI]: ``mid(l, r)``
    there, the asymptotes ``lo(l, r)`` below and ``hi(l, r)`` above; NaN stays NaN."""
    r = np.asarray(r, dtype=float)
    with np.errstate(all="ignore"):
        ell = np.log(r)
        below, above = ell < RELAX_LO, ell > RELAX_HI
        inside = ~(below | above)
        if inside.all():
            return into_out(mid(ell, r), out)
        res = np.empty_like(r)
        for sel, fn in ((inside, mid), (below, lo), (above, hi)):
            if sel.any():
                res[sel] = fn(ell[sel], r[sel])
        res[np.isnan(r)] = np.nan
    return into_out(res, out)


def relaxation_F(r, out=None):
    """F(r) = Integral(sech(x/2)**2 * I(r tanh(x/2)/x**3), (x, 0, oo)), r > 0 (module docstring)."""
    t = _tables()
    return _in_log_r(r, out, lambda ell, r: t.RELAX_N(ell) * (PI / 2) / (1.0 + _SIX_PI3 * r),
                     lambda ell, r: (1.0 - t.RELAX_N_CHALF * np.sqrt(r)) * (PI / 2) / (1.0 + _SIX_PI3 * r),
                     lambda ell, r: _PI4_12 / r)


def relaxation_K(r, out=None):
    """K(r) = Integral(sech(x/2)**2 * J(r tanh(x/2)/x**3), (x, 0, oo)), r > 0 (module docstring)."""
    t = _tables()
    return _in_log_r(r, out, lambda ell, r: t.RELAX_M(ell) / (1.0 + r * r),
                     lambda ell, r: (t.RELAX_K_B0 - ell) - t.RELAX_K_CHALF * np.sqrt(r),
                     lambda ell, r: t.RELAX_K_C2 / r / r)


def relaxation_L(r, out=None):
    """L(r) = r*dK/dr = Integral(sech(x/2)**2 * a*J'(a), (x, 0, oo)), r > 0 (module docstring)."""
    t = _tables()
    return _in_log_r(r, out, lambda ell, r: t.RELAX_P(ell) / (1.0 + r * r),
                     lambda ell, r: -1.0 - (t.RELAX_K_CHALF / 2) * np.sqrt(r),
                     lambda ell, r: (-2 * t.RELAX_K_C2) / r / r)


def heat_capacity_time_G(s, out=None):
    """G(s) of the time-dependent heat capacity, s = t*A*(kT)**3 > 0 (module docstring)."""
    t = _tables()
    s = np.asarray(s, dtype=float)
    with np.errstate(all="ignore"):
        ell = np.log(s)
        res = np.zeros_like(s)
        small = (ell >= HCT_LO) & (ell < HCT_MID)
        mid = (ell >= HCT_MID) & (ell <= HCT_HI)
        hi = ell > HCT_HI
        if small.any():
            es, ss = ell[small], s[small]
            res[small] = np.exp((t.HCT_PHI(es) - 1.0 / np.cbrt(ss)) - 0.5 * es)
        if mid.any():
            res[mid] = t.HCT_G(ell[mid])
        if hi.any():
            res[hi] = _PI2_12 * ell[hi] + t.HCT_BG
        res[np.isnan(s)] = np.nan
    return into_out(res, out)


relaxation_F = elementwise(relaxation_F)
relaxation_K = elementwise(relaxation_K)
relaxation_L = elementwise(relaxation_L)
heat_capacity_time_G = elementwise(heat_capacity_time_G)


class relaxation_F_fn(VitrumFunction):
    """Relaxation absorption integral F(r), r = omega/(A (kT)**3)."""

    numpy = "vitrum.numeric.fast.stm.relaxation_F"

    @staticmethod
    def mp(ctx, r):
        return relaxation_F_mp(ctx, r, "im")


class relaxation_K_fn(VitrumFunction):
    """Relaxation dispersion integral K(r), r = omega/(A (kT)**3)."""

    numpy = "vitrum.numeric.fast.stm.relaxation_K"

    @staticmethod
    def mp(ctx, r):
        return relaxation_F_mp(ctx, r, "re")


class relaxation_L_fn(VitrumFunction):
    """Logarithmic derivative L(r) = r K'(r) of the relaxation dispersion integral."""

    numpy = "vitrum.numeric.fast.stm.relaxation_L"

    @staticmethod
    def mp(ctx, r):
        return relaxation_F_mp(ctx, r, "slope")


class heat_capacity_time_G_fn(VitrumFunction):
    """Time-dependent heat capacity integral G(s), s = t*A*(kT)**3."""

    numpy = "vitrum.numeric.fast.stm.heat_capacity_time_G"

    @staticmethod
    def mp(ctx, s):
        return heat_capacity_time_G_mp(ctx, s)


# --- the registry entries --------------------------------------------------------------------------
def _r(s):
    return s["omega"] / (s["A"] * (s["k"] * s["T"]) ** 3)


register(FastEvaluator(
    "stm.heat_capacity", "5e28ce0e012310ed",
    lambda s: 2 * s["n0"] * s["k"] ** 2 * s["T"] * schottky_integral_fn(s["E_max"] / (2 * s["k"] * s["T"])),
    "exact closed form",
    "C = 2 n0 k**2 T S(E_max/2kT), S(Y) = Integral(y**2 sech(y)**2, (y, 0, Y)) = pi**2/12 - 2Y**2 q/(1+q) "
    "- 2Y log1p(q) + Li2(-q), q = exp(-2Y) (Y < 1: Chebyshev fit of S/Y**3, 2e-20)",
    1e-15))

register(FastEvaluator(
    "stm.thermal_conductivity", "66a585c15d46a129",
    lambda s: s["rho"] * s["k"] ** 3 * s["T"] ** 2 / (6 * sp.pi * s["hbar"] ** 2 * s["Pbar"])
    * (s["v_l"] / s["gamma_l"] ** 2 + 2 * s["v_t"] / s["gamma_t"] ** 2),
    "exact closed form",
    "kappa = rho k**3 T**2/(6 pi hbar**2 Pbar) (v_l/gamma_l**2 + 2 v_t/gamma_t**2), from "
    "Integral(x**3 exp(x)/((exp(x)-1)**2 tanh(x/2)), (x, 0, oo)) = pi**2",
    1e-15))

register(FastEvaluator(
    "stm.relaxation_internal_friction", "32654592a3fc3352",
    lambda s: s["C"] * relaxation_F_fn(_r(s)),
    "table",
    "Q^-1 = C F(omega/(A (kT)**3)); F from a Chebyshev table in log r (40 pieces x degree 18 on [-48, 32]) "
    "and its asymptotes outside (measured <= 4 ulps, 5.3e-16)",
    2e-15))

register(FastEvaluator(
    "stm.velocity_shift_relaxation", "305aed21c49e926f",
    lambda s: -s["C"] / 2 * relaxation_K_fn(_r(s)),
    "table",
    "dv/v = -(C/2) K(omega/(A (kT)**3)); K from a Chebyshev table in log r (40 pieces x degree 18 on "
    "[-48, 32]) and its asymptotes outside (measured <= 9 ulps, 1.1e-15)",
    3e-15))

register(FastEvaluator(
    "stm.velocity_shift_relaxation_slope", "3d5c84ccc4c665e0",
    lambda s: 3 * s["C"] / 2 * relaxation_L_fn(_r(s)),
    "table",
    "T d(dv/v)/dT = (3C/2) L(omega/(A (kT)**3)), L = r dK/dr tabulated on its own (not the K table "
    "differentiated) in log r (40 pieces x degree 18 on [-48, 32]) and its asymptotes outside "
    "(measured <= 9.9 ulps, 1.4e-15)",
    3e-15))

register(FastEvaluator(
    "stm.heat_capacity_time", "55a49e805b7afe99",
    lambda s: s["Pbar"] * s["k"] ** 2 * s["T"] * heat_capacity_time_G_fn(s["t"] * s["A"] * (s["k"] * s["T"]) ** 3),
    "table",
    "C = Pbar k**2 T G(t A (kT)**3); G from Chebyshev tables in log s (log G + s**(-1/3) + log(s)/2 on "
    "[-20, 2], G on [2, 44], degree 16) and its asymptotes outside. Measured max relative error 1.2e-13 "
    "(666 ulps) where C ~ exp(-s**(-1/3)) is ill-conditioned (condition number 940 there: the rounding of T "
    "alone moves C by that much); <= 4 ulps where s > 1",
    2e-13))
