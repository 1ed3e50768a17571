"""Floquet engines for TLS excitations in a strong slow field (Burin & Polishchuk, Sect. 3, App.).

Single-excitation Schroedinger equation, Eq. (11) (hbar = 1):

    i b_i' = (E_i - a_i*cos(omega*t)) b_i + sum_j U_ij b_j .

Three routes to the quasi-energies eps (defined mod omega), all float64:

* :func:`quasienergies_extended` - the truncated extended-space matrix of Eq. (60),
  H[(i,m),(i,m)] = E_i - m*omega, H[(i,m),(i,m+-1)] = -a_i/2, H[(i,m),(j,m)] = U_ij, |m| <= M;
* :func:`quasienergies_dressed` - the dressed-excitation matrix of Eq. (64),
  H[(i,n),(i,n)] = E_i - n*omega, H[(i,n),(j,p)] = U_ij*J_{p-n}(x_ij), with x_ij = (a_j - a_i)/omega
  (``argument="difference"``) or the literal OCR reading of Eq. (13), x = (a_j - a_j)/omega = 0
  (``argument="printed"``);
* :func:`quasienergies_propagator` - eigenphases of the one-period propagator of Eq. (11),
  integrated with DOP853 (rtol 1e-12): eps = i*log(lambda)/T_period.

The same three routes are also written precision-generically (``mp_*``, in units of omega, for an
mpmath context): the matrices of Eqs. (60) and (64) diagonalized by ``ctx.eigsy`` and the propagator
of Eq. (11) by a Taylor-series integrator (:func:`mp_propagator`) whose truncation follows the
working precision, so the certified reference can check the quasi-energies digit by digit. The
float64 routes are accurate to ~1e-13*omega only, which cannot resolve the truncation mismatch of
Eqs. (60)/(64) at |m| <= 12 (~1e-18*omega for the reference system).

The truncated matrices keep the eigenvalues in the central Brillouin zone [-omega/2, omega/2)
(states centred near m = 0, far from the truncation edges when M >> max|a_i|/omega + max|E_i|/omega).
:func:`spectrum_mismatch` compares two spectra on the circle of circumference omega.

Also here: :func:`bessel_j_orders` (precision-generic Miller backward recurrence, J_0..J_N at
one argument) and :func:`bessel_statistics` (RMS, median, sum of |J_n(x)| over |n| < x), the
numeric routes of Eqs. (15), (16), (19), (56); and :func:`two_site_min_gap`, the minimal
quasi-energy splitting of an n-photon avoided crossing of two sites (Eq. (14)).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

__all__ = [
    "quasienergies_extended",
    "quasienergies_dressed",
    "quasienergies_propagator",
    "spectrum_mismatch",
    "two_site_min_gap",
    "bessel_j_orders",
    "bessel_statistics",
    "graf_sum",
    "reference_system",
    "mp_reference_system",
    "mp_propagator",
    "mp_quasienergies_propagator",
    "mp_quasienergies_extended",
    "mp_quasienergies_dressed",
    "mp_spectrum_mismatch",
]


def reference_system(omega: float, a: float, coupling: float):
    """The fixed 'random' 3-site system used by the checks: energies E_i (in units of omega),
    field couplings a_i (in units of a) and a symmetric hopping matrix (in units of coupling).
    Drawn once from numpy's PCG64(2005) and frozen here so that every route sees the same system."""
    e = np.array([0.0, 0.3719, -0.6083]) * omega
    amp = np.array([1.0, -0.6147, 0.2873]) * a
    u = np.array([[0.0, 1.0, 0.4911], [1.0, 0.0, -0.7264], [0.4911, -0.7264, 0.0]]) * coupling
    return e, amp, u


def _central(eigs: np.ndarray, omega: float) -> np.ndarray:
    return np.sort(eigs[(eigs >= -omega / 2) & (eigs < omega / 2)])


def quasienergies_extended(e, amp, u, omega: float, m_max: int) -> np.ndarray:
    """Quasi-energies in [-omega/2, omega/2) from the truncated Eq. (60)."""
    e, amp, u = np.asarray(e, float), np.asarray(amp, float), np.asarray(u, float)
    n_sites, ms = len(e), np.arange(-m_max, m_max + 1)
    nm = len(ms)
    h = np.zeros((n_sites * nm, n_sites * nm))
    for i in range(n_sites):
        blk = slice(i * nm, (i + 1) * nm)
        h[blk, blk] = np.diag(e[i] - ms * omega) + np.diag(np.full(nm - 1, -amp[i] / 2), 1) + np.diag(np.full(nm - 1, -amp[i] / 2), -1)
        for j in range(n_sites):
            if j != i:
                h[blk, j * nm:(j + 1) * nm] = u[i, j] * np.eye(nm)
    return _central(np.linalg.eigvalsh(h), omega)


