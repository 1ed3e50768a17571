"""Engines of the interacting-TLS model: two-level Schroedinger (Rabi, flip-flop element, Landau-Zener),
Floquet quasi-energies, Bessel sequences, resonant-pair integrals, and the 1/R**3 Monte Carlo.

Each test checks an engine against an independent route (a closed form derived by hand, a brute-force
quadrature, mpmath's own special functions) and shows that the comparison refutes a deliberately wrong
formula (wrong power, wrong prefactor, wrong argument).
"""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from scipy import integrate, special

from vitrum.numeric import floquet as fq
from vitrum.numeric.resonant_pairs import n_resonant, pair_distribution, strip_density, thermal_factor
from vitrum.numeric.shift_statistics import CAUCHY_SCALE, NEAREST_MEDIAN, shift_statistics
from vitrum.numeric.two_level import flipflop_matrix_element, lz_cosine, lz_linear, rabi_probability


def ctx_at(dps: int) -> mpmath.ctx_mp.MPContext:
    ctx = mpmath.MPContext()
    ctx.dps = dps
    return ctx


# --- Rabi and flip-flop (precision-generic) --------------------------------------------------------
def test_rabi_matches_the_closed_form_at_40_digits_and_refutes_a_wrong_power():
    ctx = ctx_at(40)
    d, d0, t = ctx.mpf("0.31"), ctx.mpf("-0.77") * -1, ctx.mpf("9.3")
    e = ctx.sqrt(d * d + d0 * d0)
    got = rabi_probability(ctx, d, d0, t)
    assert abs(got - (d0 / e) ** 2 * ctx.sin(e * t / 2) ** 2) < ctx.mpf(10) ** -38
    assert abs(got - (d0 / e) * ctx.sin(e * t / 2) ** 2) > ctx.mpf("1e-2")  # Delta0/E without the square
    assert abs(got - (d0 / e) ** 2 * ctx.sin(e * t) ** 2) > ctx.mpf("1e-2")  # sin(E t) instead of sin(E t/2)


def test_flipflop_element_is_a_quarter_of_the_printed_amplitude():
    ctx = ctx_at(35)
    args = [ctx.mpf(v) for v in ("-0.3", "0.2", "0.5", "0.9")]
    coupling = ctx.mpf(2)
    got = flipflop_matrix_element(ctx, *args, coupling)
    e1, e2 = ctx.sqrt(args[0] ** 2 + args[1] ** 2), ctx.sqrt(args[2] ** 2 + args[3] ** 2)
    printed = coupling * args[1] * args[3] / (e1 * e2)
    assert abs(got / printed - ctx.mpf(1) / 4) < ctx.mpf(10) ** -33
    # the pseudospin amplitude 2*element is printed/2, not printed
    assert abs(2 * got / printed - 1) > ctx.mpf("0.4")


# --- Landau-Zener (float64) --------------------------------------------------------------------
def test_lz_linear_converges_to_exp_minus_2pi_delta_and_refutes_pi_delta():
    exact = math.exp(-2 * math.pi * 0.1)
    coarse, fine = lz_linear(0.1, t0_scale=10.0), lz_linear(0.1, t0_scale=20.0)
    assert abs(fine / exact - 1) < 1e-5
    assert abs(fine / exact - 1) < abs(coarse / exact - 1)  # the finite-window error shrinks
    assert abs(fine / math.exp(-math.pi * 0.1) - 1) > 0.2  # a wrong exponent is far off


def test_lz_cosine_drive_approaches_the_linear_sweep_as_a_over_v_grows():
    delta = 0.1
    exact = math.exp(-2 * math.pi * delta)
    dev = [abs(lz_cosine(1.0, a, 1.0 / (delta * a)) / exact - 1) for a in (10.0, 30.0)]
    assert dev[1] < dev[0] / 3 and dev[1] < 1e-3
    # the rate is a*omega at Delta_p = 0; a shifted crossing has the slower rate a*omega*sqrt(1 - (Delta_p/a)**2)
    a, omega, dp = 30.0, 1.0 / (delta * 30.0), 15.0
    slow = math.exp(-2 * math.pi / (a * omega * math.sqrt(1 - (dp / a) ** 2)))
    assert abs(lz_cosine(1.0, a, omega, delta_p=dp) / slow - 1) < 3e-3


