"""Fast evaluators of the multicenter RG quantities (vitrum/numeric/fast/multicenter.py): measured
against the engines (mpmath Taylor ODEs, findroot), the closed forms derived symbolically, NaN and
edge behaviour, and a perturbed evaluator that the same measurement rejects."""

from __future__ import annotations

import warnings

import mpmath
import numpy as np
import pytest
import sympy as sp

from vitrum import models
from vitrum.numeric import fast
from vitrum.numeric.accuracy import accuracy
from vitrum.numeric.fast import multicenter as fm
from vitrum.numeric.rg import taylor_quadratic

M = models.get("multicenter")
KEYS = ("Pt_mp", "Pt_tot_mp", "P1_rg3", "P2_rg3", "P3_rg3", "t_m_root", "pair_gap_ratio", "const_engine_I1",
        "const_engine_dev")

# points chosen where the engines are cheap (the engine time grows like n**2 log t, resp. t): the whole
# file stays ~15 s with an empty reference cache; the full-domain measurements are in the module docstring
PT_POINTS = {"n_h": np.array([1.0, 1.0, 2.0, 3.0, 5.0, 7.0, 12.0, 12.0]),
             "t": np.array([0.01, 100.0, 0.01, 2.5, 0.3, 0.05, 0.01, 0.2])}
S_POINTS = {"t": np.array([0.01, 0.03, 0.2, 1.0, 3.7, 12.0, 100.0])}
RG3_POINTS = {"r": np.array([1.0, 1.5, 1.2, 1.37]), "t": np.array([0.01, 0.01, 0.13, 0.45])}
# corners with the strongest mixing (lam = 0.1, e1/e2 = 1/25, 25), the smallest lam, and interior points
PG_POINTS = {"e1": np.array([0.2, 5.0, 1.0, 5.0, 0.2, 1.3, 0.45]), "e2": np.array([5.0, 0.2, 0.7, 5.0, 0.2, 2.1, 3.3]),
             "lam": np.array([0.1, 0.1, 1e-2, 1e-6, 0.1, 3e-4, 2e-5])}
RUN_POINTS = {"t": np.array([0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0])}


def _bound(name):
    return fast.lookup(M.quantities[name]).max_rel_error


def test_entries_registered_with_current_fingerprints():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in KEYS:
            q = M.quantities[name]
            entry = fast.lookup(q)
            assert entry is not None and entry.fingerprint == fast.fingerprint(q)
            assert "measured" in entry.method.lower() and entry.max_rel_error < 2e-13


@pytest.mark.parametrize("name,points", [("Pt_mp", PT_POINTS), ("Pt_tot_mp", S_POINTS), ("P1_rg3", RG3_POINTS),
                                         ("P2_rg3", RG3_POINTS), ("P3_rg3", RG3_POINTS), ("pair_gap_ratio", PG_POINTS),
                                         ("const_engine_I1", RUN_POINTS), ("const_engine_dev", RUN_POINTS)])
def test_within_stated_bound_against_engine(name, points):
    r = accuracy(M.quantities[name], points=points, cond=False, jobs=1)
    assert r.nan_count == 0 and r.uncertified == 0
    assert r.max_rel <= _bound(name), r.line()


def test_t_m_root_within_stated_bound():
    r = accuracy(M.quantities["t_m_root"], n=60, seed=5, cond=False, jobs=1)
    assert r.nan_count == 0 and r.uncertified == 0 and r.points >= 50
    assert r.max_rel <= _bound("t_m_root"), r.line()