def quasienergies_dressed(e, amp, u, omega: float, m_max: int, argument: str = "difference") -> np.ndarray:
    """Quasi-energies in [-omega/2, omega/2) from the truncated Eq. (64) (or the printed Eq. (13))."""
    from scipy.special import jv

    e, amp, u = np.asarray(e, float), np.asarray(amp, float), np.asarray(u, float)
    n_sites, ms = len(e), np.arange(-m_max, m_max + 1)
    nm = len(ms)
    order = ms[None, :] - ms[:, None]  # p - n
    h = np.zeros((n_sites * nm, n_sites * nm))
    for i in range(n_sites):
        h[i * nm:(i + 1) * nm, i * nm:(i + 1) * nm] = np.diag(e[i] - ms * omega)
        for j in range(n_sites):
            if j == i:
                continue
            if argument == "difference":
                x = (amp[j] - amp[i]) / omega
            elif argument == "printed":
                x = 0.0  # (a_j - a_j)/omega read literally
            else:
                raise ValueError(f"argument must be 'difference' or 'printed', got {argument!r}")
            h[i * nm:(i + 1) * nm, j * nm:(j + 1) * nm] = u[i, j] * jv(order, x)
    return _central(np.linalg.eigvalsh(h), omega)


def _propagator(e, amp, u, omega: float, rtol: float) -> np.ndarray:
    from scipy.integrate import solve_ivp

    e, amp, u = np.asarray(e, float), np.asarray(amp, float), np.asarray(u, float)
    n = len(e)

    def rhs(t, y):
        c = y[: n * n].reshape(n, n) + 1j * y[n * n:].reshape(n, n)
        h = np.diag(e - amp * math.cos(omega * t)) + u
        d = -1j * (h @ c)
        return np.concatenate([d.real.ravel(), d.imag.ravel()])

    y0 = np.concatenate([np.eye(n).ravel(), np.zeros(n * n)])
    period = 2 * math.pi / omega
    sol = solve_ivp(rhs, (0.0, period), y0, method="DOP853", rtol=rtol, atol=rtol * 1e-2)
    if not sol.success:  # pragma: no cover
        raise RuntimeError(f"Floquet propagator integration failed: {sol.message}")
    y = sol.y[:, -1]
    return y[: n * n].reshape(n, n) + 1j * y[n * n:].reshape(n, n)


def quasienergies_propagator(e, amp, u, omega: float, rtol: float = 1e-12) -> np.ndarray:
    """Quasi-energies in [-omega/2, omega/2) from the one-period propagator of Eq. (11)."""
    lam = np.linalg.eigvals(_propagator(e, amp, u, omega, rtol))
    eps = (1j * np.log(lam) / (2 * math.pi / omega)).real
    return np.sort((eps + omega / 2) % omega - omega / 2)


