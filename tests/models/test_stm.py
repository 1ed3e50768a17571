"""Model ``stm`` (standard tunneling model, claims stm.*).

* the model builds, declares every claim id of the spec (shared/spec/stm.md) and its a-SiO2
  parameters are consistent (C_l from Pbar, A from the deformation potentials);
* every quantity's reference certifies 30 digits at the typical point;
* the closed forms behind the relaxation references equal direct quadrature of the printed
  u-integrals, and the numeric definitions agree with independent evaluations (the printed
  double integral, the log law plus its constant, numerical T-derivatives);
* physics: positivity, evenness in Delta, monotonicity (tanh factor increasing in omega,
  C(T, t) increasing in t, tau_min decreasing in E), plus a hypothesis sweep over the domains;
* the deciders refute deliberately wrong copies of stm claims (coefficient, sign, order).
"""

from __future__ import annotations

import dataclasses
import math

import mpmath
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from vitrum import models
from vitrum.checks.deciders import Setting, decide
from vitrum.checks.strategies import values_for
from vitrum.claims import Order
from vitrum.models import tunneling as tn
from vitrum.numeric.reference import new_context, reference_value

SPEC_IDS = """
heat_capacity.linear heat_capacity.integral heat_capacity_time.log acosh_log relaxation_rate.low_T
relaxation_rate.high_T resonant.saturation relaxation.plateau relaxation.low_T velocity.slopes
velocity.digamma_asymptote thermal_conductivity.T2 mean_free_path
""".split()


@pytest.fixture(scope="module")
def model():
    return models.get("stm")


@pytest.fixture(scope="module")
def setting(model):
    return Setting(model, dps=30, symbolic_seconds=2.0)


def typical(model, name, **overrides):
    q = model.quantities[name]
    values = {p.name: p.value_for_checks() for p in q.params}
    values.update(overrides)
    return values


def ref(model, name, dps=30, **overrides):
    return model.quantities[name].reference(dps=dps, **typical(model, name, **overrides))


# --- declarations ------------------------------------------------------------------------------------
def test_every_spec_claim_is_declared(model):
    missing = [c for c in SPEC_IDS if f"stm.{c}" not in model.claims]
    assert not missing, missing
    for split in ("stm.resonant.saturation.low_omega", "stm.velocity.slopes.plateau"):
        assert split in model.claims
    for c in model.claims.values():
        assert c.statement and c.citation is not None, c.id
        assert c.expect in ("holds", "fails")


def test_asio2_parameters_are_consistent(model):
    p = model.params
    c_l = p["Pbar"].typical * p["gamma_l"].typical ** 2 / (p["rho"].typical * p["v_l"].typical ** 2)
    c_t = p["Pbar"].typical * p["gamma_t"].typical ** 2 / (p["rho"].typical * p["v_t"].typical ** 2)
    assert c_l == pytest.approx(p["C"].typical, rel=1e-3)
    assert c_t == pytest.approx(p["C"].typical, rel=0.03)
    assert float(ref(model, "rate_constant")) == pytest.approx(p["A"].typical, rel=1e-3)
    assert model.constants["k"].value == pytest.approx(1.380649e-23, rel=1e-12)


def test_every_reference_certifies_at_the_typical_point(model):
    for name, q in model.quantities.items():
        r = reference_value(q, typical(model, name), dps=30)
        assert r.digits >= 30, name
        assert mpmath.isfinite(r.value), name


# --- the numerics behind the references ---------------------------------------------------------------------
def _u_direct(ctx, a, part):
    """The printed u-integrals by quadrature, w = a/u**2: I, J, and a*dJ/da = -Integral(.. 2*w**2/(1+w**2)**2)."""
    kernels = {
        "im": lambda w: w / (1 + w**2),
        "re": lambda w: 1 / (1 + w**2),
        "slope": lambda w: -2 * w**2 / (1 + w**2) ** 2,
    }
    g = kernels[part]
    r = ctx.sqrt(a)
    pts = sorted({ctx.zero, ctx.one} | {p for p in (r / 8, r / 2, r, 2 * r, 8 * r) if p < 1})
    return ctx.quad(lambda u: ctx.sqrt(1 - u**2) / u * g(a / u**2), pts)


