"""The self-trapping engine: global minima of eta*x**2 + xi*x**3 + x**4 - n*q*x, the window edges,
the renormalised parameters (5.8), the float64 engines, and the Monte Carlo pair DOS."""

import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vitrum.numeric import self_trapping as engine
from vitrum.numeric.reference import certified


def ctx_at(dps=30):
    ctx = mpmath.MPContext()
    ctx.dps = dps
    return ctx


def brute_min(eta, xi, n, q):
    """Independent global minimum: every stationary point from mpmath.polyroots, then the smallest f."""
    ctx = ctx_at(40)
    roots = ctx.polyroots([4, 3 * ctx.mpf(xi), 2 * ctx.mpf(eta), -n * ctx.mpf(q)], maxsteps=200, extraprec=200)
    real = [ctx.re(r) for r in roots if abs(ctx.im(r)) < ctx.mpf(10) ** -20]
    f = lambda x: ((x + xi) * x + eta) * x * x - n * q * x  # noqa: E731
    return min((f(x), x) for x in real)


@settings(max_examples=40, deadline=None)
@given(eta=st.floats(-0.3, 3), xi=st.floats(-0.5, 0.5), n=st.sampled_from([0, 1, 2]), q=st.floats(0.01, 1))
def test_global_minimum_against_polyroots(eta, xi, n, q):
    ctx = ctx_at(30)
    f, x = engine.self_trapping(ctx, eta, xi, n, q)
    fb, xb = brute_min(eta, xi, n, q)
    eta, xi, q = ctx.mpf(eta), ctx.mpf(xi), ctx.mpf(q)
    assert abs(f - fb) <= 1e-25 * max(1, abs(fb))
    # stationary and a minimum
    assert abs(4 * x**3 + 3 * xi * x**2 + 2 * eta * x - n * q) < 1e-25 * max(1, abs(x))
    assert 12 * x**2 + 6 * xi * x + 2 * eta >= -1e-20


def test_quartic_closed_form_and_a_wrong_coefficient_refuted():
    ctx = ctx_at(40)
    q = ctx.mpf("0.1")
    for n in (1, 2):
        f, x = engine.self_trapping(ctx, 0, 0, n, q)
        exact = -ctx.mpf(3) / 4 * n * q * ctx.cbrt(n * q / 4)
        assert abs(f - exact) < ctx.mpf(10) ** -35
        # the harmonic-style guess W_2 = 4*W_1 does not hold at k = 0: W_2/W_1 = 2**(4/3)
    ratio = engine.self_trapping(ctx, 0, 0, 2, q)[0] / engine.self_trapping(ctx, 0, 0, 1, q)[0]
    assert abs(ratio - ctx.cbrt(16)) < ctx.mpf(10) ** -35 and abs(ratio - 4) > 1


def test_certified_at_two_precisions_near_the_harmonic_limit():
    # eta = 1e5: the Cardano form cancels ~8 digits; Newton polishing restores them
    value = certified(lambda ctx: engine.self_trapping(ctx, ctx.mpf(10) ** 5, 0, 2, ctx.mpf("0.1"))[0], dps=30)
    assert value.digits >= 30
    harmonic = -mpmath.mpf("0.01") / 10**5  # -(n*q)**2/(4*eta)
    assert abs(value.value / harmonic - 1) < 1e-15


def test_window_edges():
    ctx = ctx_at(30)
    q, uc = ctx.mpf("0.1"), ctx.mpf("0.01")
    target = ctx.mpf(1) / 30
    eg = engine.eta_at_w2(ctx, target, 0, q)
    assert abs(-engine.self_trapping(ctx, eg, 0, 2, q)[0] - target) < ctx.mpf(10) ** -27
    with pytest.raises(ValueError):  # above |W_2(k=0)|: no k_g (dielectric case)
        engine.eta_at_w2(ctx, ctx.mpf(2) / 30 * 1, 0, q)  # |W_2(0)|/A = 0.0553 < 0.0667
    el = engine.eta_at_u_zero(ctx, 0, q, uc)
    assert abs(engine.correlation(ctx, el, 0, q, uc)) < ctx.mpf(10) ** -27
    em = engine.eta_u_min(ctx, 0, q)
    u = lambda e: engine.correlation(ctx, e, 0, q, uc)  # noqa: E731
    assert u(em) < u(em * ctx.mpf("1.01")) and u(em) < u(em * ctx.mpf("0.99"))
    assert em < el


def test_renormalized_parameters_against_taylor_expansion():
    ctx = ctx_at(30)
    eta, xi, n, c1, c2, c3 = (ctx.mpf(v) for v in ("0.2", "0.1", "2", "-0.05", "0.03", "-0.02"))
    r = engine.renormalize(ctx, eta, xi, n, c1, c2, c3)
    f = lambda x: (eta + n * c2) * x**2 + (xi + n * c3) * x**3 + x**4 + n * c1 * x  # noqa: E731
    coeffs = ctx.taylor(f, r.x_e, 3)
    assert abs(coeffs[1]) < ctx.mpf(10) ** -25  # stationary
    assert abs(coeffs[2] - r.eta_n) < ctx.mpf(10) ** -25
    assert abs(coeffs[3] - r.xi_n) < ctx.mpf(10) ** -25
    # connected to x = 0: a tiny coupling moves the point only slightly
    small = engine.renormalize(ctx, eta, xi, n, ctx.mpf("1e-8"))
    assert abs(small.x_e) < 1e-6
    # the printed cubic (5.8) for kappa = 4*x_e/xi' vanishes (reading T)
    e2, e3 = eta + n * c2, xi + n * c3
    k = r.kappa
    assert abs(k**3 + 3 * k**2 + 8 * e2 / e3**2 * k + 16 * n * c1 / e3**3) < ctx.mpf(10) ** -20


def test_float64_engine_accuracy():
    ctx = ctx_at(30)
    etas = np.concatenate([np.geomspace(1e-4, 3, 12), [-0.3, -0.1, 0.0]])
    xis = np.linspace(-0.5, 0.5, 7)
    worst = 0.0
    for n in (1, 2):
        for q in (0.01, 0.1, 1.0):
            e, x = np.meshgrid(etas, xis)
            f, _ = engine.self_trapping_np(e, x, n, q)
            for fe, ee, xx in zip(f.ravel(), e.ravel(), x.ravel()):
                ref = engine.self_trapping(ctx, float(ee), float(xx), n, q)[0]
                worst = max(worst, float(abs((fe - ref) / ref)))
    assert worst < 1e-12


def test_monte_carlo_pair_dos_normalisation():
    edges = np.linspace(-3, 3, 601)
    density, err, total = engine.pair_dos_mc(edges, q_sq_over_2a=0.15, u_c=0.3, e_c_star=1.0, dlt_s=0.2, w_s=0.2,
                                             d_lo=0.3, d_hi=1.0, samples=200_000)
    # every level lies inside [-3, 3]: the histogram integrates to the number of states
    assert math.isclose(float(np.sum(density * np.diff(edges))), total, rel_tol=1e-12)
    # number of states = (eta window) * (mass of g0): eta = Q**2/(2A*D) from D = 1 to D = 0.3
    assert math.isclose(total, (0.15 / 0.3 - 0.15 / 1.0) * (0.2 + 0.2 * (1 - math.exp(-40))), rel_tol=1e-12)
    assert np.all(err > 0)
