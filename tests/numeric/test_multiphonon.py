"""The multiphonon engine (vitrum.numeric.multiphonon): each routine against an independent route,
and deliberately wrong variants refuted.

Independent routes used: mpmath.quad of the defining u-integrals (Debye sums, g(tau)), the closed
Gaussian form (5) for the Mehler trace, the exact Bessel series at J'' = 0 for the comb weight, the
one-phonon limit (24) and the steepest-descent limit of the attenuation, the closed form of phi(y).
"""

from __future__ import annotations

import math

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vitrum.numeric import multiphonon as mph


def ctx_at(dps: int):
    c = mpmath.MPContext()
    c.dps = dps
    return c


def rel(a, b):
    return abs(a - b) / abs(b)


# --- quadrature and Debye sums -----------------------------------------------------------------------------
def test_gauss_legendre_is_exact_for_polynomials_and_cached_per_precision():
    c = ctx_at(40)
    xs, ws = mph.gauss_legendre(c, 12)
    assert abs(sum(ws) - 2) < c.mpf(10) ** -38
    # degree 23 is integrated exactly, degree 24 is not
    assert abs(sum(w * x**22 for x, w in zip(xs, ws)) - c.mpf(2) / 23) < c.mpf(10) ** -38
    assert abs(sum(w * x**24 for x, w in zip(xs, ws)) - c.mpf(2) / 25) > c.mpf(10) ** -10
    xs2, _ = mph.gauss_legendre(ctx_at(40), 12)  # fresh context, same precision: same nodes
    assert xs2 == xs


def test_J1_matches_direct_quadrature_and_its_T0_value():
    c = ctx_at(30)
    R = c.mpf(200)
    for t in ("0.01", "0.1", "1.3"):
        t = c.mpf(t)
        direct = 3 * R / 4 * c.quad(lambda u: (u - c.sin(c.pi * u) / c.pi) * c.coth(u / (2 * t)), [0, t, 4 * t, 1] if t < 0.2 else [0, 1])
        assert rel(mph.J1(c, t, R), direct) < c.mpf(10) ** -27
    j10 = 3 * R / 8 * (1 - 4 / c.pi**2)
    assert rel(mph.J1(c, c.mpf("1e-9"), R), j10) < c.mpf(10) ** -25
    # a wrong zero-point coefficient (3/4 instead of 3/8) is far off
    assert rel(mph.J1(c, c.mpf("1e-9"), R), 3 * R / 4 * (1 - 4 / c.pi**2)) > 0.4
    # the thermal part: J1(t) - J1(0) = pi^6 R t^4/60 (1 + O(t^2)); t^4/30 is refuted
    t = c.mpf("1e-3")
    assert rel(mph.J1(c, t, R) - j10, c.pi**6 * R * t**4 / 60) < 1e-4
    assert rel(mph.J1(c, t, R) - j10, c.pi**6 * R * t**4 / 30) > 0.4


def test_J2_is_J1_at_twice_the_temperature_and_equals_J1_plus_g0():
    c = ctx_at(30)
    for t in ("0.02", "0.13", "0.7"):
        t = c.mpf(t)
        assert rel(mph.J2(c, t, 200), mph.J1(c, t, 200) + mph.g0(c, t, 200)) < c.mpf(10) ** -26


def test_g0_low_temperature_law_and_refuted_exponent():
    c = ctx_at(30)
    R = c.mpf(200)
    t = c.mpf("0.002")
    law = c.pi**6 * R * t**4 / 4
    assert rel(mph.g0(c, t, R), law) < 1e-3  # next correction -39 t^2 (1.6e-4 here)
    assert rel(mph.g0(c, t, R), c.pi**6 * R * t**5 / 4) > 0.9  # wrong exponent


# --- g(tau) closed form ------------------------------------------------------------------------------------
@pytest.mark.parametrize("t,tau", [("0.02", "0.3"), ("0.1", "2.7"), ("0.3", "0.0"), ("0.3", "11.0")])
def test_g_tau_closed_form_matches_the_u_integral(t, tau):
    c = ctx_at(30)
    t, tau = c.mpf(t), c.mpf(tau)
    R = 200
    f = lambda u: (u - c.sin(c.pi * u) / c.pi) * c.cos(u * tau / t) / c.sinh(u / (2 * t))  # noqa: E731
    direct = 3 * R / 4 * c.quad(f, c.linspace(0, 1, 40))
    got = mph.g_tau(c, tau, t, R)
    assert abs(got - direct) < c.mpf(10) ** -24 * (1 + abs(direct))
    # the Debye cut-off (the oscillating part) is not negligible at t = 0.3
    if t > 0.2 and tau > 1:
        assert abs(mph.g_smooth(c, tau, t, R) - direct) > 1e-3


def test_g_tau_at_zero_is_g0():
    c = ctx_at(30)
    for t in ("0.05", "0.25"):
        t = c.mpf(t)
        assert rel(mph.g_tau(c, c.zero, t, 200), mph.g0(c, t, 200)) < c.mpf(10) ** -26


