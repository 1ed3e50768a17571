"""Fast evaluators of the soft-potential (``soft_potential``) spectrum: batched float64 eigenproblems.

h = -c d2/dX2 + K1 X**2 + K2 X**3 + X**4. The reference (:mod:`vitrum.numeric.eigen`) plans a
Hermite basis per point from the potential, refines in fixed-point arithmetic and certifies at two
precisions: 0.1-0.5 s a point. Here the same kind of basis is planned for a whole array at once and
the matrices are diagonalized in float64 by batched LAPACK (``numpy.linalg.eigvalsh``/``eigh`` on a
stack):

* plan (vectorized over points): U = V/c on a grid of X in [-12, 12]; the Bohr-Sommerfeld energy
  E_top of level n + 1 (area 2 pi (n + 3/2)); the box where the WKB tail beyond E_top has decayed by
  exp(-36); Hermite-function basis centred in the box, scale sqrt(L/k), size 0.8 L k/2 + 24 (L the
  half-width, k the largest local wavenumber in the box), as :func:`vitrum.numeric.eigen.plan_basis`
  does for 13 digits, with 8 more functions;
* matrices: x = centre + s q, q = (a + a^dagger)/sqrt 2 and p**2 built in a basis 4 larger and cut,
  V(x) expanded in powers of q exactly; points with equal basis size share one batched call.

``E_level`` (``E_level_ckin``): the eigenvalue. Error: absolute ~ 1e-15 * max|E| over the basis
(float64 LAPACK): relative accuracy is lost only where E_n itself passes through 0, where the
level's condition number diverges too.

``eps_n`` = E_n - E_0, ``grad_K1``, ``grad_K2`` = <X**p>_n - <X**p>_0 (p = 2, 3; Hellmann-Feynman
d eps_n/dK1, d eps_n/dK2), n = round(n_lvl) (0 for n = 0, as the engine):

* the eigenvectors v_0, v_n of the stack (``eigh``) get one correction step each: the residual
  r = (h - E) v is formed directly and removed in the eigenbasis. LAPACK's vectors carry its
  backward error eps*|h| (|h| ~ 1e3, from the top of the basis); the residual's rounding is only
  eps*|h||v| (the terms of the basis functions the state occupies): 10x smaller errors in the
  expectation values;
* the gap is the difference of the Rayleigh quotients of (h - E_0): its rounding is eps times
  gscale = |v_n|^T|h - E_0||v_n| + |v_0|^T|h - E_0||v_0| (the terms that cancel), not eps*|h|;
* <X**p>: X = x0 + s q, so x0**p cancels exactly and the differences are taken of <q**k> (k <= 3).

The trap: **cancellation**. In the double wells (K1 < 0) the tunneling doublets are exponentially
close (eps_1 = 1.3e-11 at K1 = -16, K2 = 0, against |E_0| ~ 60): no float64 eigensolver resolves
the gap there (measured: the float64 gap is wrong by 8e-4 relative at K1 = -16, K2 = 0, by 2e-7 at K1 = -14,
K2 = 1e-9), and the float64 eigenvectors of such a pair are mixed by an angle eps*gscale/distance,
which spoils <X**3> (the states of a pair sit in different wells). The gradients also cancel where
they pass through 0. So every point carries an error estimate,

    gap:  16 eps gscale,    grad (p = 2, 3):  eps |X**p|_vec (16 + B_p gscale/dist)

(|X**p|_vec = |X**p v_n| + |X**p v_0|, dist the distance of levels n and 0 to their nearest
neighbours, B_2 = 0.05, B_3 = 0.2), calibrated against the engine on 1000 points (half of them in
the double-well region K1 in [-16, -3], |K2| log-uniform in [1e-9, 1]): the measured errors stay
below 0.33 (gap) and 0.43 (gradients) of it. Where the estimate exceeds the stated bound (``BOUND``: 1e-13 for eps_n and grad_K1,
2e-13 for grad_K2) times the value, the point takes the **slow path**: the engine's own computation
(the definitions in :mod:`vitrum.numeric.soft_potential_defs`), certified to 17 digits at two
precisions (0.2-0.6 s a point). The slow region, on the declared domain (n_lvl uniform in [0, 6],
K1, K2 uniform): eps_n 3.0% of the points (n = 1 in 90% of them: the tunneling doublets, K1 < 0 and
small |K2|, and the deepest asymmetric wells |K2| -> 6 where |E_0| ~ 1e2 is 10x the gap; n = 2, 3
only for K1 < -9 and |K2| < 0.4); grad_K1 8%, grad_K2 9% (the doublets and the zeros of the
gradients). So the stated bounds hold on the whole declared domain, and the error measured against
the certified reference is 10-100x below them on the fast path. Outside the declared domain (|K1| > 16,
|K2| > 6, n > 6), where the basis plan was not validated (the estimates bound the rounding, not the
truncation), every point takes the slow path.

``ratio12`` = eps_1/(eps_2 - eps_1) and ``rel_grad`` = |grad eps_1|/eps_1 are combined from the same
pair computations (n = 1 and 2), their error estimates propagated to first order (a sum of worst
cases: pessimistic); routed to the engine above 5e-13 (``BOUND_K``): ratio12 4%, rel_grad 0.5% of
the declared domain (the doublets again).

``E0_sym``, ``split_sym``, ``dip1``, ``dip3`` of the symmetric well (X**2 - z0sq)**2 are functions
of z0sq alone: Chebyshev tables in l = log z0sq on [0, 2.5] (z0sq in [1, 12.18], 40 pieces of
degree 10; the log variable gives narrow pieces at small z0sq, where the ground doublet nears the
barrier top and convergence is slowest), nodes from the engine at 25 digits
(``python -m vitrum.numeric.tablegen soft_potential``). The splitting falls from 1.6 to 2e-22 over
the domain: a table of its logarithm (-50 at z0sq = 12) would carry the absolute error of the log,
~eps*50, into the splitting as a relative error (1e-14, measured). So the instanton exponent
S0 = Integral(z0**2 - X**2, (X, -z0, z0)) = 4 z0**3/3 is split off and computed in double-double
(Dekker products), and only R = log split_sym + S0 (|R| < 6) is tabulated: split = exp(-S0_hi)
exp(R - S0_lo), 1.4e-15. (The condition number of split_sym in z0sq is ~2 z0**3, up to 80: rounding
z0sq itself moves the reference by that many ulps.) Outside
the table the engine is used (certified 17 digits per point).

``kappa_n``, ``K_star``, ``K_star_K1``, ``saddle_det`` depend on n only: the engine's values for
n = 0..6 are stored at 34 digits (:data:`LEVEL_CONSTANTS`, generated by :func:`level_constants`
at 36 digits and certified at 50) and served by lookup (correctly rounded doubles); NaN for n outside
0..6 and where the engine defines none (K*, K*_K1 and the saddle determinant at n = 0, where
eps_0 = 0 has no minimum: the engine raises).

Measured against the certified reference: the ``method`` of each entry
(tests/numeric/test_fast_soft_potential.py, tests/numeric/test_accuracy.py).
"""

