"""The checker confirms true claims and refutes wrong ones of every kind.

Each wrong claim is a true one with one deliberate defect: a coefficient, a sign, an exponent,
the declared order of the next correction, a value off by 1e-7.
"""

import math

import mpmath
import pytest
import sympy as sp

from vitrum import Asymptote, Domain, Extremum, Identity, Inequality, Limit, Model, Order, Param, Regime, Scaling, Solves, Value
from vitrum.checks.deciders import Setting, decide

x = sp.Symbol("x", positive=True)
nu = sp.Symbol("nu", real=True)
eps = sp.Symbol("eps", positive=True)
t = sp.Symbol("t", positive=True)
f = sp.Function("f")


def model(*claims):
    params = [Param("x", assumptions=("positive",), domain=Domain(1e-3, 1e3)),
              Param("nu", domain=Domain(0, 3, "linear"), typical=0.7),
              Param("t", assumptions=("positive",), domain=Domain(1e-2, 1e2))]
    return Model("toy", "toy", params, [], list(claims))


def verdict(claim):
    m = model(claim)
    return decide(m.claims[claim.id], Setting(m)).verdict


TRUE_AND_WRONG = [
    # identity: coefficient, sign
    (Identity("t.id", lhs=sp.gamma(x) * sp.gamma(1 - x), rhs=sp.pi / sp.sin(sp.pi * x)),
     [Identity("t.id.factor", lhs=sp.gamma(x) * sp.gamma(1 - x), rhs=2 * sp.pi / sp.sin(sp.pi * x)),
      Identity("t.id.sign", lhs=sp.gamma(x) * sp.gamma(1 - x), rhs=-sp.pi / sp.sin(sp.pi * x))]),
    # value: off by 1e-7, wrong exponent
    (Value("t.val", expr=sp.Integral(x**3 / (sp.exp(x) - 1), (x, 0, sp.oo)), value=sp.pi**4 / 15),
     [Value("t.val.off", expr=sp.Integral(x**3 / (sp.exp(x) - 1), (x, 0, sp.oo)), value=sp.pi**4 / 15 * (1 + sp.Rational(1, 10**7))),
      Value("t.val.exp", expr=sp.Integral(x**3 / (sp.exp(x) - 1), (x, 0, sp.oo)), value=sp.pi**3 / 15)]),
    # asymptote: coefficient, exponent, declared order
    (Asymptote("t.asy", expr=sp.besseli(nu, x), approx=sp.exp(x) / sp.sqrt(2 * sp.pi * x), var=x, point=sp.oo, order=Order(1)),
     [Asymptote("t.asy.factor", expr=sp.besseli(nu, x), approx=2 * sp.exp(x) / sp.sqrt(2 * sp.pi * x), var=x, point=sp.oo),
      Asymptote("t.asy.exponent", expr=sp.besseli(nu, x), approx=sp.exp(x) / (2 * sp.pi * x) ** sp.Rational(2, 3), var=x, point=sp.oo),
      Asymptote("t.asy.order", expr=sp.besseli(nu, x), approx=sp.exp(x) / sp.sqrt(2 * sp.pi * x), var=x, point=sp.oo, order=Order(2))]),
    # asymptote along a regime, with an exponentially small correction
    (Asymptote("t.reg", expr=sp.tanh(1 / eps), approx=sp.S.One, regime=Regime(eps, 0, {}, "x >> 1"), order=Order(kind="exp"),
               eps_range=(0.5, 0.01)),
     [Asymptote("t.reg.order", expr=sp.tanh(1 / eps), approx=sp.S.One, regime=Regime(eps, 0, {}, "x >> 1"), order=Order(1),
                eps_range=(0.5, 0.01))]),
    # limit: wrong value, wrong by 1e-7
    (Limit("t.lim", expr=(1 + 1 / x) ** x, var=x, point=sp.oo, value=sp.E),
     [Limit("t.lim.value", expr=(1 + 1 / x) ** x, var=x, point=sp.oo, value=sp.E + sp.Rational(1, 10**7))]),
    # scaling: wrong exponent
    (Scaling("t.sc", expr=sp.besselj(1, x), var=x, point=0, exponent=1),
     [Scaling("t.sc.exp", expr=sp.besselj(1, x), var=x, point=0, exponent=2)]),
    # solves: the logistic-type ODE f' = -f**2 has f = 1/(1+t)
    (Solves("t.ode", equation=sp.Eq(sp.Derivative(f(t), t), -f(t) ** 2), func=f(t), solution=1 / (1 + t)),
     [Solves("t.ode.wrong", equation=sp.Eq(sp.Derivative(f(t), t), -f(t) ** 2), func=f(t), solution=1 / (1 + 2 * t))]),
    # inequality
    (Inequality("t.ineq", lhs=sp.log(1 + x), rhs=x, op="<"),
     [Inequality("t.ineq.wrong", lhs=sp.log(1 + x), rhs=x / 2, op="<")]),
    # extremum: x*exp(-x) has its maximum at x = 1
    (Extremum("t.ext", expr=x * sp.exp(-x), var=x, kind_of="max", location=(0.9, 1.1), search=(0.01, 10)),
     [Extremum("t.ext.where", expr=x * sp.exp(-x), var=x, kind_of="max", location=(1.5, 3), search=(0.01, 10)),
      Extremum("t.ext.kind", expr=x * sp.exp(-x), var=x, kind_of="min", location=(0.9, 1.1), search=(0.01, 10))]),
]


