"""Self-trapping of n = 0, 1, 2 carriers on a soft atomic configuration (Klinger 1987, sec. 5.1).

The adiabatic potential of the soft "atom" with n carriers in the tail state psi_q is

    W_n(x) = V(x) + n*J_q(x),   V(x) = A*(eta*x**2 + xi*x**3 + x**4),   J_q(x) = -Q_0*x,

with x the displacement in units of a_0. Everything here works in units of A: with q = Q_0/A,

    f_n(x) = eta*x**2 + xi*x**3 + x**4 - n*q*x,     W_n = A*min_x f_n(x),   x_n = argmin.

The minimum is the *global* one over the real stationary points, the real roots of the cubic
``4*x**3 + 3*xi*x**2 + 2*eta*x - n*q = 0`` (up to three; a double well for eta < 9*xi**2/32).
By the envelope theorem dW_n/d(eta) = A*x_n**2 >= 0, so W_n(eta) is non-decreasing in eta: the
roots of |W_2(eta)| = E_g (the pair-window edge k_g) and of U(eta) = 0 (k_l) are bracketed safely.

Two layers:

* precision-generic functions of an mpmath context ``ctx`` (``ctx.mpf`` arithmetic only, Newton
  polish to the working precision) for the certified reference: :func:`stationary_points`,
  :func:`self_trapping`, :func:`correlation`, :func:`eta_at_w2`, :func:`eta_at_u_zero`,
  :func:`eta_u_min`, :func:`renormalize`;
* float64 numpy engines for large samples: :func:`self_trapping_np` (vectorised cubic roots with
  global-minimum selection) and :func:`pair_dos_mc` (the Monte Carlo histogram of the pair density
  of states (5.12a)). Their accuracy is stated in their docstrings and measured in the tests.

This module imports only numpy and mpmath (rule: engines never import checks or models).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "cubic_real_roots",
    "stationary_points",
    "self_trapping",
    "correlation",
    "eta_at_w2",
    "eta_at_u_zero",
    "eta_u_min",
    "renormalize",
    "Renormalized",
    "self_trapping_np",
    "pair_dos_mc",
    "pair_dos_mc_bin",
]


# --- precision-generic (mpmath context) --------------------------------------------------------
def _newton_cubic(ctx, a, b, c, d, x):
    """Polish a root of a*x**3 + b*x**2 + c*x + d by Newton's method to the working precision
    (quadratic convergence for a simple root; a double root converges linearly and is accepted
    when the step stops shrinking)."""
    tol = ctx.mpf(2) ** (-ctx.prec + 4)
    last = None
    for _ in range(200):
        p = ((a * x + b) * x + c) * x + d
        dp = (3 * a * x + 2 * b) * x + c
        if dp == 0:
            return x
        step = p / dp
        x = x - step
        size = abs(step)
        if size <= tol * max(abs(x), ctx.mpf(2) ** (-ctx.prec // 2)):
            return x
        if last is not None and size >= last:  # stalled (double root): good to ~half precision
            return x
        last = size
    return x


def cubic_real_roots(ctx, a, b, c, d) -> list:
    """The real roots (sorted, polished to the working precision) of a*x**3 + b*x**2 + c*x + d
    with a != 0: trigonometric form for three real roots, Cardano for one, then Newton."""
    a, b, c, d = (ctx.mpf(v) for v in (a, b, c, d))
    b1, c1, d1 = b / a, c / a, d / a
    shift = b1 / 3
    p = c1 - b1 * b1 / 3
    qq = 2 * b1**3 / 27 - b1 * c1 / 3 + d1
    disc = (qq / 2) ** 2 + (p / 3) ** 3
    roots = []
    if disc < 0 and p < 0:
        r = 2 * ctx.sqrt(-p / 3)
        arg = 3 * qq / (p * r)
        arg = max(min(arg, ctx.one), -ctx.one)
        phi = ctx.acos(arg) / 3
        for kk in range(3):
            roots.append(r * ctx.cos(phi - 2 * ctx.pi * kk / 3) - shift)
    else:
        s = ctx.sqrt(max(disc, ctx.zero))
        u = ctx.cbrt(-qq / 2 + s) if -qq / 2 + s >= 0 else -ctx.cbrt(qq / 2 - s)
        v = ctx.cbrt(-qq / 2 - s) if -qq / 2 - s >= 0 else -ctx.cbrt(qq / 2 + s)
        roots.append(u + v - shift)
        if disc == 0 and p != 0:  # a double root as well
            roots.append(-(u + v) / 2 - shift)
    return sorted(_newton_cubic(ctx, a, b, c, d, x) for x in roots)


def _f(eta, xi, n, q, x):
    """f_n(x) = eta*x**2 + xi*x**3 + x**4 - n*q*x (the adiabatic potential in units of A)."""
    return ((x + xi) * x + eta) * x * x - n * q * x


def stationary_points(ctx, eta, xi, n, q) -> list:
    """Real roots of f_n'(x) = 4*x**3 + 3*xi*x**2 + 2*eta*x - n*q."""
    return cubic_real_roots(ctx, 4, 3 * ctx.mpf(xi), 2 * ctx.mpf(eta), -ctx.mpf(n) * q)