@pytest.mark.parametrize("a", ["1e-6", "0.3", "1.9", "2.1", "40", "1e5"])
@pytest.mark.parametrize("part", ["im", "re", "slope"])
def test_u_kernels_equal_the_printed_u_integrals(a, part):
    ctx = new_context(25)
    a = ctx.mpf(a)
    got, want = tn._u_kernel(ctx, a, part), _u_direct(ctx, a, part)
    assert abs(got / want - 1) < ctx.mpf(10) ** -18


def test_u_kernel_limits():
    ctx = new_context(30)
    small, large = ctx.mpf("1e-12"), ctx.mpf("1e12")
    assert abs(tn._u_kernel(ctx, small, "im") / (ctx.pi / 4) - 1) < 1e-9
    assert abs(tn._u_kernel(ctx, large, "im") * 3 * large - 1) < 1e-20
    assert abs(tn._u_kernel(ctx, large, "re") * 15 * large**2 / 2 - 1) < 1e-20
    assert abs(tn._u_kernel(ctx, small, "slope") + ctx.mpf(1) / 2) < 1e-9


def test_support_edge_solves_its_equation():
    ctx = new_context(30)
    for c in ("1e-30", "1e-3", "0.9", "1e4", "1e40"):
        x = tn.thermal_edge(ctx, ctx.mpf(c))
        assert abs(x**3 / ctx.tanh(x / 2) / ctx.mpf(c) - 1) < ctx.mpf(10) ** -25


def test_relaxation_references_equal_the_printed_double_integrals(model):
    """Q^-1_rel and dv/v_rel against plain nested quadrature of the spec's formula (10 digits), at a
    point past the crossover (omega*tau_min(kT) = 60) and one on the plateau (1e-3)."""
    ctx = new_context(10)
    k, A, C = model.constants["k"].value, model.params["A"].typical, model.params["C"].typical
    cases = (("relaxation_internal_friction", 2 * math.pi * 1e9, C, lambda w: w / (1 + w**2)),
             ("velocity_shift_relaxation", 1e5, -C / 2, lambda w: 1 / (1 + w**2)))
    kT = ctx.mpf(k)  # T = 1 K
    for name, omega, prefactor, g in cases:

        def inner(x):
            a = omega * ctx.tanh(x / 2) / (A * (kT * x) ** 3)  # omega*tau_min(kT*x); then w = a/u**2
            pts = sorted({ctx.zero, ctx.one} | {p for p in (ctx.sqrt(a) / 4, ctx.sqrt(a), 4 * ctx.sqrt(a)) if p < 1})
            return ctx.quad(lambda u: ctx.sqrt(1 - u**2) / u * g(a / u**2), pts)

        direct = prefactor * ctx.quad(lambda x: ctx.sech(x / 2) ** 2 * inner(x), [0, 0.1, 1, 4, 16, 50])
        assert float(ref(model, name, dps=15, T=1.0, omega=omega)) == pytest.approx(float(direct), rel=1e-8)


def test_heat_capacity_time_approaches_log_law_plus_its_constant(model):
    """C(T, t) = (pi**2/12)*Pbar*k**2*T*(log(t/tau_min(kT)) + c0) + O(tau_min/t), with
    c0 = <log(4*tau_min(kT)/tau_min(E))> under the Schottky weight, computed here independently."""
    ctx = new_context(30)
    w = lambda x: (x / 2) ** 2 * ctx.sech(x / 2) ** 2  # noqa: E731
    c0 = ctx.quad(lambda x: w(x) * ctx.log(4 * ctx.tanh(0.5) * x**3 / ctx.tanh(x / 2)), [0, 1, 8, ctx.inf]) / (ctx.pi**2 / 6)
    T, k, A, Pbar = 1.0, model.constants["k"].value, model.params["A"].typical, model.params["Pbar"].typical
    tau = float(ctx.tanh(0.5) / (A * (k * T) ** 3))
    for ratio in (1e10, 1e16):
        c = ref(model, "heat_capacity_time", T=T, t=ratio * tau)
        log_part = c / (ctx.pi**2 / 12 * Pbar * k**2 * T) - ctx.log(ratio)
        assert abs(log_part - c0) < 1e-8