@pytest.mark.parametrize("true_claim,wrong", TRUE_AND_WRONG, ids=[c.id for c, _ in TRUE_AND_WRONG])
def test_true_holds_and_mutants_fail(true_claim, wrong):
    assert verdict(true_claim) == "holds"
    for w in wrong:
        assert verdict(w) == "fails", w.id


def test_evidence_carries_the_decisive_numbers():
    claim = Asymptote("t.asy2", expr=sp.besseli(nu, x), approx=sp.exp(x) / sp.sqrt(2 * sp.pi * x), var=x, point=sp.oo, order=Order(1))
    m = model(claim)
    d = decide(claim, Setting(m))
    ev = d.evidence()
    assert float(ev["computed"]["fitted_order"]) == pytest.approx(1.0, abs=0.05)
    # r ~ -(4 nu^2 - 1)/(8 x): at nu = 0.7 and x = 1e8 the last residual is about -9.8e-10
    assert float(ev["computed"]["last_residual"]) == pytest.approx(-(4 * 0.7**2 - 1) / 8e8, rel=1e-3)
    assert ev["digits"] >= 30 and set(ev["routes"]) == {"symbolic", "numeric"}


def test_log_order_is_fitted_as_such():
    # acosh(sqrt(y)) ~ log(4y)/2: relative residual ~ 1/(4 y log y)... a power; while
    # log(2y)/log(y) - 1 = log 2/log y decays like 1/log: declared log order 1 holds, power fails
    y = sp.Symbol("x", positive=True)
    slow = dict(expr=sp.log(2 * y), approx=sp.log(y), var=y, point=sp.oo, eps_range=(1e3, 1e12))
    assert verdict(Asymptote("t.slow", order=Order(1, "log"), **slow)) == "holds"
    assert verdict(Asymptote("t.slow.wrong", order=Order(2, "log"), **slow)) == "fails"


def test_power_times_log_order():
    # acosh(sqrt(x)) ~ log(4x)/2: r ~ 1/(2 x log 4x), a power 1 times log**-1
    claim = dict(expr=sp.acosh(sp.sqrt(x)), approx=sp.log(4 * x) / 2, var=x, point=sp.oo, eps_range=(1e3, 1e20))
    assert verdict(Asymptote("t.plog", order=Order(1, log_power=-1), **claim)) == "holds"
    assert verdict(Asymptote("t.plog.wrong", order=Order(2, log_power=-1), **claim)) == "fails"


def test_initial_condition_is_part_of_solves():
    ode = sp.Eq(sp.Derivative(f(t), t), -f(t) ** 2)
    assert verdict(Solves("t.ivp", equation=ode, func=f(t), solution=1 / (1 + t), initial=((f(t), 0, 1),))) == "holds"
    # 1/(7 + t) solves the ODE too, but not with f(0) = 1
    assert verdict(Solves("t.ivp.wrong", equation=ode, func=f(t), solution=1 / (7 + t), initial=((f(t), 0, 1),))) == "fails"


