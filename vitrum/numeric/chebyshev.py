"""Piecewise Chebyshev interpolants: fast float64 evaluation of smooth 1-D functions.

A :class:`ChebTable` holds ``P`` pieces of equal width on ``[a, b]`` in its variable (usually a
logarithm, so one table covers many orders of magnitude) and ``D + 1`` Chebyshev coefficients per
piece. Evaluation is vectorized: piece index by ``floor``, coefficients gathered per point, a
Clenshaw recurrence over the degree. Cost ~ 4 array operations per degree, no branches.

Tables are built offline with :func:`fit` from a function written against an mpmath context
(``f(ctx, x) -> mpf``) at ~25 digits: values at the Chebyshev points of the first kind of each
piece, coefficients by the exact discrete cosine transform, and a stated error bound: the largest
deviation from ``f`` found at check points between the nodes (``ChebTable.max_error``, relative
to the largest |f| of the piece), plus the size of the last coefficients (the truncation tail).

>>> import mpmath
>>> t = fit(lambda ctx, x: ctx.exp(x), 0.0, 1.0, pieces=2, degree=12)
>>> abs(float(t(0.3)) - mpmath.exp(0.3)) < 1e-15 and t.max_error < 1e-15
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import mpmath
import numpy as np


@dataclass(frozen=True)
class ChebTable:
    """``P`` pieces of width ``(b - a)/P`` on ``[a, b]``; ``coef[k][i]``: k-th Chebyshev
    coefficient of piece ``i`` (stored degree-major, so a gather per degree is contiguous).
    Arguments outside ``[a, b]`` are evaluated with the first/last piece (extrapolation: callers
    switch to their asymptotic forms before that)."""

    a: float
    b: float
    coef: tuple[tuple[float, ...], ...]
    max_error: float = float("nan")  # measured at check points between the nodes (relative)

    def __post_init__(self) -> None:
        c = np.array(self.coef, dtype=float)
        object.__setattr__(self, "_c", c)
        # Horner in t needs the monomial coefficients; safe when they stay as small as the values
        # (fast-decaying Chebyshev coefficients), else the Clenshaw recurrence is kept
        mono = np.array([np.polynomial.chebyshev.cheb2poly(c[:, i]) for i in range(c.shape[1])]).T
        scale = np.abs(c).sum(axis=0)
        safe = bool(np.all(np.abs(mono).sum(axis=0) <= 1.5 * scale))
        object.__setattr__(self, "_mono", mono if safe else None)

    @property
    def pieces(self) -> int:
        return len(self.coef[0])

    @property
    def degree(self) -> int:
        return len(self.coef) - 1

    def __call__(self, x, out=None):
        x = np.asarray(x, dtype=float)
        c = self._c
        p = c.shape[1]
        w = (self.b - self.a) / p
        # NaN: any piece (t is NaN, so is the result); a NaN cast to an index would be garbage
        i = np.clip(np.nan_to_num(np.floor((x - self.a) / w), nan=0.0), 0, p - 1).astype(np.intp)
        # local coordinate from the exact piece centre (a and w are dyadic): x - centre is exact
        # near the centre, so t carries one rounding instead of the offset's |x - a| ulp
        t = (x - (self.a + (i + 0.5) * w)) * (2.0 / w)
        if self._mono is not None:  # Horner: 3 ufunc calls per degree
            a = self._mono
            acc = np.take(a[-1], i)
            tmp = np.empty_like(t)
            for k in range(a.shape[0] - 2, -1, -1):
                acc *= t
                np.take(a[k], i, out=tmp)
                acc += tmp
            if out is None:
                return acc
            out[...] = acc
            return out
        # Clenshaw, in place: b_k = c_k + 2t b_(k+1) - b_(k+2); 4 ufunc calls per degree
        t2 = t + t
        b1 = np.zeros_like(t)
        b2 = np.zeros_like(t)
        b0 = np.empty_like(t)
        tmp = np.empty_like(t)
        for k in range(c.shape[0] - 1, 0, -1):
            np.take(c[k], i, out=b0)
            np.multiply(t2, b1, out=tmp)
            b0 += tmp
            b0 -= b2
            b2, b1, b0 = b1, b0, b2
        np.take(c[0], i, out=b0)
        np.multiply(t, b1, out=tmp)
        b0 += tmp
        b0 -= b2
        if out is None:
            return b0
        out[...] = b0
        return out

    def to_source(self, name: str) -> str:
        """Python source defining this table as ``name`` (floats round-trip exactly via repr)."""
        rows = ",\n".join("    (" + ", ".join(repr(float(v)) for v in row) + ",)" for row in self.coef)
        return (f"{name} = ChebTable(\n    {self.a!r}, {self.b!r},\n    (\n{rows},\n    ),\n"
                f"    max_error={self.max_error!r},\n)\n")


def _cheb_coefficients(ctx, values):
    """Coefficients c_0..c_D of the interpolant through values at the first-kind nodes
    t_j = cos(pi*(j + 1/2)/(D + 1)) (so that f ~ sum' c_k T_k with c_0 already halved)."""
    n = len(values)
    coefs = []
    for k in range(n):
        s = ctx.fsum(values[j] * ctx.cos(ctx.pi * k * (j + ctx.mpf(1) / 2) / n) for j in range(n))
        coefs.append(2 * s / n)
    coefs[0] /= 2
    return coefs


def fit(
    f: Callable[[object, object], object],
    a: float,
    b: float,
    pieces: int,
    degree: int,
    dps: int = 25,
    checks: int = 3,
    map_: Callable[[object], list] | None = None,
    batch: Callable[[list[str]], list[str]] | None = None,
) -> ChebTable:
    """Fit ``f(ctx, x)`` on ``[a, b]`` with ``pieces`` pieces of degree ``degree``. The piece
    width (b - a)/pieces and ``a`` must be dyadic (exact in binary: e.g. 0.25, -11.75), so that
    the piece centres are exact doubles.

    ``batch``, if given, evaluates a list of points at once (decimal strings in and out) instead
    of ``f``. ``map_`` receives a generator of values and may evaluate them in parallel (see
    :func:`values_at`); the default evaluates in order. The table's ``max_error`` is the largest
    relative deviation at ``checks`` points inside each piece that are not nodes."""
    ctx = mpmath.MPContext()
    ctx.dps = dps
    n = degree + 1
    w = (ctx.mpf(b) - a) / pieces
    if float(w) != w or (float(a) / float(w)) != int(float(a) / float(w)):
        raise ValueError(f"piece width {w} and start {a} must be dyadic multiples (exact doubles)")
    nodes = [ctx.cos(ctx.pi * (j + ctx.mpf(1) / 2) / n) for j in range(n)]
    xs = [a + w * (i + (t + 1) / 2) for i in range(pieces) for t in nodes]
    check_t = [ctx.mpf(-1) + 2 * ctx.mpf(m + 0.37) / checks for m in range(checks)]
    xc = [a + w * (i + (t + 1) / 2) for i in range(pieces) for t in check_t]
    if batch is not None:  # a vectorized evaluator of the same function (strings in and out)
        vals = batch([str(x) for x in xs + xc])
    else:
        vals = (map_ or values_at())((f, str(x), dps) for x in xs + xc)
    fv, cv = vals[: len(xs)], vals[len(xs):]
    coef_pieces = []
    worst = 0.0
    for i in range(pieces):
        c = _cheb_coefficients(ctx, [ctx.mpf(v) for v in fv[i * n:(i + 1) * n]])
        coef_pieces.append(c)
        scale = max(abs(ctx.mpf(v)) for v in fv[i * n:(i + 1) * n]) or 1
        for m, t in enumerate(check_t):
            s = ctx.fsum(c[k] * ctx.chebyt(k, t) for k in range(n))
            err = abs(s - ctx.mpf(cv[i * checks + m])) / scale
            worst = max(worst, float(err))
    coef = tuple(tuple(float(coef_pieces[i][k]) for i in range(pieces)) for k in range(n))
    return ChebTable(float(a), float(b), coef, max_error=worst)


def value_at(args):
    """Evaluate one ``(f, x, dps)`` in a fresh context (picklable helper for process pools)."""
    f, x, dps = args
    ctx = mpmath.MPContext()
    ctx.dps = dps
    return str(f(ctx, ctx.mpf(x)))


def values_at(pool=None):
    """A ``map_`` for :func:`fit`: serial, or through a ``multiprocessing`` pool (``f`` must then
    be a module-level function)."""
    def map_(items):
        items = list(items)
        if pool is None:
            return [value_at(it) for it in items]
        return pool.map(value_at, items, chunksize=max(1, len(items) // 64))
    return map_