def self_trapping(ctx, eta, xi, n, q):
    """(min f_n, argmin) over real x: the self-trapping energy W_n/A and displacement x_n.

    ``q`` = Q_0/A. For n = 0 this is min V/A (0 for a single well at x = 0). Ties between two
    minima of equal depth go to the larger x (the one the carriers pull toward)."""
    eta, xi, q = ctx.mpf(eta), ctx.mpf(xi), ctx.mpf(q)
    best = None
    for x in stationary_points(ctx, eta, xi, n, q):
        val = _f(eta, xi, n, q, x)
        if best is None or val < best[0] or (val == best[0] and x > best[1]):
            best = (val, x)
    return best


def correlation(ctx, eta, xi, q, uc):
    """U/A = U_c/A + W_2/A + W_0/A - 2*W_1/A (adiabatic: each E(n) at its own equilibrium);
    ``uc`` = U_c/A."""
    f0 = self_trapping(ctx, eta, xi, 0, q)[0]
    f1 = self_trapping(ctx, eta, xi, 1, q)[0]
    f2 = self_trapping(ctx, eta, xi, 2, q)[0]
    return ctx.mpf(uc) + f2 + f0 - 2 * f1


def _bracket_root_log(ctx, h, guess, increasing=True, lo_limit=None):
    """Root of h(y) over y = log(eta) near ``guess``; h monotone in y (increasing by default).
    Brackets by steps of 2 in log, then the Illinois method (robust, precision-generic)."""
    sgn = 1 if increasing else -1
    lo, hi = guess - 1, guess + 1
    for _ in range(200):
        if sgn * h(lo) < 0:
            break
        lo -= 2
        if lo_limit is not None and lo < lo_limit:
            raise ValueError("no root above the lower limit")
    for _ in range(200):
        if sgn * h(hi) > 0:
            break
        hi += 2
    return ctx.findroot(h, (lo, hi), solver="illinois", tol=ctx.eps * 2**8, maxsteps=200)


def eta_at_w2(ctx, target, xi, q):
    """The eta > 0 with |W_2(eta)|/A = target (the edge k_g = 2*A*eta/a_0**2 of the pair window
    |W_2| <= E_g: target = E_g/A). |W_2| decreases with eta; no root when target >= |W_2(0)|/A
    (then every k >= 0 has |W_2| < E_g: the dielectric case (5.11)); raises ValueError then."""
    target, xi, q = ctx.mpf(target), ctx.mpf(xi), ctx.mpf(q)
    top = -self_trapping(ctx, 0, xi, 2, q)[0]
    if target >= top:
        raise ValueError(f"|W_2| never reaches {target} A (|W_2(eta=0)| = {top} A)")

    def h(y):  # decreasing in y
        return -self_trapping(ctx, ctx.exp(y), xi, 2, q)[0] - target

    guess = ctx.log(q * q / target)  # harmonic |W_2| = q**2/eta (units of A)
    return ctx.exp(_bracket_root_log(ctx, h, guess, increasing=False, lo_limit=-400))


def eta_u_min(ctx, xi, q):
    """The eta of the minimum of U(eta) (the most negative correlation energy): by the envelope
    theorem dU/deta = A*(x_2**2 + x_0**2 - 2*x_1**2), positive in the harmonic regime
    (x_2 = 2*x_1), negative in the quartic one (x_2 = 2**(1/3)*x_1); its root is returned."""
    xi, q = ctx.mpf(xi), ctx.mpf(q)

    def h(y):
        e = ctx.exp(y)
        x0 = self_trapping(ctx, e, xi, 0, q)[1]
        x1 = self_trapping(ctx, e, xi, 1, q)[1]
        x2 = self_trapping(ctx, e, xi, 2, q)[1]
        return (x2**2 + x0**2 - 2 * x1**2) / x1**2

    guess = ctx.log(q ** (ctx.mpf(2) / 3))  # the crossover scale eta* ~ (Q_0/A)**(2/3)
    return ctx.exp(_bracket_root_log(ctx, h, guess, increasing=True))