def test_stated_engine_accuracy_caps_the_certified_digits():
    from vitrum import NumericDefinition, Quantity

    def float_engine(ctx, v):  # a float64 engine: the same answer at every precision
        return ctx.mpf(float(mpmath.zeta(float(v["x"]))))

    q = Quantity("zeta64", numeric=NumericDefinition(float_engine, ("x",), "float64", accuracy=1e-13))
    params = [Param("x", assumptions=("positive",), domain=Domain(2, 5))]
    Model("acc_toy", "toy", params, [q], [])  # attach q, so that it can be applied in claims
    claim = Value("e.zeta2", expr=q(x=2), value=sp.pi**2 / 6, rtol=1e-10)
    m = Model("acc_toy", "toy", params, [q], [claim])
    d = decide(claim, Setting(m))
    assert d.verdict == "holds" and d.digits == pytest.approx(13)
    strict = Value("e.zeta2s", expr=q(x=2), value=sp.pi**2 / 6)  # rtol 1e-20: beyond what the engine can say
    m = Model("acc_toy", "toy", params, [q], [strict])
    assert decide(strict, Setting(m)).verdict == "undecided"
    off = Value("e.zeta2off", expr=q(x=2), value=sp.pi**2 / 6 * (1 + sp.Rational(1, 10**8)), rtol=1e-10)
    m = Model("acc_toy", "toy", params, [q], [off])
    assert decide(off, Setting(m)).verdict == "fails"  # 1e-8 off: far outside tolerance plus accuracy

    def verdict_of(claim):
        return decide(claim, Setting(Model("acc_toy", "toy", params, [q], [claim]))).verdict

    # "= 0" claims: |got| against the absolute tolerance, |got| known to the engine's relative accuracy
    # (1.6e-20 +- 2e-33 is below 1e-14 whatever the engine's 1e-13 says about digits)
    assert verdict_of(Value("e.zero", expr=q(x=2) / 10**20, value=0, rtol=1e-14)) == "holds"
    assert verdict_of(Value("e.zero.big", expr=q(x=2) / 1000, value=0, rtol=1e-3)) == "fails"  # 1.64e-3 > 1e-3
    # inequalities and scalings closer than the stated accuracy are undecided, not a coin toss
    assert verdict_of(Inequality("e.lt", lhs=q(x=2), rhs=sp.pi**2 / 6 * (1 + sp.Rational(1, 10**14)), op="<")) == "undecided"
    assert verdict_of(Inequality("e.lt.clear", lhs=q(x=2), rhs=sp.Rational(33, 20), op="<")) == "holds"


def test_evidence_of_a_coarse_engine_shows_the_value_and_its_uncertainty():
    """An engine stated to 6 % certifies 1.2 digits: 1.324 rounded to them reads "1.0", which would
    make "1.0 <= 1.0986 is false" look wrong. The evidence prints the value and its uncertainty."""
    from vitrum import NumericDefinition, Quantity

    q = Quantity("coarse", numeric=NumericDefinition(lambda ctx, v: ctx.mpf(1.324) * v["x"], ("x",), "a map",
                                                     accuracy=6e-2))
    params = [Param("x", assumptions=("positive",), domain=Domain(0.5, 2))]
    Model("acc_toy", "toy", params, [q], [])  # attach q, so that it can be applied in claims
    claim = Inequality("e.coarse", lhs=q(x=1), rhs=sp.log(3), op="<=")
    d = decide(claim, Setting(Model("acc_toy", "toy", params, [q], [claim])))
    assert d.verdict == "fails"
    assert d.computed["lhs"] == "1.32 (+-0.079)" and "1.32 (+-0.079) <= 1.09" in d.numeric.detail, d


def test_extremum_of_an_engine_of_stated_accuracy_is_certified_on_a_bracket():
    """Neighbours 1e-3 apart differ by ~1e-6 near a maximum: an engine stated to 5 % cannot tell
    them apart. The maximum is certified on the interval whose ends fall below the centre by more
    than the uncertainties, and the location is judged by that interval."""
    from vitrum import NumericDefinition, Quantity

    def bump(ctx, v):  # maximum at x = 3 (times a height h)
        return v["h"] * ctx.exp(-ctx.log(v["x"] / 3) ** 2)

    def flat(ctx, v):  # a bump of 0.1 % on a level of 1: below what 5 % can resolve
        return 1 + bump(ctx, v) / 1000

    params = [Param("x", assumptions=("positive",), domain=Domain(0.1, 100)),
              Param("h", assumptions=("positive",), domain=Domain(0.5, 2))]
    x_ = sp.Symbol("x", positive=True)

    def decided(engine, accuracy, location):
        q = Quantity("curve", numeric=NumericDefinition(engine, ("x", "h"), "a curve", accuracy=accuracy))
        Model("ext_toy", "toy", params, [q], [])
        claim = Extremum("e.max", expr=q(x=x_, h=1), var=x_, kind_of="max", location=location, search=(0.3, 30.0), points=40)
        return decide(claim, Setting(Model("ext_toy", "toy", params, [q], [claim])))

    d = decided(bump, 5e-2, (1.0, 10.0))
    assert d.verdict == "holds", d.numeric.detail
    a, b = (float(v) for v in d.computed["certified_brackets"].strip("()").split(","))
    assert 1.0 < a < 2.9 and 3.1 < b < 10.0  # wider than the 1e-3 neighbours, still inside
    assert decided(bump, 5e-2, (20.0, 25.0)).verdict == "fails"  # the bracket is nowhere near
    # the true maximum (x = 3) is outside (3.05, 10), but 5 % cannot place it that finely
    assert decided(bump, 5e-2, (3.05, 10.0)).verdict == "undecided"
    # ... an exact (precision-generic) engine can: its maximum is certified within 0.1 %
    assert decided(bump, None, (3.05, 10.0)).verdict == "fails"
    assert decided(bump, None, (2.9, 3.1)).verdict == "holds"
    d = decided(flat, 5e-2, (1.0, 10.0))
    assert d.verdict == "undecided" and "stated accuracy leaves the extremum open" in d.numeric.detail


