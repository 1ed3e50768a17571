"""Numeric definitions of the ``multicenter`` model (Burin & Kagan 1996): observables of the RG
equation (4.6) through the engines of :mod:`vitrum.numeric.rg` (float64 FFT and log-grid solvers,
mpmath Taylor solvers for small truncations, the Fourier route of (4.15)).

Each evaluate function (or factory returning one) is named from the model as
``"vitrum.numeric.multicenter_defs:<name>"``: models never import the numeric layer.
"""

from __future__ import annotations

import math
from functools import lru_cache

import sympy as sp

from vitrum.models.multicenter import (  # constants and helpers of the model
    _TEST_LAWS,
)


def _mp_const_hierarchy(ctx, v):
    """P_n(t) of (4.6), b = 1, from the exact closed hierarchy (S = sum P_k, dS/dt = -S**2), mpmath Taylor ODE."""
    from vitrum.numeric.rg import solve_mp_closed

    n = int(v["n_h"])
    if not 1 <= n <= 12:
        raise ValueError("Pt_mp: n_h must be in 1..12")
    return solve_mp_closed(ctx, n, v["t"])[n]


def _mp_const_total(ctx, v):
    from vitrum.numeric.rg import solve_mp_closed

    return solve_mp_closed(ctx, 1, v["t"])[0]


def _rg3(index):
    """P_index(t) of (4.6) truncated at n <= 3 with b_11 = 1, b_12 = b_21 = r (single centre with a pair:
    <|u1 + u2|>/U0), b_13 = b_22 = r (irrelevant at O(t**2)); mpmath ODE."""

    def ev(ctx, v):
        from vitrum.numeric.rg import solve_mp_truncated

        r = v["r"]

        def b(k, m):
            return 1 if k == m == 1 else r

        return solve_mp_truncated(ctx, b, 3, v["t"])[index - 1]

    return ev


