"""Accuracy of emitted code against the mpmath reference: the measurement itself, each stable
rewrite (it must lower the measured error on its pattern), the special functions, the stm
quantities over their declared domains (pinned extremes), and the fast evaluators' stated bounds."""

import math
import warnings

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vitrum.declare import Domain, Model, Param, Quantity
from vitrum.numeric import special as vs
from vitrum.numeric.accuracy import accuracy, condition_numbers, measure, sample_points, truths
from vitrum.numeric.emit import emitted
from vitrum.numeric.rewrites import RULES


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRUM_CACHE_DIR", str(tmp_path / "cache"))


def _one(name, expr, sym, dom, constants=()):
    p = Param(sym.name, "1", ("positive",) if sym.is_positive else ("real",), dom)
    return Model(name, name, [p], [Quantity("q", expr)], constants=list(constants)).quantities["q"]


# --- the measurement refutes wrong evaluators -----------------------------------------------------
def test_accuracy_refutes_wrong_evaluators():
    x = sp.Symbol("x", positive=True)
    q = _one("acc_demo", x * sp.exp(-x), x, Domain(1e-3, 1e2))
    good = accuracy(q, n=40, seed=3, cache=False)
    assert good.nan_count == 0 and good.max_ulps < 4 and good.worst  # a worst row is reported
    # one ulp-level slip is seen, a 1e-10 relative error is seen, NaNs where the truth is finite are counted
    off = accuracy(q, n=40, seed=3, cache=False, fast=lambda x: x * np.exp(-x) * (1 + 1e-10))
    assert off.max_rel > 0.9e-10 and off.max_ulps > 1e5
    nan = accuracy(q, n=40, seed=3, cache=False, fast=lambda x: np.where(x > 50, np.nan, x * np.exp(-x)))
    assert nan.nan_count > 0
    # the condition number: f = x - 1 near x = 1 has kappa = x/|x - 1|
    y = sp.Symbol("y", positive=True)
    q2 = _one("acc_cond", y - 1, y, Domain(0.5, 2.0, "linear"))
    pts = {"y": np.array([1.001, 1.5])}
    k = condition_numbers(q2, pts, [0, 1])
    assert abs(k[0] - 1001) < 1 and abs(k[1] - 3) < 1e-6


def test_sampling_covers_every_order_of_magnitude_and_the_argument_extremes():
    E, T = sp.Symbol("E", positive=True), sp.Symbol("T", positive=True)
    m = Model("acc_sample", "s", [Param("E", "1", ("positive",), Domain(1e-6, 1e6)), Param("T", "1", ("positive",), Domain(1e-3, 1e3))],
              [Quantity("q", sp.tanh(E / T))])
    pts = sample_points(m.quantities["q"], 200, seed=0)
    ratio = pts["E"] / pts["T"]
    decades = set(np.floor(np.log10(ratio)).astype(int))
    assert set(range(-8, 9)) <= decades  # E/T from 1e-9 to 1e9: every decade of the argument sampled
    assert pts["E"].min() == 1e-6 and pts["E"].max() == 1e6  # the domain corners


# --- every rewrite rule lowers the measured error on its pattern ----------------------------------
x = sp.Symbol("x", positive=True)
u = sp.Symbol("u", positive=True)
s = sp.Symbol("s", real=True)
RULE_CASES = {
    "digamma_half_log": (sp.re(sp.digamma(sp.S.Half + sp.I * x)) - sp.log(x), x, Domain(1e-3, 1e4)),
    "trigamma_half_slope": (1 - x * sp.im(sp.polygamma(1, sp.S.Half - sp.I * x)), x, Domain(1e-3, 1e4)),
    "bose_fermi": (x**2 * sp.exp(x) / (sp.exp(x) - 1) ** 2, x, Domain(1e-4, 700.0)),
    "softplus": (sp.log(1 + sp.exp(x)), x, Domain(1e-3, 1e3)),
    "expm1": (sp.exp(x) - 1, x, Domain(1e-12, 1.0)),
    "log1p": (sp.log(1 + x), x, Domain(1e-12, 1.0)),
    "removable_singularity": (x / sp.sinh(x), x, Domain(1.0, 711.5, "linear")),  # sinh overflows at 710.5
    "difference_of_squares": (1 / sp.sqrt(1 - u**2), u, Domain(0.9, 0.99999999, "linear")),
    "hypot": (sp.sqrt(s**2 + 1), s, Domain(1e-3, 1e200, "symlog")),
    "erfcx": (sp.exp(x**2) * sp.erfc(x), x, Domain(1e-2, 1e3)),
}


