"""Resonant-pair integrals of the interacting-TLS model (Burin & Polishchuk, Sects. 2 and 4).

All functions are precision-generic: they take an mpmath context ``ctx`` and compute with it
only (``ctx.quad`` with explicit breakpoints at every kink), so the reference evaluator can
certify their digits by repeating them at a higher precision. Units: hbar = k_B = 1.

STM distribution (Eq. 1) in polar variables Delta = E*cos(theta), Delta0 = E*sin(theta):
P dDelta dDelta0 / Delta0 = P dE dtheta / sin(theta), theta in (0, pi/2) for the convention
Delta >= 0 and (0, pi) for Delta real (``delta_real=True``; every count doubles).

* :func:`n_resonant` - Eq. (8): the mean number of resonant partners of a TLS (Delta0, E) with
  U(r) = U/r**3, r_min < r < L. The r-integral of the Heaviside function is done exactly,
  (4*pi/3)*[min(r_c, L)**3 - r_min**3]_+ with r_c**3 = B/|E - E'|, B = U*(Delta0/E)*sin(theta');
  the E'-integral of that piecewise-hyperbolic function is done exactly (:func:`_energy_integral`,
  both sides E' > E and 0 < E' < E); the theta'-integral is ``ctx.quad`` split at the kinks where
  B/r_min**3 = E and B/L**3 = E.
* :func:`pair_distribution` - Eqs. (24)-(26): P2(Delta_p, Delta0_p). The R-integral of
  delta(Delta0_p - A/R**alpha) is exact, (4*pi/alpha)*A**(3/alpha)*Delta0_p**(-1 - 3/alpha); the
  delta in Delta_p fixes E' = E +- Delta_p; theta, theta' and E are integrated with ``ctx.quad``.
  ``alpha`` (interaction exponent) and ``s`` (tunnelling distribution P/Delta0**s, scaled so that
  s = 1 is Eq. (1)) generalize the model for the Eq. (27) claim that the Delta0_p**-2 law comes from
  the R**-3 interaction alone.
* :func:`thermal_factor` - the closed form of the thermal E-integral, f(d) = log1p(t)/t,
  t = tanh(d/2), d = Delta_p/T: f(0) = 1, f(oo) = log(2).
* :func:`strip_density` - Eq. (28): N_k, the density of pairs with Delta_p < Delta0_p and
  Delta0_p in (T/2**(k+1), T/2**k), from the exact P2 = C*f(Delta_p/T)/Delta0_p**2 (one quad).
"""

from __future__ import annotations

__all__ = ["n_resonant", "pair_distribution", "thermal_factor", "strip_density"]


def _energy_integral(ctx, b, e, length, r_min):
    """Integral over E' >= 0 of [min(B/|E - E'|, L**3) - r_min**3]_+ (exact, piecewise)."""
    l3, r3 = length**3, r_min**3
    x1, x2 = b / l3, b / r3

    def prim(x):  # F(X) = integral_0^X [min(B/x, L^3) - r^3]_+ dx
        if x <= x1:
            return x * (l3 - r3)
        if x <= x2:
            return x1 * (l3 - r3) + b * ctx.log(x / x1) - r3 * (x - x1)
        return 3 * b * ctx.log(length / r_min)

    far = 3 * b * ctx.log(length / r_min)  # E' > E: x from 0 to oo
    return far + prim(e)  # E' < E: x from 0 to E


def n_resonant(ctx, u, e, p, coupling, length, r_min, delta_real=False):
    """Mean number of resonant partners N[Delta0, E] of Eq. (8) (u = Delta0/E).

    N = (4*pi/3)*P * Integral(G(U*u*sin(theta))/sin(theta), theta), G from :func:`_energy_integral`.
    Closed form when U/r_min**3 < E: pi*chi*u*log(L/r_min) (Delta >= 0), twice that for Delta real."""
    top = ctx.pi if delta_real else ctx.pi / 2
    bu = coupling * u

    def integrand(theta):
        s = ctx.sin(theta)
        if s == 0:
            return 6 * bu * ctx.log(length / r_min)  # the limit B -> 0 of G(B)/sin
        return _energy_integral(ctx, bu * s, e, length, r_min) / s

    pts = {ctx.zero, top}
    for kink in (e * r_min**3 / bu, e * length**3 / bu):  # sin(theta) where B/r^3 = E, B/L^3 = E
        if kink < 1:
            th = ctx.asin(kink)
            pts.add(th)
            if delta_real:
                pts.add(ctx.pi - th)
    if delta_real:
        pts.add(ctx.pi / 2)
    pts = sorted(pts)
    return 4 * ctx.pi / 3 * p * ctx.quad(integrand, pts)


