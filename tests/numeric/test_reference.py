"""The mpmath reference: certified digits, local precision, integrals in natural scales."""

import mpmath
import pytest
import sympy as sp

from vitrum.numeric.mpeval import UnsupportedExpression, compile_mp
from vitrum.numeric.reference import UncertifiedError, certified, certified_eval, new_context

x = sp.Symbol("x", positive=True)


def test_global_precision_untouched():
    before = mpmath.mp.dps
    certified_eval(sp.zeta(3), {}, dps=50)
    with pytest.raises(UncertifiedError):
        certified(lambda ctx: ctx.mpf(ctx.dps), dps=30)  # a value that depends on the precision
    assert mpmath.mp.dps == before


def test_certification_detects_cancellation():
    # re(psi(1/2 + i y)) - log(y) ~ -1/(24 y^2): at y = 1e6 the difference cancels 12 digits
    # the guard grows until the cancellation is absorbed
    expr = sp.re(sp.digamma(sp.Rational(1, 2) + sp.I * x)) - sp.log(x)
    ok = certified_eval(expr, {"x": 1e6}, dps=30)
    assert ok.digits >= 30
    assert abs(ok.value * mpmath.mpf(10) ** 12 + mpmath.mpf(1) / 24) < 1e-11
    # a cancellation beyond every guard is refused, with both values
    with pytest.raises(UncertifiedError) as info:
        certified_eval((sp.cos(x) - 1) / x**2, {"x": "1e-40"}, dps=30)  # exactly 0 at 40 and 55 digits; truly -1/2
    assert info.value.digits < 30


def test_si_scaled_integral():
    # heat capacity integral of a TLS ensemble in SI units: scale k*T ~ 1e-23 J
    E, k, T = sp.symbols("E k T", positive=True)
    c1 = k * (E / (2 * k * T)) ** 2 * sp.sech(E / (2 * k * T)) ** 2
    r = certified_eval(sp.Integral(c1, (E, 0, sp.oo)), {"k": "1.380649e-23", "T": 0.25}, dps=30)
    ctx = new_context(40)
    expected = ctx.pi**2 / 6 * ctx.mpf("1.380649e-23") ** 2 * ctx.mpf(0.25)
    assert abs(r.value - expected) < expected * ctx.mpf(10) ** -29


def test_sum_piecewise_and_derivative():
    n = sp.Symbol("n", integer=True, positive=True)
    ctx = new_context(40)
    assert abs(certified_eval(sp.Sum((-1) ** (n + 1) / n, (n, 1, sp.oo)), {}, 30).value - ctx.log(2)) < 1e-29
    # only the chosen branch is evaluated: log(x) of a negative x would raise in the other
    pw = sp.Piecewise((sp.log(-x + 2), x < 2), (x, True))
    assert certified_eval(pw, {"x": 5}, 30).value == 5
    d = certified_eval(sp.Derivative(sp.sin(x), x), {"x": 0.3}, 30).value
    assert abs(d - ctx.cos(ctx.mpf(0.3))) < 1e-28


def test_tiny_si_integrand_is_not_accepted_at_low_degree():
    # quad's absolute tolerance would accept any integrand of size 1e-70 at once
    E, k, T = sp.symbols("E k T", positive=True)
    integrand = (E / (k * T)) ** 3 / (sp.exp(E / (k * T)) - 1) * sp.Rational(1, 10**40)
    r = certified_eval(sp.Integral(integrand, (E, 0, sp.oo)), {"k": "1.380649e-23", "T": 2.0}, dps=30)
    ctx = new_context(45)
    expected = ctx.pi**4 / 15 * ctx.mpf("1e-40") * ctx.mpf("1.380649e-23") * 2
    assert abs(r.value / expected - 1) < ctx.mpf(10) ** -28


def test_unsupported_is_named():
    f = sp.Function("mystery")
    with pytest.raises(UnsupportedExpression, match="mystery"):
        compile_mp(f(x))
