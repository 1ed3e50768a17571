"""Renormalization-group (coagulation) engines for the multicenter-cluster model (Burin & Kagan 1996).

The RG equation (4.6) of Burin & Kagan for the normalized cluster densities P_n(t)
(t = chi*log(R/R_min), P_n(0) = delta_{n1}) is a Smoluchowski coagulation equation::

    dP_n/dt = -2 P_n sum_k b_kn P_k + sum_{k=1}^{n-1} b_{k,n-k} P_k P_{n-k}.

For a product kernel b_km = b_k*b_m (b = 1: eq. (5.1); b = sqrt(k*m): eq. (6.1)) the mass
I_1 = sum n*P_n is an integral of motion; it is the truncation diagnostic of every engine here
(what a truncated grid loses is exactly the mass carried past its last size).

Engines (all import only numpy / scipy / mpmath):

* :func:`solve_exact_sizes`: sizes 1..N exactly, float64; the gain term is an FFT
  self-convolution of q_n = b_n*P_n (zero-padded to 2N, so no wrap-around; exponentially
  weighted, so that its round-off is relative to each term and not to the largest one), the loss
  2*q_n*sum(q). Integrated by scipy's DOP853 with tight tolerances. The reference for b = 1 is
  the closed form (5.7); for b = sqrt(k*m) it is valid while the front stays below N (t <~ 2).
* :class:`LogGrid` / :func:`solve_log_grid`: a number- and mass-conserving fixed-pivot grid
  (Kumar & Ramkrishna 1996): sizes 1..K exactly, then geometric pivots x_{i+1} = rho*x_i up to
  ``x_max`` (1e30..1e45). The aggregate of an (i, j) event, of size v = x_i + x_j, is shared
  between the two pivots around v so that both number and mass are conserved exactly. The
  per-pair bookkeeping is merged before integration (an event that leaves a big cluster in its
  own cell only moves the fraction (v - x_k)/(x_{k+1} - x_k) onward), which removes the
  artificial stiffness of big clusters absorbing monomers; the state is the mass per pivot
  (x_i*N_i, all of order 1e-2 at large t, so absolute tolerances mean the same everywhere).
  Truncation: an event whose aggregate lands beyond x_max loses its mass (reported as
  ``1 - I_1``). Grid-ratio and tolerance convergence are measured in the tests and by the
  model's claims (rho = 1.1 vs 1.05).
* :func:`solve_mp_closed`: precision-generic (mpmath context) integration of the b = 1 system
  for sizes 1..N with the total density S = sum P_k as an extra unknown (dS/dt = -S**2 closes the
  hierarchy exactly), used at 30+ digits to verify (5.3)-(5.7). :func:`solve_mp_truncated` does
  the same for any kernel matrix with the loss truncated at N (exact to O(t**N), used for the
  perturbative expansions of Sec. 2).
* :func:`fourier_density`: the L-resolved equation (5.10) through its exact Fourier solution
  (5.13): P(Q, t) = 1/((1+t)**2 (1/P0'(Q) - G(Q, t))), with
  G = Integral(exp(-i*kappa*y)/(1+y)**2, (y, 0, t)), kappa = 3Q/chi, in closed form through the
  exponential integral E_2; P(L, t) by FFT inversion on a wide L grid (float64; the Gaussian
  initial law makes P(Q) decay like a Gaussian, so the inversion is spectrally accurate).

Units: t, L, Q are dimensionless (the model's natural units: hbar = k_B = 1, energies in K).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import scipy.special as sps
from scipy.integrate import solve_ivp

__all__ = [
    "exact_constant_kernel",
    "solve_exact_sizes",
    "ExactSolution",
    "LogGrid",
    "LogSolution",
    "solve_log_grid",
    "solve_mp_closed",
    "solve_mp_truncated",
    "G_closed",
    "fourier_PQ",
    "fourier_density",
]


# ----------------------------------------------------------------------------------------------
# closed forms used as references
# ----------------------------------------------------------------------------------------------
def exact_constant_kernel(n: np.ndarray, t: float) -> np.ndarray:
    """Eq. (5.7): P_n(t) = (t/(1+t))**(n-1)/(1+t)**2, the b = 1 solution (float64, vectorized)."""
    n = np.asarray(n, dtype=float)
    return np.exp((n - 1) * (math.log(t) - math.log1p(t)) - 2 * math.log1p(t)) if t > 0 else (n == 1).astype(float)


# ----------------------------------------------------------------------------------------------
# exact sizes 1..N, FFT gain
# ----------------------------------------------------------------------------------------------
def kernel_weights(kernel: str | Callable[[np.ndarray], np.ndarray], sizes: np.ndarray) -> np.ndarray:
    """b_n of a product kernel b_km = b_k*b_m: ``"const"`` (b = 1), ``"sqrt"`` (b_n = sqrt(n)) or a callable."""
    if kernel == "const":
        return np.ones_like(sizes, dtype=float)
    if kernel == "sqrt":
        return np.sqrt(sizes.astype(float))
    return np.asarray(kernel(sizes), dtype=float)


@dataclass
class ExactSolution:
    """P[i, n-1] = P_n(t[i]) for sizes n = 1..N; ``I1`` the mass at each time (1 minus what the
    truncation lost), ``J`` = Integral(I_{1/2}, (t, 0, t[i])) integrated with the system."""

    t: np.ndarray
    P: np.ndarray
    I1: np.ndarray
    J: np.ndarray
    kernel: str
    N: int

    def moment(self, m: float) -> np.ndarray:
        n = np.arange(1, self.N + 1, dtype=float)
        return self.P @ n**m


def _fft_gain(q: np.ndarray, nfft: int) -> np.ndarray:
    """gain_n = sum_{k=1}^{n-1} q_k q_{n-k} for n = 1..N (q indexed from size 1).

    The convolution is taken of the exponentially weighted sequence q_k w**k (and the result divided
    by w**n), which is the same sum exactly: sum_k (q_k w**k)(q_(n-k) w**(n-k)) = w**n gain_n. An FFT
    convolution has an absolute round-off error ~1e-16 times the largest term, so without the weight
    the exponentially small tail of a cluster distribution (P_n ~ 1e-8 max P at n ~ 18 t for b = 1)
    carries a relative round-off of ~1e-8..1e-7 that changes from run to run with the FFT length.
    w = exp(lw) is the largest weight that raises no term above the largest one
    (lw = min_k log(max|q|/|q_k|)/k), which flattens a geometric tail; capped so that w**N stays finite."""
    N = q.size
    qa = np.abs(q)
    qm = float(qa.max()) if N else 0.0
    k = np.arange(N, dtype=float)
    nz = (qa > 0) & (k > 0)
    lw = float(np.min((math.log(qm) - np.log(qa[nz])) / k[nz])) if qm > 0 and nz.any() else 0.0
    lw = min(max(lw, 0.0), 700.0 / max(N, 1))
    f = np.fft.rfft(q * np.exp(lw * k), nfft)
    c = np.fft.irfft(f * f, nfft)  # c[m] = sum_{a+b=m} q[a] q[b] w**m  (a, b 0-based: sizes a+1, b+1)
    out = np.zeros(N)
    out[1:] = c[: N - 1] * np.exp(-lw * k[: N - 1])  # size n = a + b + 2 -> index n - 1 = m + 1
    return out


def solve_exact_sizes(kernel: str, N: int, t_eval: Sequence[float], rtol: float = 1e-10, atol: float = 1e-14,
                      fft_factor: int = 1) -> ExactSolution:
    """Integrate (4.6) for sizes 1..N (product kernel ``"const"`` or ``"sqrt"``) from P_n(0) = delta_n1.

    The loss uses the truncated sum over k <= N; the gain of sizes > N is dropped, so the mass
    I_1 = sum n*P_n decreases by what passes N (returned in ``I1``). ``fft_factor`` lengthens the
    zero-padded FFT (same sums, other round-off: the reproducibility measurement)."""
    sizes = np.arange(1, N + 1)
    b = kernel_weights(kernel, sizes)
    nfft = fft_factor * (1 << int(math.ceil(math.log2(2 * N))))
    t_eval = np.asarray(sorted(t_eval), dtype=float)

    def rhs(_t, y):
        P = y[:N]
        q = b * P
        Q = q.sum()
        dP = _fft_gain(q, nfft) - 2.0 * q * Q
        return np.concatenate([dP, [float(np.sum(np.sqrt(sizes) * P))]])

    y0 = np.zeros(N + 1)
    y0[0] = 1.0
    sol = solve_ivp(rhs, (0.0, float(t_eval[-1])), y0, method="DOP853", t_eval=t_eval, rtol=rtol, atol=atol)
    if not sol.success:  # pragma: no cover - reported to the caller
        raise RuntimeError(f"exact-size RG integration failed: {sol.message}")
    P = sol.y[:N].T
    I1 = P @ sizes.astype(float)
    return ExactSolution(sol.t, P, I1, sol.y[N], kernel, N)


# ----------------------------------------------------------------------------------------------
# fixed-pivot log grid
# ----------------------------------------------------------------------------------------------
@dataclass
class LogGrid:
    """Pivots: 1..K exactly, then x_i = K*rho**(i-K) up to x_max; precomputed pair bookkeeping.

    ``entries``: for every unordered pair {i, j} (i <= j) the merged net changes of the pivot
    numbers per event, as flat arrays (pair index, pivot index, coefficient). The event rate of
    an unordered pair is mult*b_i*b_j*N_i*N_j with mult = 2 for i != j, 1 for i == j."""

    K: int = 64
    rho: float = 1.1
    x_max: float = 1e40
    x: np.ndarray = field(init=False)
    width: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        exact = np.arange(1, self.K + 1, dtype=float)
        n_geo = int(math.ceil(math.log(self.x_max / self.K) / math.log(self.rho)))
        geo = self.K * self.rho ** np.arange(1, n_geo + 1, dtype=float)
        self.x = np.concatenate([exact, geo])
        # width of the size interval a pivot stands for (for densities per unit n)
        edges = np.concatenate([[0.5], 0.5 * (self.x[1:] + self.x[:-1]), [self.x[-1] * math.sqrt(self.rho)]])
        edges[: self.K + 1] = np.arange(self.K + 1) + 0.5
        self.width = np.diff(edges)
        self._build()

    @property
    def M(self) -> int:
        return self.x.size

    def _build(self) -> None:
        x, M = self.x, self.M
        ii, jj = np.triu_indices(M)
        v = x[ii] + x[jj]
        k = np.searchsorted(x, v, side="right") - 1  # x[k] <= v < x[k+1]
        lost = v > x[-1] * (1 + 1e-12)
        inside = ~lost
        kk = np.clip(k, 0, M - 2)
        lo, hi = x[kk], x[kk + 1]
        # share of the aggregate sent to k+1: (v - x_k)/(x_{k+1} - x_k), with v - x_k formed as
        # (x_j - x_k) + x_i (x_j >= x_i): exact when the aggregate stays in the cell of x_j (k = j), where
        # v itself may round to x_j (a monomer joining a cluster of 1e20 would otherwise lose its mass)
        dv = (x[jj] - lo) + x[ii]
        frac_hi = np.where(inside, dv / (hi - lo), 0.0)
        frac_hi = np.where(inside & (dv == 0.0), 0.0, frac_hi)
        frac_lo = 1.0 - frac_hi
        n = ii.size
        pair = np.arange(n)
        # raw entries: -1 at i, -1 at j (i == j: -2 at i), +frac_lo at k, +frac_hi at k+1
        P_idx = [ii, jj, kk, kk + 1]
        C = [-np.ones(n), -np.ones(n), np.where(inside, frac_lo, 0.0), np.where(inside, frac_hi, 0.0)]
        # merge: if k == i, the -1 at i and +frac_lo at k combine to -frac_hi (computed, no cancellation)
        same_ki = inside & (kk == ii)
        C[0] = np.where(same_ki, -frac_hi, C[0])
        C[2] = np.where(same_ki, 0.0, C[2])
        same_kj = inside & (kk == jj) & ~same_ki
        C[1] = np.where(same_kj, -frac_hi, C[1])
        C[2] = np.where(same_kj, 0.0, C[2])
        idx = np.concatenate(P_idx)
        coef = np.concatenate(C)
        pr = np.concatenate([pair] * 4)
        keep = coef != 0.0
        self.pair_i, self.pair_j = ii, jj
        self.mult = np.where(ii == jj, 1.0, 2.0)
        self.lost_mass_per_event = np.where(lost, v, 0.0)
        self.e_pair, self.e_idx, self.e_coef = pr[keep], idx[keep], coef[keep]
        # sort entries by target pivot for a faster bincount
        from scipy.sparse import csr_matrix

        self.A = csr_matrix((self.e_coef, (self.e_idx, self.e_pair)), shape=(M, n))
        self.A.sum_duplicates()

    def rhs_numbers(self, N: np.ndarray, b: np.ndarray) -> np.ndarray:
        q = b * N
        r = self.mult * q[self.pair_i] * q[self.pair_j]
        return self.A @ r


@dataclass
class LogSolution:
    """Numbers N[i, p] at pivot p and time t[i] on ``grid``; densities per unit size are
    N/width (exact for sizes <= K)."""

    t: np.ndarray
    N: np.ndarray
    grid: LogGrid
    kernel: str
    J: np.ndarray  # Integral(I_{1/2}, (t, 0, t_i))
    sol: object = None

    def moment(self, m: float, i: int | None = None) -> np.ndarray:
        w = self.grid.x**m
        return self.N @ w if i is None else self.N[i] @ w

    @property
    def I1(self) -> np.ndarray:
        return self.moment(1.0)

    def density(self, i: int) -> np.ndarray:
        """P_n per unit n at the pivots, time index i."""
        return self.N[i] / self.grid.width

    def log_front(self, i: int) -> dict[str, float]:
        """Front measures at time index i: mass-weighted mean of ln n (equals (2/3) ln n_max for
        the scaling form, whose mass density in ln n rises linearly up to ln n_max), the peak
        of the mass density in ln n, and the ln n below which 99% of the mass lies."""
        x = self.grid.x
        m = self.N[i] * x
        total = m.sum()
        ln = np.log(x)
        mean_ln = float((m * ln).sum() / total)
        dln = np.gradient(ln)
        dens = m / dln
        c = np.cumsum(m) / total
        q99 = float(np.interp(0.99, c, ln))
        return {"mean_ln": mean_ln, "ln_nmax_from_mean": 1.5 * mean_ln, "peak_ln": float(ln[np.argmax(dens)]), "ln_q99": q99}


def solve_log_grid(kernel: str, t_eval: Sequence[float], K: int = 64, rho: float = 1.1, x_max: float = 1e40,
                   rtol: float = 1e-7, atol: float = 1e-13, method: str = "RK45") -> LogSolution:
    """Integrate (4.6) with a product kernel on a fixed-pivot log grid from P_n(0) = delta_n1.

    The state is the mass per pivot m_p = x_p*N_p plus J = Integral(I_{1/2}); the mass lost past
    ``x_max`` shows as 1 - I_1."""
    grid = LogGrid(K, rho, x_max)
    b = kernel_weights(kernel, grid.x)
    x = grid.x
    sqrtx = np.sqrt(x)
    t_eval = np.asarray(sorted(t_eval), dtype=float)

    def rhs(_t, y):
        N = y[:-1] / x
        dN = grid.rhs_numbers(N, b)
        return np.concatenate([dN * x, [float(sqrtx @ N)]])

    y0 = np.zeros(grid.M + 1)
    y0[0] = 1.0
    sol = solve_ivp(rhs, (0.0, float(t_eval[-1])), y0, method=method, t_eval=t_eval, rtol=rtol, atol=atol, dense_output=False)
    if not sol.success:  # pragma: no cover
        raise RuntimeError(f"log-grid RG integration failed: {sol.message}")
    N = (sol.y[:-1] / x[:, None]).T
    return LogSolution(sol.t, N, grid, kernel, sol.y[-1], sol)


# ----------------------------------------------------------------------------------------------
# precision-generic small systems (mpmath context passed in)
# ----------------------------------------------------------------------------------------------
def taylor_quadratic(ctx, bilinear, y0, t, radius):
    """Integrate y_i' = sum_(c, a, b) c*y_a*y_b (terms listed per component in ``bilinear``) from 0 to t by
    Taylor series (coefficients by the Cauchy-product recursion, exact for quadratic systems), precision-generic.

    ``radius(t0)`` is a lower bound of the distance from t0 to the nearest complex singularity; each step
    is a quarter of it, so the series converges like 4**-k and k = dps*log(10)/log(4) + 10 terms suffice."""
    t = ctx.mpf(t)
    y = [ctx.mpf(v) for v in y0]
    K = int(ctx.dps * math.log(10) / math.log(4)) + 10
    t0 = ctx.zero
    while t0 < t:
        h = min(radius(t0) / 4, t - t0)
        coef = [[v] for v in y]  # coef[i][k]
        for k in range(K):
            new = []
            for terms in bilinear:
                acc = ctx.zero
                for c, a, b in terms:
                    ya, yb = coef[a], coef[b]
                    acc += c * ctx.fsum(ya[m] * yb[k - m] for m in range(k + 1))
                new.append(acc / (k + 1))
            for i, v in enumerate(new):
                coef[i].append(v)
        y = [ctx.polyval(list(reversed(ci)), h) for ci in coef]
        t0 = t0 + h
    return y


def solve_mp_closed(ctx, N: int, t) -> list:
    """b = 1 system for sizes 1..N plus S = sum_k P_k (dS/dt = -S**2): exact hierarchy, no
    truncation. Returns [S, P_1, ..., P_N] at t (mpmath numbers of ``ctx``). Taylor integration; the
    solution is rational in t with its only pole at t = -1."""
    bil = [[(-1, 0, 0)]]  # S' = -S^2; index 0 = S, index n = P_n
    for n in range(1, N + 1):
        terms = [(-2, n, 0)] + [(1, k, n - k) for k in range(1, n)]
        bil.append(terms)
    y0 = [1, 1] + [0] * (N - 1)
    return taylor_quadratic(ctx, bil, y0, t, lambda t0: 1 + t0)


def solve_mp_truncated(ctx, b: Callable[[int, int], object], N: int, t) -> list:
    """Any kernel b(k, m) for sizes 1..N, loss truncated at k <= N (the neglected part of the
    loss of P_n is O(t**N)). Returns [P_1, ..., P_N] at t (Taylor integration; for t <~ 0.2)."""
    bil = []
    for n in range(1, N + 1):
        terms = [(-2 * ctx.mpf(b(k, n)), n - 1, k - 1) for k in range(1, N + 1)]
        terms += [(ctx.mpf(b(k, n - k)), k - 1, n - k - 1) for k in range(1, n)]
        bil.append(terms)
    y0 = [1] + [0] * (N - 1)
    return taylor_quadratic(ctx, bil, y0, t, lambda t0: ctx.mpf(1) / 2)


# ----------------------------------------------------------------------------------------------
# Fourier route for the L-resolved equation (5.10)
# ----------------------------------------------------------------------------------------------
def G_closed(kappa: np.ndarray, t: float) -> np.ndarray:
    """Integral(exp(-1j*kappa*y)/(1+y)**2, (y, 0, t)) = e^{i kappa}[E_2(i kappa) - E_2(i kappa (1+t))/(1+t)]
    (E_2(z) = exp(-z) - z*E_1(z)); kappa -> 0 gives t/(1+t). float64, vectorized."""
    kappa = np.asarray(kappa, dtype=float)
    out = np.empty(kappa.shape, dtype=complex)
    small = np.abs(kappa) * (1 + t) < 1e-6
    k = kappa[~small]

    def E2(z):
        return np.exp(-z) - z * sps.exp1(z)

    z1, z2 = 1j * k, 1j * k * (1 + t)
    out[~small] = np.exp(1j * k) * (E2(z1) - E2(z2) / (1 + t))
    ks = kappa[small]
    out[small] = t / (1 + t) - 1j * ks * (math.log1p(t) - t / (1 + t))
    return out


def fourier_PQ(Q: np.ndarray, t: float, chi: float, P0Q: np.ndarray) -> np.ndarray:
    """Eq. (5.13): P(Q, t) = 1/((1+t)**2*(1/P0'(Q) - G(3Q/chi, t))), evaluated as
    P0'/((1+t)**2 (1 - P0' G)) (no overflow where P0'(Q) underflows)."""
    return P0Q / ((1 + t) ** 2 * (1.0 - P0Q * G_closed(3 * np.asarray(Q) / chi, t)))


def gaussian_law_Q(Q: np.ndarray, Ls: float, s: float) -> np.ndarray:
    """Transform (convention P(Q) = Integral(P(L) exp(-i Q L), L)) of a normal law of L (mean Ls < 0, width s)."""
    return np.exp(-1j * Q * Ls - 0.5 * (Q * s) ** 2)


def exponential_law_Q(Q: np.ndarray, absLs: float) -> np.ndarray:
    """Transform of the exponential law P0'(L) = exp(L/|L*|)/|L*| (L < 0): 1/(1 - i Q |L*|)."""
    return 1.0 / (1.0 - 1j * np.asarray(Q) * absLs)


@lru_cache(maxsize=32)
def fourier_density(t: float, chi: float, Ls: float, law: str = "exp", s: float = 2.0, L_min: float | None = None,
                    n: int = 1 << 18) -> tuple[np.ndarray, np.ndarray]:
    """P(L, t) of (5.10) (theta functions dropped, b = 1) by FFT inversion of (5.13) on L in [L_min, -L_min)
    (default L_min = -(20 + 10*(1+t))*|Ls|: the tail exp(-|L|/((1+t)|L~|)) is spent well inside, and dQ
    resolves the pole at Q ~ -i/((1+t)|L~|)).

    ``law="exp"``: P0'(L) = exp(L/|L*|)/|L*| (L < 0), mean Ls = -|L*|; its jump at L = 0 is taken out
    analytically (the surviving single-centre part P0'(L)/(1+t)**2), the rest decays like 1/Q**2.
    ``law="normal"``: a normal law of mean Ls and width s (smooth)."""
    if L_min is None:
        L_min = -(20.0 + 10.0 * (1 + t)) * abs(Ls)
    span = -2 * L_min
    dL = span / n
    L = L_min + dL * np.arange(n)
    Q = 2 * np.pi * np.fft.fftfreq(n, d=dL)
    if law == "exp":
        P0Q = exponential_law_Q(Q, abs(Ls))
        PQ = fourier_PQ(Q, t, chi, P0Q) - P0Q / (1 + t) ** 2
        direct = np.where(L < 0, np.exp(np.minimum(L, 0) / abs(Ls)) / abs(Ls), 0.0) / (1 + t) ** 2
    else:
        PQ = fourier_PQ(Q, t, chi, gaussian_law_Q(Q, Ls, s))
        direct = 0.0
    # P(L) = (1/2pi) sum_Q P(Q) e^{iQL} dQ on L = L_min + dL*m
    dQ = 2 * np.pi / span
    vals = np.fft.ifft(PQ * np.exp(1j * Q * L_min)) * n * dQ / (2 * np.pi)
    return L, vals.real + direct


# ----------------------------------------------------------------------------------------------
# cached runs used by the model's claims
# ----------------------------------------------------------------------------------------------
ENGINE_VERSION = "rg-4"  # rg-4: 340 stored times (the linear interpolation in log t between them errs 4x less)
SQRT_RUN = {"t_end": 120.0, "rho": 1.1, "K": 64, "x_max": 1e45, "rtol": 1e-3}
T_GRID = tuple(sorted(set(float(v) for v in np.geomspace(0.01, 120.0, 329)) | {0.0, 0.5, 1.0, 2.0, 4.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0}))


def _cache_dir():
    import os
    from pathlib import Path

    root = os.environ.get("VITRUM_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "vitrum")
    path = Path(root) / "rg"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


@dataclass
class GridRun:
    """A stored log-grid solution on ``T_GRID``: numbers N[i, p], pivots x, widths, J."""

    t: np.ndarray
    N: np.ndarray
    x: np.ndarray
    width: np.ndarray
    J: np.ndarray
    params: dict

    def at(self, t: float) -> np.ndarray:
        """Numbers at time t (linear interpolation in log t between stored times; exact at grid times)."""
        i = int(np.searchsorted(self.t, t))
        if i < len(self.t) and abs(self.t[i] - t) <= 1e-12 * max(1.0, t):
            return self.N[i]
        if i == 0 or i >= len(self.t):
            raise ValueError(f"t = {t} outside the stored run [0, {self.t[-1]}]")
        t0, t1 = self.t[i - 1], self.t[i]
        u = (math.log(t) - math.log(t0)) / (math.log(t1) - math.log(t0)) if t0 > 0 else (t - t0) / (t1 - t0)
        return (1 - u) * self.N[i - 1] + u * self.N[i]

    def moment(self, m: float, t: float) -> float:
        return float(self.at(t) @ self.x**m)

    def density(self, t: float) -> np.ndarray:
        return self.at(t) / self.width

    def J_at(self, t: float) -> float:
        return float(np.interp(t, self.t, self.J))

    def front(self, t: float) -> float:
        """ln n_max(t) := 1.5 * mass-weighted mean of ln n (the scaling form's mass density in ln n
        rises linearly to ln n_max, whose mean is (2/3) ln n_max)."""
        m = self.at(t) * self.x
        return float(1.5 * (m * np.log(self.x)).sum() / m.sum())

    def scaled(self, t: float) -> tuple[np.ndarray, np.ndarray]:
        """(ln n, n**2 * t * P_n) at time t."""
        return np.log(self.x), self.x**2 * t * self.density(t)

    def rate(self, t: float) -> np.ndarray:
        """dN/dt at the pivots at time t: the right side of the discretized (4.6) evaluated on the stored
        numbers (exact for the discrete system at a stored time; no finite difference in t)."""
        p = self.params
        grid = _log_grid(int(p["K"]), float(p["rho"]), float(p["x_max"]))
        if grid.M != self.x.size or not np.array_equal(grid.x, self.x):  # pragma: no cover - a run from another grid
            raise ValueError("the stored run does not match its grid parameters")
        return grid.rhs_numbers(self.at(t), np.sqrt(grid.x))


@lru_cache(maxsize=2)
def _log_grid(K: int, rho: float, x_max: float) -> LogGrid:
    return LogGrid(K, rho, x_max)


@lru_cache(maxsize=4)
def sqrt_kernel_run(t_end: float = SQRT_RUN["t_end"], rho: float = SQRT_RUN["rho"], K: int = SQRT_RUN["K"],
                    x_max: float = SQRT_RUN["x_max"], rtol: float = SQRT_RUN["rtol"]) -> GridRun:
    """The b = sqrt(k*m) solution on the log grid, stored at ``T_GRID`` (t <= t_end); cached in
    memory and on disk ($VITRUM_CACHE_DIR/rg, default ~/.cache/vitrum/rg), keyed by the engine
    version, the grid parameters and T_GRID (~8 s at rho = 1.1, ~1 s at 1.2, ~26 s at 1.05).

    Measured accuracy of the default run (rho = 1.1, rtol 1e-3) against the continuum limit of the grid,
    extrapolated from rho = 1.1, 1.05, 1.025 (every observable converges like (rho - 1)**1.7: its error falls
    by 3.2-3.4 per halving of rho - 1): t*P, t*I_1/2, t*P_1 <= 3e-4; the shares of I_1/2 <= 5e-4;
    ln n_max <= 8.4e-4; n**2*t*P_n (t = 50, 100, log n = 5..30) <= 4.5e-3; I_3/2, I_2/I_1 ~1-3% (front
    moments); the density at n = 100 near its maximum in t <= 2%. rtol 1e-6 changes nothing above 1e-6.
    Between the 340 stored times the numbers are interpolated linearly in log t: low moments, shares and
    ln n_max to <~2.5e-4, densities inside the front to ~1e-3, but the front moments not (I_2 15% off
    near t = 100). The per-observable figures are stated in the model (vitrum/models/multicenter.py,
    SQRT_OBSERVABLES)."""
    params = {"t_end": t_end, "rho": rho, "K": K, "x_max": x_max, "rtol": rtol}
    key = f"{ENGINE_VERSION}_sqrt_{t_end:g}_{rho:g}_{K}_{x_max:g}_{rtol:g}".replace("+", "")
    d = _cache_dir()
    path = d / f"{key}.npz" if d is not None else None
    if path is not None and path.exists():
        try:
            z = np.load(path)
            return GridRun(z["t"], z["N"], z["x"], z["width"], z["J"], params)
        except Exception:  # a broken cache file: recompute
            pass
    lock = None
    if path is not None:
        import fcntl

        lock = open(str(path) + ".lock", "w")
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process computing the same run: wait for it
        if path.exists():
            try:
                z = np.load(path)
                fcntl.flock(lock, fcntl.LOCK_UN)
                lock.close()
                return GridRun(z["t"], z["N"], z["x"], z["width"], z["J"], params)
            except Exception:
                pass
    try:
        ts = [v for v in T_GRID if v <= t_end]
        sol = solve_log_grid("sqrt", ts, K=K, rho=rho, x_max=x_max, rtol=rtol)
        run = GridRun(sol.t, sol.N, sol.grid.x, sol.grid.width, sol.J, params)
        if path is not None:
            import os

            tmp = str(path) + f".{os.getpid()}.tmp.npz"
            np.savez(tmp, t=run.t, N=run.N, x=run.x, width=run.width, J=run.J)
            os.replace(tmp, path)
        return run
    finally:
        if lock is not None:
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()


@lru_cache(maxsize=4)
def const_kernel_run(N: int = 4096, t_end: float = 100.0) -> ExactSolution:
    """The b = 1 solution for sizes 1..N on a few times up to t_end (FFT engine, rtol 1e-10).

    Measured (N = 4096, the 9 stored times): |I_1 - 1| <= 7.2e-14; largest relative deviation from (5.7)
    over P_n > 1e-8 max P <= 1.1e-7 (the ODE error: <= 1.5e-10 at rtol 1e-13), and that deviation is
    reproducible to 9.1e-4 relative under round-off changes (FFT length 2x, 4x)."""
    ts = [0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0]
    return solve_exact_sizes("const", N, [v for v in ts if v <= t_end])