# --- Floquet ------------------------------------------------------------------------------------
def test_three_routes_give_the_same_quasi_energies_and_the_printed_eq13_does_not():
    omega = 1.0
    e, amp, u = fq.reference_system(omega, 4.1, 0.2)
    ref = fq.quasienergies_propagator(e, amp, u, omega)
    assert len(ref) == 3
    assert fq.spectrum_mismatch(fq.quasienergies_extended(e, amp, u, omega, 18), ref, omega) < 1e-9
    assert fq.spectrum_mismatch(fq.quasienergies_dressed(e, amp, u, omega, 18), ref, omega) < 1e-9
    assert fq.spectrum_mismatch(fq.quasienergies_dressed(e, amp, u, omega, 18, argument="printed"), ref, omega) > 1e-3


def test_two_site_gap_is_twice_u_jn_not_u_jn_plus_one():
    coupling, x, n = 1e-3, 4.4, 3
    gap, _ = fq.two_site_min_gap(coupling, x, n)
    assert abs(gap / (2 * coupling * abs(special.jv(n, x))) - 1) < 1e-4
    assert abs(gap / (2 * coupling * abs(special.jv(n + 1, x))) - 1) > 0.1


def test_miller_bessel_sequence_against_mpmath():
    ctx = ctx_at(40)
    x = ctx.mpf("23.7")
    js = fq.bessel_j_orders(ctx, x, 60)
    for n in (0, 1, 7, 23, 24, 40, 60):
        ref = ctx.besselj(n, x)
        assert abs(js[n] - ref) <= ctx.mpf(10) ** -38 * max(abs(ref), ctx.mpf(10) ** -30), n


def test_channel_weight_grows_as_sqrt_x_with_the_predicted_constant():
    ctx = ctx_at(20)
    c = 2 * math.sqrt(2) * math.gamma(0.75) / (math.pi * math.gamma(1.25))  # (2/pi)*sqrt(2/pi)*B(1/2, 3/4)
    s = float(fq.bessel_statistics(ctx, 2000, "sum")) / math.sqrt(2000)
    assert abs(s / c - 1) < 0.01
    rms = float(fq.bessel_statistics(ctx, 2000, "rms")) * math.sqrt(2000)
    assert abs(rms - 1 / math.sqrt(2)) < 0.01 and abs(rms - 1.0) > 0.2  # RMS ~ 1/sqrt(2x), not 1/sqrt(x)


# --- resonant pairs -----------------------------------------------------------------------------
def test_n_resonant_closed_form_and_brute_force():
    ctx = ctx_at(30)
    p, coupling, e, u, length, r_min = (ctx.mpf(v) for v in ("2e-5", "0.01", "0.5", "0.6", "1e5", "0.5"))
    chi = 4 * ctx.pi * p * coupling  # U/r_min**3 = 0.08 < E: no near-side cut, exact closed form
    got = n_resonant(ctx, u, e, p, coupling, length, r_min)
    assert abs(got / (ctx.pi * chi * u * ctx.log(length / r_min)) - 1) < ctx.mpf(10) ** -25
    assert abs(n_resonant(ctx, u, e, p, coupling, length, r_min, delta_real=True) / got - 2) < ctx.mpf(10) ** -25

    # brute force (float): nested quadrature of the Heaviside of Eq. (8), r-integral exact; the E'-integral
    # is done numerically in y = log|E - E'| (the 1/|E - E'| resonance window spans 20 decades)
    P, U, E, U0, L, R = (float(v) for v in (p, coupling, e, u, length, r_min))

    def over_energy(th):
        b = U * U0 * math.sin(th)
        x1, x2 = b / L**3, b / R**3

        def f(y):
            x = math.exp(y)
            return max(min(b / x, L**3) - R**3, 0.0) * x

        def side(top):  # x = |E - E'| from 0 to top
            lo = integrate.quad(f, math.log(x1) - 30, math.log(x1), epsabs=0, epsrel=1e-11)[0]
            return lo + integrate.quad(f, math.log(x1), math.log(min(top, x2)), epsabs=0, epsrel=1e-11)[0]

        return (side(math.inf) + side(E)) * 4 * math.pi / 3 * P / math.sin(th)

    total = integrate.quad(over_energy, 1e-12, math.pi / 2, epsrel=1e-10)[0]
    assert abs(total / float(got) - 1) < 1e-8
    assert abs(total / float(ctx.pi * chi * u * ctx.log(length / r_min) / ctx.pi) - 1) > 1  # the printed prefactor 1