@pytest.mark.parametrize("rule", [r.name for r in RULES])
def test_rule_lowers_measured_error(rule):
    expr, sym, dom = RULE_CASES[rule]
    q = _one(f"rule_{rule}", expr, sym, dom)
    pts = sample_points(q, 40, seed=2)
    truth = truths(q, pts, cache=False)
    kappa = condition_numbers(q, pts, range(len(truth)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with_rule = measure(q, pts, truth, emitted(q)(**pts), cond=kappa)
        fn_without = emitted(q, rules=tuple(r.name for r in RULES if r.name != rule))
        without = measure(q, pts, truth, fn_without(**pts))
    # with the rule: no NaN, a few ulps (times the condition number where the function is ill-conditioned)
    assert with_rule.nan_count == 0 and with_rule.max_ulps_per_cond < 8, with_rule
    # without it: NaNs, a much larger error, or no float64 code at all (the slow reference loop)
    assert (without.nan_count > 0 or without.max_ulps > 8 * max(with_rule.max_ulps, 1)
            or fn_without.kind == "reference loop"), (rule, without)


# --- special functions ---------------------------------------------------------------------------------
def _ulps(got, ref):
    return float(abs(mpmath.mpf(float(got)) - ref) / mpmath.mpf(float(np.spacing(abs(float(ref))))))


def test_special_functions_ulps():
    ctx = mpmath.MPContext()
    ctx.dps = 60
    ys = np.concatenate([np.geomspace(1e-12, 1e4, 60), [vs.PSI_ROOT_HI, vs.PSI_SMALL, vs.PSI_LARGE, 11.999999, 0.17812]])
    got = vs.psi_half_log(ys)
    assert max(_ulps(g, vs.psi_half_log_fn.mp(ctx, ctx.mpf(float(y)))) for g, y in zip(got, ys)) < 6
    got = vs.psi_half_log_slope(ys)
    assert max(_ulps(g, vs.psi_half_log_slope_fn.mp(ctx, ctx.mpf(float(y)))) for g, y in zip(got, ys)) < 6
    Ys = np.concatenate([np.geomspace(1e-6, 400, 40), [1.0, 0.9999999999, 1e-300]])
    ctx.dps = 30
    got = vs.schottky_integral(Ys)
    assert max(_ulps(g, vs.schottky_integral_mp(ctx, ctx.mpf(float(Y)))) for g, Y in zip(got, Ys) if Y > 1e-100) < 6
    xs = np.array([1e-300, 1e-8, 0.5, 1.0, 30.0, 709.0, 711.0, 740.0, 800.0])
    for fn, cls in ((vs.xcsch, vs.xcsch_fn), (vs.tanhc, vs.tanhc_fn)):
        got = fn(xs)
        for g, xv in zip(got, xs):
            ref = cls.mp(ctx, ctx.mpf(float(xv)))
            assert math.isfinite(g)
            if abs(ref) > 2.3e-308:  # ulps where the truth is a normal double
                assert _ulps(g, ref) < 4, (fn, xv)


# --- the stm quantities over their declared domains ----------------------------------------------------
def _stm():
    from vitrum import models

    return models.get("stm")


CLOSED = ["energy", "distribution_Eu", "tau_min", "schottky_heat_capacity", "relaxation_rate", "resonant_attenuation",
          "resonant_internal_friction", "velocity_shift_resonant", "dielectric_loss_resonant", "resonator_frequency_shift",
          "rate_constant", "velocity_shift_resonant_slope"]


@pytest.mark.parametrize("name", CLOSED)
def test_stm_closed_forms_meet_the_target(name):
    q = _stm().quantities[name]
    r = accuracy(q, n=60, seed=11)
    assert r.nan_count == 0, r.nan_rows
    assert r.max_rel <= 1e-13, r
    # a few ulps where well conditioned; elsewhere within the function's own condition number
    assert r.max_ulps_well_conditioned <= 8, r
    assert r.max_ulps_per_cond <= 8, r


K_B = 1.380649e-23


@settings(max_examples=25, deadline=None)
@given(E=st.floats(1e-27, 1e-21), T=st.floats(1e-4, 1e2), sign=st.sampled_from([-1.0, 1.0]))
@example(E=1e-21, T=1e-4, sign=-1.0)  # E/2kT = 3.6e5: every exp overflows, the truth underflows
@example(E=9.9e-24, T=1.5e-3, sign=1.0)  # E/2kT ~ 239: sech**2 ~ 1e-207, x**2 sech**2 normal
@example(E=1.9e-23, T=2.7e-3, sign=-1.0)  # E/2kT ~ 255 (coth through exp would overflow at 709)
@example(E=1e-27, T=1e2, sign=1.0)  # E/2kT = 3.6e-7
def test_stm_thermal_factors_property(E, T, sign):
    m = _stm()
    delta0 = E / 3
    delta = sign * math.sqrt(E * E - delta0 * delta0)
    for name, values in (("schottky_heat_capacity", {"E": E, "T": T}),
                         ("relaxation_rate", {"Delta": delta, "Delta0": delta0, "T": T, "A": 1e76}),
                         ("tau_min", {"E": E, "T": T, "A": 1e76})):
        q = m.quantities[name]
        got = float(q.fast(**values))
        ref = q.reference(dps=20, **values)
        assert math.isfinite(got)
        if abs(float(ref)) > 2.3e-308:
            # a few ulps, plus what the rounding of the inputs does to an ill-conditioned function
            kappa = condition_numbers(q, {k: np.array([v]) for k, v in values.items()}, [0])[0]
            ulps = abs(mpmath.mpf(got) - ref) / mpmath.mpf(float(np.spacing(abs(float(ref)))))
            assert ulps <= 8 + 2 * kappa, (name, values, got, ref, kappa)


@settings(max_examples=20, deadline=None)
@given(T=st.floats(1e-4, 1e2), omega=st.floats(1e2, 1e11))
@example(T=1e-4, omega=1e11)  # hbar*omega/2pi kT = 1.2e3: the difference cancels 8 digits
@example(T=1e2, omega=1e2)  # y = 1.2e-12
@example(T=0.68257, omega=1.0e11)  # y ~ 0.178: the zero of re(psi(1/2+iy)) - log(y)
def test_stm_resonant_dispersion_property(T, omega):
    q = _stm().quantities["velocity_shift_resonant"]
    got = float(q.fast(T=T, omega=omega, C=1e-3))
    ref = q.reference(dps=25, T=T, omega=omega, C=1e-3)
    ctx = mpmath.MPContext()
    ctx.dps = 30
    y = ctx.mpf(1.0545718176461565e-34) * omega / (2 * ctx.pi * ctx.mpf(K_B) * T)
    f = lambda v: vs.psi_half_log_fn.mp(ctx, v)  # noqa: E731
    kappa = abs(y * ctx.diff(f, y) / f(y))  # condition number in y (the inputs carry ~2 roundings)
    err = abs(mpmath.mpf(got) - ref) / abs(ref)
    assert err <= 2.2e-16 * (8 + 4 * kappa), (T, omega, got, ref, kappa)


# --- fast evaluators: measured against the certified reference, within their stated bound ---------------
@pytest.mark.parametrize("key, n", [("stm.heat_capacity", 14), ("stm.thermal_conductivity", 6),
                                    ("stm.relaxation_internal_friction", 10), ("stm.heat_capacity_time", 8),
                                    ("stm.velocity_shift_relaxation", 6), ("stm.velocity_shift_relaxation_slope", 6),
                                    ("soft_potential.E_level", 12), ("soft_potential.E_level_ckin", 8),
                                    ("electron_pairs.W_n", 40), ("electron_pairs.x_n", 40), ("electron_pairs.U", 40),
                                    ("vibration_assisted.J1", 12), ("vibration_assisted.J2", 12),
                                    ("vibration_assisted.g0", 12), ("vibration_assisted.F_debye", 12)])
def test_fast_evaluators_within_stated_bound(key, n):
    from vitrum import models
    from vitrum.numeric import fast

    model, name = key.split(".")
    q = models.get(model).quantities[name]
    entry = fast.lookup(q)
    assert entry is not None, f"no valid fast evaluator for {key}"
    r = accuracy(q, n=n, seed=5, cond=False)
    assert r.kind == entry.kind and r.nan_count == 0, r
    assert r.max_rel <= max(entry.max_rel_error, 1e-15), r


def test_debye_tables_and_their_limits_beyond():
    # the vibration_assisted Debye averages: inside the table and beyond both of its ends
    from vitrum.numeric.fast import vibration_assisted as va

    ctx = mpmath.MPContext()
    ctx.dps = 25
    ts = np.append(np.exp(np.array([-40.0, -32.5, -31.9, -3.2, -2.0, 0.3, 19.9, 20.5, 30.0])), 1e70)  # (s**5 overflows)
    for fn, mp in ((va.debye_j, va.j_mp), (va.debye_g, va.g_mp), (va.debye_f, va.f_mp)):
        got = fn(ts)
        for t, g in zip(ts, got):
            ref = mp(ctx, ctx.mpf(float(t)))
            assert abs(g / float(ref) - 1) < 1e-15, (fn.__name__, t, g, ref)  # f ~ t**6: its rounding
    assert np.isnan(va.debye_j(np.nan)) and np.isnan(va.debye_g(np.nan))


def test_tabulated_functions_pass_nan_through():
    # a NaN argument used to become a garbage piece index (IndexError) in every Chebyshev table
    from vitrum.numeric.fast import stm as fs
    from vitrum.numeric.fast import vibration_assisted as va

    x = np.array([np.nan, 0.7, np.nan])
    for fn in (vs.psi_half_log, vs.psi_half_log_slope, vs.schottky_integral, fs.relaxation_F, fs.relaxation_K,
               fs.relaxation_L, fs.heat_capacity_time_G, va.debye_j, va.debye_g, va.debye_f):
        v = fn(x)
        assert np.isnan(v[0]) and np.isnan(v[2]) and np.isfinite(v[1]), fn


def test_condition_numbers_of_engine_quantities():
    # models name their engines as "module:function": the condition numbers used to call that
    # string, catch the TypeError and report NaN for every engine quantity
    from vitrum import models
    from vitrum.numeric.accuracy import condition_numbers
    from vitrum.numeric.fast import vibration_assisted as va

    q = models.get("vibration_assisted").quantities["J1"]  # (3R/4) j(T/Theta): kappa = 1 + 2|t j'(t)/j(t)|
    assert isinstance(q.numeric.evaluate, str)
    ctx = mpmath.MPContext()
    ctx.dps = 30
    t = ctx.mpf(10) / 200
    want = 1 + 2 * abs(t * ctx.diff(lambda s: va.j_mp(ctx, s), t) / va.j_mp(ctx, t))
    got = condition_numbers(q, {"T": np.array([10.0]), "Theta": np.array([200.0]), "R": np.array([200.0])}, [0])[0]
    assert abs(got / float(want) - 1) < 1e-6, (got, want)


def test_every_fast_evaluator_takes_scalars():
    # all-scalar arguments go through the generated prologue as 0-d arrays: an evaluator that
    # indexes its points (a slow path for some of them) used to fail there
    from vitrum import models
    from vitrum.numeric import fast

    checked = 0
    for model in models.all():
        for q in model.quantities.values():
            if fast.lookup(q) is None:
                continue
            v = {n: model.params[n].typical for n in q.param_names}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                a, b = q.fast(**v), q.fast(**{k: np.array([x]) for k, x in v.items()})
            assert np.ndim(a) == 0 and np.shape(b) == (1,), q.name
            assert float(a) == float(b[0]) or (np.isnan(a) and np.isnan(b[0])), (q.model, q.name, a, b)
            checked += 1
    assert checked >= 70
    # a point of electron_pairs.xi_n on the engine path (the reference raises there: NaN)
    q = models.get("electron_pairs").quantities["xi_n"]
    assert np.isnan(q.fast(eta=1.287e-4, xi=0.457, n=2, q1=-0.164, q2=-0.278, q3=-0.225))
