"""Fast evaluators of electron_pairs (vitrum/numeric/fast/electron_pairs.py) against the certified
reference: each entry within its stated bound, the limits and traps of the closed forms, and wrong
evaluators caught by the same check."""

from __future__ import annotations

import warnings

import mpmath
import numpy as np
import pytest

from vitrum import models
from vitrum.numeric import fast, self_trapping
from vitrum.numeric.accuracy import accuracy
from vitrum.numeric.fast import electron_pairs as ep

M = models.get("electron_pairs")
EPS = 2.0**-52


def _q(name):
    return M.quantities[name]


# --- every entry within its stated bound (few points: the reference is computed in CI) ------------------
@pytest.mark.parametrize("name, n", [
    ("n_s_quad", 10), ("C_e", 10), ("zeta_shift_num", 6), ("tail_conv", 12),
    ("eta_g", 16), ("eta_l", 10), ("eta_l_ratio", 8), ("eta_Umin", 12), ("U_min", 10),
    ("ratio_kg", 16), ("W1_kg", 12), ("x2_kg", 12), ("U_kg", 12), ("JV_ratio", 12), ("share_AH", 10),
    ("eta_n", 12), ("xi_n", 12)])
def test_entry_within_stated_bound(name, n):
    q = _q(name)
    entry = fast.lookup(q)
    assert entry is not None, name
    r = accuracy(q, n=n, seed=5, cond=False)
    assert r.kind == entry.kind and r.nan_count == 0, r
    assert r.points - r.uncertified - r.not_normal >= 3, r  # something was compared
    assert r.max_rel <= entry.max_rel_error, r  # the stated bound itself (no 1e-15 floor)


# --- wrong evaluators fail the same check ----------------------------------------------------------
def test_naive_quotient_in_n_s_quad_fails_the_bound():
    # exp(-U/2kT) with U/(2 k_B T) rounded in float64 (and k_B taken as its double): a ~ 300..600 ulps
    q = _q("n_s_quad")
    kb = M.constants["k_B"].value
    pts = {"U_abs": np.array([0.05, 0.08, 0.1, 0.6]), "rho_E": np.array([1e-4, 1e-5, 1e-3, 1e-4]),
           "T": np.array([1.0, 1.5, 1.7, 9.0])}

    def naive(U_abs, rho_E, T):
        a = U_abs / (2 * kb * T)
        return 2 * rho_E * kb * T * 2 * np.arctan(np.sqrt(np.tanh(a / 2))) * np.exp(-a) / np.sqrt(-np.expm1(-2 * a))

    bound = fast.lookup(q).max_rel_error
    assert accuracy(q, points=pts, fast=naive, cond=False).max_rel > 20 * bound
    good = accuracy(q, points=pts, cond=False)
    assert good.nan_count == 0 and good.max_rel <= bound, good


def test_direct_log_x_over_sin_fails_at_low_temperature():
    # log(pi y/sin(pi y)) directly: 1 + y**2 pi**2/6 rounds away the answer at y = beta k_B T/2 ~ 1e-4
    q = _q("zeta_shift_num")
    kb = M.constants["k_B"].value
    pts = {"beta_g": np.array([0.3, 1.0]), "T": np.array([1.0, 2.0])}

    def direct(beta_g, T):
        x = np.pi * beta_g * kb * T / 2
        return -np.log(x / np.sin(x)) / beta_g

    assert accuracy(q, points=pts, fast=direct, cond=False).max_rel > 1e-9
    assert accuracy(q, points=pts, cond=False).max_rel <= fast.lookup(q).max_rel_error


def test_renormalization_without_the_slow_path_misses_reference_values():
    # past a fold the reference's Newton wanders and still lands on a root: the float64 replay
    # alone gives NaN there; the amplification check sends those points to the engine
    q = _q("eta_n")
    names = ("eta", "xi", "n", "q1", "q2", "q3")
    pts = {"eta": np.array([0.0001287205043529988, 0.00016201810818084966, 0.3]),
           "xi": np.array([0.45729436725353734, -0.4923208789773874, 0.1]), "n": np.array([2.0, 2.0, 1.0]),
           "q1": np.array([-0.16443750006526298, 0.1143858924812799, -0.1]),
           "q2": np.array([-0.27844580733770224, -0.22708308648501313, 0.05]),
           "q3": np.array([-0.22476602611035806, 0.28422178981484664, 0.05])}
    with_slow = accuracy(q, points=pts, cond=False)
    assert with_slow.nan_count == 0 and with_slow.uncertified == 0 and with_slow.max_rel <= fast.lookup(q).max_rel_error

    def replay_only(eta, xi, n, q1, q2, q3):
        x, _ = ep._continuation_np(eta, xi, n, q1, q2, q3)
        e2, e3 = eta + n * q2, xi + n * q3
        return e2 + (3 * e3 + 6 * x) * x

    x, amp = ep._continuation_np(*(pts[k] for k in names))
    assert amp[2] < 100 and not (amp[:2] <= ep.AMPLIFICATION_LIMIT).any()  # the folds show in the amplification
    assert accuracy(q, points=pts, fast=replay_only, cond=False).nan_count == 2


