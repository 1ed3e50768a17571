"""Numeric definitions of the ``soft_potential`` model (Klinger 1987 sec. 1-3; Karpov, Klinger &
Ignat'ev 1983): the levels, gaps, matrix elements and saddle points through the Schrodinger engine
:mod:`vitrum.numeric.eigen`, the TLS densities and the float64 level-set map of eps_1(K1, K2).

Each ``*_eval(ctx, values)`` (or factory returning one) is named from the model as
``"vitrum.numeric.soft_potential_defs:<name>"``: models never import the numeric layer.
"""

from __future__ import annotations

import math
from functools import lru_cache
import mpmath
import sympy as sp
from scipy import constants as sc

from vitrum.numeric import eigen
from vitrum.models.soft_potential import (  # constants and helpers of the model
    GRID_H,
    GRID_K1,
    GRID_K2,
    ZBAR_SQ,
    _MEMO,
    _log_split_inst,
    _n,
    eta_L,
    within,
)


def memo(fn):
    """Memoize a numeric evaluate(ctx, values) within the process by (precision, values): a claim's
    expression often applies the same quantity several times (the reference evaluates each occurrence)."""

    def ev(ctx, values):
        key = (fn.__qualname__, id(fn), ctx.prec, tuple(sorted((k, ctx.mpf(v)._mpf_) for k, v in values.items())))
        if key not in _MEMO:
            _MEMO[key] = fn(ctx, values)
        return ctx.mpf(_MEMO[key])

    ev.__doc__, ev.__name__, ev.__qualname__ = fn.__doc__, fn.__name__, fn.__qualname__
    return ev


def _h(v, K1="K1", K2="K2"):
    return [0, 0, v[K1], v[K2], 1]


def _sym_coeffs(ctx, z0sq):
    """(X**2 - z0sq)**2 = z0sq**2 - 2*z0sq*X**2 + X**4: the symmetric double well, bottom at 0."""
    return [z0sq**2, 0, -2 * z0sq, 0, ctx.one]


@memo
def _level_eval(ctx, v):

    n = _n(v)
    return eigen.spectrum(ctx, _h(v), n + 1, which=(n,), kinetic=v.get("c_kin", 1))[0]


@memo
def _eps_eval(ctx, v):

    n = _n(v)
    return eigen.gap(ctx, _h(v), 0, n) if n > 0 else ctx.zero


def _grad_eval(p):
    @memo
    def ev(ctx, v):
        """Hellmann-Feynman: d eps_n/d K_p' = <X**p>_n - <X**p>_0 (p = 2 for K1, 3 for K2)."""

        n = _n(v)
        _, ex = eigen.expectations(ctx, _h(v), n + 1, (p,))
        return ex[p][n] - ex[p][0]

    return ev


@memo
def _kappa_eval(ctx, v):
    return _grad_eval(2)(ctx, {"n_lvl": v["n_lvl"], "K1": ctx.zero, "K2": ctx.zero})