def test_slope_quantities_are_log_derivatives(model):
    """velocity_shift_*_slope = T*d(dv/v)/dT, against central differences of the dv/v references."""
    h = 1e-6
    for res, slope, omega in (("velocity_shift_relaxation", "velocity_shift_relaxation_slope", 1e6),
                              ("velocity_shift_resonant", "velocity_shift_resonant_slope", 2 * math.pi * 1e9)):
        up = ref(model, res, dps=20, T=1.0 + h, omega=omega)
        down = ref(model, res, dps=20, T=1.0 - h, omega=omega)
        numeric = (up - down) / (2 * h)
        assert float(ref(model, slope, dps=20, T=1.0, omega=omega)) == pytest.approx(float(numeric), rel=1e-8)


# --- physics -------------------------------------------------------------------------------------------------
def test_relaxation_rate_even_in_delta_and_positive(model):
    for delta in (1e-26, 3e-23, 1e-21):
        plus, minus = ref(model, "relaxation_rate", Delta=delta), ref(model, "relaxation_rate", Delta=-delta)
        assert plus > 0 and plus == minus


def test_resonant_absorption_increases_with_omega_and_saturates(model):
    omegas = [1e2, 1e6, 1e9, 1e10, 1e11]
    values = [ref(model, "resonant_internal_friction", T=0.1, omega=w) for w in omegas]
    assert all(a < b for a, b in zip(values, values[1:]))
    assert values[-1] < math.pi * model.params["C"].typical


def test_heat_capacity_time_grows_with_t_and_tau_min_falls_with_e(model):
    cs = [ref(model, "heat_capacity_time", dps=15, t=t) for t in (1e-6, 1e-2, 1e2, 1e6)]
    assert all(0 < a < b for a, b in zip(cs, cs[1:]))
    taus = [ref(model, "tau_min", E=e) for e in (1e-25, 1e-23, 1e-21)]
    assert all(a > b > 0 for a, b in zip(taus, taus[1:]))


def test_relaxation_absorption_positive_and_below_plateau(model):
    c = model.params["C"].typical
    for T, omega in ((1e-3, 1e11), (1.0, 1e3), (100.0, 1e2)):
        q = ref(model, "relaxation_internal_friction", dps=15, T=T, omega=omega)
        assert 0 < q < math.pi * c / 2


@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_property_rate_even_positive_and_resonant_bounded(model, data):
    rate = model.quantities["relaxation_rate"]
    values = data.draw(values_for(rate))
    plus = rate.reference(dps=20, **values)
    minus = rate.reference(dps=20, **{**values, "Delta": -values["Delta"]})
    assert plus > 0
    assert abs(plus / minus - 1) < 1e-18
    q_res = model.quantities["resonant_internal_friction"]
    v = data.draw(values_for(q_res))
    q = q_res.reference(dps=20, **v)
    assert 0 < q <= mpmath.pi * v["C"] * (1 + 1e-15)


# --- the deciders refute wrong copies -----------------------------------------------------------------------
def test_wrong_coefficient_fails(model, setting):
    claim = model.claims["stm.relaxation_rate.high_T"]
    s = model.symbols()
    wrong = dataclasses.replace(claim, approx=3 * s["A"] * s["Delta0"] ** 2 * s["k"] * s["T"])
    assert decide(wrong, setting).verdict == "fails"


def test_wrong_sign_of_the_digamma_asymptote_fails(model, setting):
    claim = model.claims["stm.velocity.digamma_asymptote"]
    y = claim.regime.eps
    assert decide(dataclasses.replace(claim, approx=1 / (24 * y**2)), setting).verdict == "fails"


def test_wrong_order_fails(model, setting):
    claim = model.claims["stm.resonant.saturation.low_omega"]
    assert decide(claim, setting).verdict == "holds"
    assert decide(dataclasses.replace(claim, order=Order(1)), setting).verdict == "fails"


def test_wrong_mean_free_path_identity_fails(model, setting):
    claim = model.claims["stm.mean_free_path"]
    s = model.symbols()
    rhs = 1 / (2 * sp.pi * s["C"] * sp.tanh(s["hbar"] * s["omega"] / (2 * s["k"] * s["T"])))
    assert decide(dataclasses.replace(claim, rhs=rhs), setting).verdict == "fails"