def _pair_matrices(ctx, e1, e2, d1, d2, U):
    """The pair Hamiltonian (3.1) as a 4x4 mpmath matrix and its derivative with respect to U12."""
    half = ctx.mpf(1) / 2
    sz = [[half, 0], [0, -half]]
    sx = [[0, half], [half, 0]]
    I2 = [[1, 0], [0, 1]]

    def kron(A, B):
        return ctx.matrix([[A[i // 2][j // 2] * B[i % 2][j % 2] for j in range(4)] for i in range(4)])

    S1z, S2z, S1x, S2x = kron(sz, I2), kron(I2, sz), kron(sx, I2), kron(I2, sx)
    dH = -(S1z + S2z) / 2 + S1z * S2z
    return e1 * S1z + e2 * S2z + d1 * S1x + d2 * S2x + U * dH, dH


def _pair_gap_ratio(ctx, v):
    """Minimum over the coupling U12 of the splitting of the two upper levels of the exact 4x4 pair
    Hamiltonian (3.1) (the up-up/down-down doublet, degenerate where e1 + e2 ~ U12), divided by (3.8)
    Delta0 = D01*D02*U12/(2*E1*E2) at that U12; D01 = 0.6*lam*e1, D02 = 0.8*lam*e2."""
    lam, e1, e2 = v["lam"], v["e1"], v["e2"]
    d1, d2 = lam * e1 * ctx.mpf(6) / 10, lam * e2 * ctx.mpf(8) / 10
    E1, E2 = ctx.sqrt(e1**2 + d1**2), ctx.sqrt(e2**2 + d2**2)

    def upper_pair(U):
        H, dH = _pair_matrices(ctx, e1, e2, d1, d2, U)
        E, Q = ctx.eigsy(H)
        order = sorted(range(4), key=lambda i: E[i])
        hi, lo = order[3], order[2]
        slope = [sum(Q[a, i] * sum(dH[a, b] * Q[b, i] for b in range(4)) for a in range(4)) for i in (hi, lo)]
        return E[hi] - E[lo], slope[0] - slope[1]  # splitting and its U-derivative (Hellmann-Feynman)

    def gap(U):
        return upper_pair(U)[0]

    # leading-order crossing of the diagonal energies of h0: E1 + E2 = U*(e1/E1 + e2/E2)/2
    U_start = (E1 + E2) / ((e1 / E1 + e2 / E2) / 2)
    # the true crossing is shifted by O(lam**2*U) (second-order shifts from h'): bracket it
    width = 4 * lam**2 * U_start
    U_min = ctx.findroot(lambda u: upper_pair(u)[1], (U_start - width, U_start + width), solver="anderson")
    return gap(U_min) / (d1 * d2 * U_min / (2 * E1 * E2))


def _run_sqrt():
    from vitrum.numeric.rg import sqrt_kernel_run

    return sqrt_kernel_run()


def _f(ctx, x) -> float:
    return float(ctx.mpf(x))


#: the log-grid run integrates the mass per pivot x_p N_p with atol 1e-13: below 1e3 times that the numbers are not
#: resolved (in the far tail beyond the front they are round-off and integration noise, some negative)
RESOLVED_MASS = 1e-10


def _resolved_pivots(run, t: float, k: float):
    """(log of the pivot sizes, numbers per pivot at time t, j) with n = k between pivots j and j + 1, after
    checking that those two carry a resolved mass (ValueError otherwise: P_n there is below what the
    integration controls)."""
    import numpy as np

    ln = np.log(run.x)
    N = run.at(t)
    j = min(max(int(np.searchsorted(ln, math.log(k), side="right")) - 1, 0), ln.size - 2)
    if min(N[j] * run.x[j], N[j + 1] * run.x[j + 1]) < RESOLVED_MASS:
        raise ValueError(f"P_n at n = {k:.4g}, t = {t:.4g} is not resolved by the log-grid run (mass per pivot below "
                         f"{RESOLVED_MASS:g}: beyond the front)")
    return ln, N, j


def _resolved_density(run, t: float, k: float):
    """(log of the pivot sizes, density per unit n at time t), n = k resolved (:func:`_resolved_pivots`)."""
    ln, N, _ = _resolved_pivots(run, t, k)
    return ln, N / run.width


def sqrt_value(run, name: str, t: float | None = None, k: float | None = None) -> float:
    """Observable ``name`` of a stored b = sqrt(k*m) log-grid run (:class:`vitrum.numeric.rg.GridRun`) at time t
    (and size k), in float64. Split from the evaluate function so that the accuracy measurements can apply the
    same formula to runs on finer grids (tests/numeric/test_rg.py)."""
    import numpy as np

    if name == "tP1":
        return t * run.at(t)[0]
    if name == "tP":
        return t * run.moment(0.0, t)
    if name == "tI12":
        return t * run.moment(0.5, t)
    if name == "I1":
        return run.moment(1.0, t)
    if name == "P1J":  # P_1 * exp(2*Integral(I_1/2)) (= 1 by (6.6))
        return run.at(t)[0] * math.exp(2 * run.J_at(t))
    if name == "gamma":  # -dlog I_1/2 / dlog t between t/2 and t
        return -math.log(run.moment(0.5, t) / run.moment(0.5, t / 2)) / math.log(2.0)
    if name == "p1_exponent":  # dlog P_1/dlog t between t/2 and t
        return math.log(run.at(t)[0] / run.at(t / 2)[0]) / math.log(2.0)
    if name == "front":  # log n_max
        return run.front(t)
    if name == "I2_over_I1":
        return run.moment(2.0, t) / run.moment(1.0, t)
    if name == "I32":
        return run.moment(1.5, t)
    if name == "eta_slope":  # slope of n**2*t*P_n against log n, log n in [10, log(n_max)/2]
        ln, y = run.scaled(t)
        hi = 0.5 * run.front(t)
        m = (ln >= 10.0) & (ln <= hi)
        return float(np.polyfit(ln[m], y[m], 1)[0])
    if name == "n2tP":  # n**2*t*P_n at n = k (interpolated in log n)
        ln, dens = _resolved_density(run, t, k)
        return float(np.interp(math.log(k), ln, run.x**2 * t * dens))
    if name == "Pn":  # P_n(t) at n = k (log P interpolated in log n)
        ln, dens = _resolved_density(run, t, k)
        return float(np.exp(np.interp(math.log(k), ln, np.log(np.maximum(dens, 1e-300)))))
    if name == "peak_t":  # time of the maximum of P_n(t) at n = k (stored times, parabola in log t)
        kk = math.log(k)
        ln = np.log(run.x)
        ts = run.t[1:]
        vals = np.array([np.interp(kk, ln, np.log(np.maximum(run.N[i + 1] / run.width, 1e-300))) for i in range(len(ts))])
        i = int(np.argmax(vals))
        i = min(max(i, 1), len(ts) - 2)
        xs = np.log(ts[i - 1:i + 2])
        c2, c1, _c0 = np.polyfit(xs, vals[i - 1:i + 2], 2)
        return math.exp(-c1 / (2 * c2))
    if name == "front_exponent":  # dlog(log n_max)/dlog t between t/2 and t
        return math.log(run.front(t) / run.front(t / 2)) / math.log(2.0)
    if name == "k1_share":  # share of I_1/2 carried by k = 1
        return run.at(t)[0] / run.moment(0.5, t)
    if name == "small_k_share":  # share of I_1/2 carried by k <= 10
        N = run.at(t)
        return float((np.sqrt(run.x[:10]) * N[:10]).sum()) / run.moment(0.5, t)
    if name == "rhs_ratio":  # (dP_n/dt)/(n**2 P_n**2) at n = k, dP_n/dt from the right side of the discrete equations
        return _dlogP_dt(run, t, k) / (k**2 * sqrt_value(run, "Pn", t, k))
    if name == "dlogP_dlogt":  # t dlog P_n/dt at n = k, from the same right side
        return t * _dlogP_dt(run, t, k)
    raise KeyError(name)  # pragma: no cover


def _dlogP_dt(run, t: float, k: float) -> float:
    """d log P_n/dt at n = k: the right side of the discrete equations at the two (resolved) pivots
    around k (no difference in t), interpolated linearly in log n like log P_n itself."""
    ln, N, j = _resolved_pivots(run, t, k)
    u = (math.log(k) - ln[j]) / (ln[j + 1] - ln[j])
    dN = run.rate(t)
    return float((1 - u) * dN[j] / N[j] + u * dN[j + 1] / N[j + 1])


def _sqrt_observable(name):
    """Observables of the b = sqrt(k*m) solution (float64 log-grid engine, see rg.sqrt_kernel_run for
    its measured accuracy); each returns an mpmath number built from a float."""

    def ev(ctx, v):
        t = _f(ctx, v["t"]) if "t" in v else None
        k = _f(ctx, v["k"]) if "k" in v else None
        return ctx.mpf(sqrt_value(_run_sqrt(), name, t, k))

    return ev


def _const_engine_dev(ctx, v):
    """Largest relative deviation of the FFT engine (sizes 1..4096, b = 1) from (5.7) over the sizes
    with P_n > 1e-8*max P at time t (float64 engine; FFT round-off ~1e-16*max P)."""
    import numpy as np

    from vitrum.numeric.rg import const_kernel_run, exact_constant_kernel

    run = const_kernel_run()
    t = _f(ctx, v["t"])
    i = int(np.argmin(abs(run.t - t)))
    if abs(run.t[i] - t) > 1e-9:
        raise ValueError(f"engine times are {list(run.t)}")
    n = np.arange(1, run.N + 1)
    ex = exact_constant_kernel(n, t)
    m = ex > 1e-8 * ex.max()
    return ctx.mpf(float(np.max(np.abs(run.P[i][m] / ex[m] - 1))))


def _const_engine_I1(ctx, v):
    """I_1 of the FFT engine run (sizes 1..4096, b = 1) at a stored time t (it used to answer any t
    with the nearest stored time: I_1(0.3) was I_1(0.5))."""
    import numpy as np

    from vitrum.numeric.rg import const_kernel_run

    run = const_kernel_run()
    t = _f(ctx, v["t"])
    i = int(np.argmin(abs(run.t - t)))
    if abs(run.t[i] - t) > 1e-9:
        raise ValueError(f"engine times are {list(run.t)}")
    return ctx.mpf(float(run.I1[i]))


def _t_m_root(ctx, v):
    """Root t > 0 of the rewritten (5.22) with xi_max = t/chi:
    (1+t)|L*| - 3((1+t)log(1+t) - t)/chi - 3t/chi = 0, for chi*|L*|/3 = kappa (chi = 0.1)."""
    kappa = v["kappa"]
    chi = ctx.mpf(1) / 10
    absLs = 3 * kappa / chi

    def F(t):
        return (1 + t) * absLs - 3 * ((1 + t) * ctx.log1p(t) - t) / chi - 3 * t / chi

    guess = ctx.exp(kappa)
    return ctx.findroot(F, (guess / 4, 4 * guess), solver="anderson")


FOURIER_POINTS = 1 << 18


def fourier_observable(kind: str, t: float, chi: float, absLs: float, y: float | None = None, n: int = FOURIER_POINTS) -> float:
    """The L-resolved density from the exact Fourier solution (5.13) (exponential initial law of L with mean -|L*|;
    FFT inversion on ``n`` points, float64), compared with (5.17): kind "ratio": exact/(5.17) at L = -y*(1+t)*|L~|;
    "norm": (1+t)*Integral(P(L)) (= 1 by (5.3)); "mean": <L>/((1+t)|L~|) (5.17 gives -1, exactly as the exact
    solution); "flat": P(2 L*)/P(-(1+t)|L~|)."""
    import numpy as np

    from vitrum.numeric.rg import fourier_density

    Ls = -absLs
    Lt = -Ls - 3 / chi * (math.log1p(t) - t / (1 + t))
    L, P = fourier_density(round(t, 12), round(chi, 12), round(Ls, 12), n=n)
    dL = L[1] - L[0]
    scale = (1 + t) * Lt

    def approx(LL):
        return math.exp(-abs(LL) / scale) / ((1 + t) ** 2 * Lt)

    if kind == "ratio":
        L0 = -y * scale
        return float(np.interp(L0, L, P)) / approx(L0)
    if kind == "norm":
        return float(P.sum() * dL) * (1 + t)
    if kind == "mean":
        return float((L * P).sum() / P.sum()) / scale
    if kind == "flat":
        return float(np.interp(2 * Ls, L, P) / np.interp(-scale, L, P))
    raise KeyError(kind)  # pragma: no cover


def _fourier_ratio(kind):
    """Evaluate function of PtL_<kind>: :func:`fourier_observable` at the point (float64, accuracy stated in the model)."""

    def ev(ctx, v):
        y = _f(ctx, v["y"]) if kind == "ratio" else None
        return ctx.mpf(fourier_observable(kind, _f(ctx, v["t"]), _f(ctx, v["chi"]), _f(ctx, v["absLs"]), y))

    return ev


def _quad_pts(ctx, f, a, centre, width, b):
    """ctx.quad of f over [a, b] split around a narrow feature at ``centre`` of scale ``width``."""
    pts = {a, b}
    for m in (-30, -6, -1, 0, 1, 6, 30):
        p = centre + m * width
        if a < p < b:
            pts.add(p)
    return ctx.quad(f, sorted(pts))


def _normal(ctx, z, w):
    return ctx.exp(-(z * z) / (2 * w * w)) / (ctx.sqrt(2 * ctx.pi) * w)


def _delta_eps_pair(ctx, v):
    """Int_0^oo d eps_i Int_0^oo d eps_j delta_sigma(w - eps_i - eps_j), delta_sigma normal of width sigma: the
    eps_j-integral is the normal CDF, the eps_i-integral a quadrature split at eps_i = w."""
    w, sig = v["w"], v["sigma"]

    def f(e):
        return ctx.erfc((e - w) / (ctx.sqrt(2) * sig)) / 2

    return _quad_pts(ctx, f, ctx.zero, w, sig, ctx.inf)


def _delta_jacobian(ctx, v):
    """Int_0^oo d eps_2 delta_sigma(Delta - e1 - eps_2 + c e1 eps_2)/(e1 eps_2) at e1 = eps_min (1 + y),
    eps_min = D01 D02/(2 Delta0) = 1/c (region 1 of (3.11))."""
    D, D0, d1, d2, y, sig = v["Delta"], v["Delta0"], v["D01"], v["D02"], v["y"], v["sigma"]
    emin = d1 * d2 / (2 * D0)
    e1 = emin * (1 + y)
    slope = e1 / emin - 1  # d(argument)/d eps_2 = c e1 - 1
    root = (e1 - D) / slope

    def f(e2):
        return _normal(ctx, (D - e1) + e2 * slope, sig) / (e1 * e2)

    return _quad_pts(ctx, f, ctx.zero, root, sig / abs(slope), ctx.inf)


def _delta_R(ctx, v):
    """Int_0^oo 4 pi R^2 delta_(sigma Delta0)(Delta0 - a/R^3) dR, a = D01 D02 U0/(2 e1 e2)."""
    D0, d1, d2, U0, e1, e2, sig = v["Delta0"], v["D01"], v["D02"], v["U0"], v["e1"], v["e2"], v["sigma"]
    a = d1 * d2 * U0 / (2 * e1 * e2)
    Rs = ctx.cbrt(a / D0)

    def f(R):
        return 4 * ctx.pi * R**2 * _normal(ctx, D0 - a / R**3, sig * D0)

    return _quad_pts(ctx, f, ctx.zero, Rs, sig * Rs / 3, ctx.inf)


def _delta_neff(ctx, v):
    """(4e-2/t) P0 Int_1^phi dn log(n t^a)/n^2 delta_(sigma Delta0)(Delta0 - Delta0s (Delta0s/W)^(n-1)), phi = s."""
    D0, D0s, W, t, a, sig, phi, P0 = v["Delta0"], v["Delta0s"], v["W"], v["t"], v["a"], v["sigma"], v["s"], v["P0"]
    lnr = ctx.log(W / D0s)
    n_eff = ctx.log(W / D0) / lnr

    def f(n):
        return ctx.mpf(1) / 25 / t * P0 * ctx.log(n * t**a) / n**2 * _normal(ctx, D0 - D0s * ctx.exp(-(n - 1) * lnr), sig * D0)

    return _quad_pts(ctx, f, ctx.one, n_eff, sig / lnr, phi)


def _charge_mean_abs(ctx, v):
    """<|sum of k independent random signs|> = k binomial(k-1, floor((k-1)/2))/2^(k-1) at integer k (the
    parameter is rounded), evaluated through log-gamma (exact for k up to 1e8 and beyond)."""
    k = ctx.nint(v["k"])
    m = ctx.floor((k - 1) / 2)
    return k * ctx.exp(ctx.loggamma(k) - ctx.loggamma(m + 1) - ctx.loggamma(k - m) - (k - 1) * ctx.log(2))


def _conv_check(which):
    """Sum over n of the (4.15) gain terms (theta's dropped, b = 1) at L = -14 with shift 3t/chi = 7, for the test
    densities P_1(L), P_2(L) (normal laws of ``_TEST_LAWS``), minus the loss 2 P(L) * total ("terms"), or the same from
    the summed density P = P_1 + P_2 as in (5.10) ("summed"). Each convolution by quadrature split at its peak."""

    def ev(ctx, _v):
        laws = [(ctx.mpf(a) / b, ctx.mpf(m), ctx.mpf(var)) for a, b, m, var in _TEST_LAWS]
        L, c = ctx.mpf(-14), ctx.mpf(7)

        def dens(law, z):
            w, m, var = law
            return w * ctx.exp(-((z - m) ** 2) / (2 * var)) / ctx.sqrt(2 * ctx.pi * var)

        def conv(f1, f2, peaks):
            pts = [min(peaks) - 29] + sorted(peaks) + [max(peaks) + 29]
            return ctx.quad(lambda x: f1(x) * f2(L - x - c), pts)

        def peak(l1, l2):
            return (l1[1] * l2[2] + (L - c - l2[1]) * l1[2]) / (l1[2] + l2[2])

        total = sum(law[0] for law in laws)
        if which == "terms":
            gains = ctx.fsum(conv(lambda z, a=a: dens(a, z), lambda z, b=b: dens(b, z), [peak(a, b)]) for a in laws for b in laws)
        else:
            tot = lambda z: ctx.fsum(dens(law, z) for law in laws)  # noqa: E731
            gains = conv(tot, tot, [peak(a, b) for a in laws for b in laws])
        loss = 2 * ctx.fsum(dens(law, L) for law in laws) * total
        return gains - loss

    return ev


def _alpha_compat_printed(ctx, v):
    """The alpha for which the printed (6.16), eta log^(alpha-1)(n_max)/(t (alpha+1)) = 1, gives the same
    n_max-dependence of dlog n_max/dt as (6.17), 8 (alpha+1)/log n_max: root of the log-log slope (in
    log n_max) of their ratio; dt/dlog n_max by numerical differentiation of t(log n_max)."""
    eta = 1 / (8 * ctx.pi)

    def slope(alpha):
        def ratio(ell):
            dt_dell = ctx.diff(lambda e: eta * e ** (alpha - 1) / (alpha + 1), ell)
            return abs((1 / dt_dell) / (8 * (alpha + 1) / ell))

        l1, l2 = ctx.mpf(20), ctx.mpf(40)
        return ctx.log(ratio(l2) / ratio(l1)) / ctx.log(l2 / l1)

    return ctx.findroot(slope, ctx.mpf(2))


RKKY_KS = (4, 8, 16, 32, 64, 128)
WALK_CUTOFF = 1000.0  # end of the quadrature of mean_walk_length; the tail beyond is taken in closed form


def mean_walk_length(k: int, cutoff: float = WALK_CUTOFF) -> float:
    """E|S_k|, S_k the sum of k unit phasors with independent uniform phases (a planar random walk of k unit
    steps), float64::

        E|S_k| = Integral((1 - J0(s)**k)/s**2, (s, 0, oo))

    (for r > 0, r = Integral((1 - J0(s r))/s**2), and for isotropic steps E J0(s|S_k|) = J0(s)**k). scipy quad on
    pieces of length 10 up to ``cutoff``; beyond it 1/cutoff minus the tail of J0(s)**k/s**2, whose mean part
    (J0 ~ sqrt(2/(pi s)) cos(s - pi/4), mean of cos**k = binom(k, k/2)/2**k for even k) is taken in closed form.
    The trap: without that term the tail is off by 7.9e-10 at k = 4 and cutoff 400 (it decays only like
    cutoff**-3), and quadosc on the same tail, which does not oscillate about zero, is off by 2e-19 at 30 digits.

    Measured against k Integral(J1(x) J0(x)**(k-1)/x) (mpmath, a tail that does oscillate about zero, by quadosc;
    equal at 30 and 40 digits, and at k = 4 to the elliptic-integral form of E|S_4| to 30 digits): relative error
    8e-14, 1.3e-13, 1.9e-13, 4.3e-13, 6.0e-13, 2.8e-12 at k = 4, 8, ..., 128 (the last from 1 - J0**k near s = 0).
    """
    import numpy as np
    from scipy import integrate, special

    def integrand(s):
        return (1 - special.j0(s) ** k) / s**2 if s > 0 else k / 4

    head = math.fsum(integrate.quad(integrand, a, a + 10.0, limit=200, epsabs=1e-16, epsrel=1e-13)[0]
                     for a in np.arange(0.0, cutoff, 10.0))
    tail = 1 / cutoff
    if k % 2 == 0:
        tail -= (2 / math.pi) ** (k / 2) * math.comb(k, k // 2) / 2**k * cutoff ** (-1 - k / 2) / (1 + k / 2)
    return head + tail


@lru_cache(maxsize=8)
def rkky_population_slope(ks: tuple[int, ...] = RKKY_KS) -> float:
    """Least-squares slope of log <|u_kk|> against log k for the RKKY cluster coupling (6.2) of random clusters:
    u_km = Re(exp(i*phi) S_k conj(S_m)) with S_k, S_m independent sums of k and m unit phasors (k_F R >> 1) and phi
    uniform, so that <|u_kk|> = <|S_k|> <|S_k|> <|cos|> = (2/pi) E|S_k|**2 (:func:`mean_walk_length`) exactly. The
    constant 2/pi drops out of the slope: 2 x the slope of log E|S_k|. Its error: that of log E|S_k|, <= 3e-12."""
    import numpy as np

    logs = [2 * math.log(mean_walk_length(k)) for k in ks]
    return float(np.polyfit(np.log(np.array(ks, dtype=float)), logs, 1)[0])


def _rkky_exponent(ctx, v):
    """The population exponent of <|u_kk|> over k = 4..128, :func:`rkky_population_slope` (float64: its error
    <= 1e-11, stated 1e-9)."""
    return ctx.mpf(rkky_population_slope())
