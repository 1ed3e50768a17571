"""Multiphonon engine for vibration-assisted tunnelling (Trakhtenberg & Flerov 1982, model
``vibration_assisted``).

A heavy particle tunnels through a barrier whose exponent J depends on the phonon coordinates,
J = J0 + sum_mu A_mu q_mu + (1/2) sum B q q. The harmonic bath makes the rate an integral over a
time variable v (paper eqs. (4)-(7)). This module evaluates, precision-generically (every function
takes an mpmath context ``ctx`` and computes at ``ctx.prec``; nothing touches the global
``mpmath.mp``):

* the Debye one-phonon reductions (spec Q0): with w(u) = u - sin(pi*u)/pi and t = T/Theta,

  - ``J1(t, R)   = (3R/4) Integral(w(u)*coth(u/(2t)), (u, 0, 1))``  (paper (14)),
  - ``g0(t, R)   = (3R/4) Integral(w(u)/sinh(u/(2t)), (u, 0, 1))``  (the v = 0 cos-sum of (6)),
  - ``J2(t, R)   = J1(2t, R) = J1 + g0``                            (paper (25)),
  - ``F(t, R)/(hbar*omega_D)**2 = (3R/8) Integral(u**2*w(u)/sinh(u/(2t)), (u, 0, 1))`` (paper (25));

  a composite Gauss-Legendre rule on panels that halve toward u = 0 down to the thermal scale t
  (the poles of coth(u/2t) sit at u = 2*pi*i*k*t), nodes cached per precision;

* the time-dependent exponent of (6) for the Debye spectrum, g(tau) with tau = v*k*T
  (``g(0) = g0``), in closed form: with z = 1/2 - i*tau, a_n = (n + 1/2 - i*tau)/t,

      g(tau) = (3R/2) Re[ t**2 psi1(z) - t/(2 pi i) (psi(z + i pi t) - psi(z - i pi t))
                          - sum_n exp(-a_n) ((1 + a_n)/a_n**2 + 1/(a_n**2 + pi**2)) ],

  from 1/sinh(x) = 2 sum_n exp(-(2n+1)x) and the elementary transforms of u and sin(pi*u); the last
  sum (the Debye cut-off at u = 1) oscillates like exp(i*tau/t) with amplitude ~exp(-1/(2t));
  psi, psi1 of complex argument by recurrence plus the Stirling series (own implementation: the
  generic mpmath routines cost ~10x more);

* the all-orders (no steepest descent) non-resonant ultrasonic attenuation of the linear Debye
  model for hbar*omega_l << kT and a flat TLS density (Delta E_0 -> oo): with the four-process
  weight (28) and the Delta E average done in the time domain
  (Integral(exp(i x v)/cosh(beta x/2), x) = (2 pi/beta)/cosh(pi v/beta)),

      l^-1 = (n0*Vbar2*omega_l/(hbar*s)) * (omega_D/omega_l)... -> Lambda(t, R) = pi*exp(J1)*I(t)/t,
      I(t) = Integral((exp(g(tau)) - 1)/cosh(pi*tau), (tau, -oo, oo)),

  normalised so that l^-1 = Lambda * n0*Vbar2*omega_l/(hbar*s*omega_D); adding the resonant term
  (20) replaces exp(g) - 1 by exp(g) (I -> I + 1). The tau integral uses Gauss-Legendre panels
  around the multiphonon peak (width 1/sqrt(F/(kT)**2)) and, where the cut-off oscillation is not
  negligible at the working precision, panels short enough to resolve exp(i*tau/t);

* single-mode kernels: the Gaussian trace of the Mehler kernels (independent of the closed form
  (5)), the zero-phonon comb weight of the exact single-mode kernel.

Float64 versions (``*_f64``, numpy) are for plots and cross-checks; their accuracy against the
mpmath routines is measured in ``tests/numeric/test_multiphonon.py``.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

__all__ = [
    "gauss_legendre", "debye_weight", "debye_integral", "J1", "J2", "g0", "F_reduced",
    "g_tau", "attenuation", "mehler_trace", "kernel5", "comb_weight",
    "J1_f64", "g0_f64", "F_reduced_f64", "g_tau_f64", "attenuation_f64", "log_attenuation_f64",
]

# --- quadrature nodes ------------------------------------------------------------------------------
_GL_CACHE: dict[tuple[int, int], tuple[list, list]] = {}


def gauss_legendre(ctx, n: int):
    """n-point Gauss-Legendre nodes and weights on [-1, 1] at ctx.prec (Newton on the Legendre
    recurrence; cached as raw mpf tuples, so a fresh context of the same precision reuses them)."""
    key = (ctx.prec, n)
    raw = _GL_CACHE.get(key)
    if raw is None:
        xs, ws = [], []
        tol = ctx.mpf(2) ** (-ctx.prec + 6)
        for k in range(1, (n + 1) // 2 + 1):
            x = ctx.cos(ctx.pi * (k - ctx.mpf(1) / 4) / (n + ctx.mpf(1) / 2))
            for _ in range(100):
                p0, p1 = ctx.one, x
                for j in range(2, n + 1):
                    p0, p1 = p1, ((2 * j - 1) * x * p1 - (j - 1) * p0) / j
                dp = n * (x * p1 - p0) / (x * x - 1)
                dx = p1 / dp
                x -= dx
                if abs(dx) < tol:
                    break
            p0, p1 = ctx.one, x
            for j in range(2, n + 1):
                p0, p1 = p1, ((2 * j - 1) * x * p1 - (j - 1) * p0) / j
            dp = n * (x * p1 - p0) / (x * x - 1)
            w = 2 / ((1 - x * x) * dp * dp)
            xs.append(x)
            ws.append(w)
        nodes = [-x for x in xs] + [x for x in reversed(xs[: n // 2])]
        weights = list(ws) + list(reversed(ws[: n // 2]))
        if n % 2 == 1:  # the middle node is 0 (Newton converges to it from the guess cos(pi/2))
            nodes[(n - 1) // 2] = ctx.zero
        raw = ([x._mpf_ for x in nodes], [w._mpf_ for w in weights])
        _GL_CACHE[key] = raw
    return [ctx.make_mpf(x) for x in raw[0]], [ctx.make_mpf(w) for w in raw[1]]


def _nodes_for(ctx) -> int:
    """Nodes per panel adequate for an analytic integrand on a well-separated panel."""
    return int(0.75 * ctx.dps) + 8


def gl_panels(ctx, f, edges, n: int | None = None):
    """Sum of n-point Gauss-Legendre rules of f over consecutive panels [edges[i], edges[i+1]]."""
    n = n or _nodes_for(ctx)
    xs, ws = gauss_legendre(ctx, n)
    total = ctx.zero
    for a, b in zip(edges, edges[1:]):
        h, m = (b - a) / 2, (a + b) / 2
        total += h * ctx.fsum(w * f(m + h * x) for x, w in zip(xs, ws))
    return total


# --- Debye one-phonon reduction ----------------------------------------------------------------------
def debye_weight(ctx, u):
    """w(u) = u - sin(pi*u)/pi = u*(1 - sinc(pi*u)) (Taylor series below pi*u = 1/2, where the
    difference would cancel): the orientation-averaged |A_mu|**2 weight of spec Q0 (times 1/u of
    the 1/omega in (13))."""
    x = ctx.pi * u
    if abs(x) < 0.5:
        x2 = x * x
        term = x2 / 6
        s = term
        k = 1
        while abs(term) > abs(s) * ctx.eps:
            term = -term * x2 / ((2 * k + 2) * (2 * k + 3))
            s += term
            k += 1
        return u * s
    return u - ctx.sin(x) / ctx.pi


def _debye_edges(ctx, t):
    """Panel edges on [0, 1]: halving toward 0 down to the thermal scale ~t."""
    edges = [ctx.one]
    e = ctx.one
    while e > 2 * t and e > ctx.mpf(2) ** -60:
        e /= 2
        edges.append(e)
    edges.append(ctx.zero)
    return edges[::-1]


def debye_integral(ctx, f, t, upper=None):
    """Integral(w(u)*f(u), (u, 0, upper)) (upper <= 1, default 1) for f analytic except near
    u ~ i*t (thermal factors)."""
    n = int(0.9 * ctx.dps) + 10
    edges = _debye_edges(ctx, t)
    if upper is not None and upper < 1:
        edges = [e for e in edges if e < upper] + [upper]
    return gl_panels(ctx, lambda u: debye_weight(ctx, u) * f(u), edges, n)


def J1(ctx, t, R):
    """J1 = (1/8) sum |A|**2 coth(beta hbar omega/2) for the Debye spectrum, t = T/Theta (eq. (14))."""
    if t == 0:
        return 3 * R / 8 * (1 - 4 / ctx.pi**2)
    return 3 * R / 4 * debye_integral(ctx, lambda u: ctx.coth(u / (2 * t)), t)


def J2(ctx, t, R):
    """J2 = (1/8) sum |A|**2 coth(beta hbar omega/4) = J1(2t) (eq. (25))."""
    return J1(ctx, 2 * t, R)


def g0(ctx, t, R):
    """g(0) = (1/8) sum |A|**2/sinh(beta hbar omega/2): the v = 0 value of the cos-sum of (6)."""
    if t == 0:
        return ctx.zero
    return 3 * R / 4 * debye_integral(ctx, lambda u: 1 / ctx.sinh(u / (2 * t)), t)


def F_reduced(ctx, t, R):
    """F/(hbar*omega_D)**2 with F = (1/16) sum |A|**2 (hbar omega)**2/sinh(beta hbar omega/2) (eq. (25))."""
    if t == 0:
        return ctx.zero
    return 3 * R / 8 * debye_integral(ctx, lambda u: u * u / ctx.sinh(u / (2 * t)), t)


# --- the time-dependent exponent g(tau) of (6), Debye spectrum ------------------------------------------
def g_smooth(ctx, tau, t, R):
    """The part of g(tau) from extending the Debye integral to u -> oo (elementary, non-oscillating):

        (3R/4) Integral((u - sin(pi u)/pi) cos(u tau/t)/sinh(u/(2t)), (u, 0, oo))
          = (3Rt/4) [pi**2 t sech(pi tau)**2 - (tanh(pi(tau + pi t)) - tanh(pi(tau - pi t)))/2]

    (Integral(sin(a s)/sinh(s/2), (s, 0, oo)) = pi tanh(pi a) and its a-derivative)."""
    pi = ctx.pi
    return 3 * R * t / 4 * (pi * pi * t * ctx.sech(pi * tau) ** 2
                            - (ctx.tanh(pi * (tau + pi * t)) - ctx.tanh(pi * (tau - pi * t))) / 2)


def g_cutoff(ctx, tau, t, R, scale=None):
    """Minus the u > 1 part of that integral (the Debye cut-off): with b_n = n + 1/2 - i tau,

        -(3R/2) Re[ exp(-1/(2t) + i tau/t) sum_n exp(-n/t) (t/b_n + t**2/b_n**2 + t**2/(b_n**2 + (pi t)**2)) ],

    an oscillation exp(i tau/t) of amplitude ~3R t exp(-1/(2t))/|b_0|, evaluated in real
    arithmetic. ``scale``: the size of g it is added to (the series stops at ctx.eps of that;
    default: of the cut-off part itself)."""
    q = ctx.exp(-1 / t)
    c2 = (ctx.pi * t) ** 2
    t2 = t * t
    tau2 = tau * tau
    sx = sy = ctx.zero
    w = ctx.one
    # terms decay like q**n/|b_n|: stop at eps relative to the scale
    tol = ctx.eps * ((1 + abs(scale)) if scale is not None else ctx.one) * ctx.exp(1 / (2 * t)) / (3 * R)
    n = 0
    beta = ctx.mpf(1) / 2
    while True:
        b2 = beta * beta
        d1 = b2 + tau2
        e = b2 - tau2 + c2
        bt2 = 2 * beta * tau
        d3 = e * e + bt2 * bt2
        x = t * beta / d1 + t2 * ((b2 - tau2) / (d1 * d1) + e / d3)
        y = t * tau / d1 + t2 * (bt2 / (d1 * d1) + bt2 / d3)
        sx += w * x
        sy += w * y
        if scale is None:
            if w * (abs(x) + abs(y)) <= ctx.eps * (abs(sx) + abs(sy)) or n > 100000:
                break
        elif w * (abs(x) + abs(y)) <= tol or n > 100000:
            break
        w *= q
        beta += 1
        n += 1
    phase = tau / t
    return -3 * R / 2 * ctx.exp(-1 / (2 * t)) * (ctx.cos(phase) * sx - ctx.sin(phase) * sy)


def g_tau(ctx, tau, t, R):
    """g(tau) = (3R/4) Integral(w(u)*cos(u*tau/t)/sinh(u/(2t)), (u, 0, 1)), tau = v*k*T: the
    time-dependent exponent of (6) for the Debye spectrum (g(0) = g0), in closed form."""
    return g_smooth(ctx, tau, t, R) + g_cutoff(ctx, tau, t, R)


def one_phonon_integral(ctx, t, R):
    """Integral(g(tau)/cosh(pi tau), (tau, -oo, oo)) = (3R/2) Integral(w(u)/sinh(u/t), (u, 0, 1)):
    the one-phonon part of I (Integral(cos(a tau)/cosh(pi tau), tau) = sech(a/2))."""
    return 3 * R / 2 * debye_integral(ctx, lambda u: 1 / ctx.sinh(u / t), t)


def _expm1_minus(ctx, g):
    """exp(g) - 1 - g without cancellation for small g."""
    if abs(g) < 0.5:
        term = g * g / 2
        s = term
        k = 2
        while abs(term) > ctx.eps * abs(s):
            k += 1
            term = term * g / k
            s += term
        return s
    return ctx.expm1(g) - g


def attenuation_integral(ctx, t, R, resonant=False):
    """log I(t) with I = Integral((exp(g) - 1)/cosh(pi*tau), (tau, -oo, oo)) (``resonant``: exp(g)).

    I = I1 + I2: the one-phonon part I1 = Integral(g/cosh(pi tau)) = (3R/2) Integral(w(u)/sinh(u/t),
    (u, 0, 1)) in closed form (plus 1 for ``resonant``), and I2 = Integral((exp(g) - 1 - g)/cosh(pi tau))
    by Gauss-Legendre panels: geometric on [0, 1] around the multiphonon peak (width 1/sqrt(F/(kT)**2)
    when g(0) > 1), then unit panels, each with as many nodes as the digits it must contribute (the
    integrand is analytic in |Im tau| < 1/2: ~1.3 nodes per digit on a unit panel) plus enough to
    resolve the cut-off oscillation exp(i tau/t) where that matters. Bounds for tau >= 1 (they set
    the digits per panel and where to stop): |g_smooth| <= (3Rt/4)(4 pi**2 t + exp(2 pi**2 t))
    exp(-2 pi tau) for tau > pi t, |g_cutoff| <= (3R/2) exp(-1/2t)/(1 - exp(-1/t)) (t + 2t**2)/tau,
    |exp(g) - 1 - g| <= (|g|**2/2) exp(|g|), 1/cosh(pi tau) <= 2 exp(-pi tau). The target is
    dps - 3 digits of I (the certification compares two precisions; both then agree to >= dps - 3)."""
    ln10 = ctx.log(10)
    gzero = g0(ctx, t, R)
    i1 = one_phonon_integral(ctx, t, R)
    base = i1 + (1 if resonant else 0)
    width = ctx.one
    if gzero > 1:
        F = 3 * R / 8 * debye_integral(ctx, lambda u: u * u / ctx.sinh(u / (2 * t)), t) / (t * t)
        width = min(ctx.one, 1 / ctx.sqrt(F))
    log_scale = ctx.log(base)  # I >= base (exp(g) - 1 - g >= 0 where g >= 0 dominates)
    if gzero > 1:
        log_scale = max(log_scale, gzero + ctx.log(width) - 2)
    amp1 = 3 * R / 2 * ctx.exp(-1 / (2 * t)) / (1 - ctx.exp(-1 / t)) * (t + 2 * t * t)
    cs = 3 * R * t / 4 * (4 * ctx.pi ** 2 * t + ctx.exp(2 * ctx.pi ** 2 * t))
    omega = 1 / t
    shift = gzero if gzero > 40 else ctx.zero
    want = max(ctx.dps - 3, 10)

    def integrand(with_cutoff):
        def f(tau):
            g = g_smooth(ctx, tau, t, R)
            if with_cutoff:
                g += g_cutoff(ctx, tau, t, R, g)
            val = ctx.exp(g - shift) - ctx.exp(-shift) * (1 + g) if shift else _expm1_minus(ctx, g)
            return val / ctx.cosh(ctx.pi * tau)
        return f

    def digits(log_bound):
        return want + (log_bound - log_scale) / ln10

    with_cut, without_cut = integrand(True), integrand(False)
    # [0, 1]: geometric panels around the peak (cut-off included if it can matter there)
    edges = [ctx.zero]
    e = width / 8
    while e < 1:
        edges.append(e)
        e *= 2
    edges.append(ctx.one)
    big = max(gzero, ctx.zero)
    cut_peak = digits(ctx.log(2 * amp1 / (t + 2 * t * t) * t * 2) + big + 2 * amp1) > 0
    longest = max(b - a for a, b in zip(edges, edges[1:]))
    n = int(0.8 * ctx.dps) + 10 + (int(ctx.ceil(omega * longest * 0.6)) if cut_peak else 0)
    total = ctx.zero
    for a, b in zip(edges, edges[1:]):
        if shift and a > 6 * width:
            # beyond the peak: g(tau) <= g(0) - (3R/4)(2/pi**2)(a/t)**2 Integral(u**2 w/sinh(u/2t), (u, 0, pi t/b))
            # for tau in [a, b] (1 - cos x >= 2x**2/pi**2 for |x| <= pi); skip a panel that cannot matter
            drop = 3 * R / 4 * 2 / ctx.pi ** 2 * (a / t) ** 2 * debye_integral(
                ctx, lambda u: u * u / ctx.sinh(u / (2 * t)), t, min(ctx.one, ctx.pi * t / b))
            if digits(gzero - shift - drop + amp1 + ctx.log(2 * (b - a))) < 0:
                continue
        total += gl_panels(ctx, with_cut if cut_peak else without_cut, [a, b], n)
    # unit panels from 1 on
    a = ctx.one
    while True:
        bs = cs * ctx.exp(-2 * ctx.pi * a) if a > ctx.pi * t else 3 * R * t / 4 * (ctx.pi ** 2 * t + 1)
        ba = amp1 / a
        head = ctx.log(2) - ctx.pi * a - shift + (bs + ba)
        d_all = digits(head + 2 * ctx.log(bs + ba) - ctx.log(2))
        d_cut = digits(head + ctx.log(ba) + ctx.log(2 * bs + ba))
        if d_all <= 0:
            break
        n = int(1.3 * d_all) + 6
        if d_cut > 0:
            n += int(ctx.ceil(omega * 0.6))
        total += gl_panels(ctx, with_cut if d_cut > 0 else without_cut, [a, a + 1], n)
        a += 1
    if shift:
        return shift + ctx.log(2 * total + base * ctx.exp(-shift))
    return ctx.log(2 * total + base)


def attenuation(ctx, t, R, resonant=False, log=False):
    """Lambda(t, R) = pi*exp(J1(t))*I(t)/t: the all-orders non-resonant attenuation of the linear
    Debye model (hbar*omega_l << kT, flat TLS density), in units of n0*Vbar2*omega_l/(hbar*s*omega_D);
    ``resonant=True`` adds the resonant term (20). ``log=True`` returns log(Lambda)."""
    value = ctx.log(ctx.pi) + J1(ctx, t, R) + attenuation_integral(ctx, t, R, resonant) - ctx.log(t)
    return value if log else ctx.exp(value)


# --- one-phonon ultrasound: Delta E averages in units kT -----------------------------------------------
def _four_process(ctx, x, y):
    """Q18 net rate for x = beta*dE > 0, y = beta*hbar*omega, one-phonon kernel K(e) = e**3/(e**e - 1)
    ((12) with (15) in units kT: |e|**3 e^(-e/2) e^(|e|/2)/(e^|e| - 1) is the same function)."""
    def K(e):
        if e == 0:
            return ctx.zero
        return e**3 / ctx.expm1(e)

    p1 = 1 / (1 + ctx.exp(-x))
    p2 = 1 - p1
    return p1 * (K(x - y) - K(x + y)) + p2 * (K(-x - y) - K(-x + y))


def _phi36(ctx, x, y):
    """The integrand of phi(y) of (36) as printed."""
    def frac(e):  # e**3/(1 - exp(-e)), removable at 0
        return ctx.zero if e == 0 else -e**3 / ctx.expm1(-e)

    return (frac(x - y) * ctx.expm1(y) + frac(x + y) * (-ctx.expm1(-y))) / (ctx.exp(x) + 1)


def _x_average(ctx, f, y):
    """Integral(f(x), (x, 0, oo)) for the one-phonon kernels: Gauss-Legendre panels on [0, y] and
    [y, oo) (removable points at x = y; poles of the Bose/Fermi factors at distance >= pi from the real
    axis), up to where e^(-x) x**3 is below 10**-(dps+5) of the integral's scale."""
    n = int(0.7 * ctx.dps) + 12
    edges = [ctx.zero]
    if y > 0:
        m = int(ctx.ceil(y / 2))
        edges += [y * k / m for k in range(1, m + 1)]
    tail = y + (ctx.dps + 10) * ctx.log(10) + 4 * ctx.log(y + 30) + 10
    e = edges[-1]
    step = ctx.mpf(2)
    while e < tail:
        e = e + step
        edges.append(e)
        step = min(step * 2, ctx.mpf(8))
    return gl_panels(ctx, lambda x: f(ctx, x, y), edges, n)