def test_closed_form_solves_the_b1_hierarchy():
    """S = 1/(1+t), P_n = t**(n-1)/(1+t)**(n+1) satisfy S' = -S**2, P_n' = -2 P_n S + sum P_k P_(n-k) and the
    initial values, n = 1..12 (the fast expression, with its size factor removed)."""
    t = sp.Symbol("t", positive=True)
    s = dict(M.symbols())
    expr = fast.lookup(M.quantities["Pt_mp"]).expression(M.quantities["Pt_mp"])
    P = {n: expr.subs(s["t"], t).subs(s["n_h"], n).replace(lambda e: isinstance(e, fm.hierarchy_size_fn), lambda e: 1)
         .replace(lambda e: isinstance(e, fm.pow1p_fn), lambda e: (1 + e.args[0]) ** e.args[1]) for n in range(1, 13)}
    S = fast.lookup(M.quantities["Pt_tot_mp"]).expression(M.quantities["Pt_tot_mp"]).subs(s["t"], t)
    assert sp.simplify(sp.diff(S, t) + S**2) == 0 and S.subs(t, 0) == 1
    for n in range(1, 13):
        rhs = -2 * P[n] * S + sum(P[k] * P[n - k] for k in range(1, n))
        assert sp.simplify(sp.diff(P[n], t) - rhs) == 0
        assert P[n].subs(t, 0) == (1 if n == 1 else 0)


def test_pt_nan_outside_engine_range_and_edges():
    q = M.quantities["Pt_mp"].fast
    out = q(n_h=np.array([0.0, 13.0, 2.5, np.nan, 3.0, 1.0, 4.0]), t=np.array([1.0, 1.0, 1.0, 1.0, np.nan, 0.0, 0.0]))
    assert np.isnan(out[:5]).all() and out[5] == 1.0 and out[6] == 0.0
    with pytest.raises(ValueError):  # the engine refuses n = 13 (the fast form answers NaN there)
        M.quantities["Pt_mp"].reference(dps=17, n_h=13, t=1.0)
    # the double-double 1 + t: at t = 100, n = 12 the plain (1 + t)**-13 form is off by ~6 ulps
    with mpmath.workdps(30):
        exact = float(mpmath.mpf(100) ** 11 / mpmath.mpf(101) ** 13)
    assert abs(float(q(n_h=12, t=100.0)) / exact - 1) < 4e-16
    assert np.isnan(fm.pow1p(np.nan, 2.0)) and fm.pow1p(-1.0, 2.0) == 0.0


def test_rg3_edges_and_small_t_series():
    P = fm.rg3_solve(np.array([1.2, 1.2, np.nan, 1.2, 6.0, 1.2]), np.array([0.0, 1.0, 1.0, np.nan, 1.0, -0.5]))
    assert P[:, 0].tolist() == [1.0, 0.0, 0.0]
    assert np.isnan(P[:, 2:]).all() and np.isfinite(P[:, 1]).all()
    assert fm.rg3_solve(0.0, 3.0)[2] == 0.0  # r = 0: no triples are formed
    # O(t**3) series of the system (the model's Sec. 2 claims): P1 = 1 - 2t + (4 - r) t**2, P2 = t - (2 + r) t**2, P3 = r t**2
    t, r = 1e-3, 1.3
    p1, p2, p3 = fm.rg3_solve(r, t)
    assert abs(p1 - (1 - 2 * t + (4 - r) * t**2)) < 20 * t**3
    assert abs(p2 - (t - (2 + r) * t**2)) < 20 * t**3
    assert abs(p3 - r * t**2) < 20 * t**3


def test_rg3_large_t_against_mp_taylor():
    """t = 100 (the engine needs ~60 s there): the engine's own Taylor integrator (rg.taylor_quadratic) at
    30 digits with steps (a0 + tau)/8, half the float64 steps; the float64 result within the stated bound."""
    ctx = mpmath.MPContext()
    ctx.dps = 30
    r = ctx.mpf(1.5)
    a0 = min(ctx.mpf(0.4), ctx.mpf(1.2) / (ctx.mpf(1.4) + r))
    bil = [[(-2, 0, 0), (-2 * r, 0, 1), (-2 * r, 0, 2)],
           [(-2 * r, 1, 0), (-2 * r, 1, 1), (-2 * r, 1, 2), (1, 0, 0)],
           [(-2 * r, 2, 0), (-2 * r, 2, 1), (-2 * r, 2, 2), (r, 0, 1), (r, 1, 0)]]
    ref = taylor_quadratic(ctx, bil, [1, 0, 0], 100, lambda tau: (a0 + tau) / 2)
    got = fm.rg3_solve(1.5, 100.0)
    for i in range(3):
        assert abs(got[i] / float(ref[i]) - 1) <= _bound(f"P{i + 1}_rg3")


