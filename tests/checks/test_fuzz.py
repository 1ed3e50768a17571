"""vitrum fuzz: property and agreement checks over the declared domains, shrunk failures."""

import sympy as sp

from vitrum import Domain, Model, Param, Quantity
from vitrum.checks.fuzz import fuzz_quantity
from vitrum.properties import Even, Monotone, Positive

D = sp.Symbol("D", real=True)
x = sp.Symbol("x", positive=True)


def _model(prop_good, prop_bad):
    params = [Param("D", domain=Domain(1e-6, 1e3, "symlog")), Param("x", assumptions=("positive",), domain=Domain(1e-3, 1e3))]
    good = Quantity("good", sp.sqrt(D**2 + x**2) * sp.tanh(x), properties=prop_good)
    bad = Quantity("bad", D * x + x**2, properties=prop_bad)
    return Model("fuzz_toy", "toy", params, [good, bad], [])


def test_true_properties_pass_and_false_ones_are_shrunk():
    m = _model((Positive(), Even("D"), Monotone("x", "increasing")), (Positive(), Even("D")))
    ok = fuzz_quantity(m.quantities["good"], examples=25, seed=1)
    assert ok.ok, ok.failures
    bad = fuzz_quantity(m.quantities["bad"], examples=25, seed=1)
    assert len(bad.failures) == 1
    f = bad.failures[0]
    # D*x + x**2 is neither positive (D < -x) nor even in D: whichever is hit, the input shows it
    assert f.what in ("positive", "even in D")
    assert f.values["D"] < 0 or f.what == "even in D"
    assert f.command.startswith("vitrum eval fuzz_toy.bad D=")


def test_wrong_monotonicity_is_found():
    m = _model((Monotone("x", "decreasing"),), ())
    res = fuzz_quantity(m.quantities["good"], examples=25, seed=2)
    assert [f.what for f in res.failures] == ["decreasing in x"]
