"""Fast evaluators of the interacting_tls engine quantities (vitrum.numeric.fast.interacting_tls).

Each entry is measured against the certified reference at points over its declared domain (seed 5)
and must stay within its stated bound with no NaN; edge values (phases near the zeros of sin, the
k -> oo strip limit, the divergent angular corner of P2_general, NaN inputs) are checked against
precision-generic definitions, and a wrong evaluator is shown to fail the same check.

The evaluators are measured as users call them, through ``quantity.fast`` (the emitted module).
"""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest

from vitrum import models
from vitrum.numeric import fast
from vitrum.numeric.accuracy import accuracy
from vitrum.numeric.fast import interacting_tls as it

MODEL = "interacting_tls"


def _q(name):
    return models.get(MODEL).quantities[name]


def _p2g_points():
    """P2_general points spanning d = Delta_p/T over 1e-6..1e2, alpha over [2, 6] and s over [0.3, 1.7]
    (angular power 3/alpha - s > -0.8; s > 1.4 at small d costs the reference ~4 s a point, s = 1.7 14 s:
    those were measured once, 107 points, not here)."""
    rows = [  # T, P, U, Delta_p, Delta0_p, alpha, s_dist
        (0.1, 1e-6, 1.0, 1e-7, 1e-7, 2.0, 1.2),
        (1e-3, 1e-4, 100.0, 0.1, 0.1, 6.0, 0.3),
        (0.02, 3e-5, 7.0, 3e-4, 2e-6, 3.3, 1.3),
        (0.005, 2e-6, 40.0, 0.03, 4e-3, 4.7, 0.8),
    ]
    names = ("T", "P", "U", "Delta_p", "Delta0_p", "alpha", "s_dist")
    return {k: np.array([r[i] for r in rows]) for i, k in enumerate(names)}


# n per quantity: the empty-cache reference cost (P2_quad ~0.25 s, N_strip ~0.04 s a point)
CASES = [("rabi_W2_expm", 60), ("flipflop_element", 60), ("N_strip", 30), ("P2_quad", 10), ("graf_sum", 60)] + [
    (f"crossover_T_row{i}", 24) for i in range(1, 6)]


@pytest.mark.parametrize("name,n", CASES)
def test_within_stated_bound(name, n):
    q = _q(name)
    entry = fast.lookup(q)
    assert entry is not None and entry.max_rel_error <= 1e-14
    r = accuracy(q, n=n, seed=5, cond=False)
    assert r.nan_count == 0 and r.uncertified == 0 and r.points >= n // 2, r
    assert r.max_rel <= entry.max_rel_error, r


def test_p2_general_within_stated_bound():
    q = _q("P2_general")
    entry = fast.lookup(q)
    r = accuracy(q, seed=5, cond=False, points=_p2g_points())
    assert r.nan_count == 0 and r.uncertified == 0 and r.points == 4, r
    assert r.max_rel <= entry.max_rel_error, r


@pytest.mark.parametrize("name", ["bessel_rms", "bessel_median", "bessel_abs_sum"])
def test_bessel_statistics_within_stated_bound(name):
    # the ends of the domain (x = 1: one channel; x = 1e4: the longest recurrence), an integer x (the
    # channel |n| = x excluded) and points between
    q = _q(name)
    pts = {"x": np.array([1.0, 2.5, 37.3, 480.0, 3000.0, 1e4])}
    r = accuracy(q, seed=5, cond=False, points=pts)
    assert r.kind == fast.lookup(q).kind and r.nan_count == 0 and r.uncertified == 0 and r.points == 6, r
    assert r.max_rel <= fast.lookup(q).max_rel_error, r


def test_emitted_code_uses_the_evaluators():
    # quantities without a parameter U go through the emitter: .fast is the registered evaluator
    for name in ["rabi_W2_expm", "graf_sum"] + [f"crossover_T_row{i}" for i in range(1, 6)]:
        q = _q(name)
        f = q.fast
        assert f.kind == fast.lookup(q).kind
        pts = {"Delta": np.array([0.3, -0.02]), "Delta0": np.array([0.4, 1e-4]), "t": np.array([7.0, 1e4]),
               "a": np.array([1e-3, 1e-6]), "omega": np.array([1e-7, 1e-13]), "chi": np.array([3e-3, 1e-2]),
               "A_ph": np.array([1e-3, 1e-5]), "nu": np.array([-12.5, 3.5]), "x_i": np.array([0.3, 3.8317]),
               "x_j": np.array([10.0, 1.0])}
        got = f(**{k: pts[k] for k in q.param_names})
        assert np.allclose(got, q.fast(**{k: pts[k] for k in q.param_names}), rtol=2e-15, atol=0)


