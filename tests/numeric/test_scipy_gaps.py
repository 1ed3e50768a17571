"""The float64 functions scipy lacks (vitrum.numeric.scipy_gaps) against mpmath: polygamma of complex
argument and polylog of integer order, over all orders of magnitude, in ulps against the condition
number; special values and hostile inputs by hypothesis."""

import math

import mpmath
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vitrum.numeric.scipy_gaps import polygamma, polylog

EPS = 2.0**-52


def _ctx(dps):
    ctx = mpmath.MPContext()
    ctx.dps = dps
    return ctx


def _reference(f, *args):
    """mpmath at 40 digits, certified by 60 (the two must agree to 30)."""
    lo, hi = f(_ctx(40), *args), f(_ctx(60), *args)
    assert abs(lo - hi) <= abs(hi) * mpmath.mpf(10) ** -30
    return hi


RE = [-1e4 - 0.3, -50.5, -7.7, -2.5, -0.3, 1e-8, 0.3, 0.5, 1.0, 3.3, 19.9, 25.0, 1e3, 1e6]
IM = [0.0, 1e-8, 1e-3, 0.5, -3.0, 19.0, 300.0, -1e6]


@pytest.mark.parametrize("n", [1, 2, 5])
def test_polygamma_complex_within_a_few_ulps_times_condition(n):
    zs = np.array([complex(r, i) for r in RE for i in IM])
    got = polygamma(n, zs)
    worst = 0.0
    for z, g in zip(zs, got):
        ref = _reference(lambda ctx, z: ctx.polygamma(n, ctx.mpc(z.real, z.imag)), z)
        kappa = float(abs(mpmath.mpc(z) * _ctx(40).polygamma(n + 1, mpmath.mpc(z)) / ref))
        err = float(abs(mpmath.mpc(complex(g)) - ref) / abs(ref)) / EPS
        worst = max(worst, err / max(kappa, 1.0))
    assert worst < 4, worst


def test_polygamma_real_input_stays_real_and_matches_scipy_where_scipy_works():
    import scipy.special as sc

    x = np.geomspace(1e-3, 1e6, 40)
    got = polygamma(1, x)
    assert got.dtype == np.float64
    assert np.allclose(got, sc.polygamma(1, x), rtol=4 * EPS, atol=0)
    assert float(polygamma(2, -0.5)) == pytest.approx(float(_reference(lambda c: c.polygamma(2, -0.5))), rel=1e-14)
    with pytest.raises(ValueError, match="order"):
        polygamma(1.5, x)


@pytest.mark.parametrize("s", [3, 4, 7, 12])
def test_polylog_within_a_few_ulps(s):
    zs = np.concatenate([-np.geomspace(1e-300, 1e300, 60), np.geomspace(1e-300, 0.5, 20), np.linspace(0.5, 1.0, 21),
                         [-1.0, -0.5, -1.0000001, -0.9999999, 1.0 - 2**-52, 0.0]])
    got = polylog(s, zs)
    for z, g in zip(zs, got):
        ref = _reference(lambda ctx, z: ctx.polylog(s, ctx.mpf(z)), float(z))
        if ref == 0:
            assert g == 0
            continue
        assert math.isfinite(g), z
        err = float(abs(mpmath.mpf(float(g)) - ref) / abs(ref)) / EPS
        # below z = -1 the value is ~ -log(-z)**s/s!: the half-ulp rounding of the logarithm is
        # raised to the power s (the function's own condition number there is only ~ s/log(-z))
        assert err < 3 + s / 2, (s, z, g, ref, err)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True))
@example(math.inf)
@example(-math.inf)
@example(math.nan)
@example(5e-324)
@example(-5e-324)
@example(1.0)
@example(1.0000000000000002)
def test_polylog_hostile_inputs(z):
    v = float(polylog(3, z))
    if math.isnan(z) or z > 1.0:
        assert math.isnan(v)  # complex there
    elif z == -math.inf:
        assert v == -math.inf
    else:
        assert math.isfinite(v)
        assert (v < 0) == (z < 0) and (v == 0) == (z == 0)  # Li_3 has the sign of z
        if 0 < abs(z) < 1e-300:
            assert v == z  # Li_3(z) = z + z**2/8 + ...


@settings(max_examples=200, deadline=None)
@given(st.complex_numbers(allow_nan=True, allow_infinity=True))
@example(complex(-3.0, 0.0))  # a pole
@example(complex(0.5, 1e-300))
@example(complex(-1e300, 0.5))
@example(complex(math.inf, 1.0))
def test_polygamma_hostile_inputs(z):
    v = complex(polygamma(1, np.array([z]))[0])
    if math.isnan(z.real) or math.isnan(z.imag):
        assert math.isnan(v.real) or math.isnan(v.imag)
    elif math.isinf(z.real) or math.isinf(z.imag):
        assert not math.isinf(v.real) and not math.isinf(v.imag)  # -> 0, or NaN where no limit exists
    elif z.imag == 0 and z.real <= 0 and z.real == round(z.real):
        assert not math.isfinite(abs(v)) or abs(v) > 1e300  # at a pole
    elif max(abs(z.real), abs(z.imag)) < 1e6:  # (mpmath needs ~log10|z| extra digits for cot(pi z) beyond that)
        ref = _ctx(30).polygamma(1, mpmath.mpc(z))
        if abs(ref) > 1e-300 and abs(ref) < 1e300:
            assert math.isfinite(abs(v)), z