def eta_at_u_zero(ctx, xi, q, uc):
    """The eta_l > eta_Umin with U(eta_l) = 0 (U increases there toward U_c as eta -> oo);
    k_l = 2*A*eta_l/a_0**2. Raises ValueError when U >= 0 everywhere (U_c too large)."""
    xi, q, uc = ctx.mpf(xi), ctx.mpf(q), ctx.mpf(uc)
    e_min = eta_u_min(ctx, xi, q)
    if correlation(ctx, e_min, xi, q, uc) >= 0:
        raise ValueError("U >= 0 for every eta: no pair states")

    def h(y):
        return correlation(ctx, ctx.exp(y), xi, q, uc)

    guess = max(ctx.log(q * q / (2 * uc)), ctx.log(e_min) + 1)  # harmonic eta_l = q**2/(2*uc)
    lo, hi = ctx.log(e_min), guess
    while h(hi) < 0:
        hi += 2
    return ctx.exp(ctx.findroot(h, (lo, hi), solver="illinois", tol=ctx.eps * 2**8, maxsteps=200))


@dataclass(frozen=True)
class Renormalized:
    """Re-expansion of W_n(x)/A about its stationary point x_e (continued from x = 0 at n = 0):
    W_n(x_e + y)/A = W_n(x_e)/A + eta_n*y**2 + xi_n*y**3 + y**4."""

    x_e: object
    eta_n: object
    xi_n: object
    kappa: object  # 4*x_e/xi' (the root of the cubic (5.8)); None when xi' = 0


def renormalize(ctx, eta, xi, n, c1, c2=0, c3=0, steps=64):
    """Renormalized parameters of f(x) = (eta + n*c2)*x**2 + (xi + n*c3)*x**3 + x**4 + n*c1*x, where
    c_j are the Taylor coefficients of J_q(x)/A (c_j = J_q^(j)(0)/(j!*A)); linear coupling
    J_q = -Q_0*x gives c1 = -Q_0/A, c2 = c3 = 0.

    The stationary point is followed from x = 0 at s = 0 to s = n along
    4*x**3 + 3*(xi + s*c3)*x**2 + 2*(eta + s*c2)*x + s*c1 = 0 (Newton steps; raises ValueError at a
    fold, where the branch connected to x = 0 ceases to exist). Needs eta != 0 (x = 0 is then a
    simple root at s = 0)."""
    eta, xi, c1, c2, c3 = (ctx.mpf(v) for v in (eta, xi, c1, c2, c3))
    n = ctx.mpf(n)
    if eta == 0:
        # x = 0 is a degenerate stationary point at n = 0: accept the end point only when the
        # cubic has a single real root there (then every continuation reaches it)
        roots = cubic_real_roots(ctx, 4, 3 * (xi + n * c3), 2 * n * c2, n * c1)
        if len(roots) != 1:
            raise ValueError("eta = 0 with several stationary points: the continuation is ambiguous")
        return _renormalized(ctx, eta + n * c2, xi + n * c3, roots[0])
    x = ctx.zero
    for i in range(1, steps + 1):
        s = n * i / steps
        e2, e3 = eta + s * c2, xi + s * c3
        a, b, c, d = ctx.mpf(4), 3 * e3, 2 * e2, s * c1
        # predictor: Newton from the previous point
        for _ in range(100):
            p = ((a * x + b) * x + c) * x + d
            dp = (3 * a * x + 2 * b) * x + c
            if dp == 0:
                raise ValueError("fold: the stationary point connected to x = 0 disappears")
            step = p / dp
            x -= step
            if abs(step) <= ctx.mpf(2) ** (-ctx.prec + 6) * max(abs(x), ctx.one):
                break
        else:
            raise ValueError("Newton did not converge along the continuation")
    # polish at the end point to full precision
    e2, e3 = eta + n * c2, xi + n * c3
    x = _newton_cubic(ctx, ctx.mpf(4), 3 * e3, 2 * e2, n * c1, x)
    return _renormalized(ctx, e2, e3, x)


def _renormalized(ctx, e2, e3, x):
    eta_n = e2 + 3 * e3 * x + 6 * x * x
    xi_n = e3 + 4 * x
    kappa = 4 * x / e3 if e3 != 0 else None
    return Renormalized(x, eta_n, xi_n, kappa)


