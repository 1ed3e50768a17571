"""Fast evaluators of the soft-potential gaps, Hellmann-Feynman gradients and level constants
(vitrum/numeric/fast/soft_potential.py), measured against the certified engine."""

import math

import mpmath
import numpy as np
import pytest

from vitrum import models
from vitrum.numeric import eigen, fast
from vitrum.numeric.accuracy import accuracy
from vitrum.numeric.fast import soft_potential as fsp

M = models.get("soft_potential")
PAIRS = ("eps_n", "grad_K1", "grad_K2")
WHICH = {"eps_n": "gap", "grad_K1": 2, "grad_K2": 3}


def _engine(which, n, K1, K2, dps=25):
    ctx = mpmath.MPContext()
    ctx.dps = dps
    co = [0, 0, ctx.mpf(K1), ctx.mpf(K2), 1]
    if which == "gap":
        return eigen.gap(ctx, co, 0, n)
    _, ex = eigen.expectations(ctx, co, n + 1, (which,))
    return ex[which][n] - ex[which][0]


@pytest.mark.parametrize("key", PAIRS)
def test_pair_evaluators_within_stated_bound(key):
    q = M.quantities[key]
    entry = fast.lookup(q)
    assert entry is not None and entry.max_rel_error == fsp.BOUND[WHICH[key]]
    r = accuracy(q, n=10, seed=5, cond=False)
    assert r.kind == entry.kind and r.nan_count == 0 and r.uncertified == 0, r
    assert r.points - r.not_normal >= 6  # n_lvl rounds to 0 on part of the domain (exact 0 there)
    assert r.max_rel <= entry.max_rel_error, r


# the trap: a tunneling doublet at K1 = -16 has eps_1 ~ 1e-11 against |E_0| ~ 60
DEEP = {"n_lvl": np.array([1.0, 1.0, 1.0, 3.0]), "K1": np.array([-16.0, -16.0, -12.0, -16.0]),
        "K2": np.array([0.0, 1e-9, -3e-7, 2e-8])}


def test_float64_gap_fails_in_the_deep_double_well_and_the_slow_path_is_taken():
    n, K1, K2 = DEEP["n_lvl"].astype(int), DEEP["K1"], DEEP["K2"]
    raw, est = fsp._estimates(n, K1, K2)["gap"]
    truth = [_engine("gap", int(a), b, c) for a, b, c in zip(n, K1, K2)]
    rel_raw = [abs(mpmath.mpf(float(v)) - t) / t for v, t in zip(raw, truth)]
    # float64 loses the doublet splitting (the estimate says so too: it routes these points)
    assert max(rel_raw[:3]) > 1e-9 and all(e > fsp.BOUND["gap"] * abs(v) for e, v in zip(est[:3], raw[:3]))
    got = fsp.quartic_gap(DEEP["n_lvl"], K1, K2)
    assert fsp.LAST_ROUTE["gap"][1] >= 3  # the slow path served them
    for g, t in zip(got, truth):
        assert abs(mpmath.mpf(float(g)) - t) <= fsp.BOUND["gap"] * t, (g, t)
    assert 1e-11 < got[0] < 2e-11  # the symmetric splitting at K1 = -16


def test_gradients_in_the_double_well_region():
    # <X**3> differences of localized doublet states (K2 tiny) and <X**2> differences that cancel
    n, K1, K2 = DEEP["n_lvl"], DEEP["K1"], DEEP["K2"]
    for p in (2, 3):
        got = fsp.quartic_grad(p, n, K1, K2)
        for g, a, b, c in zip(got, n, K1, K2):
            t = _engine(p, int(a), b, c)
            if t == 0:  # K2 = 0: <X**3> vanishes by parity
                assert g == 0, (p, a, b, c, g)
            else:
                assert abs(mpmath.mpf(float(g)) - t) <= fsp.BOUND[p] * abs(t), (p, a, b, c, g, t)


def test_fast_path_where_float64_suffices():
    n, K1, K2 = np.array([1.0, 2.0, 6.0]), np.array([0.7, 10.0, -4.0]), np.array([1.3, -2.0, 3.5])
    for which in ("gap", 2, 3):
        got = fsp.quartic_gap(n, K1, K2) if which == "gap" else fsp.quartic_grad(which, n, K1, K2)
        assert fsp.LAST_ROUTE[which] == (3, 0)
        for g, a, b, c in zip(got, n, K1, K2):
            t = _engine(which, int(a), b, c, dps=20)
            assert abs(mpmath.mpf(float(g)) - t) <= fsp.BOUND[which] * abs(t)


def test_a_perturbed_evaluator_fails_the_check():
    q = M.quantities["eps_n"]
    good = accuracy(q, n=10, seed=5, cond=False)  # the same points and cached truths as above
    bad = accuracy(q, n=10, seed=5, cond=False, fast=lambda **kw: q.fast(**kw) * (1 + 3 * fsp.BOUND["gap"]))
    assert good.max_rel <= fsp.BOUND["gap"] < bad.max_rel
    # a gap that drops the slow path (float64 only) fails at the deep double well
    n, K1, K2 = DEEP["n_lvl"].astype(int), DEEP["K1"], DEEP["K2"]
    raw = fsp._estimates(n, K1, K2)["gap"][0]
    assert abs(raw[0] / float(_engine("gap", 1, -16.0, 0.0)) - 1) > fsp.BOUND["gap"]