from __future__ import annotations

import functools
import math

import numpy as np

from vitrum.numeric import eigen
from vitrum.numeric.doubledouble import two_prod
from vitrum.numeric.fast import FastEvaluator, register
from vitrum.numeric.special import VitrumFunction, float_arrays, function_family, into_out

_GRID = np.linspace(-12.0, 12.0, 481)
_DX = _GRID[1] - _GRID[0]
_TAIL = 36.0  # WKB decay exp(-36) ~ 2e-16 beyond the box
_EXTRA = 8  # basis functions beyond the 13-digit estimate


def _plan(n, K1, K2, c):
    """Basis centre, scale and size per point (arrays), vectorized over points."""
    X = _GRID[None, :]
    U = (K1[:, None] * X**2 + K2[:, None] * X**3 + X**4) / c[:, None]
    vmin = U.min(axis=1)
    target = 2 * math.pi * (n + 1.5)
    lo_e, hi_e = vmin, vmin + 1.0
    for _ in range(80):  # bracket: area(E) grows without bound
        small = 2.0 * np.sum(np.sqrt(np.clip(hi_e[:, None] - U, 0.0, None)), axis=1) * _DX < target
        if not small.any():
            break
        hi_e = np.where(small, vmin + 2.0 * (hi_e - vmin), hi_e)
    for _ in range(32):  # E_top to ~1e-9 relative: it only sizes the box
        mid = 0.5 * (lo_e + hi_e)
        small = 2.0 * np.sum(np.sqrt(np.clip(mid[:, None] - U, 0.0, None)), axis=1) * _DX < target
        lo_e, hi_e = np.where(small, mid, lo_e), np.where(small, hi_e, mid)
    e_top = hi_e
    allowed = U <= e_top[:, None]
    first = np.argmax(allowed, axis=1)
    last = U.shape[1] - 1 - np.argmax(allowed[:, ::-1], axis=1)
    kappa = np.sqrt(np.clip(U - e_top[:, None], 0.0, None)) * _DX
    idx = np.arange(U.shape[1])[None, :]
    right = np.cumsum(np.where(idx > last[:, None], kappa, 0.0), axis=1)
    left = np.cumsum(np.where(idx < first[:, None], kappa, 0.0)[:, ::-1], axis=1)[:, ::-1]
    hi_i = np.argmax((right >= _TAIL) & (idx > last[:, None]), axis=1)
    hi_i = np.where(hi_i == 0, U.shape[1] - 1, hi_i)
    lo_i = U.shape[1] - 1 - np.argmax(((left >= _TAIL) & (idx < first[:, None]))[:, ::-1], axis=1)
    lo_i = np.where(lo_i == U.shape[1] - 1, 0, lo_i)
    lo, hi = _GRID[lo_i], _GRID[hi_i]
    inside = (idx >= lo_i[:, None]) & (idx <= hi_i[:, None])
    k = np.sqrt(np.maximum(np.max(np.where(inside, U, -np.inf), axis=1) - vmin, 1.0))
    L = 0.5 * (hi - lo)
    size = (0.8 * L * k / 2.0).astype(int) + 16 + _EXTRA
    return 0.5 * (hi + lo), np.sqrt(L / k), size


def _q_and_p2(N):
    """q = (a + a^dagger)/sqrt 2 and p**2 = -(a - a^dagger)**2/2 on N Hermite functions."""
    off = np.sqrt(np.arange(1, N) / 2.0)
    q = np.diag(off, 1) + np.diag(off, -1)
    d = np.arange(N) + 0.5
    p2 = np.diag(d)
    off2 = -0.5 * np.sqrt(np.arange(1, N - 1) * np.arange(2, N))
    p2 += np.diag(off2, 2) + np.diag(off2, -2)
    return q, p2