def test_float_engine_without_stated_accuracy_is_not_certified():
    """A float64 engine "agrees with itself" at every precision: without a stated accuracy its value
    must not pass as 30 certified digits. A precision-generic engine that returns one of its float
    inputs exactly (a pass-through) is not mistaken for one."""
    from vitrum import NumericDefinition, Quantity

    def float_engine(ctx, v):
        return ctx.mpf(float(mpmath.zeta(float(v["x"]))))

    def passthrough(ctx, v):  # exact: the larger of x and 2.5, at any precision
        return ctx.mpf(max(v["x"], ctx.mpf(2.5)))

    params = [Param("x", assumptions=("positive",), domain=Domain(2, 5))]
    for engine, want in ((float_engine, "undecided"), (passthrough, "holds")):
        q = Quantity("eng", numeric=NumericDefinition(engine, ("x",), "test engine"))
        Model("acc_toy", "toy", params, [q], [])
        value = sp.pi**2 / 6 if engine is float_engine else sp.Float(2.7)
        claim = Value("e.unstated", expr=q(x=2.7 if engine is passthrough else 2), value=value, rtol=1e-10)
        d = decide(claim, Setting(Model("acc_toy", "toy", params, [q], [claim])))
        assert d.verdict == want, d.reason
        if want == "undecided":
            assert "acc_toy.eng returned the same binary64 number" in d.reason and "accuracy=" in d.reason


def test_claim_can_skip_the_symbolic_route():
    from vitrum.checks.runner import RunOptions, decide_to_result

    claim = Value("t.skip", expr=sp.zeta(2), value=sp.pi**2 / 6, symbolic_seconds=0)
    m = model(claim)
    r = decide_to_result(m, claim, RunOptions())
    assert r.verdict == "holds" and "skipped" in r.evidence["routes"]["symbolic"]
    # a scaling claim on a closed form: the route says why it has no symbolic exponent (not "integral or numeric")
    claim = Scaling("t.skip.sc", expr=sp.besselj(1, x), var=x, point=0, exponent=1, symbolic_seconds=0)
    r = decide_to_result(model(claim), claim, RunOptions())
    assert r.verdict == "holds" and r.evidence["routes"]["symbolic"] == (
        "unknown: no symbolic exponent: simplify of dlog/dlog skipped (no symbolic budget)")


def test_stated_accuracy_is_propagated_to_the_claimed_expression():
    """Each engine call is moved by its stated accuracy: a difference that cancels keeps no digit,
    a product of two engines has their errors added, a weak dependence keeps more digits than the
    engine."""
    from vitrum import NumericDefinition, Quantity

    params = [Param("x", assumptions=("positive",), domain=Domain(0.5, 2))]
    q = Quantity("near2", numeric=NumericDefinition(lambda ctx, v: ctx.mpf("2.0015") * v["x"], ("x",), "a map", accuracy=1e-3))
    r = Quantity("other", numeric=NumericDefinition(lambda ctx, v: ctx.mpf(3) * v["x"], ("x",), "a map", accuracy=1e-2))
    Model("prop_toy", "toy", params, [q, r], [])

    def decided(claim):
        return decide(claim, Setting(Model("prop_toy", "toy", params, [q, r], [claim])))

    # q - 2 = 0.0015 +- 0.002: the old cap (3 digits of 0.0015) would have let this hold
    d = decided(Value("p.diff", expr=q(x=1) - 2, value=sp.Rational(15, 10000), rtol=0.1))
    assert d.verdict == "undecided", d.numeric.detail
    # q*r: 1e-3 + 1e-2 relative, not max(1e-3, 1e-2)
    d = decided(Value("p.prod", expr=q(x=1) * r(x=1), value=sp.Rational(60045, 10000), rtol=0.05))
    assert d.verdict == "holds" and d.digits == pytest.approx(-math.log10(1.1e-2), abs=1e-9)
    # 1 + 1e-6 q: the engine's 1e-3 moves the sum by 2e-9 only
    d = decided(Value("p.weak", expr=1 + q(x=1) / 10**6, value=sp.Rational(10000020015, 10**10), rtol=1e-8))
    assert d.verdict == "holds" and d.digits == pytest.approx(-math.log10(2.0015e-9 / 1.0000020015), abs=1e-9)
    assert decided(Value("p.weak.off", expr=1 + q(x=1) / 10**6, value=sp.Rational(10000030015, 10**10), rtol=1e-8)).verdict == "fails"