def test_a_wrong_evaluator_fails_the_bound():
    """The same measurement rejects a truncated Taylor series (12 terms) and the plain (1+t)**-(n+1) form."""
    short = accuracy(M.quantities["P2_rg3"], points=RG3_POINTS, cond=False,
                     fast=lambda r, t: fm.rg3_solve(r, t, terms=12)[1])
    assert short.max_rel > 10 * _bound("P2_rg3")
    # the plain power form of P_12 against the closed form at 30 digits (equal to the engine: the tests above;
    # the engine needs ~5 s a point at n = 12): the rounding of 1 + t raised to the 13th power breaks the bound
    t = np.geomspace(0.5, 100.0, 200)
    with mpmath.workdps(30):
        exact = np.array([float(mpmath.mpf(x) ** 11 / (1 + mpmath.mpf(x)) ** 13) for x in t])
    plain = t**11 * (1.0 + t) ** -13
    ours = M.quantities["Pt_mp"].fast(n_h=12.0, t=t)
    assert np.max(np.abs(plain / exact - 1)) > 2 * _bound("Pt_mp")
    assert np.max(np.abs(ours / exact - 1)) <= _bound("Pt_mp")


def _naive_pair_gap_ratio(e1, e2, lam):
    """The direct float64 route: E4 - E3 of the 4x4 (3.1) from eigvalsh, minimized over U (bounded Brent)."""
    from scipy.optimize import minimize_scalar

    sz, sx, one = np.diag([0.5, -0.5]), np.array([[0, 0.5], [0.5, 0]]), np.eye(2)
    S1z, S2z, S1x, S2x = np.kron(sz, one), np.kron(one, sz), np.kron(sx, one), np.kron(one, sx)
    dH = -(S1z + S2z) / 2 + S1z @ S2z
    out = []
    for a, b, lm in zip(e1, e2, lam):
        d1, d2 = 0.6 * lm * a, 0.8 * lm * b
        E1, E2 = np.hypot(a, d1), np.hypot(b, d2)

        def gap(U):
            ev = np.linalg.eigvalsh(a * S1z + b * S2z + d1 * S1x + d2 * S2x + U * dH)
            return ev[3] - ev[2]

        U0 = (E1 + E2) / ((a / E1 + b / E2) / 2)
        w = 4 * lm**2 * U0
        res = minimize_scalar(gap, bounds=(U0 - w, U0 + w), method="bounded", options={"xatol": 1e-14 * U0})
        out.append(res.fun / (d1 * d2 * res.x / (2 * E1 * E2)))
    return np.array(out)


def test_direct_float64_pair_gap_fails_the_bound():
    """E4 - E3 straight from float64 eigenvalues loses ~2 log10(1/lam) digits: the measurement rejects it."""
    naive = accuracy(M.quantities["pair_gap_ratio"], points=PG_POINTS, cond=False, fast=_naive_pair_gap_ratio)
    assert naive.max_rel > 1e4 * _bound("pair_gap_ratio") and naive.worst["lam"] <= 2e-5


def test_pair_gap_ratio_edges():
    q = M.quantities["pair_gap_ratio"].fast
    out = q(e1=np.array([np.nan, 1.0, 1.0]), e2=np.array([1.0, 1.0, 1.0]), lam=np.array([1e-3, 0.0, 1e-8]))
    assert np.isnan(out[:2]).all()
    assert abs(out[2] - 1) < 1e-15  # (3.8) is exact to O(lam**2): ratio 1 - O(1e-16) at lam = 1e-8


def test_run_diagnostics_only_at_stored_times():
    # I_1 used to answer t = 0.3 with the value at the nearest stored time (0.5), silently
    q = M.quantities["const_engine_I1"]
    got = q.fast(t=np.array([0.3, 0.5, 7.0]))
    assert np.isnan(got[0]) and np.isnan(got[2]) and got[1] == float(q.reference(dps=17, t=0.5))
    with pytest.raises(Exception, match="engine times"):
        q.reference(dps=17, t=0.3)
