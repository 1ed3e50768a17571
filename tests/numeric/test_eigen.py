"""The 1-D Schroedinger engine against exactly solvable and published spectra, and its resolution of
tiny tunneling splittings (deliberately wrong splittings are refuted)."""

import mpmath
import pytest
import sympy as sp

from vitrum.numeric import eigen

x = sp.Symbol("x", real=True)


def ctx_at(dps):
    ctx = mpmath.MPContext()
    ctx.dps = dps
    return ctx


def test_harmonic_oscillator_exact():
    # -psi'' + x**2 psi: E_n = 2n + 1 exactly; a shifted one with a linear term: (x + 1)**2 + 2
    for n, e in enumerate(eigen.levels(x**2, x, 6, dps=30)):
        assert abs(e - (2 * n + 1)) < mpmath.mpf(10) ** -30
    for n, e in enumerate(eigen.levels(x**2 + 2 * x + 3, x, 3, dps=30)):
        assert abs(e - (2 * n + 3)) < mpmath.mpf(10) ** -30
    # a kinetic coefficient: -4 psi'' + x**2 psi has E_n = 2*(2n + 1)
    ctx = ctx_at(30)
    assert [int(e) for e in eigen.spectrum(ctx, [0, 0, 1], 3, kinetic=4)] == [2, 6, 10]


def test_pure_quartic_published_levels():
    # Hioe & Montroll; the values quoted in the issue (20 digits)
    published = ["1.0603620904841828996", "3.7996730298013941688", "7.4556979379867383922"]
    got = eigen.levels(x**4, x, 3, dps=25)
    ctx = ctx_at(40)
    for g, p in zip(got, published):
        assert abs(ctx.mpf(g) - ctx.mpf(p)) < ctx.mpf(10) ** -19


def test_sextic_quasi_exact_ground_states():
    # psi = exp(-x**4/4 + b*x**2/2) solves -psi'' + (x**6 - 2b x**4 + (b**2 - 3) x**2) psi = -b psi: for b = 6 a deep
    # double well whose ground level is known exactly (the excited partner is not)
    E = eigen.levels(x**6 - 12 * x**4 + 33 * x**2, x, 2, dps=30)
    assert abs(E[0] + 6) < mpmath.mpf(10) ** -30
    assert 0 < E[1] - E[0] < 1e-6  # a tunneling doublet
    assert abs(eigen.levels(x**6 - 3 * x**2, x, 1, dps=30)[0]) < mpmath.mpf(10) ** -30


def test_smooth_route_exact_doublet():
    # psi = exp(-cosh x)*cosh(x/2), exp(-cosh x)*sinh(x/2): V = sinh(x)**2 - 2 cosh(x), E = -5/4 and 3/4
    E = eigen.levels(sp.sinh(x) ** 2 - 2 * sp.cosh(x), x, 2, dps=15)
    assert abs(E[0] + mpmath.mpf(5) / 4) < 1e-15 and abs(E[1] - mpmath.mpf(3) / 4) < 1e-15


def test_splitting_resolved_and_wrong_splittings_refuted():
    # symmetric double well (X**2 - a)**2 at a = 16: splitting ~3.5e-35 relative to levels ~16
    ctx = ctx_at(30)
    a = 16
    co = [a * a, 0, -2 * a, 0, 1]
    g = eigen.gap(ctx, co, 0, 1)
    g_hi = eigen.gap(ctx_at(45), co, 0, 1)
    assert abs(g / g_hi - 1) < mpmath.mpf(10) ** -28
    # the same doublet by the non-parity (cluster) route: an asymmetry far below the splitting changes nothing
    ctx90 = ctx_at(90)
    lv = eigen.spectrum(ctx90, [ctx90.mpf(c) for c in (a * a, 0, -2 * a, "1e-70", 1)], 2)
    assert abs((lv[1] - lv[0]) / g - 1) < mpmath.mpf(10) ** -25
    # instanton: omega*sqrt(24*S0/pi)*exp(-S0)*(1 - 71/(72*S0)), omega = 4*z0, S0 = (4/3)*z0**3
    z0 = ctx.sqrt(a)
    S0 = 4 * z0**3 / 3
    inst = lambda c, corr: 4 * z0 * c * ctx.sqrt(S0) * ctx.exp(-S0) * (1 - corr / S0)
    right = inst(ctx.sqrt(24 / ctx.pi), ctx.mpf(71) / 72)
    assert abs(g / right - 1) < 5e-4  # O(S0**-2) = 1.4e-3 * const
    for wrong in (inst(2 * ctx.sqrt(24 / ctx.pi), ctx.mpf(71) / 72),  # prefactor off by 2
                  inst(ctx.sqrt(8 / ctx.pi), ctx.mpf(71) / 72),  # wrong constant sqrt(8/pi)
                  inst(ctx.sqrt(24 / ctx.pi), 0)):  # the 1/S0 correction dropped (1.2%)
        assert abs(g / wrong - 1) > 5e-3
    # a 1e-9 relative change of the potential's depth moves the splitting visibly (resolution)
    co2 = [a * a, 0, -2 * a * (1 + ctx.mpf(10) ** -9), 0, 1]
    assert abs(eigen.gap(ctx, co2, 0, 1) / g - 1) > 1e-9


def test_hellmann_feynman_and_second_order():
    ctx = ctx_at(30)
    K1, K2 = ctx.mpf("0.3"), ctx.mpf("1.7")
    f = lambda t: eigen.spectrum(ctx, [0, 0, t, K2, 1], 2)[1]
    _, ex = eigen.expectations(ctx, [0, 0, K1, K2, 1], 2, (2, 3))
    assert abs(ctx.diff(f, K1) - ex[2][1]) < mpmath.mpf(10) ** -25
    g = lambda t: eigen.expectations(ctx, [0, 0, K1, t, 1], 2, (2,))[1][2][1]
    d2 = eigen.second_derivatives(ctx, [0, 0, K1, K2, 1], 1, (2, 3))
    assert abs(ctx.diff(g, K2) - d2[(2, 3)]) < mpmath.mpf(10) ** -22
    assert abs(d2[(2, 3)] - d2[(3, 2)]) < mpmath.mpf(10) ** -25


def test_uncertified_levels_raise():
    with pytest.raises(ValueError):
        eigen.levels(-x**4, x, 1)