def onephonon_average(ctx, y):
    """Integral over x = beta*dE in (0, oo) of the four-process net rate (Q18 with K from (12),(15)), kT = 1."""
    return _x_average(ctx, _four_process, y)


def phi36(ctx, y):
    """phi(y) of (36) by quadrature of the printed integrand."""
    return _x_average(ctx, _phi36, y)


# --- single-mode kernels ------------------------------------------------------------------------------
def kernel5(ctx, A, B, X, phi, sign=1):
    """Closed form (5) for one mode: det(Phi)**(-1/2)*exp(A**2/(4C)), C = B/2 + 2 sinh X/(cosh X + sign*cos phi),
    X = beta*hbar*omega/2, phi = hbar*omega*v (sign = +1 the derivation, -1 as printed)."""
    c = ctx.cos(phi)
    ch, sh = ctx.cosh(X), ctx.sinh(X)
    C = B / 2 + 2 * sh / (ch + sign * c)
    det = (1 + B / 4 * (ch + c) / sh) * (1 + B / 4 * (ch - c) / sh)
    return ctx.exp(A * A / (4 * C)) / ctx.sqrt(det)


def _mehler(ctx, theta, x, y):
    """<x| exp(-theta*H) |y> for H = (p**2 + q**2)/2 (hbar*omega = 1), complex theta."""
    sh = ctx.sinh(theta)
    return ctx.exp(-((x * x + y * y) * ctx.cosh(theta) - 2 * x * y) / (2 * sh)) / ctx.sqrt(2 * ctx.pi * sh)