# --- limits, edges, NaN ------------------------------------------------------------------------------
def test_closed_forms_limits_and_nan():
    ctx = mpmath.MPContext()
    ctx.dps = 30
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow/invalid warnings leak
        # I(a) -> 1 as a -> 0 (Integral of 1/(1 + cosh u)), (pi/2) e**-a for large a, 0 past underflow
        v = ep.single_occupancy(np.array([1e-300, 2e-3, 400.0, 1e6, np.nan]), 0.5, 1.0)
        assert abs(v[0] - 1) < 2 * EPS and v[3] == 0 and np.isnan(v[4])
        for a, got in ((1e-3, v[1]), (200.0, v[2])):
            ref = ep.single_occupancy_fn.mp(ctx, ctx.mpf(2 * a), ctx.mpf("0.5"), ctx.one)
            assert abs(got / ref - 1) < 4 * EPS, (a, got, ref)
        # log(pi y/sin pi y): 0 at 0, pi**2 y**2/6 for small y, both sides of the series switch, NaN from y = 1
        y = np.array([0.0, 1e-9, np.nextafter(0.5, 0), np.nextafter(0.5, 1), 0.9, 1.0, 1.5, np.nan])
        L = ep.log_x_over_sin(y)
        assert L[0] == 0 and abs(L[1] / (np.pi**2 * 1e-18 / 6) - 1) < 2 * EPS and np.isnan(L[5:]).all()
        for yy, got in zip(y[2:5], L[2:5]):
            ref = ctx.log(ctx.pi * ctx.mpf(yy) / ctx.sin(ctx.pi * ctx.mpf(yy)))
            assert abs(got / ref - 1) < 4 * EPS, (yy, got, ref)
        # F(z): 1/z for z -> 0, the series and the asymptotic branch agree at their switch, 1/z**2 at oo
        z = np.array([1e-8, ep.TAIL_SERIES_MAX, np.nextafter(ep.TAIL_SERIES_MAX, 1e3), 1e12, np.nan, np.inf])
        F = ep.tail_integral(z)
        assert abs(F[0] * 1e-8 - 1) < 1e-8 and abs(F[2] / F[1] - 1) < 8 * EPS
        assert abs(F[3] * 1e24 - 1) < 4e-12 and np.isnan(F[4]) and F[5] == 0
        ref = ep.tail_integral_fn.mp(ctx, ctx.mpf(ep.TAIL_SERIES_MAX))
        assert abs(F[1] / ref - 1) < 8 * EPS


def test_root_solves_nan_where_the_engine_raises_and_roots_are_roots():
    ctx = mpmath.MPContext()
    ctx.dps = 30
    q0, a, xi = 3.0, 30.0, np.array([-0.4, 0.0, 0.3])
    q = q0 / a
    top = -self_trapping.self_trapping_np(0.0, xi, 2, q)[0] * a  # |W_2(eta = 0)|
    for x, t in zip(xi, top):  # E_g just above |W_2(0)|: no k_g, the engine raises, the fast one gives NaN
        with pytest.raises(ValueError):
            self_trapping.eta_at_w2(ctx, ctx.mpf(t * (1 + 1e-9)) / a, ctx.mpf(x), ctx.mpf(q0) / a)
    assert np.isnan(ep.eta_g(top * (1 + 1e-9), xi, q0, a)).all()
    # just below the top eta_g -> 0 (the quartic regime): still a root, and |W_2(eta_g)| = E_g
    e_g = np.concatenate([top * (1 - 1e-6), [0.5, 0.5, 0.5]])
    xs = np.concatenate([xi, xi])
    eg = ep.eta_g(e_g, xs, q0, a)
    assert np.all(eg > 0) and np.all(eg[:3] < 1e-3)
    w2 = -self_trapping.self_trapping_np(eg, xs, 2, q)[0] * a
    assert np.max(np.abs(w2 / e_g - 1)) < 16 * EPS
    # U(eta_l) = 0 to the rounding of its terms; U >= 0 everywhere (U_c too large): NaN, as the engine raises
    uc = np.array([0.3, 0.3, 0.3, 50.0])
    el = ep.eta_l(np.append(xi, 0.0), q0, a, uc)
    assert np.isnan(el[3]) and np.all(el[:3] > ep.eta_umin(xi, q0, a))
    u = ep.pair_correlation(el[:3], xi, q, uc[:3] / a)
    scale = np.abs(self_trapping.self_trapping_np(el[:3], xi, 2, q)[0])
    assert np.max(np.abs(u) / scale) < 16 * EPS
    with pytest.raises(ValueError):
        self_trapping.eta_at_u_zero(ctx, ctx.zero, ctx.mpf(q0) / a, ctx.mpf(50) / a)
    # NaN in, NaN out, whatever the position
    for fn, args in ((ep.eta_g, (1.0, 0.1, q0, a)), (ep.eta_umin, (0.1, q0, a)), (ep.u_min, (0.1, q0, a, 0.3)),
                     (ep.share_ah, (2.0, 0.1, q0, a, 0.3, 1.0)), (ep.jv_ratio, (0.3, 0.1, q0, a)),
                     (ep.eta_n, (0.3, 0.1, 2.0, -0.1, 0.05, 0.05))):
        for k in range(len(args)):
            bad = list(args)
            bad[k] = np.array([np.nan, args[k]])
            v = fn(*bad)
            assert np.isnan(v[0]) and np.isfinite(v[1]), (fn.__name__, k, v)


def test_existing_entries_still_valid():
    # W_n, x_n, U keep their fingerprints (and so are still used by the emitter)
    for name in ("W_n", "x_n", "U"):
        assert fast.lookup(_q(name)) is not None, name