# --- float64 numpy engines ---------------------------------------------------------------------
def self_trapping_np(eta, xi, n, q):
    """Vectorised (W_n/A, x_n): float64 roots of the stationary cubic (trigonometric or Cardano
    form, two Newton polishing steps), global-minimum selection among the real roots.

    Accuracy (measured in tests/numeric/test_self_trapping.py against :func:`self_trapping`):
    relative error of W_n below 1e-12 over eta in [1e-4, 3], |xi| <= 0.5, q in [0.01, 1], n = 1, 2.
    Arrays broadcast together."""
    eta, xi, n, q = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (eta, xi, n, q)))
    a = 4.0
    b, c, d = 3 * xi, 2 * eta, -n * q
    b1, c1, d1 = b / a, c / a, d / a
    shift = b1 / 3
    p = c1 - b1 * b1 / 3
    qq = 2 * b1**3 / 27 - b1 * c1 / 3 + d1
    disc = (qq / 2) ** 2 + (p / 3) ** 3
    three = (disc < 0) & (p < 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        r = 2 * np.sqrt(np.where(three, -p / 3, 0.0))
        arg = np.clip(np.where(three, 3 * qq / np.where(three, p * r, 1.0), 0.0), -1, 1)
        phi = np.arccos(arg) / 3
        trig = [r * np.cos(phi - 2 * np.pi * kk / 3) - shift for kk in range(3)]
        s = np.sqrt(np.maximum(disc, 0.0))
        card = np.cbrt(-qq / 2 + s) + np.cbrt(-qq / 2 - s) - shift
    cands = [np.where(three, trig[0], card), np.where(three, trig[1], card), np.where(three, trig[2], card)]
    best_f = np.full(eta.shape, np.inf)
    best_x = np.zeros(eta.shape)
    for x in cands:
        for _ in range(2):  # Newton polish (Cardano cancels when p >> |qq|)
            fp = ((a * x + b) * x + c) * x + d
            dfp = (3 * a * x + 2 * b) * x + c
            x = np.where(dfp != 0, x - fp / np.where(dfp != 0, dfp, 1.0), x)
        val = ((x + xi) * x + eta) * x * x - n * q * x
        better = (val < best_f) | ((val == best_f) & (x > best_x))
        best_f = np.where(better, val, best_f)
        best_x = np.where(better, x, best_x)
    return best_f, best_x


def pair_dos_mc(
    energies_edges: np.ndarray,
    *,
    q_sq_over_2a: float,
    u_c: float,
    e_c_star: float,
    dlt_s: float,
    w_s: float,
    d_lo: float,
    d_hi: float,
    samples: int = 2_000_000,
    seed: int = 1987,
    tail_cut: float = 40.0,
) -> tuple[np.ndarray, np.ndarray, float]:
    """Monte Carlo histogram of the electron-pair (alpha = 1) density of states (5.12a) in the
    harmonic model (M6): sample (E_q, eta) from g0(E_q)*G(eta) and histogram the per-particle
    level E = E_q + delta_2, delta_2 = (W_2 + U_c)/2 = -q_sq_over_2a/eta + U_c/2.

    ``q_sq_over_2a`` = Q_0**2/(2*A). G is flat per unit eta on the pair window, which in the
    variable D = Q_0**2/(2*A*eta) is [d_lo, d_hi] (D = U_c at k_l, E_g/2 at k_g). g0 is flat
    (height 1) on [E_c* - dlt_s, E_c*] with an exponential tail exp(-(E_c* - dlt_s - E_q)/w_s)
    below, cut at ``tail_cut`` decay lengths (relative weight e**-40 neglected). Normalised to a
    G of 1 per unit eta and g0 of height 1.

    Returns (density per bin, its one-sigma statistical error, total weight = the number of
    states). Statistical accuracy: relative sigma = 1/sqrt(count in bin)."""
    rng = np.random.default_rng(seed)
    eta_lo, eta_hi = q_sq_over_2a / d_hi, q_sq_over_2a / d_lo
    w_flat, w_tail = dlt_s, w_s * (1 - np.exp(-tail_cut))
    total_g0 = w_flat + w_tail
    in_flat = rng.random(samples) < w_flat / total_g0
    u = rng.random(samples)
    e_flat = e_c_star - dlt_s * u
    e_tail = e_c_star - dlt_s + w_s * np.log(1 - u * (1 - np.exp(-tail_cut)))
    e_q = np.where(in_flat, e_flat, e_tail)
    eta = eta_lo + (eta_hi - eta_lo) * rng.random(samples)
    level = e_q - q_sq_over_2a / eta + u_c / 2
    counts, _ = np.histogram(level, bins=energies_edges)
    total = total_g0 * (eta_hi - eta_lo)
    widths = np.diff(energies_edges)
    density = counts / samples * total / widths
    err = np.sqrt(np.maximum(counts, 1)) / samples * total / widths
    return density, err, total


def pair_dos_mc_bin(center: float, width: float, **kwargs) -> tuple[float, float]:
    """(density, one-sigma error) of :func:`pair_dos_mc` in the single bin [center - width/2, center + width/2]."""
    edges = np.array([center - width / 2, center + width / 2])
    density, err, _ = pair_dos_mc(edges, **kwargs)
    return float(density[0]), float(err[0])