def test_rabi_phase_near_zeros_of_sin():
    # E = 1 exactly (0.6, 0.8 are not exact doubles: E is computed, not assumed); t near 2*pi*k: the
    # phase E*t/2 sits 1e-12..1e-9 from k*pi, where a float64 phase loses all relative accuracy
    ctx = mpmath.MPContext()
    ctx.dps = 40
    from vitrum.numeric import two_level as tl

    delta, delta0 = 0.6, 0.8
    ts = np.array([2 * math.pi * k for k in (1, 17, 999, 2222)])
    got = it.rabi_probability(delta, delta0, ts)
    naive = (delta0 / math.hypot(delta, delta0)) ** 2 * np.sin(math.hypot(delta, delta0) * ts / 2) ** 2
    worst_naive = 0.0
    for t, g, nv in zip(ts, got, naive):
        ref = tl.rabi_probability(ctx, ctx.mpf(delta), ctx.mpf(delta0), ctx.mpf(float(t)))
        assert 0 < ref < 1e-20
        assert abs(g / ref - 1) < 1e-14, (t, g, ref)
        worst_naive = max(worst_naive, abs(float(nv / ref) - 1))
    assert worst_naive > 1e-6  # the trap is real


def test_a_wrong_evaluator_fails_the_bound():
    # the naive float64 Rabi formula (phase rounded to float64), and a 1e-13 perturbation of N_strip
    q = _q("rabi_W2_expm")
    bound = fast.lookup(q).max_rel_error

    def naive(Delta, Delta0, t):
        e = np.hypot(Delta, Delta0)
        return (Delta0 / e) ** 2 * np.sin(e * t / 2) ** 2

    assert accuracy(q, n=60, seed=5, cond=False, fast=naive).max_rel > bound
    q = _q("N_strip")
    good = q.fast
    r = accuracy(q, n=30, seed=5, cond=False, fast=lambda **kw: good(**kw) * (1 + 1e-13))
    assert r.max_rel > fast.lookup(q).max_rel_error


def test_pair_distributions_agree_and_limits():
    from vitrum.numeric import resonant_pairs as rp

    rng = np.random.default_rng(7)
    n = 50
    dp, d0, temp = 10 ** rng.uniform(-7, -1, n), 10 ** rng.uniform(-7, -1, n), 10 ** rng.uniform(-3, -1, n)
    p, u = 10 ** rng.uniform(-6, -4, n), 10 ** rng.uniform(0, 2, n)
    # alpha = 3, s = 1: the float64 quadrature of P2_general against the closed form of P2_quad
    closed = _q("P2_quad").fast(T=temp, P=p, U=u, Delta_p=dp, Delta0_p=d0)
    quad = it.pair_distribution_general(dp, d0, temp, p, u, 3.0, 1.0)
    assert np.max(np.abs(quad / closed - 1)) < 2e-15
    # the angular integral of sin**(3/alpha - s) diverges for 3/alpha - s <= -1
    assert np.isinf(it.pair_distribution_general(1e-3, 1e-3, 0.01, 1e-5, 10.0, 6.0, 1.7))
    assert np.isinf(it.pair_distribution_general(1e-3, 1e-3, 0.01, 1e-5, 10.0, 6.0, 1.5))
    # thermal factor: f(0) = 1, f(oo) = log 2, and the mpmath closed form in between
    ctx = mpmath.MPContext()
    ctx.dps = 30
    ds = np.array([0.0, 1e-300, 1e-8, 0.3, 7.0, 800.0])
    got = it.thermal_factor(ds)
    assert got[0] == 1.0 and abs(got[-1] - math.log(2)) < 1e-16
    for d, g in zip(ds, got):
        assert abs(g / float(rp.thermal_factor(ctx, ctx.mpf(float(d)))) - 1) < 3e-16
    # the strip integral tends to log 2 as k -> oo (relative correction O(2**-k))
    s = it.strip_integral(np.array([30.0, 60.0]))
    assert abs(s[0] / math.log(2) - 1) < 1e-9 and abs(s[1] / math.log(2) - 1) < 4e-16


def test_nan_passes_through_without_warnings():
    nan = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.isnan(it.rabi_probability(np.array([nan, 0.1]), 0.2, 3.0)).tolist() == [True, False]
        assert np.isnan(it.rabi_probability(0.1, 0.2, np.array([3.0, nan]))).tolist() == [False, True]
        assert np.isnan(it.flipflop_element(np.array([nan, 0.1]), 0.2, 0.3, 0.4, 1.0)).tolist() == [True, False]
        assert np.isnan(it.thermal_factor(np.array([nan, 0.1]))).tolist() == [True, False]
        assert np.isnan(it.strip_integral(np.array([nan, 5.0]))).tolist() == [True, False]
        v = it.pair_distribution_general(np.array([nan, 1e-3, 1e-3]), 1e-3, 0.01, 1e-5, 10.0, np.array([3.0, 3.0, nan]), 1.0)
        assert np.isnan(v).tolist() == [True, False, True]
    out = np.empty(2)
    assert it.rabi_probability(np.array([0.1, 0.2]), 0.3, 4.0, out=out) is out
