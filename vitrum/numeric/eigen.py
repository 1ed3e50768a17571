"""High-precision 1-D Schroedinger eigenvalues: ``-c*psi'' + V(x)*psi = E*psi`` on the real line.

Two routes, one refinement:

* **Polynomial V** (the soft-potential family ``K1*X**2 + K2*X**3 + X**4``, harmonic and sextic
  test potentials): the Hamiltonian in a shifted and scaled harmonic-oscillator (Hermite-function)
  basis, ``x = c + s*(a + a^dagger)/sqrt(2)``, is a *banded* symmetric matrix (half-bandwidth
  max(2, degree of V)) whose elements are algebraic numbers. It is built and refined in exact
  fixed-point integer arithmetic (Python integers scaled by 2**P, P = working precision + 32
  bits), which is an order of magnitude faster than mpf objects and just as precision-generic.
* **Any other smooth V** (``cosh``, ``sech``, Morse-like, growing at infinity): a sinc
  discrete-variable representation on a truncated grid (dense matrix, mpmath arithmetic,
  spectrally accurate for potentials analytic in a strip; slower: for tests and moderate sizes).

In both, float64 (LAPACK) gives the approximate spectrum and eigenvectors; each requested level
is then refined at the working precision by shifted *subspace* inverse iteration on clusters of
nearly degenerate levels (a tunneling doublet is refined as a pair, so its splitting is resolved
however small it is, given the precision), ending with a Rayleigh-Ritz step whose error is the
square of the residual. An even potential (odd coefficients exactly 0, basis centred at 0) is
solved in its two parity blocks, where a doublet is never a cluster.

The basis (centre, scale, size) is planned from the potential and the wanted number of digits:
the classically allowed region at the top requested level (Bohr-Sommerfeld estimate) is
extended on each side until the WKB decay ``exp(-Integral(sqrt(V - E)))`` reaches 10**-digits;
the size follows from the phase-space area of that box (calibrated: 0.8 of the area estimate
plus 16 functions leaves >= 10 spare digits on the soft-potential family). Because the size grows
with the precision, evaluating at two precisions (what :func:`levels` and the vitrum reference
do) also compares two resolutions: the truncation error is certified with the rounding error.

Accuracy contract of :func:`spectrum` (precision-generic, for numeric definitions): each level
has absolute error below ``10**-(ctx.dps) * max(1, |E|)``; a difference of two levels that is tiny
relative to the levels needs :func:`gap`, which raises the precision by the digits the
cancellation costs.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> [mpmath.nstr(e, 15) for e in levels(x**4, x, 3, dps=20)]
['1.06036209048418', '3.79967302980139', '7.45569793798674']
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import mpmath
import numpy as np
from mpmath.libmp import to_fixed
from scipy.linalg import eig_banded

__all__ = ["levels", "spectrum", "gap", "expectations", "matrix_element", "second_derivatives", "perturbation", "float_expectations", "poly_coefficients", "Plan", "plan_basis",
           "UncertifiedLevels"]

EXTRA = 15  # the certification repeats at dps + 10 and dps + 10 + EXTRA digits
GUARD_BITS = 32


class UncertifiedLevels(ArithmeticError):
    """Two precisions/resolutions disagree on more digits than requested."""


# --- potentials -----------------------------------------------------------------------------------
def poly_coefficients(V, x) -> list | None:
    """Coefficients [v0, v1, ..., vd] (sympy numbers) of V as a polynomial in x, or None when V is
    not a polynomial with numeric coefficients. Raises ValueError for a polynomial that is not
    bounded below (odd degree or negative leading coefficient)."""
    import sympy as sp

    V = sp.sympify(V)
    if not V.is_polynomial(x):
        return None
    poly = sp.Poly(sp.expand(V), x)
    if any(not c.is_number for c in poly.all_coeffs()):
        return None
    coeffs = list(reversed(poly.all_coeffs()))
    if len(coeffs) < 3 or (len(coeffs) - 1) % 2 or coeffs[-1] <= 0:
        raise ValueError(f"potential {V} is not bounded below (needs even degree >= 2, positive leading coefficient)")
    return coeffs


def _to_ctx(ctx, v):
    """A number (int, float, mpf of any context, sympy number) as a number of ``ctx``."""
    if isinstance(v, (int, float)) or hasattr(v, "_mpf_"):
        return ctx.mpf(v)
    import sympy as sp

    v = sp.sympify(v)
    if v.is_Rational:
        return ctx.mpf(int(v.p)) / int(v.q)
    return ctx.mpf(str(sp.N(v, ctx.dps + 10)))


def _poly_eval(coeffs, x):
    out = 0 * x
    for cf in reversed(coeffs):
        out = out * x + cf
    return out


# --- planning the basis ----------------------------------------------------------------------------
class Plan:
    """Basis of the Hermite-function route: centre ``c``, scale ``s``, size ``N`` (box [lo, hi]);
    for the sinc route, grid ``c + s*i`` for i < N."""

    def __init__(self, c: float, s: float, N: int, lo: float, hi: float, digits: float):
        self.c, self.s, self.N, self.lo, self.hi, self.digits = c, s, N, lo, hi, digits

    def __repr__(self) -> str:
        return f"Plan(c={self.c:.6g}, s={self.s:.6g}, N={self.N}, box=[{self.lo:.4g}, {self.hi:.4g}], digits={self.digits:.0f})"

    def key(self):
        return (self.c, self.s, self.N)


def _box(f, E, digits, lo_w, hi_w):
    """[lo, hi] beyond which every state below E is smaller than 10**-digits: the WKB decay
    Integral(sqrt(V - E)) from the outermost turning points reaches digits*log(10) + 4.
    Returns None when the window is too small."""
    xs = np.linspace(lo_w, hi_w, 40001)
    vs = f(xs)
    allowed = np.nonzero(vs <= E)[0]
    if len(allowed) == 0 or allowed[0] == 0 or allowed[-1] == len(xs) - 1:
        return None
    need = digits * math.log(10.0) + 4.0
    kappa = np.sqrt(np.clip(vs - E, 0.0, None))
    dx = xs[1] - xs[0]
    right = np.cumsum(kappa[allowed[-1]:]) * dx
    left = np.cumsum(kappa[allowed[0]::-1]) * dx
    ir = np.searchsorted(right, need)
    il = np.searchsorted(left, need)
    if ir >= len(right) or il >= len(left):
        return None
    return xs[allowed[0] - il], xs[allowed[-1] + ir]


def plan_basis(coeffs: Sequence | None, n: int, digits: float, kind: str = "hermite", f=None, window=None,
               symmetric: bool = False, kinetic: float = 1.0) -> Plan:
    """Plan the basis for the lowest ``n`` levels to ``digits`` digits (kinetic coefficient
    ``kinetic``: the problem is planned as -d2/dx2 + V/kinetic).

    The box [lo, hi] is where the WKB tail of level n + 1 (Bohr-Sommerfeld energy) reaches
    10**-digits; with the largest local wavenumber k in the box and the half-width L, the
    Hermite basis gets the scale s = sqrt(L/k) and the size N = 0.8*L*k/2 + 16 (the HO basis of
    size N spans the phase-space disc of radius sqrt(2N); the estimate is conservative, 0.8 of it
    measured to leave >= 10 spare digits on quartic and double-well potentials). The sinc grid
    gets the spacing h = pi/(k + digits*log(10)/L + 2).
    """
    if f is None:
        cf = [float(v) / kinetic for v in coeffs]

        def f(xs):
            return _poly_eval(cf, np.asarray(xs, dtype=float))

        if window is None:
            d = len(cf) - 1
            crit = np.roots([k * cf[k] for k in range(d, 0, -1)])
            crit = [r.real for r in crit if abs(r.imag) < 1e-9 * (1 + abs(r))] or [0.0]
            scale = max(1.0, max(abs(r) for r in crit))
            window = (min(crit) - 4 * scale - 4, max(crit) + 4 * scale + 4)
    lo_w, hi_w = window
    xs = np.linspace(lo_w, hi_w, 40001)
    vs = f(xs)
    vmin = float(vs.min())
    dx = xs[1] - xs[0]
    target = 2 * math.pi * (n + 1.5)

    def area(E):
        return 2.0 * np.sum(np.sqrt(np.clip(E - vs, 0.0, None))) * dx

    a, b = vmin, vmin + 1.0
    while area(b) < target:
        b = vmin + 2.0 * (b - vmin)
    for _ in range(60):
        m = 0.5 * (a + b)
        a, b = (m, b) if area(m) < target else (a, m)
    E_top = b
    box = None
    for _ in range(30):
        box = _box(f, E_top, digits, lo_w, hi_w)
        if box is not None:
            break
        span = hi_w - lo_w
        lo_w, hi_w = lo_w - span / 2, hi_w + span / 2
    if box is None:
        raise ValueError("cannot plan a basis: the potential does not confine the requested levels")
    lo, hi = box
    if symmetric:
        hi = max(hi, -lo)
        lo = -hi
    L = 0.5 * (hi - lo)
    c = 0.0 if symmetric else 0.5 * (hi + lo)
    vbox = f(np.linspace(lo, hi, 4001))
    k = math.sqrt(max(float(vbox.max()) - vmin, 1.0))
    if kind == "hermite":
        s = math.sqrt(L / k)
        N = int(0.8 * L * k / 2.0) + 16
        return Plan(c, s, N, lo, hi, digits)
    h = math.pi / (k + digits * math.log(10.0) / max(L, 1.0) + 2.0)
    N = int((hi - lo) / h) + 1
    return Plan(lo, h, N, lo, hi, digits)


# --- fixed-point banded linear algebra (integers scaled by 2**P) ------------------------------------
def _fx(x, P):
    """mpf -> fixed-point integer at scale 2**P."""
    return to_fixed(x._mpf_, P)


def _fx_band(coeffs_fx, c, s, N, P, kinetic_fx, hp):
    """Upper band rows[i][k] = H[i, i + k] (fixed point) of H = kinetic*p**2 + V(c + s*y),
    y = (a + a^dagger)/sqrt(2), in the first N Hermite functions. ``coeffs_fx`` are the fixed-point
    coefficients of V; the shifted polynomial is formed in the mpmath context ``hp``."""
    d = len(coeffs_fx) - 1
    one = hp.one
    cs = [hp.ldexp(hp.mpf(v), -P) for v in coeffs_fx]
    c_, s_ = hp.mpf(c), hp.mpf(s)
    p = [hp.zero] * (d + 1)
    for j in range(d, -1, -1):  # Horner in (c + s*y)
        new = [hp.zero] * (d + 1)
        for k in range(d):
            new[k] += p[k] * c_
            new[k + 1] += p[k] * s_
        new[0] += cs[j]
        p = new
    p_fx = [_fx(v, P) for v in p]
    M = N + d + 2
    ysub = [math.isqrt(((i + 1) << (2 * P)) >> 1) for i in range(M)]  # sqrt((i+1)/2) * 2**P
    H = [dict() for _ in range(M)]
    Pw = [{i: 1 << P} for i in range(M)]  # Y**0
    for j in range(d + 1):
        if j > 0:
            Q = [dict() for _ in range(M)]
            for i in range(M):
                out = Q[i]
                for col, val in Pw[i].items():
                    if col >= 1:
                        out[col - 1] = out.get(col - 1, 0) + ((val * ysub[col - 1]) >> P)
                    if col + 1 < M:
                        out[col + 1] = out.get(col + 1, 0) + ((val * ysub[col]) >> P)
            Pw = Q
        pj = p_fx[j]
        if pj:
            for i in range(N):
                Hi = H[i]
                for col, val in Pw[i].items():
                    if col < N:
                        Hi[col] = Hi.get(col, 0) + ((pj * val) >> P)
    if kinetic_fx:
        inv2s2 = _fx(hp.ldexp(hp.mpf(kinetic_fx), -P) / (2 * s_ * s_), P)
        for i in range(N):
            H[i][i] = H[i].get(i, 0) + (2 * i + 1) * inv2s2
            if i + 2 < N:
                off = -((math.isqrt(((i + 1) * (i + 2)) << (2 * P)) * inv2s2) >> P)
                H[i][i + 2] = H[i].get(i + 2, 0) + off
    b = max(2, d)
    return [[H[i].get(i + k, 0) if i + k < N else 0 for k in range(b + 1)] for i in range(N)], b


def _parity_block(rows, b, parity):
    """Rows of the even (parity 0) or odd (1) block of a band whose odd offsets vanish."""
    N = len(rows)
    bb = b // 2
    return [[rows[i][2 * k] if 2 * k <= b and i + 2 * k < N else 0 for k in range(bb + 1)] for i in range(parity, N, 2)], bb


def _fx_matvec(rows, b, v, P):
    N = len(rows)
    out = [rows[i][0] * v[i] for i in range(N)]
    for k in range(1, b + 1):
        for i in range(N - k):
            h = rows[i][k]
            if h:
                out[i] += h * v[i + k]
                out[i + k] += h * v[i]
    return [o >> P for o in out]


class _FxSolver:
    """LU with partial pivoting of the band (H - sigma) in fixed point, then solves."""

    def __init__(self, rows, b, sigma_fx, P):
        N = len(rows)
        self.N, self.P = N, P
        A = []
        for i in range(N):
            row = {}
            for k in range(-b, b + 1):
                j = i + k
                if 0 <= j < N:
                    v = rows[i][k] if k >= 0 else rows[j][-k]
                    if k == 0:
                        v -= sigma_fx
                    if v:
                        row[j] = v
            A.append(row)
        perm, L = [], []
        for kc in range(N):
            best, bi = -1, kc
            for r in range(kc, min(N, kc + b + 1)):
                v = abs(A[r].get(kc, 0))
                if v > best:
                    best, bi = v, r
            if bi != kc:
                A[kc], A[bi] = A[bi], A[kc]
            perm.append(bi)
            piv = A[kc].get(kc, 0)
            if piv == 0:
                piv = A[kc][kc] = 1
            prow = [(col, pv) for col, pv in A[kc].items() if col > kc]
            mults = []
            for r in range(kc + 1, min(N, kc + b + 1)):
                Ar = A[r]
                v = Ar.pop(kc, 0)
                if not v:
                    continue
                m = (v << P) // piv
                for col, pv in prow:
                    Ar[col] = Ar.get(col, 0) - ((m * pv) >> P)
                mults.append((r, m))
            L.append(mults)
        self.U = [sorted(((c, v) for c, v in row.items() if c > k), key=lambda t: t[0]) for k, row in enumerate(A)]
        self.diag = [A[k][k] for k in range(N)]
        self.L, self.perm = L, perm

    def solve(self, rhs):
        P = self.P
        x = list(rhs)
        for k in range(self.N):
            bi = self.perm[k]
            if bi != k:
                x[k], x[bi] = x[bi], x[k]
            xk = x[k]
            if xk:
                for r, m in self.L[k]:
                    x[r] -= (m * xk) >> P
        for k in range(self.N - 1, -1, -1):
            acc = x[k] << P
            for col, v in self.U[k]:
                acc -= v * x[col]
            x[k] = acc // self.diag[k]
        return x


def _fx_dot(u, v, P):
    return sum(a * b for a, b in zip(u, v)) >> P


def _fx_orthonormalize(vs, P):
    out = []
    for v in vs:
        w = list(v)
        for _ in range(2):
            for q in out:
                c = _fx_dot(q, w, P)
                w = [wi - ((c * qi) >> P) for wi, qi in zip(w, q)]
        nrm = math.isqrt(sum(wi * wi for wi in w))  # scale 2**P
        out.append([(wi << P) // nrm for wi in w])
    return out


def _ritz(B, hp):
    """Eigenvalues (ascending) and eigenvectors of the small symmetric matrix B (mpf, context hp)."""
    k = len(B)
    if k == 1:
        return [B[0][0]], [[hp.one]]
    if k == 2:
        a, d, c = B[0][0], B[1][1], B[0][1]
        m, r = (a + d) / 2, hp.hypot((a - d) / 2, c)
        lam = [m - r, m + r]
        vecs = []
        for l in lam:
            v1, v2 = (c, l - a), (l - d, c)
            v = v1 if abs(v1[0]) + abs(v1[1]) >= abs(v2[0]) + abs(v2[1]) else v2
            nrm = hp.hypot(*v)
            vecs.append([v[0] / nrm, v[1] / nrm] if nrm != 0 else [hp.one, hp.zero])
        return lam, vecs
    Mx = hp.matrix(k, k)
    for i in range(k):
        for j in range(k):
            Mx[i, j] = B[i][j]
    E, Q = hp.eigsy(Mx)
    order = sorted(range(k), key=lambda i: E[i])
    return [E[i] for i in order], [[Q[r, i] for r in range(k)] for i in order]


def _clusters(ev, which, tol):
    """Clusters (lists of indices into ev) of levels whose consecutive gaps are below tol, for the
    clusters that contain a wanted index."""
    groups = [[0]]
    for i in range(1, len(ev)):
        if ev[i] - ev[i - 1] < tol:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [g for g in groups if any(i in which for i in g)]


def _fx_refine(rows, b, P, which, hp, max_iter=80):
    """Refine the levels with indices ``which`` of the band: float64 guesses, then shifted subspace
    inverse iteration per cluster in fixed point, then Rayleigh-Ritz. Returns {index: (level as
    fixed int, vector as list of fixed ints)}."""
    N = len(rows)
    scale_f = 2.0 ** -P
    ab = np.zeros((b + 1, N))
    for i in range(N):
        for k in range(b + 1):
            if i + k < N:
                ab[b - k, i + k] = rows[i][k] * scale_f
    top = min(N - 1, max(which) + 3)
    ev, evec = eig_banded(ab, lower=False, select="i", select_range=(0, top))
    scale = max(1.0, abs(float(ev[-1])), abs(float(ev[0])))
    out = {}
    tol_fx = 1 << (GUARD_BITS - 4)
    for g in _clusters(ev, set(which), 1e-5 * scale):
        sigma_fx = int(float(np.mean(ev[g])) * 2.0**53) << (P - 53) if P > 53 else int(float(np.mean(ev[g])) * 2.0**P)
        solver = _FxSolver(rows, b, sigma_fx, P)
        vs = _fx_orthonormalize([[int(v * 2.0**53) << (P - 53) for v in evec[:, i]] for i in g], P)
        for _ in range(max_iter):
            vs = _fx_orthonormalize([solver.solve(v) for v in vs], P)
            Hv = [_fx_matvec(rows, b, v, P) for v in vs]
            k = len(g)
            B = [[(_fx_dot(vs[i], Hv[j], P) + _fx_dot(vs[j], Hv[i], P)) // 2 for j in range(k)] for i in range(k)]
            # residual of the subspace, H V - V B: it bounds the vector error (eigenvalues converge twice as fast,
            # expectation values and matrix elements only as fast as the vectors)
            res = 0
            for i in range(k):
                r = Hv[i]
                for j in range(k):
                    bj, vj = B[j][i], vs[j]
                    r = [ri - ((bj * vji) >> P) for ri, vji in zip(r, vj)]
                res = max(res, max(abs(ri) for ri in r))
            if res <= tol_fx * scale:
                break
        Bm = [[hp.ldexp(hp.mpf(B[i][j]), -P) for j in range(len(g))] for i in range(len(g))]
        lam, small = _ritz(Bm, hp)
        for j, idx in enumerate(g):
            coeffs = [_fx(small[j][r], P) for r in range(len(g))]
            vec = [sum(coeffs[r] * vs[r][i] for r in range(len(g))) >> P for i in range(N)]
            out[idx] = (_fx(lam[j], P), vec)
    return out


# --- public, precision-generic ---------------------------------------------------------------------------
class _Solved:
    """Levels and eigenvectors (fixed point) of one Hamiltonian: the plan, the scale P, and for
    each level index its (level, vector in the full basis)."""

    def __init__(self, plan, P, levels, vectors, coeffs_fx, rows, b):
        self.plan, self.P, self.levels, self.vectors, self.coeffs_fx = plan, P, levels, vectors, coeffs_fx
        self.rows, self.b = rows, b


@lru_cache(maxsize=256)
def _solve_cached(coeffs_fx: tuple, kinetic_fx: int, P: int, n: int, digits: float, which: tuple) -> _Solved:
    hp = mpmath.MPContext()
    hp.prec = P + 16
    scale_f = 2.0 ** -P
    cf = [v * scale_f for v in coeffs_fx]
    kin = kinetic_fx * scale_f
    symmetric = all(v == 0 for v in coeffs_fx[1::2])
    plan = plan_basis(cf, n, digits, symmetric=symmetric, kinetic=kin)
    rows, b = _fx_band(list(coeffs_fx), plan.c, plan.s, plan.N, P, kinetic_fx, hp)
    levels_, vectors = {}, {}
    if symmetric and plan.c == 0:
        found = []
        for parity in (0, 1):
            idx_wanted = [i for i in which if i % 2 == parity]  # levels of an even potential alternate in parity
            if not idx_wanted:
                continue
            brows, bb = _parity_block(rows, b, parity)
            res = _fx_refine(brows, bb, P, [i // 2 for i in idx_wanted], hp)
            for i in idx_wanted:
                lv, v = res[i // 2]
                full = [0] * plan.N
                full[parity::2] = v
                found.append((i, lv, full))
        for i, lv, v in found:
            levels_[i], vectors[i] = lv, v
    else:
        res = _fx_refine(rows, b, P, list(which), hp)
        for i in which:
            levels_[i], vectors[i] = res[i]
    return _Solved(plan, P, levels_, vectors, coeffs_fx, rows, b)


def _solve(ctx, coeffs, n, which=None, kinetic=1, digits=None) -> _Solved:
    P = ctx.prec + GUARD_BITS
    hp = mpmath.MPContext()
    hp.prec = P + 16
    coeffs_fx = tuple(_fx(hp.mpf(_to_ctx(hp, c)), P) for c in coeffs)
    kin_fx = _fx(hp.mpf(_to_ctx(hp, kinetic)), P)
    digits = ctx.dps + 3 if digits is None else digits
    which = tuple(range(n)) if which is None else tuple(sorted(set(which)))
    return _solve_cached(coeffs_fx, kin_fx, P, max(n, max(which) + 1), float(digits), which)


def _from_fx(ctx, v, P):
    return ctx.ldexp(ctx.mpf(v), -P)


def spectrum(ctx, coeffs: Sequence, n: int, which: Sequence[int] | None = None, kinetic=1, digits: float | None = None):
    """The ``n`` lowest eigenvalues (or those with indices ``which``) of
    -kinetic*d2/dx2 + sum(coeffs[j]*x**j) at the precision of the mpmath context ``ctx``;
    coefficients may be ctx numbers, ints, floats or sympy numbers. ``digits`` (default
    ctx.dps + 3) is the truncation target of the basis (absolute, relative to the level scale)."""
    sol = _solve(ctx, coeffs, n, which, kinetic, digits)
    idx = range(n) if which is None else which
    return [_from_fx(ctx, sol.levels[i], sol.P) for i in idx]


def _operator_band(sol: _Solved, op_coeffs, hp):
    """Band of the multiplication operator sum(op_coeffs[j]*x**j) in the basis of ``sol``."""
    ofx = [_fx(hp.mpf(_to_ctx(hp, c)), sol.P) for c in op_coeffs]
    ofx += [0] * max(0, 3 - len(ofx))
    return _fx_band(ofx, sol.plan.c, sol.plan.s, sol.plan.N, sol.P, 0, hp)


def matrix_element(ctx, coeffs: Sequence, i: int, j: int, op_coeffs: Sequence, kinetic=1):
    """<i| sum(op_coeffs[p]*x**p) |j> between eigenstates i and j (real, normalized; the sign of a
    single matrix element between different states is a phase convention)."""
    sol = _solve(ctx, coeffs, max(i, j) + 1, (i, j), kinetic)
    hp = mpmath.MPContext()
    hp.prec = sol.P + 16
    rows, b = _operator_band(sol, op_coeffs, hp)
    val = _fx_dot(sol.vectors[i], _fx_matvec(rows, b, sol.vectors[j], sol.P), sol.P)
    return _from_fx(ctx, val, sol.P)


def expectations(ctx, coeffs: Sequence, n: int, powers: Sequence[int] = (1, 2, 3), kinetic=1):
    """Levels E_0..E_{n-1} and <x**p>_k for each level: (levels, {p: [<x**p>_0, ...]}).
    Hellmann-Feynman: d E_k / d coeffs[p] = <x**p>_k."""
    sol = _solve(ctx, coeffs, n, None, kinetic)
    hp = mpmath.MPContext()
    hp.prec = sol.P + 16
    out = {}
    for p in powers:
        rows, b = _operator_band(sol, [0] * p + [1], hp)
        out[p] = [_from_fx(ctx, _fx_dot(sol.vectors[k], _fx_matvec(rows, b, sol.vectors[k], sol.P), sol.P), sol.P)
                  for k in range(n)]
    return [_from_fx(ctx, sol.levels[k], sol.P) for k in range(n)], out


def perturbation(ctx, coeffs: Sequence, ks: Sequence[int], powers: Sequence[int] = (2, 3), kinetic=1):
    """Levels and their first and second derivatives with respect to the coefficients:
    {k: (E_k, {p: dE_k/dc_p = <x**p>_k}, {(p, q): d2E_k/(dc_p dc_q)})} for the levels ``ks``.

    Second order: 2*<psi_k| x**q |phi_p>, phi_p = -P (H - E_k)**-1 P (x**p - <x**p>) psi_k, P the
    projector off psi_k (the solve at the exact shift E_k is harmless: the right side is orthogonal
    to the null vector, whose spurious component is projected out). The levels must be
    non-degenerate. The response phi_p converges only linearly in the basis truncation (the levels
    quadratically), so the basis is planned for twice the digits."""
    ks = tuple(sorted(set(ks)))
    sol = _solve(ctx, coeffs, max(ks) + 1, ks, kinetic, digits=2 * (ctx.dps + 3))
    P = sol.P
    hp = mpmath.MPContext()
    hp.prec = P + 16
    bands = {p: _operator_band(sol, [0] * p + [1], hp) for p in powers}
    out = {}
    for k in ks:
        psi = sol.vectors[k]
        solver = _FxSolver(sol.rows, sol.b, sol.levels[k], P)
        Bpsi, phis, first = {}, {}, {}
        for p in powers:
            rows, b = bands[p]
            v = _fx_matvec(rows, b, psi, P)
            mean = _fx_dot(psi, v, P)
            Bpsi[p], first[p] = v, _from_fx(ctx, mean, P)
            r = [-(vi - ((mean * qi) >> P)) for vi, qi in zip(v, psi)]
            x = solver.solve(r)
            c = _fx_dot(psi, x, P)
            phis[p] = [xi - ((c * qi) >> P) for xi, qi in zip(x, psi)]
        second = {(p, q): _from_fx(ctx, 2 * _fx_dot(Bpsi[q], phis[p], P), P) for p in powers for q in powers}
        out[k] = (_from_fx(ctx, sol.levels[k], P), first, second)
    return out


def second_derivatives(ctx, coeffs: Sequence, k: int, powers: Sequence[int] = (2, 3), kinetic=1):
    """d2 E_k/(d coeffs[p] d coeffs[q]) for p, q in ``powers`` (see :func:`perturbation`)."""
    return perturbation(ctx, coeffs, (k,), powers, kinetic)[k][2]


def float_expectations(coeffs: Sequence, n: int, powers: Sequence[int] = (2, 3), kinetic: float = 1.0,
                       plan: Plan | None = None):
    """float64 levels and <x**p> of the n lowest states (a quick scan: about 12 digits; pass one
    ``plan`` for a whole scan to skip the planning). Banded LAPACK only (no level-3 BLAS, which is
    slow under load with threaded OpenBLAS)."""
    cf = [float(c) for c in coeffs]
    plan = plan or plan_basis(cf, n, 13.0, kinetic=kinetic)
    P = 60
    hp = mpmath.MPContext()
    hp.prec = P + 16
    cfx = [_fx(hp.mpf(c), P) for c in cf]
    rows, b = _fx_band(cfx, plan.c, plan.s, plan.N, P, _fx(hp.mpf(kinetic), P), hp)
    N = len(rows)
    ab = np.zeros((b + 1, N))
    for i in range(N):
        for k in range(b + 1):
            if i + k < N:
                ab[b - k, i + k] = rows[i][k] * 2.0**-P
    ev, vec = eig_banded(ab, lower=False, select="i", select_range=(0, n - 1))
    out = {}
    for p in powers:
        orows, ob = _fx_band([0] * p + [1 << P] + [0] * max(0, 2 - p), plan.c, plan.s, N, P, 0, hp)
        diag = [np.array([orows[i][k] * 2.0**-P if i + k < N else 0.0 for i in range(N)]) for k in range(ob + 1)]
        vals = []
        for j in range(n):
            v = vec[:, j]
            acc = float(np.dot(diag[0], v * v))
            for k in range(1, ob + 1):
                acc += 2.0 * float(np.dot(diag[k][: N - k], v[: N - k] * v[k:]))
            vals.append(acc)
        out[p] = vals
    return ev, out


def gap(ctx, coeffs: Sequence, i: int, j: int, kinetic=1):
    """E_j - E_i with ctx.dps correct digits even when the gap is tiny relative to the levels
    (a tunneling doublet): a first pass measures the cancellation, a second one works at
    ctx.dps + (digits lost) + 5 with a basis planned for that many digits."""
    cur = ctx
    lv = spectrum(ctx, coeffs, max(i, j) + 1, (i, j), kinetic)
    for _ in range(8):
        d = lv[1] - lv[0]
        size = max(abs(lv[0]), abs(lv[1]), cur.one)
        lost = cur.dps if d == 0 else max(0, int(math.ceil(-float(cur.log10(abs(d) / size)))))
        if cur.dps - lost >= ctx.dps + 3:
            return ctx.mpf(d)
        hi = mpmath.MPContext()
        hi.prec = max(cur.prec + 40, ctx.prec + int((lost + 8) * 3.33) + 8) if d != 0 else 2 * cur.prec
        lv = spectrum(hi, [_to_ctx(hi, c) for c in coeffs], max(i, j) + 1, (i, j), _to_ctx(hi, kinetic))
        cur = hi
    raise ArithmeticError("gap: levels not separated even at raised precision")


# --- public, certified ---------------------------------------------------------------------------------------
def levels(V, x, n: int, dps: int = 30) -> list:
    """The ``n`` lowest eigenvalues of -d**2/dx**2 + V(x) (V a sympy expression in x, bounded
    below and growing at infinity) with ``dps`` certified digits each.

    The computation is done twice, at dps + 10 and dps + 25 digits of working precision with
    bases planned for those precisions (so with different sizes): the truncation and the rounding
    error are both certified by their agreement. Raises :class:`UncertifiedLevels` otherwise.
    Polynomial V uses the banded Hermite-function route, any other V the dense sinc route.
    """
    coeffs = poly_coefficients(V, x)
    results = []
    for extra in (10, 10 + EXTRA):
        ctx = mpmath.MPContext()
        ctx.dps = dps + extra
        results.append(spectrum(ctx, coeffs, n) if coeffs is not None else _smooth_spectrum(ctx, V, x, n))
    low, high = results
    out = []
    for a, b in zip(low, high):
        if abs(a - b) > mpmath.mpf(10) ** (-dps) * max(abs(b), 1):
            raise UncertifiedLevels(f"levels disagree: {mpmath.nstr(a, dps + 5)} vs {mpmath.nstr(b, dps + 5)}")
        out.append(b)
    return out


# --- the dense sinc-DVR route (any smooth confining V) -------------------------------------------------------
def _dense_as_band(Hm):
    """Upper band storage of a full symmetric matrix (bandwidth N - 1), for LAPACK's banded solver (level-2
    BLAS only: the dense level-3 path is very slow with threaded OpenBLAS on a loaded machine)."""
    N = Hm.shape[0]
    ab = np.zeros((N, N))
    for k in range(N):
        ab[N - 1 - k, k:] = np.diagonal(Hm, k)
    return ab


def _sinc_float_levels(f, lo, hi, h, n):
    xs = np.arange(lo, hi + 1e-12, h)
    N = len(xs)
    d = np.subtract.outer(np.arange(N), np.arange(N))
    T = np.where(d == 0, np.pi**2 / (3 * h * h), 2.0 * (-1.0) ** d / (h * h * np.where(d == 0, 1, d) ** 2))
    return eig_banded(_dense_as_band(T + np.diag(f(xs))), lower=False, select="i", select_range=(0, n - 1), eigvals_only=True)


def _sinc_plan(f, n, digits):
    """Sinc grid for ``digits`` digits: the box from the WKB tail (as for the Hermite route); the
    spacing from the measured exponential convergence of the float64 levels, err(h) ~ C*exp(-a/h),
    fitted on coarse grids against a fine reference and extrapolated (spacing reduced by 10%)."""
    box = plan_basis(None, n, digits, kind="sinc", f=f, window=(-20.0, 20.0))
    lo, hi = box.lo, box.hi
    L = hi - lo
    ref = _sinc_float_levels(f, lo, hi, L / 160, n + 1)
    pts = []
    for m in (16, 24, 36, 54, 80):
        h = L / m
        err = float(np.max(np.abs(_sinc_float_levels(f, lo, hi, h, n + 1) - ref) / np.maximum(1.0, np.abs(ref))))
        if 1e-12 < err < 1e-1:
            pts.append((h, err))
    if len(pts) < 2:
        h = box.s
    else:
        (h1, e1), (h2, e2) = pts[-2], pts[-1]
        a = math.log(e1 / e2) / (1 / h2 - 1 / h1)
        lnC = math.log(e2) + a / h2
        h = 0.9 * a / (lnC + digits * math.log(10.0))
    N = int(L / h) + 1
    return Plan(lo, h, N, lo, hi, digits)


def _smooth_spectrum(ctx, V, x, n):
    """Sinc-DVR for a non-polynomial smooth V (sympy expression in x): the dense matrix is refined
    by the same fixed-point subspace iteration (a band of full width)."""
    import sympy as sp

    f_np = sp.lambdify(x, V, "numpy")

    def f(xs):
        xs = np.asarray(xs, dtype=float)
        return np.asarray(f_np(xs), dtype=float) * np.ones_like(xs)

    P = ctx.prec + GUARD_BITS
    hp = mpmath.MPContext()
    hp.prec = P + 16
    f_mp = sp.lambdify(x, V, modules=[{"exp": hp.exp, "sqrt": hp.sqrt, "cosh": hp.cosh, "sinh": hp.sinh,
                                        "tanh": hp.tanh, "sech": hp.sech, "log": hp.log, "cos": hp.cos,
                                        "sin": hp.sin, "pi": hp.pi}, "mpmath"])
    plan = _sinc_plan(f, n, ctx.dps + 3)
    N, h, x0 = plan.N, hp.mpf(plan.s), hp.mpf(plan.c)
    t_diag = _fx(hp.pi**2 / (3 * h * h), P)
    t_off = [0] + [_fx((2 if dd % 2 == 0 else -2) / (h * h * dd * dd), P) for dd in range(1, N)]
    rows = [[t_diag + _fx(hp.mpf(f_mp(x0 + i * h)), P)] + [t_off[k] for k in range(1, N - i)] + [0] * i for i in range(N)]
    res = _fx_refine(rows, N - 1, P, list(range(n)), hp)
    return [_from_fx(ctx, res[i][0], P) for i in range(n)]