def thermal_factor(ctx, d):
    """f(d) = I(Delta_p)/T with I = Integral(n(E)*(1 - n(E')), E, E') over |E - E'| = Delta_p,
    n(E) = 1/(1 + exp(E/T)), d = Delta_p/T. Closed form log1p(t)/t, t = tanh(d/2)."""
    if d == 0:
        return ctx.one
    t = ctx.tanh(d / 2)
    return ctx.log1p(t) / t


def _fermi(ctx, x):
    return 1 / (1 + ctx.exp(x)) if x < 0 else ctx.exp(-x) / (1 + ctx.exp(-x))


_CACHE: dict = {}  # (precision, kind, arguments) -> integral; Delta0_p enters only the exact R-integral


def _cached(ctx, key, compute):
    key = (ctx.prec,) + key
    if key not in _CACHE:
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[key] = compute()
    return +_CACHE[key]


def _angular(ctx, power, delta_real):
    """Integral of sin(theta)**power over (0, pi/2) (doubled over (0, pi) for Delta real). For a
    negative power the endpoint singularity is removed by theta = t**2 (integrand t**(2*power + 1))."""
    half = ctx.quad(lambda t: 2 * t * ctx.sin(t * t) ** power, [0, ctx.sqrt(ctx.pi / 2)]) if power < 0 else ctx.quad(
        lambda th: ctx.sin(th) ** power, [0, ctx.pi / 2])
    return 2 * half if delta_real else half


def pair_distribution(ctx, delta_p, delta0_p, temp, p, coupling, alpha=3, s=1, delta_real=False):
    """P2(Delta_p, Delta0_p) of Eqs. (24)-(26), R-integral exact, the rest by quadrature.

    Integrand in polar variables (per TLS): P*(E*sin(theta)/T)**(1 - s)/sin(theta) dE dtheta; the
    R-integral gives (4*pi/alpha)*(U*sin(theta)*sin(theta'))**(3/alpha)*Delta0_p**(-1 - 3/alpha);
    the thermal factor n(E)*(1 - n(E')) with E' = E + Delta_p or E - Delta_p (E > Delta_p).
    The angular and thermal integrals do not involve Delta0_p; they are cached per precision, so a
    scan over Delta0_p costs two quadratures."""
    alpha, s = ctx.mpf(alpha), ctx.mpf(s)
    top = ctx.pi if delta_real else ctx.pi / 2
    g = 3 / alpha
    ang = _cached(ctx, ("ang", repr(g - s), bool(delta_real)), lambda: _angular(ctx, g - s, delta_real))
    d = delta_p / temp

    def thermal(x):  # x = E/T; both orderings of the pair
        w = x ** (1 - s)
        up = w * (x + d) ** (1 - s) * _fermi(ctx, x) * (1 - _fermi(ctx, x + d))
        down = ctx.zero
        if x > d:
            down = w * (x - d) ** (1 - s) * _fermi(ctx, x) * (1 - _fermi(ctx, x - d))
        return up + down

    pts = sorted({ctx.zero, d, d + 1, ctx.mpf(1), ctx.mpf(4), ctx.mpf(16), ctx.mpf(64)}) + [ctx.inf]
    e_int = temp * _cached(ctx, ("thermal", repr(d), repr(s)), lambda: ctx.quad(thermal, pts))
    r_int = (4 * ctx.pi / alpha) * coupling**g * delta0_p ** (-1 - g)
    return p**2 * ang**2 * e_int * r_int


def strip_density(ctx, k, temp, p, coupling):
    """N_k of Eq. (28) from the exact P2 = C*f(Delta_p/T)/Delta0_p**2, C = (pi**3/3)*(P*T)*(P*U):
    N_k = C*Integral(f(d)*(1/max(d, lo) - 1/hi), (d, 0, hi)), lo = 2**-(k+1), hi = 2**-k."""
    c = ctx.pi**3 / 3 * (p * temp) * (p * coupling)
    lo, hi = ctx.mpf(2) ** (-k - 1), ctx.mpf(2) ** (-k)

    def integrand(d):
        return thermal_factor(ctx, d) * (1 / max(d, lo) - 1 / hi)

    return c * ctx.quad(integrand, [0, lo, hi])