def _hamiltonians(K1, K2, c, centre, scale, N):
    """The stack of matrices of h (basis size N) and the powers q**0..q**4 (N x N, cut from N + 4)."""
    M = N + 4
    q, p2 = _q_and_p2(M)
    powers = [np.eye(M), q]
    for _ in range(3):
        powers.append(powers[-1] @ q)
    # V(centre + s q) = sum_j d_j q**j, exactly: coefficients of the shifted polynomial
    x0, s = centre, scale
    d0 = K1 * x0**2 + K2 * x0**3 + x0**4
    d1 = (2 * K1 * x0 + 3 * K2 * x0**2 + 4 * x0**3) * s
    d2 = (K1 + 3 * K2 * x0 + 6 * x0**2) * s**2
    d3 = (K2 + 4 * x0) * s**3
    d4 = s**4
    H = (c / s**2)[:, None, None] * p2[None]
    for dj, Pj in zip((d0, d1, d2, d3, d4), powers):
        H = H + dj[:, None, None] * Pj[None]
    return H[:, :N, :N], [P[:N, :N] for P in powers]


def _levels_batch(n, K1, K2, c, centre, scale, N):
    """Level n per point (all with basis size N): one stacked eigvalsh."""
    H, _ = _hamiltonians(K1, K2, c, centre, scale, N)
    ev = np.linalg.eigvalsh(H)
    return ev[np.arange(len(n)), n]