def mehler_trace(ctx, A, B, X, phi):
    """Tr[rho(beta/2 - i v) M rho(beta/2 + i v) M]/Z for one mode by quadrature of the Mehler
    kernels, M = exp(-J/2), J = A q + B q**2/2, X = beta*hbar*omega/2, phi = hbar*omega*v.

    The integrand |K(X - i phi; x, y)|**2 exp(-(J(x) + J(y))/2) is a product of a function of
    u = (x + y)/sqrt(2) and one of w = (x - y)/sqrt(2) (x**2 + y**2 = u**2 + w**2,
    2xy = u**2 - w**2), so the 2-D integral is the f(u, 0) line times the f(0, w) line over f(0, 0).
    Each line is a Gaussian whose centre and width are read off the integrand itself (three
    samples); it is integrated by Gauss-Legendre panels of one width over +-(2 (dps + 10) ln 10)**(1/2)
    widths, in panels of 4 widths (the Gaussian tail beyond is below 10**-(dps+10))."""
    theta = ctx.mpc(X, -phi)
    Z = 1 / (2 * ctx.sinh(X))
    r2 = ctx.sqrt(2)

    def f(x, y):
        k = _mehler(ctx, theta, x, y)
        k2 = ctx.re(k * ctx.conj(k))  # K(theta*) = conj K(theta) for real x, y
        J = A * (x + y) + B / 2 * (x * x + y * y)
        return k2 * ctx.exp(-J / 2)

    span = 4 * (int(ctx.ceil(ctx.sqrt(2 * (ctx.dps + 10) * ctx.log(10)))) // 4 + 1)

    def line(g):
        h = ctx.one / 4
        l0, lp, lm = ctx.log(g(0)), ctx.log(g(h)), ctx.log(g(-h))
        curv = -(lp + lm - 2 * l0) / (h * h)  # = 1/width**2
        centre = (lp - lm) / (2 * h) / curv
        width = 1 / ctx.sqrt(curv)
        edges = [centre + k * width for k in range(-span, span + 1, 4)]
        return gl_panels(ctx, g, edges, int(0.5 * ctx.dps) + 16)

    along_u = line(lambda u: f(u / r2, u / r2))
    along_w = line(lambda w: f(w / r2, -w / r2))
    return along_u * along_w / f(0, 0) / Z


def comb_weight(ctx, A, B, X):
    """c0 = (1/pi) Integral(G(phi), (phi, 0, pi)) of the exact single-mode kernel G = kernel5 (sign +1):
    the weight of the zero-phonon line of the rate, whose mean over a comb period 2*pi/(hbar*Omega) is
    what the Einstein formula (7) approximates with phi3**(-1/2)*exp(phi1*(1 - phi2))*I0(phi1*phi2).

    G is peaked at phi = 0 with width ~1/sqrt(z), z ~ A**2/(8 sinh X): breakpoints on that scale."""
    z = A * A / (8 * ctx.sinh(X)) + 1
    s = min(ctx.pi / 4, 1 / ctx.sqrt(z))
    pts = [ctx.zero]
    p = s
    while p < ctx.pi:
        pts.append(p)
        p *= 2
    pts.append(ctx.pi)
    logpeak = ctx.log(kernel5(ctx, A, B, X, ctx.zero))

    def f(phi):
        return ctx.exp(ctx.log(kernel5(ctx, A, B, X, phi)) - logpeak)

    n = int(0.8 * ctx.dps) + 12
    return ctx.exp(logpeak) * gl_panels(ctx, f, pts, n) / ctx.pi


# --- float64 versions (plots, cross-checks) -------------------------------------------------------------
def _gl_np(n):
    return np.polynomial.legendre.leggauss(n)


def _debye_panels_np(t, n=48):
    x, w = _gl_np(n)
    edges = [1.0]
    e = 1.0
    while e > 2 * t and e > 1e-18:
        e /= 2
        edges.append(e)
    edges.append(0.0)
    edges = edges[::-1]
    us = np.concatenate([(a + b) / 2 + (b - a) / 2 * x for a, b in zip(edges, edges[1:])])
    ws = np.concatenate([(b - a) / 2 * w for a, b in zip(edges, edges[1:])])
    return us, ws


def _w_np(u):
    x = np.pi * u
    small = np.abs(x) < 1e-2
    out = u - np.sin(x) / np.pi
    xs = x[small]
    out[small] = u[small] * (xs**2 / 6 - xs**4 / 120 + xs**6 / 5040)
    return out


def J1_f64(t, R):
    u, w = _debye_panels_np(t)
    return 0.75 * R * np.sum(w * _w_np(u) / np.tanh(u / (2 * t)))


def g0_f64(t, R):
    u, w = _debye_panels_np(t)
    return 0.75 * R * np.sum(w * _w_np(u) * np.exp(-u / (2 * t)) * 2 / -np.expm1(-u / t))


def F_reduced_f64(t, R):
    u, w = _debye_panels_np(t)
    return 0.375 * R * np.sum(w * u * u * _w_np(u) * np.exp(-u / (2 * t)) * 2 / -np.expm1(-u / t))


def g_tau_f64(tau, t, R):
    """g at an array of tau by a u-quadrature fine enough for cos(u*tau/t) up to max(tau)."""
    tau = np.atleast_1d(np.asarray(tau, float))
    umax = min(1.0, 90 * t)
    kmax = float(np.max(tau)) * umax / t
    npan = max(4, int(kmax / 20) + 4)
    x, w = _gl_np(40)
    edges = np.linspace(0, umax, npan + 1)
    us = np.concatenate([(a + b) / 2 + (b - a) / 2 * x for a, b in zip(edges, edges[1:])])
    ws = np.concatenate([(b - a) / 2 * w for a, b in zip(edges, edges[1:])])
    wt = ws * _w_np(us) * np.exp(-us / (2 * t)) * 2 / -np.expm1(-us / t)
    return 0.75 * R * (np.cos(np.outer(tau, us) / t) @ wt)


def log_attenuation_f64(T, R=200.0, Theta=150.0, resonant=False):
    """log Lambda at temperature T (K) in double precision (same definition as :func:`attenuation`)."""
    t = T / Theta
    F = F_reduced_f64(t, R) / t**2
    gz = g0_f64(t, R)
    width = min(0.5, 1 / math.sqrt(F)) if gz > 1 else 0.5
    x, w = _gl_np(40)
    edges = [0.0]
    e = width / 4
    while e < 16:
        edges.append(e)
        e *= 1.5
    edges.append(16.0)
    # resolve exp(i tau/t) where its amplitude matters (exp(-1/2t) > 1e-17)
    if 1 / (2 * t) < 40:
        fine = np.arange(0, 16 + 2 * t, 2 * t)
        edges = np.unique(np.concatenate([edges, fine]))
    tau = np.concatenate([(a + b) / 2 + (b - a) / 2 * x for a, b in zip(edges, edges[1:])])
    wts = np.concatenate([(b - a) / 2 * w for a, b in zip(edges, edges[1:])])
    g = g_tau_f64(tau, t, R)
    gm = max(float(g.max()), 0.0)
    if resonant:
        f = np.exp(g - gm)
    elif gm > 30:
        f = np.exp(g - gm) - math.exp(-gm)
    else:
        f = np.expm1(g) * math.exp(-gm)
    s = 2 * np.sum(wts * f / np.cosh(np.pi * tau))
    return math.log(math.pi) + J1_f64(t, R) + gm + math.log(s) - math.log(t)


def attenuation_f64(T, R=200.0, Theta=150.0, resonant=False):
    return math.exp(log_attenuation_f64(T, R, Theta, resonant))


# --- evaluate(ctx, values) entry points named by the model ``vibration_assisted`` ------------------------
# (the model refers to them as "vitrum.numeric.multiphonon:<name>"; values hold the model's parameters
# and constants by name, as mpmath numbers of ctx)
def _t(v):
    return v["T"] / v["Theta"]


def J1_eval(ctx, v):
    return J1(ctx, _t(v), v["R"])


def J2_eval(ctx, v):
    return J2(ctx, _t(v), v["R"])


def g0_eval(ctx, v):
    return g0(ctx, _t(v), v["R"])


def F_eval(ctx, v):
    return (v["k"] * v["Theta"]) ** 2 * F_reduced(ctx, _t(v), v["R"])


def attenuation_eval(ctx, v):
    return attenuation(ctx, _t(v), v["R"])


def attenuation_total_eval(ctx, v):
    return attenuation(ctx, _t(v), v["R"], resonant=True)


def onephonon_average_eval(ctx, v):
    return onephonon_average(ctx, v["y_snd"])


def phi36_eval(ctx, v):
    return phi36(ctx, v["y_snd"])


def mehler_eval(ctx, v):
    return mehler_trace(ctx, v["A_lin"], v["B_quad"], v["Xh"], v["phase"])


def _einstein_mode(ctx, v, with_B=True):
    hbar, k = v["hbar"], v["k"]
    A = ctx.sqrt(2 * hbar * v["Jp"] ** 2 / (v["M"] * v["Omega"]))
    B = 2 * hbar * v["Jpp"] / (v["M"] * v["Omega"]) if with_B else ctx.zero
    X = hbar * v["Omega"] / (2 * k * v["T"])
    return A, B, X


def comb_eval(ctx, v):
    return comb_weight(ctx, *_einstein_mode(ctx, v))


def comb_linear_eval(ctx, v):
    return comb_weight(ctx, *_einstein_mode(ctx, v, with_B=False))
