"""Model ``interacting_tls`` (Burin & Polishchuk, claims bp2005.*).

* the model declares every claim id of the spec (shared/spec/004_burin_polishchuk_2005.md, sec. 5);
* the deciders refute deliberately wrong copies of its claims: wrong exponents (Table-1 temperature
  laws, the T(R_a) scaling, the typical Bessel coupling), wrong prefactors (the 1/(4*pi) of Eq. (22),
  the pi of Eq. (8), the Landau-Zener 2*pi), a wrong Table-1 chi power, a wrong fixed point;
* property: over the declared domains, the Table-1 Piecewise selects the row formula of its own row
  index, and every point obeys 1/tau2**2 = chi*T/tau1 and the crossover ordering of the boundaries;
* the stated accuracies of the float64 and Monte Carlo engines are honest: each engine agrees with a
  more accurate computation within its stated accuracy and a deliberately coarser run does not; the
  precision-generic Floquet routes agree with the float64 ones and resolve what those cannot.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
import sympy as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vitrum import models
from vitrum.checks.deciders import Setting, decide

SPEC_IDS = """
eq4 eq5 eq7 eq8.A eq8.B eq9 sec3.scales eq60 eq61.printed eq61.alt eq62 eq64 eq13.printed eq13.alt eq14 eq15 eq16 eq17
eq18 eq19.A eq19.B sec3.levitov sec3.layer eq20 eq21 eq22 eq23 eq27.A eq27.B eq27.C.alpha2 eq27.C.alpha4 eq27.C.alpha6
eq28 eq29 eq30 eq32 eq33 eq33.phonon eq35 eq36 eq37 tab1.eq35 tab1.partition eq40 eq41 nu eq42 eq43
eq44.printed eq44.alt eq44.ineq LZ eq46_47 eq48 sec5_3.border eq49 eq52 eq53.printed eq53.alt eq54 eq54.stable
sec5_3.domain sec5_4.noSP eq56 eq57 eq58 sec5_1 sec6.Tdep.row1 sec6.phonon.row1 sec6.crossover.row2.a sec6.ladieu.a
sec6.pohl sec6.ladieu.thickness sec6.osheroff
""".split()


@pytest.fixture(scope="module")
def model():
    return models.get("interacting_tls")


@pytest.fixture(scope="module")
def setting(model):
    return Setting(model, dps=30, symbolic_seconds=2.0)


def test_every_spec_claim_is_declared(model):
    ids = set(model.claims)
    missing = [c for c in SPEC_IDS if f"bp2005.{c}" not in ids]
    assert not missing, missing
    for row in range(1, 6):
        for which in (1, 2):
            assert f"bp2005.tab1.row{row}.tau{which}" in ids
    # every erratum says why, and its correction is itself a claim expected to hold
    for c in model.claims.values():
        if c.expect == "fails":
            assert len(c.reason) > 40, c.id
        if c.corrected is not None:
            assert c.corrected.expect == "holds" and c.corrected.id in ids


def test_table_quantities_are_closed_form_piecewise(model):
    q1, q2 = model.quantities["tau1_inv"], model.quantities["tau2_inv"]
    assert q1.numeric is None and isinstance(q1.expr, sp.Piecewise) and len(q1.expr.args) == 6
    assert q1.param_names == q2.param_names == ("T", "a", "omega", "chi")
    rows = {model.quantities[f"tau1_inv_row{i}"].expr for i in range(1, 6)}
    assert {e for e, _c in q1.expr.args} == rows


def _verdict(claim, setting) -> str:
    return decide(claim, setting).verdict


def test_deciders_refute_wrong_exponents(model, setting):
    base = model.claims["bp2005.sec6.Tdep.row4"]
    assert _verdict(base, setting) == "holds"
    assert _verdict(dataclasses.replace(base, id="t.wrong_T", exponent=sp.Integer(3)), setting) == "fails"
    sc = model.claims["bp2005.eq22.scaling_a"]
    assert _verdict(dataclasses.replace(sc, id="t.wrong_a", exponent=sp.Rational(1, 3)), setting) == "fails"
    # the typical Floquet hopping of Eq. (16): RMS of J_n(x) over |n| < x ~ x**(-1/2), not x**(-1)
    # (numeric Bessel sequences on a short window)
    rms = dataclasses.replace(model.claims["bp2005.eq16"], id="t.rms", eps_range=(10, 300))
    assert _verdict(rms, setting) == "holds"
    assert _verdict(dataclasses.replace(rms, id="t.rms_wrong", exponent=sp.Integer(-1)), setting) == "fails"


def test_deciders_refute_wrong_prefactors(model, setting):
    s = model.symbols()
    eq22 = model.claims["bp2005.eq22"]
    assert _verdict(eq22, setting) == "holds"
    assert _verdict(dataclasses.replace(eq22, id="t.eq22", rhs=eq22.rhs * 4 * sp.pi), setting) == "fails"  # paper's '1'
    # Eq. (8): prefactor pi, not the printed 1 (the residual settles at pi - 1)
    eq8 = model.claims["bp2005.eq8.A"]
    assert _verdict(dataclasses.replace(eq8, id="t.eq8", approx=eq8.approx / sp.pi, order=None), setting) == "fails"
    # Landau-Zener: exp(-pi*delta) instead of exp(-2*pi*delta)
    lz = model.claims["bp2005.LZ"]
    assert _verdict(dataclasses.replace(lz, id="t.lz", value=sp.exp(-sp.pi * s["delta_LZ"])), setting) == "fails"
    # the weak-coupling rule: 1 - exp(-2*pi*delta) ~ 2*pi*delta, not delta
    rule = model.claims["bp2005.LZ.rule_weak"]
    assert _verdict(dataclasses.replace(rule, id="t.rule", approx=s["delta_LZ"], order=None), setting) == "fails"


def test_deciders_refute_a_wrong_table_entry_and_fixed_point(model, setting):
    s = model.symbols()
    row = model.claims["bp2005.tab1.row2.tau1"]
    assert _verdict(row, setting) == "holds"
    wrong = dataclasses.replace(row, id="t.row2", rhs=row.rhs * s["chi"])  # chi**2*sqrt(a*omega)
    assert _verdict(wrong, setting) == "fails"
    fp = model.claims["bp2005.eq54.stable"]
    assert _verdict(dataclasses.replace(fp, id="t.fp", solution=fp.solution * 2), setting) == "fails"


def test_errata_are_decided_as_errata(model, setting):
    for cid in ("bp2005.eq44.printed", "bp2005.eq53.printed", "bp2005.eq29.band", "bp2005.sec3.layer"):
        assert _verdict(model.claims[cid], setting) == "fails", cid
    for cid in ("bp2005.eq44.alt", "bp2005.eq53.alt", "bp2005.eq29.band.corrected", "bp2005.sec3.layer.corrected"):
        assert _verdict(model.claims[cid], setting) == "holds", cid


def _log_uniform(lo, hi):
    return st.floats(math.log(lo), math.log(hi)).map(math.exp)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_table_rows_and_relations_over_the_domains(model, data):
    p = model.params
    v = {n: data.draw(_log_uniform(p[n].domain.lo, p[n].domain.hi), label=n) for n in ("T", "a", "omega", "chi")}
    q = model.quantities
    row = int(q["regime_row"].reference(dps=15, **v))
    t1 = q["tau1_inv"].reference(dps=20, **v)
    t2 = q["tau2_inv"].reference(dps=20, **v)
    assert t1 == q[f"tau1_inv_row{row}"].reference(dps=20, **v)
    assert t2 == q[f"tau2_inv_row{row}"].reference(dps=20, **v)
    assert abs(t2**2 / (v["chi"] * v["T"] * t1) - 1) < 1e-15  # Eq. (35) in every row
    b = [q[n].reference(dps=15, **v) for n in ("omega_static", "omega_adiabatic", "omega_spectral", "omega_dressing")]
    if v["chi"] * v["T"] < v["a"]:  # Eq. (37), lower side: the boundaries are ordered
        assert b[0] < b[1] < b[2] < b[3]
        assert row == 1 + sum(v["omega"] >= x for x in b)
    else:
        assert row == 5


# --- stated accuracies of the float64 / Monte Carlo engines -----------------------------------------
def _ctx(dps):
    import mpmath

    ctx = mpmath.MPContext()
    ctx.dps = dps
    return ctx


def test_floquet_gap_accuracy_is_honest(model, setting):
    from vitrum.numeric import floquet as fq

    q = model.quantities["floquet_gap_ratio"]
    acc = q.numeric.accuracy
    coupling, x, n = 1e-3, 3.3, 2  # bp2005.eq14
    gap, detuning = fq.two_site_min_gap(coupling, x, n)
    ctx = _ctx(30)

    def splitting(qe):
        d = abs(qe[1] - qe[0])
        return min(d, 1 - d)

    # the same splitting from the precision-generic propagator at the engine's detuning (at a minimum,
    # a detuning error moves the splitting only to second order)
    c = ctx.mpf(coupling)
    e, amp, u = [n + ctx.mpf(detuning), ctx.zero], [ctx.zero, ctx.mpf(x)], [[ctx.zero, c], [c, ctx.zero]]
    exact = splitting(fq.mp_quasienergies_propagator(ctx, e, amp, u))
    assert abs(gap / exact - 1) < acc
    coarse = splitting(fq.quasienergies_propagator(np.array([n + detuning, 0.0]), np.array([0.0, x]),
                                                   np.array([[0.0, coupling], [coupling, 0.0]]), 1.0, rtol=1e-8))
    assert abs(coarse / exact - 1) > acc
    got = setting.evaluate(q(V=coupling, x=x, n_ph=n), {})
    assert got.digits == pytest.approx(-math.log10(acc))  # certified no further than stated


def test_floquet_mismatch_routes_are_precision_generic():
    # the mp routes agree with the float64 ones to their rounding (2e-14), resolve the |m| <= 12
    # truncation mismatch of Eq. (60) (1.5e-18) that the float64 routes cannot (~2e-14), and change
    # only beyond 20 digits with the precision
    from vitrum.numeric import floquet as fq

    e, amp, u = fq.reference_system(1.0, 2.3, 0.15)
    prop64 = fq.quasienergies_propagator(e, amp, u, 1.0)
    lo, hi = _ctx(20), _ctx(35)
    p_lo = fq.mp_quasienergies_propagator(lo, *fq.mp_reference_system(lo, lo.mpf("2.3"), lo.mpf("0.15")))
    p_hi = fq.mp_quasienergies_propagator(hi, *fq.mp_reference_system(hi, hi.mpf("2.3"), hi.mpf("0.15")))
    assert max(abs(a - b) for a, b in zip(p_lo, p_hi)) < 1e-19
    assert max(abs(float(a) - b) for a, b in zip(p_hi, prop64)) < 1e-13
    coarse = fq.quasienergies_propagator(e, amp, u, 1.0, rtol=1e-6)
    assert max(abs(float(a) - b) for a, b in zip(p_hi, coarse)) > 1e-9
    sys_lo = fq.mp_reference_system(lo, lo.mpf("2.3"), lo.mpf("0.15"))
    m60 = fq.mp_spectrum_mismatch(lo, fq.mp_quasienergies_extended(lo, *sys_lo, 12), p_lo)
    assert 1e-19 < m60 < 1e-17
    assert fq.spectrum_mismatch(fq.quasienergies_extended(e, amp, u, 1.0, 12), prop64, 1.0) > 1e-16


def test_landau_zener_accuracy_is_honest(model):
    from vitrum.numeric import interacting_tls_defs as defs
    from vitrum.numeric import two_level as tl

    lin, cos = model.quantities["lz_linear_probability"], model.quantities["lz_cosine_probability"]
    # linear sweep: the finite window dominates; its t0 -> oo limit is exp(-2*pi*delta) (Landau-Zener)
    delta = 0.5
    exact = math.exp(-2 * math.pi * delta)
    assert abs(defs._lz_linear(delta) / exact - 1) < lin.numeric.accuracy
    assert abs(tl.lz_linear(delta, t0_scale=20.0) / exact - 1) > lin.numeric.accuracy  # the former window
    # cosine drive, turning point to turning point: no window, the ODE tolerance only
    delta, a = 0.1, 30.0
    tight = tl.lz_cosine(1.0, a, 1.0 / (delta * a), rtol=1e-13)
    assert abs(defs._lz_cosine(delta) / tight - 1) < cos.numeric.accuracy
    assert abs(tl.lz_cosine(1.0, a, 1.0 / (delta * a), rtol=1e-6) / tight - 1) > cos.numeric.accuracy
    # beyond the range where the accuracy was measured the engines refuse
    with pytest.raises(ValueError, match="stated accuracy"):
        lin.reference(delta_LZ=2.5)
    with pytest.raises(ValueError, match="stated accuracy"):
        cos.reference(delta_LZ=5.0)


def _shift_zscores(dtype):
    """The z-scores of the engine's seeded sample (shift_statistics(40000, 400, 2005, "sign"): the same
    draws in the same order) computed in ``dtype``."""
    from vitrum.numeric import shift_statistics as ss

    samples, points, batches = 40000, 400, 40
    rng = np.random.Generator(np.random.PCG64(2005))
    pi = dtype(np.pi) if dtype is not np.longdouble else np.longdouble("3.14159265358979323846264338327950288")
    r_max3 = dtype(3 * points) / (4 * pi)
    sums, nearest = np.empty(samples, dtype=dtype), np.empty(samples, dtype=dtype)
    chunk = 2_000_000 // points
    for start in range(0, samples, chunk):
        draws = rng.random((chunk, points))
        g = rng.choice(np.array([-1.0, 1.0]), size=(chunk, points)).astype(dtype)
        terms = g / (r_max3 * draws.astype(dtype))
        sums[start:start + chunk] = terms.sum(axis=1)
        nearest[start:start + chunk] = np.abs(terms[np.arange(chunk), np.argmin(draws, axis=1)])

    def median_and_error(v):
        per = np.array([np.median(b) for b in np.array_split(v, batches)])
        return np.median(v), per.std(ddof=1) / np.sqrt(dtype(batches))

    (s, s_err), (n, n_err) = median_and_error(np.abs(sums)), median_and_error(nearest)
    cauchy = 2 * pi**2 / 3
    near = 4 * pi / (3 * np.log(dtype(2)))
    ratio = s / n
    ratio_err = ratio * np.hypot(s_err / s, n_err / n)
    assert float(cauchy) == pytest.approx(ss.CAUCHY_SCALE["sign"], rel=1e-6)
    return {"mc_sum_z": (s - cauchy) / s_err, "mc_nearest_z": (n - near) / n_err, "mc_ratio_z": (ratio - cauchy / near) / ratio_err}


def test_monte_carlo_zscore_accuracy_is_honest(model, setting):
    # the z-scores are statistics of the fixed seeded sample: exact but for rounding. Recomputed in
    # 80-bit long double from the same draws they agree within the stated accuracy; in float32 not.
    exact, single = _shift_zscores(np.longdouble), _shift_zscores(np.float32)
    for name, ref in exact.items():
        q = model.quantities[name]
        got = setting.evaluate(q(), {"U": 1.0, "n_density": 1e-6}).value
        acc = q.numeric.accuracy
        assert abs((np.longdouble(float(got)) - ref) / ref) < acc, name
        assert abs((np.longdouble(float(single[name])) - ref) / ref) > acc, name


def test_monte_carlo_estimate_accuracy_is_honest(model):
    # median|S|/(n*U) and the ratio estimate population values (the Cauchy scale 2*pi**2/3 and
    # pi*log(2)/2 of the infinite system): their stated accuracy covers 3 batch standard errors and
    # the deviation of independent samples from the exact values; 40x fewer samples do not meet it
    from vitrum.numeric import shift_statistics as ss

    q_med, q_ratio, q_scaled = (model.quantities[n] for n in ("mc_sum_median", "mc_ratio", "mc_sum_scaled"))
    cauchy, ratio = ss.CAUCHY_SCALE["sign"], ss.CAUCHY_SCALE["sign"] / ss.NEAREST_MEDIAN
    st = ss.shift_statistics(samples=40000, points=400, seed=2005, angular="sign")
    assert 3 * st.sum_error / st.sum_median <= q_med.numeric.accuracy
    assert 3 * st.ratio_error / st.ratio <= q_ratio.numeric.accuracy
    for seed in (1, 2, 3):
        other = ss.shift_statistics(samples=40000, points=400, seed=seed, angular="sign")
        assert abs(other.sum_median / cauchy - 1) < q_med.numeric.accuracy
        assert abs(other.ratio / ratio - 1) < q_ratio.numeric.accuracy
    scaled = ss.shift_statistics(samples=320000, points=200, seed=4, angular="sign")  # as the engine runs it
    assert 3 * scaled.sum_error / scaled.sum_median <= q_scaled.numeric.accuracy
    assert abs(scaled.sum_median / cauchy - 1) < q_scaled.numeric.accuracy
    fewer = ss.shift_statistics(samples=20000, points=200, seed=4, angular="sign")  # the engine's former size
    assert 3 * fewer.sum_error / fewer.sum_median > q_scaled.numeric.accuracy
    coarse = ss.shift_statistics(samples=1000, points=400, seed=2005, angular="sign")
    assert 3 * coarse.sum_error / coarse.sum_median > q_med.numeric.accuracy
    assert 3 * coarse.ratio_error / coarse.ratio > q_ratio.numeric.accuracy