def quartic_level(n, K1, K2, c, out=None):
    """Level n (rounded to an integer) of -c d2/dX2 + K1 X**2 + K2 X**3 + X**4, arrays broadcast
    together (module docstring). NaN where an input is NaN or n < 0."""
    n, K1, K2, c = float_arrays(n, K1, K2, c)
    shape = n.shape
    n, K1, K2, c = (a.reshape(-1) for a in (n, K1, K2, c))
    res = np.full(n.shape, np.nan)
    ok = np.isfinite(n) & np.isfinite(K1) & np.isfinite(K2) & np.isfinite(c) & (c > 0) & (np.round(n) >= 0)
    if ok.any():
        idx = np.flatnonzero(ok)
        ni = np.round(n[idx]).astype(int)
        with np.errstate(all="ignore"):
            centre, scale, size = _plan(ni, K1[idx], K2[idx], c[idx])
        size = np.maximum(size, ni + 8)
        size = -(-size // 8) * 8  # round up: fewer distinct sizes, fewer batched calls
        for N in np.unique(size):
            sel = size == N
            for chunk in np.array_split(np.flatnonzero(sel), max(1, int(sel.sum() * N * N // 4_000_000))):
                j = idx[chunk]
                res[j] = _levels_batch(ni[chunk], K1[j], K2[j], c[j], centre[chunk], scale[chunk], int(N))
    res = res.reshape(shape)
    return into_out(res, out)


_EPS = float(np.finfo(float).eps)


def _refine(H, ev, V, k):
    """Eigenvector k of each matrix after one correction step: the residual r = (H - E_k) v is
    formed directly (its rounding is eps*|H||v|, not the eps*|H| of LAPACK's backward error) and
    removed in the eigenbasis, dv = -sum_j v_j (v_j.r)/(E_j - E_k), j != k."""
    r_ = np.arange(len(k))
    v, e = V[r_, :, k], ev[r_, k]
    res = np.einsum("kij,kj->ki", H, v) - e[:, None] * v
    c = np.einsum("kji,kj->ki", V, res)
    den = ev - e[:, None]
    den[r_, k] = np.inf
    v = v - np.einsum("kij,kj->ki", V, c / den)
    return v / np.linalg.norm(v, axis=1)[:, None]


def _pair_batch(n, K1, K2, centre, scale, N):
    """For level n against level 0 (basis size N, c = 1): the gap, the Hellmann-Feynman
    differences <X**p>_n - <X**p>_0 (p = 2, 3) and the scales of their rounding errors.

    The gap is the difference of Rayleigh quotients of (h - E_0) (E_0 from LAPACK): its rounding
    is eps times |v|^T |h - E_0| |v| (the size of the terms that cancel in (h - E_0) v), not eps
    times the norm of h (~1e3 from the top of the basis), which bounds the LAPACK eigenvalues.
    X = x0 + s q: the constant x0**p cancels exactly in the difference."""
    H, P = _hamiltonians(K1, K2, np.ones_like(K1), centre, scale, N)
    ev, V = np.linalg.eigh(H)
    r = np.arange(len(n))
    vn, v0 = _refine(H, ev, V, n), _refine(H, ev, V, np.zeros_like(n))
    Hs = H - ev[:, 0][:, None, None] * np.eye(N)[None]
    aHs = np.abs(Hs)
    an, a0 = np.abs(vn), np.abs(v0)
    quad = lambda A, u, w: np.einsum("ki,kij,kj->k", u, A, w)  # noqa: E731
    gap = quad(Hs, vn, vn) - quad(Hs, v0, v0)
    gscale = quad(aHs, an, an) + quad(aHs, a0, a0)
    d = [np.einsum("ki,ij,kj->k", vn, P[k], vn) - np.einsum("ki,ij,kj->k", v0, P[k], v0) for k in (1, 2, 3)]
    nv = [np.linalg.norm(np.einsum("ij,kj->ki", P[k], vn), axis=1) + np.linalg.norm(np.einsum("ij,kj->ki", P[k], v0), axis=1)
          for k in (1, 2, 3)]
    x0, s = centre, scale
    g2 = 2 * x0 * s * d[0] + s**2 * d[1]
    g3 = 3 * x0**2 * s * d[0] + 3 * x0 * s**2 * d[1] + s**3 * d[2]
    ax = np.abs(x0)
    n2 = 2 * ax * s * nv[0] + s**2 * nv[1]
    n3 = 3 * ax**2 * s * nv[0] + 3 * ax * s**2 * nv[1] + s**3 * nv[2]
    # distance of levels n and 0 to their neighbours: the rounding left in the corrected vectors
    # mixes a near-degenerate pair by an angle ~ eps*gscale/distance
    below = np.where(n >= 1, ev[r, n] - ev[r, np.maximum(n - 1, 0)], np.inf)
    dist = np.minimum(np.minimum(below, ev[r, n + 1] - ev[r, n]), ev[:, 1] - ev[:, 0])
    return gap, gscale, g2, n2, g3, n3, gscale / dist


def _pairs(n, K1, K2):
    """_pair_batch over flattened arrays (n >= 1 integers), grouped by basis size."""
    centre, scale, size = _plan(n, K1, K2, np.ones_like(K1))
    size = np.maximum(size, n + 8)
    size = -(-size // 8) * 8
    out = np.full((7, len(n)), np.nan)
    for N in np.unique(size):
        sel = np.flatnonzero(size == N)
        for chunk in np.array_split(sel, max(1, int(len(sel) * N * N // 2_000_000))):
            out[:, chunk] = _pair_batch(n[chunk], K1[chunk], K2[chunk], centre[chunk], scale[chunk], int(N))
    return out


#: routing threshold (= the stated relative bound) of each pair quantity: a point whose estimated
#: float64 error exceeds it is computed by the engine (the slow path)
BOUND = {"gap": 1e-13, 2: 1e-13, 3: 2e-13}
#: where the float64 path was validated (the declared domain): the estimates bound the rounding,
#: not the basis truncation, so points outside (larger |K|, n > 6) go to the engine
VALID_K1, VALID_K2, VALID_N = 16.0, 6.0, 6


def _estimates(n, K1, K2):
    """{"gap" | 2 | 3: (float64 value, estimated absolute error)} for flattened n >= 1.

    The error models are calibrated against the engine on 1000 points (half in the double-well
    region K1 < -3, |K2| < 1, log-uniform in K2 down to 1e-9): the measured errors stay below
    0.33 (gap), 0.43 (grad) of these estimates (module docstring)."""
    gap, gs, g2, n2, g3, n3, mix = _pairs(n, K1, K2)
    return {"gap": (gap, 16 * _EPS * gs), 2: (g2, _EPS * n2 * (16 + 0.05 * mix)), 3: (g3, _EPS * n3 * (16 + 0.2 * mix))}


@functools.cache
def _definition(name):
    """``evaluate(ctx, values)`` of the model's quantity ``name``: its own engine, resolved as the
    reference resolves it (the slow paths and the mp definitions use it, so they cannot drift from it)."""
    from vitrum import models
    from vitrum.numeric.mpeval import resolve

    return resolve(models.get("soft_potential").quantities[name].numeric)


_PAIR_NAMES = {"gap": "eps_n", 2: "grad_K1", 3: "grad_K2"}


def _slow(which, n, K1, K2):
    """The engine value at one point, certified to 17 digits (two precisions), as a float; NaN
    where the engine fails."""
    from vitrum.numeric.reference import certified

    def fn(ctx):
        return _definition(_PAIR_NAMES[which])(ctx, {"n_lvl": ctx.mpf(n), "K1": ctx.mpf(K1), "K2": ctx.mpf(K2)})

    try:
        return float(certified(fn, 17, what="soft_potential slow path").value)
    except ArithmeticError:
        return math.nan


#: counters of the last call of each pair function: points on the fast and on the slow path
LAST_ROUTE: dict = {}


def _pair_quantity(which, n, K1, K2, out):
    n, K1, K2 = float_arrays(n, K1, K2)
    shape = n.shape
    n, K1, K2 = (a.reshape(-1) for a in (n, K1, K2))
    res = np.full(n.shape, np.nan)
    ok = np.isfinite(n) & np.isfinite(K1) & np.isfinite(K2) & (np.round(n) >= 0)
    ni_all = np.where(ok, np.round(np.where(ok, n, 0)), 0).astype(int)
    res[ok & (ni_all == 0)] = 0.0  # level 0 against itself: the engine's exact 0
    pos = ok & (ni_all >= 1)
    valid = pos & (ni_all <= VALID_N) & (np.abs(K1) <= VALID_K1) & (np.abs(K2) <= VALID_K2)
    idx = np.flatnonzero(valid)
    slow = np.flatnonzero(pos & ~valid)
    if len(idx):
        ni = ni_all[idx]
        with np.errstate(all="ignore"):
            val, err = _estimates(ni, K1[idx], K2[idx])[which]
            good = np.isfinite(val) & (err <= BOUND[which] * np.abs(val))
        res[idx[good]] = val[good]
        slow = np.concatenate([slow, idx[~good]])
    for j in slow:
        res[j] = _slow(which, int(ni_all[j]), float(K1[j]), float(K2[j]))
    LAST_ROUTE[which] = (int(pos.sum()) - len(slow), len(slow))
    return into_out(res.reshape(shape), out)


def quartic_gap(n, K1, K2, out=None):
    """eps_n = E_n - E_0 of -d2/dX2 + K1 X**2 + K2 X**3 + X**4 (n rounded), arrays broadcast
    together; 0 for n = 0, NaN where an input is NaN or n < 0 (module docstring)."""
    return _pair_quantity("gap", n, K1, K2, out)


def quartic_grad(p, n, K1, K2, out=None):
    """<X**p>_n - <X**p>_0 (p = 2: d eps_n/dK1, p = 3: d eps_n/dK2) of -d2/dX2 + K1 X**2 + K2 X**3
    + X**4 (n rounded), arrays broadcast together (module docstring)."""
    p = int(np.asarray(p).reshape(-1)[0])
    return _pair_quantity(p, n, K1, K2, out)


#: stated relative bounds (= routing thresholds) of the level-1 combinations
BOUND_K = {"ratio12": 5e-13, "rel_grad": 5e-13}


def _combination(which, K1, K2, out):
    """ratio12 = eps_1/(eps_2 - eps_1) or rel_grad = |grad eps_1|/eps_1 from the pair estimates,
    with the first-order propagation of their error estimates; the engine where it exceeds the bound."""
    from vitrum.numeric.reference import certified

    K1, K2 = float_arrays(K1, K2)
    shape = K1.shape
    K1, K2 = K1.reshape(-1), K2.reshape(-1)
    res = np.full(K1.shape, np.nan)
    fin = np.isfinite(K1) & np.isfinite(K2)
    valid = fin & (np.abs(K1) <= VALID_K1) & (np.abs(K2) <= VALID_K2)
    idx = np.flatnonzero(valid)
    slow = np.flatnonzero(fin & ~valid)
    if len(idx):
        a, b = K1[idx], K2[idx]
        with np.errstate(all="ignore"):
            E1 = _estimates(np.ones(len(idx), dtype=int), a, b)
            g1, e1 = E1["gap"]
            if which == "ratio12":
                g2, e2 = _estimates(np.full(len(idx), 2), a, b)["gap"]
                val = g1 / (g2 - g1)
                rel = e1 / np.abs(g1) + (e1 + e2) / np.abs(g2 - g1)
            else:
                (d2, f2), (d3, f3) = E1[2], E1[3]
                gg = np.hypot(d2, d3)
                val = gg / g1
                rel = e1 / np.abs(g1) + (np.abs(d2) * f2 + np.abs(d3) * f3) / gg**2
            good = np.isfinite(val) & (rel <= BOUND_K[which])
        res[idx[good]] = val[good]
        slow = np.concatenate([slow, idx[~good]])
    for j in slow:
        fn = lambda ctx, j=j: _definition(which)(ctx, {"K1": ctx.mpf(float(K1[j])), "K2": ctx.mpf(float(K2[j]))})  # noqa: E731
        try:
            res[j] = float(certified(fn, 17, what=f"soft_potential.{which} slow path").value)
        except ArithmeticError:
            res[j] = math.nan
    LAST_ROUTE[which] = (int(fin.sum()) - len(slow), len(slow))
    return into_out(res.reshape(shape), out)


def ratio12(K1, K2, out=None):
    """eps_1/(eps_2 - eps_1) of h(K1, K2), arrays broadcast together (module docstring)."""
    return _combination("ratio12", K1, K2, out)


def rel_grad(K1, K2, out=None):
    """|grad eps_1|/eps_1 (Hellmann-Feynman gradient over the gap), arrays broadcast together."""
    return _combination("rel_grad", K1, K2, out)


ratio12_fn, rel_grad_fn = function_family(__name__, [
    (name, lambda ctx, K1, K2, name=name: _definition(name)(ctx, {"K1": K1, "K2": K2}), doc) for name, doc in (
        ("ratio12", "eps_1/(eps_2 - eps_1) (batched float64, engine where the cancellation is too deep)."),
        ("rel_grad", "|grad eps_1|/eps_1 (batched float64, engine where the cancellation is too deep)."))], nargs=2)


class quartic_gap_fn(VitrumFunction):
    """eps_n(K1, K2) = E_n - E_0 (batched float64, engine where the cancellation is too deep)."""

    numpy = "vitrum.numeric.fast.soft_potential.quartic_gap"
    nargs = 3

    @staticmethod
    def mp(ctx, n, K1, K2):
        return _definition("eps_n")(ctx, {"n_lvl": n, "K1": K1, "K2": K2})


class quartic_grad_fn(VitrumFunction):
    """<X**p>_n - <X**p>_0 (Hellmann-Feynman d eps_n/dK_{p-1}; batched float64 eigenvectors)."""

    numpy = "vitrum.numeric.fast.soft_potential.quartic_grad"
    nargs = 4

    @staticmethod
    def mp(ctx, p, n, K1, K2):
        return _definition(_PAIR_NAMES[int(p)])(ctx, {"n_lvl": n, "K1": K1, "K2": K2})


# --- constants per level (kappa_n, K*, the saddle determinant) ----------------------------------------
#: engine values for n = 0..6 to 34 digits (None: the engine defines none), generated by
#: :func:`level_constants` (certified: 36 and 50 digits agree to 1e-33; tests re-run it for one n)
LEVEL_CONSTANTS = {
    "kappa_n": ("0", "0.5395832470308238341261142293546553", "0.8826914727225394691654749445231096", "1.195886544748515124942675257127813", "1.479586489733513991441453383060098", "1.742988002276083614100380802134161", "1.990843735423078248741396887992476"),
    "K_star": (None, "1.894410136477483487675092405437506", "2.153901231730544805937362726396016", "2.279182119249452442364808710557771", "2.391084222446685691998725259275431", "2.488102095561375392412533294740723", "2.576948269143191244150566303756193"),
    "K_star_K1": (None, "1.894410136477483487675092405437506", "2.153901231730544805937362726396016", "2.279182119249452442364808710557771", "2.391084222446685691998725259275431", "2.488102095561375392412533294740723", "2.576948269143191244150566303756193"),
    "saddle_det": (None, "-0.4106043695300383842302237521927797", "-0.6197121654734487544380006096731658", "-0.9059176871210569204701993091480152", "-1.10490397072841920154114806845769", "-1.264657888831681763857042775861102", "-1.395098627811953040401294055519502"),
}

def level_constants(name, n, dps=36, check_dps=50):
    """The engine value of the constant ``name`` at level n as a 34-digit string (None where the
    engine raises: no minimum of eps_0), certified by a second evaluation at ``check_dps``."""
    import mpmath

    ev = _definition(name)
    vals = []
    for d in (dps, check_dps):
        ctx = mpmath.MPContext()
        ctx.dps = d
        try:
            vals.append(ev(ctx, {"n_lvl": ctx.mpf(n)}))
        except ArithmeticError:
            vals.append(None)
    a, b = vals
    if a is None or b is None:
        if a is not None or b is not None:
            raise ArithmeticError(f"{name}({n}): defined at one precision only")
        return None
    if b == 0:
        if a != 0:
            raise ArithmeticError(f"{name}({n}): 0 at {check_dps} digits only")
        return "0"
    if abs(a - b) > abs(b) * mpmath.mpf(10) ** -33:
        raise ArithmeticError(f"{name}({n}): {a} and {b} disagree")
    return mpmath.nstr(b, 34, min_fixed=-5, max_fixed=5)


_CONST_ARRAYS = {k: np.array([math.nan if v is None else float(v) for v in vs]) for k, vs in LEVEL_CONSTANTS.items()}


def _level_constant(name, n, out=None):
    n = np.asarray(n, dtype=float)
    with np.errstate(all="ignore"):
        k = np.round(n)
        ok = np.isfinite(k) & (k >= 0) & (k <= 6)
        res = np.where(ok, _CONST_ARRAYS[name][np.where(ok, k, 0).astype(int)], np.nan)
    return into_out(res, out)


def kappa_level(n, out=None):
    """kappa_n = d eps_n/dK1 at K1 = K2 = 0 (n rounded; lookup of the engine's constants)."""
    return _level_constant("kappa_n", n, out)


def k_star_level(n, out=None):
    """K*: the minimum of eps_n(0, K2) over K2 > 0 (lookup; NaN for n = 0, where none exists)."""
    return _level_constant("K_star", n, out)


def k_star_k1_level(n, out=None):
    """The root of d eps_n/dK1 on K1 = 0 (lookup; equal to K* by translation invariance)."""
    return _level_constant("K_star_K1", n, out)


def saddle_det_level(n, out=None):
    """det of the Hessian of eps_n(K1, K2) at (0, K*) (lookup; NaN for n = 0)."""
    return _level_constant("saddle_det", n, out)


kappa_level_fn, k_star_level_fn, k_star_k1_level_fn, saddle_det_level_fn = function_family(__name__, [
    (fn, lambda ctx, n, name=name: _definition(name)(ctx, {"n_lvl": n}), doc) for fn, name, doc in (
        ("kappa_level", "kappa_n", "kappa_n = d eps_n/dK1 at K = 0 (engine constants by lookup)."),
        ("k_star_level", "K_star", "K* of level n (engine constants by lookup)."),
        ("k_star_k1_level", "K_star_K1", "Root of d eps_n/dK1 on K1 = 0 (engine constants by lookup)."),
        ("saddle_det_level", "saddle_det", "Hessian determinant of eps_n at (0, K*) (engine constants by lookup)."))])


# --- the symmetric double well (X**2 - z0sq)**2: Chebyshev tables in l = log z0sq ---------------------
SYM_LO, SYM_HI, SYM_PIECES, SYM_DEGREE = 0.0, 2.5, 40, 10  # z0sq in [1, 12.18]


def _sym_value(name, ctx, z0sq):
    return _definition(name)(ctx, {"z0sq": z0sq})


def table_E0_sym(ctx, l):
    """E0_sym at z0sq = exp(l) (table nodes: the engine at the table's precision)."""
    return _sym_value("E0_sym", ctx, ctx.exp(l))


def table_log_split_sym(ctx, l):
    """log split_sym + (4/3) z0sq**(3/2) at z0sq = exp(l): the splitting without its instanton
    exponent exp(-S0), S0 = Integral(z0**2 - X**2, (X, -z0, z0)) = 4 z0**3/3 (|R| < 6 on the table)."""
    z = ctx.exp(l)
    return ctx.log(_sym_value("split_sym", ctx, z)) + 4 * z ** ctx.mpf(1.5) / 3


def instanton_exponent(z):
    """S0 = (4/3) z**(3/2) as a double-double (hi, lo), |lo| <= ulp(hi)/2 + O(eps**2 hi)."""
    s = np.sqrt(z)
    p, e = two_prod(s, s)
    s_lo = ((z - p) - e) / (2 * s)
    t, t_e = two_prod(z, s)
    t_lo = t_e + z * s_lo
    q = 4 * t / 3
    p, e = two_prod(q, np.full_like(q, 3.0))
    q_lo = (((4 * t - p) - e) + 4 * t_lo) / 3
    return q, q_lo


def table_dip1(ctx, l):
    """dip1 at z0sq = exp(l)."""
    return _sym_value("dip1", ctx, ctx.exp(l))


def table_dip3(ctx, l):
    """dip3 at z0sq = exp(l)."""
    return _sym_value("dip3", ctx, ctx.exp(l))


def table_specs():
    return [(name, f, SYM_LO, SYM_HI, SYM_PIECES, SYM_DEGREE)
            for name, f in (("E0_SYM", table_E0_sym), ("LOG_SPLIT_SYM", table_log_split_sym), ("DIP1", table_dip1),
                            ("DIP3", table_dip3))]


_SYM_TABLES = {"E0_sym": "E0_SYM", "split_sym": "LOG_SPLIT_SYM", "dip1": "DIP1", "dip3": "DIP3"}


def _sym_quantity(name, z0sq, out):
    """The tabulated function of z0sq in [1, exp(2.5)]; elsewhere (and where the table is not built)
    the engine, certified to 17 digits per point."""
    from vitrum.numeric.fast import _soft_potential_tables as tables

    z = np.asarray(z0sq, dtype=float)
    shape = z.shape
    z = z.reshape(-1)
    res = np.full(z.shape, np.nan)
    with np.errstate(all="ignore"):
        ell = np.log(z)
        inside = (ell >= SYM_LO) & (ell <= SYM_HI)
        if inside.any():
            v = getattr(tables, _SYM_TABLES[name])(ell[inside])
            if name == "split_sym":  # exp(-S0) exp(R - S0_lo): the large exponent exact to double-double
                hi, lo = instanton_exponent(z[inside])
                v = np.exp(-hi) * np.exp(v - lo)
            res[inside] = v
    outside = np.flatnonzero(np.isfinite(z) & (z > 0) & ~inside)
    if len(outside):
        from vitrum.numeric.reference import certified

        for j in outside:
            fn = lambda ctx, j=j: _sym_value(name, ctx, ctx.mpf(float(z[j])))  # noqa: E731
            try:
                res[j] = float(certified(fn, 17, what=f"soft_potential.{name} outside the table").value)
            except ArithmeticError:
                res[j] = math.nan
    LAST_ROUTE[name] = (int(inside.sum()), len(outside))
    return into_out(res.reshape(shape), out)


def E0_sym(z0sq, out=None):
    """Ground level of (X**2 - z0sq)**2 (from the well bottom): table in log z0sq on [1, 12.18]."""
    return _sym_quantity("E0_sym", z0sq, out)


def split_sym(z0sq, out=None):
    """E1 - E0 of (X**2 - z0sq)**2: exp of a table of its logarithm in log z0sq on [1, 12.18]."""
    return _sym_quantity("split_sym", z0sq, out)


def dip1(z0sq, out=None):
    """|<0|Y|1>| of the symmetric well (Y**2 - z0sq)**2: table in log z0sq on [1, 12.18]."""
    return _sym_quantity("dip1", z0sq, out)


def dip3(z0sq, out=None):
    """|<0|Y**3|1>| of the symmetric well: table in log z0sq on [1, 12.18]."""
    return _sym_quantity("dip3", z0sq, out)


E0_sym_fn, split_sym_fn, dip1_fn, dip3_fn = function_family(__name__, [
    (name, lambda ctx, z0sq, name=name: _sym_value(name, ctx, z0sq), doc) for name, doc in (
        ("E0_sym", "Ground level of (X**2 - z0sq)**2 (Chebyshev table of the engine)."),
        ("split_sym", "Symmetric splitting E1 - E0 of (X**2 - z0sq)**2 (table of its logarithm)."),
        ("dip1", "|<0|Y|1>| of the symmetric well (table)."),
        ("dip3", "|<0|Y**3|1>| of the symmetric well (table)."))])


class quartic_level_fn(VitrumFunction):
    """Level n of -c d2/dX2 + K1 X**2 + K2 X**3 + X**4 (batched float64 eigenvalues)."""

    numpy = "vitrum.numeric.fast.soft_potential.quartic_level"
    nargs = 4

    @staticmethod
    def mp(ctx, n, K1, K2, c):
        k = int(round(float(n)))
        return eigen.spectrum(ctx, [0, 0, K1, K2, 1], k + 1, which=(k,), kinetic=c)[0]


register(FastEvaluator(
    "soft_potential.E_level", "96d1d685e9025530",
    lambda s: quartic_level_fn(s["n_lvl"], s["K1"], s["K2"], 1),
    "eigen float64",
    "E_n of -d2/dX2 + K1 X**2 + K2 X**3 + X**4: batched float64 eigenvalues in a Hermite basis planned "
    "per point (vitrum.numeric.fast.soft_potential); measured <= 1.2e-14 relative (82 ulps) on 80 points of the "
    "declared domain; absolute ~3e-14 where E_n passes through 0",
    5e-14))

register(FastEvaluator(
    "soft_potential.E_level_ckin", "769f47608a918e07",
    lambda s: quartic_level_fn(s["n_lvl"], s["K1"], s["K2"], s["c_kin"]),
    "eigen float64",
    "E_n of -c_kin d2/dX2 + K1 X**2 + K2 X**3 + X**4: batched float64 eigenvalues in a Hermite basis "
    "planned per point (vitrum.numeric.fast.soft_potential); measured <= 1.7e-14 relative (93 ulps) on 80 "
    "points of the declared domain; absolute ~3e-14 where E_n passes through 0",
    5e-14))


_PAIR = ("batched float64 eigenvectors in the Hermite basis planned per point, one residual correction of the two "
         "vectors; points whose estimated error exceeds the bound go to the engine (certified 17 digits)")

register(FastEvaluator(
    "soft_potential.eps_n", "68a1b42d42e6e9ee",
    lambda s: quartic_gap_fn(s["n_lvl"], s["K1"], s["K2"]),
    "eigen float64",
    f"E_n - E_0 as the difference of Rayleigh quotients of (h - E_0): {_PAIR}; measured <= 4.1e-15 relative (21 ulps) on 398 points of the declared domain (seeds 0, 1) and 3.3e-15 on 300 points of the double-well region (K1 in [-16, -3], |K2| in [0, 1], log-uniform); slow path on 3% of the domain",
    BOUND["gap"]))

register(FastEvaluator(
    "soft_potential.grad_K1", "52282040a1b7ae37",
    lambda s: quartic_grad_fn(2, s["n_lvl"], s["K1"], s["K2"]),
    "eigen float64",
    f"Hellmann-Feynman <X**2>_n - <X**2>_0: {_PAIR}; measured <= 2.7e-14 relative (145 ulps) on 398 points of the declared domain (seeds 0, 1) and 1.1e-14 on 300 points of the double-well region; slow path on 8% of the domain",
    BOUND[2]))

register(FastEvaluator(
    "soft_potential.grad_K2", "9ba423849f534818",
    lambda s: quartic_grad_fn(3, s["n_lvl"], s["K1"], s["K2"]),
    "eigen float64",
    f"Hellmann-Feynman <X**3>_n - <X**3>_0: {_PAIR}; measured <= 4.0e-14 relative (293 ulps) on 398 points of the declared domain (seeds 0, 1) and 8.4e-15 on 300 points of the double-well region; slow path on 9% of the domain",
    BOUND[3]))

_CONST = "lookup of the engine's values for n = 0..6 stored at 34 digits (certified at 36 and 50 digits), NaN elsewhere"
for _key, _fp, _fn, _what in (("kappa_n", "788f6c39e0815bb2", kappa_level_fn, "0 for n = 0"),
                              ("K_star", "653466fcda0c3287", k_star_level_fn, "NaN for n = 0 (the engine raises)"),
                              ("K_star_K1", "9152cbb857fd546a", k_star_k1_level_fn, "NaN for n = 0 (the engine raises)"),
                              ("saddle_det", "bd5f5c1ec5a5c975", saddle_det_level_fn, "NaN for n = 0 (the engine raises)")):
    register(FastEvaluator(f"soft_potential.{_key}", _fp, lambda s, _fn=_fn: _fn(s["n_lvl"]), "table",
                           f"{_key}: {_CONST}; {_what}; measured <= 6.2e-17 relative (0.47 ulps: correctly rounded) on 40 points", 1.2e-16))

register(FastEvaluator(
    "soft_potential.ratio12", "a111e354db00a3bc",
    lambda s: ratio12_fn(s["K1"], s["K2"]),
    "eigen float64",
    f"eps_1/(eps_2 - eps_1) from the gaps of eps_n (error estimates propagated to first order): {_PAIR}; measured <= 8.6e-15 relative (75 ulps) on 199 points (seed 0), 4.4e-15 on 39 (seed 5); slow path on 4% of the domain",
    BOUND_K["ratio12"]))

register(FastEvaluator(
    "soft_potential.rel_grad", "8515f2753dcddc1d",
    lambda s: rel_grad_fn(s["K1"], s["K2"]),
    "eigen float64",
    f"hypot(grad_K1, grad_K2)/eps_1 at n = 1 (error estimates propagated to first order): {_PAIR}; measured <= 1.2e-13 relative (761 ulps) on 199 points (seed 0), 9.5e-14 on 39 (seed 5); slow path on 0.5% of the domain",
    BOUND_K["rel_grad"]))

_SYM = (f"Chebyshev table in l = log z0sq on [0, 2.5] (z0sq in [1, 12.18]; {SYM_PIECES} pieces of degree {SYM_DEGREE}, "
        "nodes from the engine at 25 digits; vitrum.numeric.tablegen soft_potential); the engine (certified 17 digits) outside")
for _key, _fp, _fn, _what, _bound in (("E0_sym", "4bd705c5b43f533c", E0_sym_fn, "measured <= 2.9e-16 relative (1.5 ulps) on 500 points (seeds 0, 1, 5)", 5e-16),
                              ("split_sym", "1aaa517a781e4117", split_sym_fn, "exp(-S0) exp(R): S0 = 4 z0**3/3 in double-double, R = log split_sym + S0 tabulated (|R| < 6); measured <= 1.4e-15 relative (9.9 ulps) on 500 points (seeds 0, 1, 5)", 2.5e-15),
                              ("dip1", "65a642fada054d2d", dip1_fn, "measured <= 2.4e-16 relative (1.5 ulps) on 500 points (seeds 0, 1, 5)", 5e-16),
                              ("dip3", "d760219b64f73151", dip3_fn, "measured <= 3.4e-16 relative (2.0 ulps) on 500 points (seeds 0, 1, 5)", 6e-16)):
    register(FastEvaluator(f"soft_potential.{_key}", _fp, lambda s, _fn=_fn: _fn(s["z0sq"]), "table",
                           f"{_key}: {_SYM}; {_what}", _bound))