def spectrum_mismatch(a: np.ndarray, b: np.ndarray, omega: float) -> float:
    """Largest distance (on the circle of circumference omega, in units of omega) from a level of
    ``a`` to the nearest level of ``b`` and vice versa; 1.0 if the level counts differ."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    if len(a) != len(b) or len(a) == 0:
        return 1.0

    def far(x, y):
        d = np.abs(((x[:, None] - y[None, :]) / omega + 0.5) % 1.0 - 0.5)
        return d.min(axis=1).max()

    return float(max(far(a, b), far(b, a)))


# --- precision-generic routes (units of omega) ------------------------------------------------
# the frozen system of reference_system, as exact decimals (the float64 literals are their nearest doubles)
_E0 = ("0", "0.3719", "-0.6083")
_A0 = ("1.0", "-0.6147", "0.2873")
_U0 = (("0", "1.0", "0.4911"), ("1.0", "0", "-0.7264"), ("0.4911", "-0.7264", "0"))


def mp_reference_system(ctx, a_over_omega, coupling_over_omega):
    """:func:`reference_system` in units of omega as numbers of ``ctx``: (e, amp, u) lists."""
    e = [ctx.mpf(x) for x in _E0]
    amp = [ctx.mpf(x) * a_over_omega for x in _A0]
    u = [[ctx.mpf(x) * coupling_over_omega for x in row] for row in _U0]
    return e, amp, u


MP_MAX_STEPS = 400  # Taylor steps per half period (|H|/omega up to ~190): beyond, the mp propagator refuses


def _mp_half_period(ctx, e, amp, u):
    """(P, Q) with U(pi, 0) = P + i*Q for i*y' = (diag(e - amp*cos t) + u)*y (omega = 1), by the
    Taylor-series method: on each step [t0, t0 + h] the coefficients of Y(t0 + tau) = sum_k Y_k tau**k
    follow (k+1)*Y_{k+1} = -i*(B*Y_k - A*sum_j c_j*Y_{k-j}), B = diag(e) + u, A = diag(amp),
    c_j = cos^(j)(t0)/j!. The series is summed until two successive terms are below
    10**-(dps + 5) (|H|*h <= 1.5: the terms fall geometrically after k ~ 2)."""
    n = len(e)
    b = [[(e[i] if i == j else 0) + u[i][j] for j in range(n)] for i in range(n)]
    hnorm = float(max(abs(x) for x in e) + max(abs(x) for x in amp) + max(sum(abs(x) for x in row) for row in u)) + 1.0
    steps = max(2, int(math.ceil(math.pi * hnorm / 1.5)))
    if steps > MP_MAX_STEPS:
        raise ValueError(f"mp Floquet propagator: |H|/omega ~ {hnorm:.3g} needs {steps} Taylor steps per half period "
                         f"(limit {MP_MAX_STEPS}); the truncated Floquet matrices are far from converged there anyway")
    h = ctx.pi / steps
    tiny = ctx.mpf(2) ** (-ctx.prec - 16)
    p = [[ctx.one if i == j else ctx.zero for j in range(n)] for i in range(n)]
    q = [[ctx.zero] * n for _ in range(n)]
    for step in range(steps):
        t0 = step * h
        c0, s0 = ctx.cos(t0), ctx.sin(t0)
        cyc = (c0, -s0, -c0, s0)
        cs, inv_fact = [], ctx.one
        pk, qk = [p], [q]  # Taylor coefficients of the real and imaginary parts
        ps = [row[:] for row in p]
        qs = [row[:] for row in q]
        hk, k, small = ctx.one, 0, 0
        while small < 2:
            cs.append(cyc[k % 4] * inv_fact)
            inv_fact /= k + 1
            # (c*Y)_k = sum_j c_j*Y_{k-j}, row r scaled by amp[r]
            cp = [[ctx.fdot((cs[j], pk[k - j][r][c]) for j in range(k + 1)) for c in range(n)] for r in range(n)]
            cq = [[ctx.fdot((cs[j], qk[k - j][r][c]) for j in range(k + 1)) for c in range(n)] for r in range(n)]
            # P' = H*Q, Q' = -H*P
            np_ = [[(ctx.fdot((b[r][m], qk[k][m][c]) for m in range(n)) - amp[r] * cq[r][c]) / (k + 1) for c in range(n)]
                   for r in range(n)]
            nq = [[-(ctx.fdot((b[r][m], pk[k][m][c]) for m in range(n)) - amp[r] * cp[r][c]) / (k + 1) for c in range(n)]
                  for r in range(n)]
            pk.append(np_)
            qk.append(nq)
            hk *= h
            mag = 0
            for r in range(n):
                for c in range(n):
                    dp, dq = np_[r][c] * hk, nq[r][c] * hk
                    ps[r][c] += dp
                    qs[r][c] += dq
                    mag = max(mag, abs(dp), abs(dq))
            k += 1
            small = small + 1 if mag < tiny else 0
        p, q = ps, qs
    return p, q


def mp_propagator(ctx, e, amp, u):
    """One-period propagator U(2*pi, 0) of i*y' = (diag(e - amp*cos t) + u)*y (omega = 1) as a
    ``ctx.matrix``, for real symmetric u. H(2*pi - t) = H(t) and H is real symmetric, so
    U(2*pi, pi) = U(pi, 0)**T (time reversal) and U(2*pi, 0) = U(pi, 0)**T * U(pi, 0): half a
    period is integrated (:func:`_mp_half_period`)."""
    n = len(e)
    if any(u[i][j] != u[j][i] for i in range(n) for j in range(n)):
        raise ValueError("mp_propagator needs a symmetric hopping matrix")
    p, q = _mp_half_period(ctx, e, amp, u)
    half = ctx.matrix([[ctx.mpc(p[i][j], q[i][j]) for j in range(n)] for i in range(n)])
    return half.T * half


def mp_quasienergies_propagator(ctx, e, amp, u) -> list:
    """Quasi-energies in [-1/2, 1/2) (units of omega) from the eigenphases of :func:`mp_propagator`:
    lambda = exp(-i*eps*2*pi), eps = -arg(lambda)/(2*pi)."""
    lam = ctx.eig(mp_propagator(ctx, e, amp, u), left=False, right=False)
    return sorted(-ctx.arg(x) / (2 * ctx.pi) for x in lam)


def _mp_central(ctx, h) -> list:
    half = ctx.mpf(1) / 2
    return sorted(x for x in ctx.eigsy(h, eigvals_only=True) if -half <= x < half)


def mp_quasienergies_extended(ctx, e, amp, u, m_max: int) -> list:
    """:func:`quasienergies_extended` in units of omega at the precision of ``ctx``."""
    n, nm = len(e), 2 * m_max + 1
    h = ctx.matrix(n * nm, n * nm)
    for i in range(n):
        for k in range(nm):
            h[i * nm + k, i * nm + k] = e[i] - (k - m_max)
            if k + 1 < nm:
                h[i * nm + k, i * nm + k + 1] = h[i * nm + k + 1, i * nm + k] = -amp[i] / 2
            for j in range(n):
                if j != i:
                    h[i * nm + k, j * nm + k] = u[i][j]
    return _mp_central(ctx, h)


def mp_quasienergies_dressed(ctx, e, amp, u, m_max: int, argument: str = "difference") -> list:
    """:func:`quasienergies_dressed` in units of omega at the precision of ``ctx``:
    H[(i,n),(j,p)] = u_ij*J_{p-n}(x_ij), x_ij = amp_j - amp_i ("difference") or 0 ("printed")."""
    if argument not in ("difference", "printed"):
        raise ValueError(f"argument must be 'difference' or 'printed', got {argument!r}")
    n, nm = len(e), 2 * m_max + 1
    h = ctx.matrix(n * nm, n * nm)
    for i in range(n):
        for k in range(nm):
            h[i * nm + k, i * nm + k] = e[i] - (k - m_max)
        for j in range(n):
            if j == i:
                continue
            x = amp[j] - amp[i] if argument == "difference" else ctx.zero
            jv = {d: ctx.besselj(d, x) for d in range(-2 * m_max, 2 * m_max + 1)}
            for k in range(nm):
                for l in range(nm):
                    h[i * nm + k, j * nm + l] = u[i][j] * jv[l - k]
    return _mp_central(ctx, h)


def mp_spectrum_mismatch(ctx, a: list, b: list):
    """:func:`spectrum_mismatch` (units of omega, distances on the unit circle) at the precision of ``ctx``."""
    if len(a) != len(b) or len(a) == 0:
        return ctx.one
    half = ctx.mpf(1) / 2

    def circ(d):
        d = d + half
        return abs(d - ctx.floor(d) - half)

    def far(x, y):
        return max(min(circ(xi - yi) for yi in y) for xi in x)

    return max(far(a, b), far(b, a))


@lru_cache(maxsize=64)
def two_site_min_gap(coupling: float, x: float, n: int, omega: float = 1.0) -> tuple[float, float]:
    """Minimal quasi-energy splitting of two sites near the n-photon resonance E_1 - E_2 = n*omega.

    Site 1 has E_1 = n*omega + detuning, a_1 = 0; site 2 has E_2 = 0, a_2 = x*omega; U_12 = coupling.
    The splitting (circular distance of the two quasi-energies) from the one-period propagator of
    Eq. (11) is minimized over the detuning (scipy minimize_scalar, bounded to +-4*coupling around the
    shifted resonance). Returns (minimal splitting, detuning at the minimum)."""
    from scipy.optimize import minimize_scalar

    def gap(detuning):
        e = np.array([n * omega + detuning, 0.0])
        amp = np.array([0.0, x * omega])
        u = np.array([[0.0, coupling], [coupling, 0.0]])
        q = quasienergies_propagator(e, amp, u, omega, rtol=1e-12)
        d = abs(q[1] - q[0]) / omega
        return min(d, 1 - d) * omega

    # coarse scan for the bracket (second-order shifts move the resonance by ~coupling**2/omega)
    grid = np.linspace(-3 * coupling, 3 * coupling, 13)
    vals = [gap(d) for d in grid]
    i = int(np.argmin(vals))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    res = minimize_scalar(gap, bounds=(lo, hi), method="bounded", options={"xatol": coupling * 1e-9})
    return float(res.fun), float(res.x)


# --- Bessel functions of one argument and many orders (precision-generic) ---------------------
def bessel_j_orders(ctx, x, nmax: int) -> list:
    """[J_0(x), ..., J_nmax(x)] at the precision of ``ctx`` by Miller's backward recurrence
    J_{k-1} = (2k/x) J_k - J_{k+1}, normalized with J_0 + 2*sum_k J_{2k} = 1.

    The recurrence starts far enough above max(nmax, x) that the neglected J_start is below
    10**-(dps + 10) relative (Debye: log J ~ -(2/3)*(2d)**1.5/sqrt(x) at order x + d)."""
    x = ctx.mpf(x)
    digits = ctx.dps + 10
    xf = float(x)
    d = 0.5 * (1.5 * digits * math.log(10) * math.sqrt(max(xf, 1.0))) ** (2.0 / 3.0) + 20
    start = int(max(nmax, xf) + d + 10)
    start += start % 2  # even start: the normalization sum uses even orders
    jk1, jk = ctx.zero, ctx.mpf(10) ** (-digits)
    values = [ctx.zero] * (start + 1)
    values[start] = jk
    norm = jk if start % 2 == 0 else ctx.zero
    two_over_x = 2 / x
    for k in range(start, 0, -1):
        jm = k * two_over_x * jk - jk1
        jk1, jk = jk, jm
        values[k - 1] = jm
        if (k - 1) % 2 == 0 and k - 1 > 0:
            norm += jm
        # rescale to keep numbers moderate (mpmath has no overflow, but smaller numbers are faster)
        if abs(jm) > ctx.mpf(10) ** 50:
            scale = ctx.mpf(10) ** -50
            jk1, jk, norm = jk1 * scale, jk * scale, norm * scale
            for i in range(k - 1, start + 1):
                values[i] *= scale
    total = values[0] + 2 * norm
    return [v / total for v in values[: nmax + 1]]


def bessel_statistics(ctx, x, which: str):
    """Statistics of |J_n(x)| over the integer orders |n| < x (the 'a/omega channels' of Sect. 3):
    ``"rms"`` (sqrt of the mean of J_n**2), ``"median"`` (of |J_n|), ``"sum"`` (sum of |J_n|)."""
    x = ctx.mpf(x)
    nmax = int(ctx.ceil(x)) - 1 if ctx.ceil(x) == x else int(ctx.floor(x))
    js = bessel_j_orders(ctx, x, nmax)
    mags = [abs(js[0])] + [abs(v) for v in js[1:]] * 2  # J_{-n} = (-1)^n J_n
    if which == "rms":
        return ctx.sqrt(ctx.fsum(m * m for m in mags) / len(mags))
    if which == "median":
        s = sorted(mags)
        k = len(s)
        return s[k // 2] if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2
    if which == "sum":
        return ctx.fsum(mags)
    raise ValueError(f"unknown statistic {which!r}")


def graf_sum(ctx, order: int, x_i, x_j):
    """sum_p J_{p-n}(x_j - x_i)*J_p(x_j) over all integers p (n = ``order``), the right side of
    Graf's addition theorem, Eq. (62) with m = 0. Both Bessel sequences come from
    :func:`bessel_j_orders` (J_{-k}(z) = (-1)**k J_k(z), J_k(-z) = (-1)**k J_k(z)); the sum runs over
    |p| <= K with K beyond every argument by 60 + |n| orders (neglected terms below 10**-(dps + 10))."""
    x_i, x_j = ctx.mpf(x_i), ctx.mpf(x_j)
    u = x_j - x_i
    n = int(order)
    k_max = int(ctx.ceil(abs(u) + abs(x_j))) + abs(n) + 60 + ctx.dps
    top = k_max + abs(n) + 1
    jv = bessel_j_orders(ctx, x_j, top)
    ju = bessel_j_orders(ctx, abs(u), top) if u != 0 else [ctx.one] + [ctx.zero] * top

    def j(seq, k, negative_argument=False):
        sign = -1 if (k < 0 and k % 2) else 1
        if negative_argument and k % 2:
            sign = -sign
        return sign * seq[abs(k)]

    return ctx.fsum(j(ju, p - n, u < 0) * j(jv, p) for p in range(-k_max, k_max + 1))
