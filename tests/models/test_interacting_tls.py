"""Model ``interacting_tls`` (Burin & Polishchuk, claims bp2005.*).

* the model declares every claim id of the spec (shared/spec/004_burin_polishchuk_2005.md, sec. 5);
* the deciders refute deliberately wrong copies of its claims: wrong exponents (Table-1 temperature
  laws, the T(R_a) scaling, the typical Bessel coupling), wrong prefactors (the 1/(4*pi) of Eq. (22),
  the pi of Eq. (8), the Landau-Zener 2*pi), a wrong Table-1 chi power, a wrong fixed point;
* property: over the declared domains, the Table-1 Piecewise selects the row formula of its own row
  index, and every point obeys 1/tau2**2 = chi*T/tau1 and the crossover ordering of the boundaries.
"""

from __future__ import annotations

import dataclasses
import math

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