def test_pair_distribution_quadrature_matches_the_thermal_closed_form():
    ctx = ctx_at(30)
    t, p, coupling, d0 = ctx.mpf("0.03"), ctx.mpf("2.4e-5"), ctx.mpf(10), ctx.mpf("1e-5")
    for dp in ("1e-6", "0.02", "0.09"):
        dp = ctx.mpf(dp)
        quad = pair_distribution(ctx, dp, d0, t, p, coupling)
        closed = ctx.pi**3 / 3 * (p * t) * (p * coupling) * thermal_factor(ctx, dp / t) / d0**2
        assert abs(quad / closed - 1) < ctx.mpf(10) ** -25
    # thermal factor: 1 at 0, log 2 at oo, and 1 - d/4 for small d (not 1 - d/2)
    assert abs(thermal_factor(ctx, ctx.mpf(60)) - ctx.log(2)) < ctx.mpf(10) ** -20
    d = ctx.mpf("1e-4")
    assert abs((1 - thermal_factor(ctx, d)) / d - ctx.mpf(1) / 4) < ctx.mpf("1e-4")


@pytest.mark.parametrize("alpha", [2, 6])
def test_pair_distribution_exponent_follows_the_interaction_not_the_tls_distribution(alpha):
    ctx = ctx_at(20)
    args = (ctx.mpf("1e-5"), ctx.mpf("0.03"), ctx.mpf("2.4e-5"), ctx.mpf(10))

    def p2(d0, s):
        return pair_distribution(ctx, args[0], d0, *args[1:], alpha=alpha, s=s)

    for s in (1, 0.5):
        slope = ctx.log(p2(ctx.mpf("1e-6"), s) / p2(ctx.mpf("1e-4"), s)) / ctx.log(ctx.mpf("1e-2"))
        assert abs(slope - (-1 - ctx.mpf(3) / alpha)) < ctx.mpf(10) ** -15
        assert abs(slope + 2) > 0.2  # not the R**-3 exponent


def test_strip_density_limit_and_its_breakdown_near_T():
    ctx = ctx_at(25)
    t, p, coupling = ctx.mpf("0.03"), ctx.mpf("2.4e-5"), ctx.mpf(10)
    limit = ctx.pi**3 * ctx.log(2) / 3 * (p * t) * (p * coupling)
    assert abs(strip_density(ctx, 40, t, p, coupling) / limit - 1) < ctx.mpf(10) ** -11
    n0 = strip_density(ctx, 0, t, p, coupling) / limit
    assert ctx.mpf("0.85") < n0 < ctx.mpf("0.97")  # the k-independence breaks as Delta0_p -> T


# --- Monte Carlo --------------------------------------------------------------------------------
def test_monte_carlo_agrees_with_the_cauchy_law_and_refutes_a_wrong_scale():
    st = shift_statistics(samples=40000, points=400, seed=7, angular="sign")
    assert abs(st.sum_median - CAUCHY_SCALE["sign"]) < 4 * st.sum_error
    assert abs(st.nearest_median - NEAREST_MEDIAN) < 4 * st.nearest_error
    assert 0.005 < st.sum_error / st.sum_median < 0.02  # 40000 samples: ~1 % error bars
    wrong = 4 * math.pi / 3  # the bare 'N*U' with the sphere volume, no Cauchy factor pi/2
    assert abs(st.sum_median - wrong) > 20 * st.sum_error


def test_monte_carlo_cutoff_convergence():
    coarse = shift_statistics(samples=40000, points=100, seed=11, angular="dipolar")
    fine = shift_statistics(samples=40000, points=400, seed=11, angular="dipolar")
    assert abs(coarse.sum_median - fine.sum_median) < 4 * math.hypot(coarse.sum_error, fine.sum_error)
    assert abs(fine.sum_median - CAUCHY_SCALE["dipolar"]) < 4 * fine.sum_error
    assert np.isfinite(fine.ratio) and fine.ratio > 1  # the dipolar sum exceeds its nearest term
