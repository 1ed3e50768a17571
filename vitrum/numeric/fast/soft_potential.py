"""Fast evaluators of the soft-potential (``soft_potential``) levels: batched float64 eigenvalues.

``E_level`` (and ``E_level_ckin``) is level n of h = -c d2/dX2 + K1 X**2 + K2 X**3 + X**4. The
reference (:mod:`vitrum.numeric.eigen`) plans a Hermite basis per point from the potential, refines
in fixed-point arithmetic and certifies at two precisions: ~1 s a point. Here the same kind of
basis is planned for a whole array at once and the matrices are diagonalized in float64 by batched
LAPACK (``numpy.linalg.eigvalsh`` on a stack):

* plan (vectorized over points): U = V/c on a grid of X in [-12, 12]; the Bohr-Sommerfeld energy
  E_top of level n + 1 (area 2 pi (n + 3/2)); the box where the WKB tail beyond E_top has decayed by
  exp(-36); Hermite-function basis centred in the box, scale sqrt(L/k), size 0.8 L k/2 + 24 (L the
  half-width, k the largest local wavenumber in the box), as :func:`vitrum.numeric.eigen.plan_basis`
  does for 13 digits, with 8 more functions;
* matrices: x = centre + s q, q = (a + a^dagger)/sqrt 2 and p**2 built in a basis 4 larger and cut,
  V(x) expanded in powers of q exactly; points with equal basis size share one batched call.

Error: absolute ~ 1e-15 * max|E| over the basis (float64 LAPACK): relative accuracy is lost only
where E_n itself passes through 0, where the level's condition number diverges too. Measured
against the certified reference: see the stated bound on each entry
(tests/numeric/test_accuracy.py::test_fast_evaluators_within_stated_bound). Gaps between nearly
degenerate levels (tunneling splittings, ``eps_n``) are *not* served: their cancellation needs the
reference's raised precision.
"""

from __future__ import annotations

import math

import numpy as np

from vitrum.numeric import eigen
from vitrum.numeric.fast import FastEvaluator, register
from vitrum.numeric.special import VitrumFunction, into_out

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


def _levels_batch(n, K1, K2, c, centre, scale, N):
    """Level n per point (all with basis size N): one stacked eigvalsh."""
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
    ev = np.linalg.eigvalsh(H[:, :N, :N])
    return ev[np.arange(len(n)), n]


def quartic_level(n, K1, K2, c, out=None):
    """Level n (rounded to an integer) of -c d2/dX2 + K1 X**2 + K2 X**3 + X**4, arrays broadcast
    together (module docstring). NaN where an input is NaN or n < 0."""
    n, K1, K2, c = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (n, K1, K2, c)))
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