@settings(max_examples=8, deadline=None)
@given(st.floats(0.01, 0.4), st.floats(0.0, 20.0))
def test_g_tau_never_exceeds_g0(t, tau):
    c = ctx_at(20)
    assert mph.g_tau(c, c.mpf(tau), c.mpf(t), 200) <= mph.g0(c, c.mpf(t), 200) * (1 + c.mpf(10) ** -15)


# --- the all-orders attenuation ------------------------------------------------------------------------------
def test_attenuation_one_phonon_limit_is_eq24():
    """At T << (pi^8 R)^(-1/4) Theta the multiphonon terms vanish and Lambda -> (pi^7/32) R t^3 e^(J1)."""
    c = ctx_at(20)
    t = c.mpf(1) / 150
    lam = mph.attenuation(c, t, 200)
    eq24 = c.pi**7 / 32 * 200 * t**3 * c.exp(mph.J1(c, t, 200))
    assert rel(lam, eq24) < 2e-3
    assert rel(lam, c.pi**7 / 16 * 200 * t**3 * c.exp(mph.J1(c, t, 200))) > 0.4  # wrong coefficient refuted


def test_attenuation_steepest_descent_prefactor_is_sqrt_pi_over_F():
    c = ctx_at(20)
    t = c.mpf(20) / 150
    R = c.mpf(10) ** 5
    Ft = mph.F_reduced(c, t, R) / t**2
    sd = c.pi * c.exp(mph.J2(c, t, R)) * c.sqrt(c.pi / Ft) / t
    ratio = mph.attenuation(c, t, R) / sd
    assert abs(ratio - 1) < 1e-4
    assert abs(ratio * c.sqrt(2) - 1) > 0.3  # the printed [2 pi/F]^(1/2) is refuted


def test_attenuation_two_precisions_agree_and_float64_engine_is_accurate():
    """The mpmath routine at 20 and 30 digits, and the float64 engine (its measured accuracy)."""
    for T in (3.0, 12.0):
        lo = mph.attenuation(ctx_at(20), ctx_at(20).mpf(T) / 150, 200, log=True)
        hi = mph.attenuation(ctx_at(30), ctx_at(30).mpf(T) / 150, 200, log=True)
        assert abs(lo - hi) < 1e-17 * abs(hi)
        assert abs(mph.log_attenuation_f64(T) - float(hi)) < 1e-12 * abs(float(hi))


def test_float64_debye_sums_accuracy():
    c = ctx_at(30)
    for t in (0.003, 0.05, 0.4, 2.0):
        assert abs(mph.J1_f64(t, 200) / float(mph.J1(c, c.mpf(t), 200)) - 1) < 1e-13
        assert abs(mph.g0_f64(t, 200) / float(mph.g0(c, c.mpf(t), 200)) - 1) < 1e-12
        assert abs(mph.F_reduced_f64(t, 200) / float(mph.F_reduced(c, c.mpf(t), 200)) - 1) < 1e-12


# --- single-mode kernels ------------------------------------------------------------------------------------
def test_mehler_trace_equals_closed_form_5_with_plus_sign_only():
    c = ctx_at(30)
    for A, B, X, phi in ((2, "0.7", "1.1", "0.9"), ("0.5", 3, "0.4", "2.5")):
        A, B, X, phi = map(c.mpf, (A, B, X, phi))
        m = mph.mehler_trace(c, A, B, X, phi)
        assert rel(m, mph.kernel5(c, A, B, X, phi, +1)) < c.mpf(10) ** -27
        assert rel(m, mph.kernel5(c, A, B, X, phi, -1)) > 1e-3


def test_comb_weight_is_exact_bessel_form_at_B0():
    c = ctx_at(30)
    A, X = c.mpf(9), c.mpf("0.6")
    z = A**2 / (8 * c.sinh(X))
    exact = c.exp(A**2 / 8 * c.cosh(X) / c.sinh(X)) * c.besseli(0, z)
    assert rel(mph.comb_weight(c, A, c.zero, X), exact) < c.mpf(10) ** -27
    assert rel(mph.comb_weight(c, A, c.mpf(2), X), exact) > 0.1  # B matters


# --- one-phonon Delta E averages ------------------------------------------------------------------------------
@settings(max_examples=6, deadline=None)
@given(st.floats(1e-3, 50.0))
def test_onephonon_average_and_phi36_closed_form(y):
    c = ctx_at(25)
    y = c.mpf(y)
    closed = c.tanh(y / 2) * (y**2 + c.pi**2) ** 2 / 4
    assert rel(mph.onephonon_average(c, y), closed) < c.mpf(10) ** -20
    assert rel(mph.phi36(c, y), closed) < c.mpf(10) ** -20
    assert rel(mph.phi36(c, y), closed * 2) > 0.4


def test_debye_weight_series_branch_matches_direct_formula():
    c = ctx_at(50)
    for u in ("0.1", "0.159", "0.2"):
        u = c.mpf(u)
        assert rel(mph.debye_weight(c, u), u - c.sin(c.pi * u) / c.pi) < c.mpf(10) ** -40
    assert math.isclose(float(mph.debye_weight(c, c.mpf(1))), 1.0)