@lru_cache(maxsize=64)
def _k_star(n: int, prec: int, which: int):
    """Minimum of eps_n(0, K2) over K2 > 0: root of the Hellmann-Feynman derivative g_p(K2) =
    <X**p>_n - <X**p>_0 (p = 3: d eps_n/dK2; p = 2: d eps_n/dK1 along K1 = 0; the two coincide by
    translation invariance). A float64 scan brackets the root; Newton steps with g' from second-order
    perturbation theory refine it at the working precision (quadratic convergence)."""

    ctx = mpmath.MPContext()
    ctx.prec = prec
    p = 3 if which == 2 else 2
    prev, root = None, None
    plan = eigen.plan_basis([0, 0, 0, 6.0, 1], n + 2, 14.0)
    plan = eigen.Plan(plan.c, plan.s, plan.N + 40, plan.lo, plan.hi, 14.0)  # one basis for the whole scan

    def gf(a):
        _, ex = eigen.float_expectations([0, 0, 0, a, 1], n + 1, (p,), plan=plan)
        return ex[p][n] - ex[p][0]

    for a in [0.4 * k for k in range(2, 16)]:
        ga = gf(a)
        if prev is not None and prev[1] * ga < 0:
            x0, x1, f0, f1 = prev[0], a, prev[1], ga
            for _ in range(30):  # float secant
                x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
                x0, f0, x1, f1 = x1, f1, x2, gf(x2)
                if abs(x1 - x0) < 1e-11:
                    break
            root = ctx.mpf(x1)
            break
        prev = (a, ga)
    if root is None:
        raise ArithmeticError(f"no minimum of eps_{n}(0, K2) found on 0.8 < K2 < 6")
    for _ in range(12):
        res = eigen.perturbation(ctx, [0, 0, ctx.zero, root, 1], (0, n), (p, 3))
        (_, f0, s0), (_, fn, sn) = res[0], res[n]
        step = (fn[p] - f0[p]) / (sn[(p, 3)] - s0[(p, 3)])
        root -= step
        if abs(step) < ctx.ldexp(1, -(prec // 2) - 8):  # quadratic convergence: the next step is below 2**-prec
            return root
    raise ArithmeticError("Newton iteration for K* did not converge")


def _kstar_eval(which):
    def ev(ctx, v):
        return ctx.mpf(_k_star(_n(v), ctx.prec, which))

    return ev


def _hessian(ctx, n, K1, K2):
    """Hessian [[e11, e12], [e12, e22]] of eps_n(K1, K2) = E_n - E_0 (second-order perturbation theory)."""

    res = eigen.perturbation(ctx, [0, 0, K1, K2, 1], (0, n), (2, 3))
    return [[res[n][2][(p, q)] - res[0][2][(p, q)] for q in (2, 3)] for p in (2, 3)]


@memo
def _saddle_det_eval(ctx, v):
    """Hessian determinant of eps_n(K1, K2) at (0, K*)."""
    n = _n(v)
    Ks = ctx.mpf(_k_star(n, ctx.prec, 2))
    H = _hessian(ctx, n, ctx.zero, Ks)
    return H[0][0] * H[1][1] - H[0][1] ** 2


@memo
def _split_sym_eval(ctx, v):
    """E1 - E0 of (X**2 - z0sq)**2 (the symmetric double well), precision raised by the cancellation."""

    return eigen.gap(ctx, _sym_coeffs(ctx, v["z0sq"]), 0, 1)


@memo
def _E0_sym_eval(ctx, v):

    return eigen.spectrum(ctx, _sym_coeffs(ctx, v["z0sq"]), 1)[0]


def _dip_eval(p):
    @memo
    def ev(ctx, v):
        """|<0|Y**p|1>| in the symmetric well (Y**2 - z0sq)**2 (parity blocks: no precision lost)."""

        return abs(eigen.matrix_element(ctx, _sym_coeffs(ctx, v["z0sq"]), 0, 1, [0] * p + [1]))

    return ev


@memo
def _ratio12_eval(ctx, v):
    """eps_1/(eps_2 - eps_1) at (K1, K2)."""

    lv = eigen.spectrum(ctx, _h(v), 3)
    return (lv[1] - lv[0]) / (lv[2] - lv[1])


@memo
def _quartic_gap_ratio_min_eval(ctx, v):
    """min over n = 1..5 of (E_{n+1} - E_n)/(E_1 - E_0) for the pure quartic h(0, 0)."""

    lv = eigen.spectrum(ctx, [0, 0, 0, 0, 1], 7)
    g1 = lv[1] - lv[0]
    return min((lv[k + 1] - lv[k]) / g1 for k in range(1, 6))


@lru_cache(maxsize=8)
def _existence(j: int, prec: int, level: int):
    """zeta_bar_j: the smallest barrier parameter at which level ``level`` (0 or 1) of the symmetric
    well lies below the barrier top, E_level(z0sq) = z0sq**2 (energies from the bottom); zeta_1 =
    2*z0sq, zeta_2 = 9*z0sq/2."""

    ctx = mpmath.MPContext()
    ctx.prec = prec
    f = lambda a: eigen.spectrum(ctx, _sym_coeffs(ctx, a), level + 1, which=(level,))[0] - a**2
    a = ctx.findroot(f, (ctx.mpf(1.0), ctx.mpf(1.7)), solver="illinois")
    return a * (2 if j == 1 else ctx.mpf(9) / 2)


def _zbar_eval(j, level):
    def ev(ctx, v):
        return ctx.mpf(_existence(j, ctx.prec, level))

    return ev


def _tls_branch(ctx, j):
    """(z0sq(zeta), weight w_j(zeta)) of branch j for the TLS density per unit K1*K2 (F = 1):
    nu_j(e) = Integral(w_j(zeta)*e/sqrt(e**2 - a(zeta)**2), zeta), a = symmetric splitting;
    w_1 = 1/<0|X**3|1>, w_2 = 2/(zeta*<0|Y|1>) with the asymptotic matrix elements z0**3 - 3/8 and
    z0 - 3/(8*z0**2) (the engine gives z0**3*(1 - 3/(8*z0**3)) to O(z0**-6))."""
    if j == 1:
        z0sq = lambda zt: zt / 2
        wt = lambda zt: 1 / (z0sq(zt) ** ctx.mpf(1.5) - ctx.mpf(3) / 8)
    else:
        z0sq = lambda zt: 2 * zt / 9
        wt = lambda zt: 2 / (zt * (ctx.sqrt(z0sq(zt)) - ctx.mpf(3) / (8 * z0sq(zt))))
    return z0sq, wt


def _tls_integral(ctx, j, e, weight=None, zmax=None):
    """Integral(w_j(zeta)*weight(zeta)/sqrt(1 - (a_j(zeta)/e)**2), zeta >= max(zeta_bar_j, zeta_e)) for one branch.

    Where the lower limit is the root a_j(zeta_e) = e, zeta = zeta_e + u**2 removes the inverse square root and the
    difference log a(zeta_e + u**2) - log a(zeta_e) is evaluated with log2(zeta_e/u**2) extra bits (no cancellation);
    the density is then that at a(zeta_e), equal to e to the working precision."""
    z0sq, wt = _tls_branch(ctx, j)
    W = weight or (lambda zt: ctx.one)
    zbar = ctx.mpf(ZBAR_SQ) * (2 if j == 1 else ctx.mpf(9) / 2)
    La = lambda zt: _log_split_inst(ctx, z0sq(zt))
    le = ctx.log(e)
    hi = zmax if zmax is not None else ctx.inf
    if La(zbar) <= le:
        if hi <= zbar:
            return ctx.zero
        g = lambda zt: wt(zt) * W(zt) / ctx.sqrt(-ctx.expm1(2 * (La(zt) - le)))
        pts = [p for p in (zbar, 2 * zbar, 8 * zbar) if p < hi] + [hi]
        return ctx.quad(g, pts)
    hi_ = zbar * 2
    while La(hi_) > le:
        hi_ *= 2
    lo = ctx.findroot(lambda zt: La(zt) - le, (zbar, hi_), solver="anderson")
    if hi <= lo:
        return ctx.zero
    dLa = ctx.diff(La, lo)
    floor = ctx.ldexp(lo, -2 * ctx.prec)

    def h(u):
        d = u * u
        zt = lo + d
        if d < floor:
            return 2 * wt(zt) * W(zt) / ctx.sqrt(-2 * dLa)
        extra = max(0, int(ctx.log(lo / d, 2))) + 10
        with ctx.extraprec(extra):
            D = La(lo + d) - La(lo)
        return 2 * u * wt(zt) * W(zt) / ctx.sqrt(-ctx.expm1(2 * D))

    uhi = ctx.sqrt(hi - lo) if hi != ctx.inf else ctx.inf
    pts = [p for p in (ctx.zero, ctx.sqrt(lo) / 4, ctx.sqrt(lo), 4 * ctx.sqrt(lo)) if p < uhi] + [uhi]
    return ctx.quad(h, pts)


def tls_dos(ctx, e, F=None, zmax=None):
    """nu_TLS(e) = nu_1 + nu_2 per unit K1*K2 at e = Ecal/w (two-level form, instanton splitting,
    zeta >= zeta_bar_j); F(j, zeta) an optional weight (the (3.9) tail), zmax(j) an upper cutoff."""
    return sum((_tls_integral(ctx, j, e, (lambda zt, j=j: F(j, zt)) if F else None, zmax(j) if zmax else None)
                for j in (1, 2)), ctx.zero)


@memo
def _nu_uniform_eval(ctx, v):
    return tls_dos(ctx, v["e_r"])


@memo
def _nu_tail_eval(ctx, v):
    """(3.9) weight exp(eta/eta_c - 1) (units of F0): eta = -eta_L*zeta (j = 1), (8/9)*eta_L*zeta (j = 2),
    cut at |eta| = eta*."""
    eL, ec, es_ = v["etaL"], v["eta_c"], v["eta_star"]
    sgn = {1: -1, 2: ctx.mpf(8) / 9}
    F = lambda j, zt: ctx.exp(sgn[j] * eL * zt / ec - 1)
    zmax = lambda j: es_ / (eL * abs(sgn[j]))
    return tls_dos(ctx, v["e_r"], F, zmax)


def _alpha_eval(kind):
    @memo
    def ev(ctx, v):
        """Average log-slope of nu_TLS between e_r and 10**7*e_r... here: between e_lo and e_hi."""
        ev_ = _nu_uniform_eval if kind == "uniform" else _nu_tail_eval
        lo, hi = dict(v), dict(v)
        lo["e_r"], hi["e_r"] = v["e_lo"], v["e_hi"]
        return ctx.log(ev_(ctx, hi) / ev_(ctx, lo)) / ctx.log(v["e_hi"] / v["e_lo"])

    return ev


@memo
def _zeta_e_eval(ctx, v):
    """zeta_1(e): where the j = 1 splitting equals e."""
    z0sq, _ = _tls_branch(ctx, 1)
    return ctx.findroot(lambda zt: _log_split_inst(ctx, z0sq(zt)) - ctx.log(v["e_r"]), (ctx.mpf(4), ctx.mpf(400)),
                        solver="anderson")


@lru_cache(maxsize=1)
def _eps_grid():
    """eps_1 and eps_2 on the grid K1 in [-8, 8], K2 in [0, 5.6] (step 0.2): float64 (one Hermite
    basis, c = 0, s = 0.42, N = 130: 12-13 digits for every point of the box)."""
    import numpy as np
    from scipy.linalg import eig_banded

    P = 60
    hp = mpmath.MPContext()
    hp.prec = 80
    plan = eigen.Plan(0.0, 0.42, 130, -6.0, 6.0, 14.0)

    def band(cfx, kin):
        rows, b = eigen._fx_band(cfx, plan.c, plan.s, plan.N, P, kin, hp)
        ab = np.zeros((5, plan.N))
        for i in range(plan.N):
            for k in range(b + 1):
                if i + k < plan.N:
                    ab[4 - k, i + k] = rows[i][k] * 2.0**-P
        return ab

    one = 1 << P
    T, X2, X3, X4 = band([0, 0, 0], one), band([0, 0, one], 0), band([0, 0, 0, one], 0), band([0, 0, 0, 0, one], 0)
    K1s = np.arange(GRID_K1[0], GRID_K1[1] + 1e-9, GRID_H)
    K2s = np.arange(GRID_K2[0], GRID_K2[1] + 1e-9, GRID_H)
    E = np.zeros((len(K1s), len(K2s), 4))
    for i, a in enumerate(K1s):
        for j, b in enumerate(K2s):
            E[i, j] = eig_banded(T + a * X2 + b * X3 + X4, lower=False, select="i", select_range=(0, 3), eigvals_only=True)
    return K1s, K2s, E[:, :, 1] - E[:, :, 0], E[:, :, 2] - E[:, :, 0], E[:, :, 3] - E[:, :, 0]


def level_set_dos(values, h, eps):
    """Density of states of a function sampled on a square grid (step h), linear on triangles:
    d/de Area{f < e}, exact for the piecewise-linear interpolant; x2 for K2 < 0 (parity)."""
    import numpy as np

    v = values
    a, b, c, d = v[:-1, :-1], v[1:, :-1], v[:-1, 1:], v[1:, 1:]
    T = np.sort(np.concatenate([np.stack([a, b, c], -1).reshape(-1, 3), np.stack([b, c, d], -1).reshape(-1, 3)]), axis=1)
    e1, e2, e3 = T[:, 0], T[:, 1], T[:, 2]
    area = h * h / 2
    out = []
    for e in np.atleast_1d(eps):
        m1 = (e > e1) & (e < e2)
        m2 = (e >= e2) & (e < e3)
        span = np.maximum(e3 - e1, 1e-300)
        dd = np.zeros(len(T))
        dd[m1] = 2 * area / span[m1] * (e - e1[m1]) / np.maximum(e2[m1] - e1[m1], 1e-300)
        dd[m2] = 2 * area / span[m2] * (e3[m2] - e) / np.maximum(e3[m2] - e2[m2], 1e-300)
        out.append(2 * dd.sum())
    return np.array(out)


def _grid_dos(eps):
    """nu_1(e) per unit K1*K2 from the float grid for e <= 5; beyond, the HV law continued as e**2."""
    import numpy as np

    _, _, e1, _, _ = _eps_grid()
    eps = np.atleast_1d(np.asarray(eps, dtype=float))
    inside = level_set_dos(e1, GRID_H, np.minimum(eps, 5.0))
    return np.where(eps <= 5.0, inside, inside * (eps / 5.0) ** 2)


@memo
def _hump_eval(ctx, v):
    """T_m/w of C/T**3 with the DOS nu_1 for e >= q_a (AHV + HV): float64 quadrature on a fine e grid."""
    import numpy as np

    es = np.linspace(float(v["q_a"]), 80.0, 6000)
    nu = _grid_dos(es)
    ts = np.linspace(0.12, 2.0, 400)
    x = es[None, :] / (2 * ts[:, None])
    ct = np.trapezoid(nu[None, :] * x**2 / np.cosh(np.minimum(x, 300)) ** 2, es, axis=1) / ts**3
    interior = [i for i in range(1, len(ts) - 1) if ct[i] > ct[i - 1] and ct[i] >= ct[i + 1]]
    return ctx.mpf(float(ts[max(interior, key=lambda i: ct[i])])) if interior else ctx.mpf(-1)


@memo
def _hump_contrast_eval(ctx, v):
    """(max of C/T**3)/(its T -> oo value) for the DOS nu_1(e >= q_a)."""
    import numpy as np

    es = np.linspace(float(v["q_a"]), 80.0, 6000)
    nu = _grid_dos(es)
    ts = np.linspace(0.12, 2.0, 400)
    x = es[None, :] / (2 * ts[:, None])
    ct = np.trapezoid(nu[None, :] * x**2 / np.cosh(np.minimum(x, 300)) ** 2, es, axis=1) / ts**3
    return ctx.mpf(float(ct.max() / ct[-1]))


@memo
def _dos_slope_eval(ctx, v):
    """log-slope of nu_1 between e_lo and e_hi (grid DOS)."""
    import numpy as np

    a, b = _grid_dos([float(v["e_lo"]), float(v["e_hi"])])
    return ctx.mpf(float(np.log(b / a) / np.log(float(v["e_hi"]) / float(v["e_lo"]))))


@memo
def _dos_peak_eval(ctx, v):
    """location of the maximum of nu_1 on [1, 4] (grid DOS, step 0.005)."""
    import numpy as np

    es = np.arange(1.0, 4.0, 0.005)
    return ctx.mpf(float(es[int(np.argmax(_grid_dos(es)))]))


@memo
def _dos_at_eval(ctx, v):
    return ctx.mpf(float(_grid_dos([float(v["e_r"])])[0]))


@memo
def _ahv_area_eval(ctx, v):
    """Area (in K1*K2, both signs of K2) where q_a < eps_1 < q_b (the AHV window), from the grid."""
    import numpy as np

    _, _, e1, _, _ = _eps_grid()
    m = (e1 > float(v["q_a"])) & (e1 < float(v["q_b"]))
    return ctx.mpf(float(2 * m.sum() * GRID_H**2))


@memo
def _rel_grad_eval(ctx, v):
    """|grad eps_1|/eps_1 at (K1, K2) (Hellmann-Feynman)."""

    lv, ex = eigen.expectations(ctx, _h(v), 2, (2, 3))
    g1, g2 = ex[2][1] - ex[2][0], ex[3][1] - ex[3][0]
    return ctx.hypot(g1, g2) / eigen.gap(ctx, _h(v), 0, 1)


def _p_exact_eval(ctx, v):
    """Exact relaxed fraction at fixed Ecal for P(lambda) ~ lambda**(-4/3) (the model's density at large
    lambda), tau = tau_min*exp(2*(lambda - lambda_m)) and the Jacobian 1/sqrt(1 - (2J/Ecal)**2) =
    1/sqrt(1 - exp(-2*(lambda - lambda_m))): ratio of the lambda-integrals up to lambda_m + ell/2 and to oo."""
    lm, ell = v["lam_m"], v["ell"]
    f = lambda u: (lm + u) ** (-ctx.mpf(4) / 3) / ctx.sqrt(-ctx.expm1(-2 * u))
    top = ell / 2
    num = ctx.quad(f, [0, min(top, ctx.mpf(1)), top] if top > 1 else [0, top])
    den = ctx.quad(f, [0, 1, 10, ctx.inf])
    return num / den


@memo
def _p_dev_eval(ctx, v):
    """max |p_exact - (3.21')| over lambda_m in {4, 6, 8, 10} and t/tau_min = 10**k, k = 1..15 (L = 2*lambda_m).
    A (report) number needed to 2 digits: float64 (scipy quad, the singular 1/sqrt(1 - exp(-2u)) split off as
    1/sqrt(u)-type part handled by QUADPACK), returned as that float."""
    from scipy.integrate import quad

    worst = 0.0
    for lm in (4, 6, 8, 10):
        g = lambda u: (lm + u) ** (-4 / 3) * (1 / math.sqrt(-math.expm1(-2 * u)) - 1) if u > 0 else 0.0
        tail = 3 * lm ** (-1 / 3)  # Integral((lm + u)**(-4/3), 0, oo)
        den = tail + quad(g, 0, 1, limit=200)[0] + quad(g, 1, 60, limit=200)[0]
        for k in range(1, 16):
            top = math.log(10) * k / 2
            num = 3 * (lm ** (-1 / 3) - (lm + top) ** (-1 / 3)) + quad(g, 0, min(top, 1.0), limit=200)[0]
            if top > 1:
                num += quad(g, 1, min(top, 60.0), limit=200)[0]
            pe = num / den
            pa = 1 - (1 + 2 * top / (2 * lm)) ** (-1 / 3)
            worst = max(worst, abs(pe - pa))
    return ctx.mpf(worst)


@memo
def _nu_branch_eval(ctx, v):
    """Density (per unit K1*K2, uniform F = 1 unless weighted) of TLS of one branch (Klinger label j_br)
    at e = u/w, optionally weighted: wkind 0 none, 1 (3.9) eta-tail exp(eta/eta_c) (eta = -eta_L*zeta on
    j = 1, (8/9)*eta_L*zeta on j = 2), 2 a xi-Gaussian exp(-zeta*eta_L/eta_c) on j = 2 (eta_c standing for
    eta_0c = 9*xi_c**2/32), 3 the resonant matrix-element weight (2*z0)**2*(a/e)**2 = D**2*(J/u)**2/chi**2."""
    j, kind = int(round(float(v["j_br"]))), int(round(float(v["wkind"])))
    e, eL, ec = v["e_r"], v["etaL"], v["eta_c"]
    z0sq, _ = _tls_branch(ctx, j)

    def weight(zt):
        if kind == 1:
            return ctx.exp((-1 if j == 1 else ctx.mpf(8) / 9) * eL * zt / ec)
        if kind == 2:
            return ctx.exp(-zt * eL / ec) if j == 2 else ctx.one
        if kind == 3:
            return 4 * z0sq(zt) * ctx.exp(2 * (_log_split_inst(ctx, z0sq(zt)) - ctx.log(e)))
        return ctx.one

    return _tls_integral(ctx, j, e, weight)


@memo
def _ndw_gauss_eval(ctx, v):
    """N_dw/N for H = exp(-((1 - eta)/eta_c)**2)/eta_c, g = exp(-(xi/xi_c)**2)/xi_c (xi_c**2 = 0.1), eta0 = 9*xi**2/32:
    (sqrt(pi)/2)*Integral(exp(-xi**2/xi_c**2)*erfc((1 - eta0(xi))/eta_c), xi)/xi_c: an order-of-magnitude number,
    float64 (scipy quad), returned as that float."""
    from scipy.integrate import quad
    from scipy.special import erfc

    ec, xc2 = float(v["eta_c"]), 0.1
    f = lambda t: math.exp(-t * t / xc2) * erfc((1 - 9 * t * t / 32) / ec)
    val = quad(f, -4.0, 4.0, limit=200, epsabs=0, epsrel=1e-12)[0]
    return ctx.mpf(math.sqrt(math.pi) / 2 * val / math.sqrt(xc2))


@memo
def _dzeta_dlnu_eval(ctx, v):
    """d zeta_e/d log(u) = -1/(d(-log a)/d zeta) at the root a_1(zeta_e) = u (instanton splitting)."""
    z0sq, _ = _tls_branch(ctx, 1)
    La = lambda zt: _log_split_inst(ctx, z0sq(zt))
    zt = _zeta_e_eval(ctx, v)
    return 1 / ctx.diff(La, zt)


@memo
def _me01_eval(ctx, v):
    """<0|X|1>/((dX/2)*(J/u)) for the asymmetric CTW K1 = -zeta with 2*Delta = J-splitting (K2 = sqrt(2)*a/zeta**1.5):
    dX = 2*z0 (z0**2 = zeta/2), J/u = a/eps_1."""

    zt = v["zeta"]
    a = eigen.gap(ctx, _sym_coeffs(ctx, zt / 2), 0, 1)
    K2 = ctx.sqrt(2) * a / zt ** ctx.mpf(1.5)
    hi = mpmath.MPContext()
    hi.prec = ctx.prec + int(3.33 * max(0, -float(ctx.log10(a)))) + 20
    co = [0, 0, -hi.mpf(zt), hi.mpf(K2), 1]
    me = abs(eigen.matrix_element(hi, co, 0, 1, [0, 1]))
    e1 = eigen.gap(hi, co, 0, 1)
    return ctx.mpf(me / (hi.sqrt(hi.mpf(zt) / 2) * hi.mpf(a) / e1))


@memo
def _max_case_eval(ctx, v):
    """alpha_eff = dlog n/dlog u between 1e-6 and 1e-2 w of n(u) = Integral(Phi(zeta)/sqrt(1 - (a/u)**2), zeta >= zeta_u)
    with Phi a pronounced maximum at zeta = 30 (width 5), branch 1."""
    z0sq, _ = _tls_branch(ctx, 1)
    La = lambda zt: _log_split_inst(ctx, z0sq(zt))
    Phi = lambda zt: ctx.exp(-((zt - 30) / 5) ** 2)

    def n(e):
        le = ctx.log(e)
        lo = ctx.findroot(lambda zt: La(zt) - le, (ctx.mpf(4), ctx.mpf(200)), solver="anderson")
        dLa = ctx.diff(La, lo)
        tiny = ctx.ldexp(lo, -ctx.prec // 2)

        def h(u):
            zt = lo + u * u
            if u * u < tiny:
                return 2 * Phi(zt) / ctx.sqrt(-2 * dLa)
            return 2 * u * Phi(zt) / ctx.sqrt(-ctx.expm1(2 * (La(zt) - le)))

        return ctx.quad(h, [ctx.zero, ctx.sqrt(30 - lo) if lo < 30 else 1, ctx.sqrt(60), ctx.inf])

    lo_, hi_ = ctx.mpf("1e-6"), ctx.mpf("1e-2")
    return ctx.log(n(hi_) / n(lo_)) / ctx.log(hi_ / lo_)