def test_edges_nan_and_level_zero():
    nan = math.nan
    g = fsp.quartic_gap([0.0, 0.4, nan, 1.0, 1.0, -1.0], [3.0, -16.0, 1.0, nan, 1.0, 1.0], [1.0, 0.0, 1.0, 1.0, nan, 1.0])
    assert g[0] == 0 and g[1] == 0 and np.isnan(g[2:]).all()
    d = fsp.quartic_grad(3, [0.0, nan, 2.0], [1.0, 1.0, nan], [1.0, 1.0, 1.0])
    assert d[0] == 0 and np.isnan(d[1:]).all()
    # corners of the declared domain, with the engine
    for a, b, c in ((6.0, 16.0, 6.0), (6.0, -16.0, -6.0), (1.0, 16.0, -6.0), (1.0, -16.0, 6.0)):
        t = _engine("gap", int(a), b, c, dps=20)
        v = fsp.quartic_gap(a, b, c)
        assert np.ndim(v) == 0 and abs(mpmath.mpf(float(v)) - t) <= fsp.BOUND["gap"] * t
    # outside the validated domain (n > 6, |K1| > 16): the engine, not an unvalidated basis
    v = fsp.quartic_gap([7.0, 1.0], [1.0, -20.0], [0.0, 0.5])
    assert fsp.LAST_ROUTE["gap"] == (0, 2)
    for g, a, b, c in zip(v, (7, 1), (1.0, -20.0), (0.0, 0.5)):
        t = _engine("gap", a, b, c, dps=20)
        assert abs(mpmath.mpf(float(g)) - t) <= 1e-16 * t
    out = np.empty((2, 2))
    r = fsp.quartic_gap(np.array([[1.0], [2.0]]), np.array([0.5, -2.0]), 1.0, out=out)
    assert r is out and np.isfinite(out).all() and out[1, 0] > out[0, 0] > 0


def test_level_constants_are_the_engine_values():
    # the stored literals are what the generator computes (re-run for one n, 36 and 50 digits)
    assert fsp.level_constants("K_star", 2) == fsp.LEVEL_CONSTANTS["K_star"][2]
    assert fsp.level_constants("kappa_n", 3) == fsp.LEVEL_CONSTANTS["kappa_n"][3]
    assert fsp.level_constants("saddle_det", 0) is None  # the engine finds no minimum for n = 0
    ctx = mpmath.MPContext()
    ctx.dps = 20
    for name in ("kappa_n", "K_star", "K_star_K1", "saddle_det"):
        q = M.quantities[name]
        assert fast.lookup(q) is not None
        v = q.fast(n_lvl=np.array([1.0, 2.4, 6.0, 6.6, -1.0, nan_ := math.nan]))
        assert np.isnan(v[3:]).all()
        for got, k in zip(v[:3], (1, 2, 6)):
            ref = fsp._definition(name)(ctx, {"n_lvl": ctx.mpf(k)})
            assert abs(got - float(ref)) <= 1.2e-16 * abs(float(ref)), (name, k, got, ref)
        zero = q.fast(n_lvl=np.array([0.0, 0.49]))
        assert (zero == 0).all() if name == "kappa_n" else np.isnan(zero).all()
    r = accuracy(M.quantities["kappa_n"], n=8, seed=5, cond=False)
    assert r.nan_count == 0 and r.max_rel <= 1.2e-16, r


@pytest.mark.parametrize("key, n", [("ratio12", 8), ("rel_grad", 8), ("E0_sym", 6), ("split_sym", 6), ("dip1", 6), ("dip3", 6)])
def test_level1_combinations_and_symmetric_well_tables_within_stated_bound(key, n):
    q = M.quantities[key]
    entry = fast.lookup(q)
    assert entry is not None
    r = accuracy(q, n=n, seed=5, cond=False)
    assert r.kind == entry.kind and r.nan_count == 0 and r.uncertified == 0 and r.points >= n - 1, r
    assert r.max_rel <= entry.max_rel_error, r


def test_symmetric_well_outside_the_table_and_the_tiny_splitting():
    z = np.array([0.5, 12.0, 12.5, math.nan, -1.0])
    got = fsp.split_sym(z)
    assert fsp.LAST_ROUTE["split_sym"] == (1, 2)  # 0.5 and 12.5 by the engine; NaN and z < 0 give NaN
    assert np.isnan(got[3:]).all()
    ctx = mpmath.MPContext()
    ctx.dps = 20
    for g, zz in zip(got[:3], z[:3]):
        t = eigen.gap(ctx, [ctx.mpf(zz) ** 2, 0, -2 * ctx.mpf(zz), 0, 1], 0, 1)
        assert abs(mpmath.mpf(float(g)) - t) <= 2e-15 * t, (zz, g, t)
    assert 1e-22 < got[1] < 1e-21  # exp(-S0) with S0 = 4 z0**3/3 = 55.4: the double-double exponent
    hi, lo = fsp.instanton_exponent(np.array([12.0, 1.7]))
    ctx.dps = 40
    for h, l_, zz in zip(hi, lo, (12, 1.7)):
        s0 = ctx.mpf(4) / 3 * ctx.mpf(zz) ** ctx.mpf(1.5)
        assert abs(ctx.mpf(float(h)) + ctx.mpf(float(l_)) - s0) < ctx.mpf(10) ** -29 * s0
