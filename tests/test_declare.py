"""The declaration layer validates up front and names the culprit."""

import pytest
import sympy as sp

from vitrum import Asymptote, Citation, Constant, DeclarationError, Domain, Identity, Model, Param, Quantity, Value
from vitrum.dimension import Dimension, DimensionError, NAMED, dimension_of


def _params():
    return [
        Param("E", "energy", ("positive",), Domain(1e-25, 1e-20), "energy"),
        Param("T", "temperature", ("positive",), Domain(1e-3, 1e2), "temperature"),
    ]


K = Constant("k", 1.380649e-23, "energy/temperature")


def _model(quantities=(), claims=(), params=None):
    return Model("toy", "toy model", params or _params(), list(quantities), list(claims), constants=[K])


def test_valid_model_builds_and_infers_parameters():
    E, T, k = sp.symbols("E T k", positive=True)
    m = _model([Quantity("x", E / (k * T), "1", Citation("toy"))])
    assert m.quantities["x"].param_names == ("E", "T")


def test_undeclared_symbol_is_named():
    E, T, k, W = sp.symbols("E T k W", positive=True)
    with pytest.raises(DeclarationError, match=r"quantity 'x'.*symbol 'W' is not a declared"):
        _model([Quantity("x", E / (k * T) + W, "1")])


def test_symbol_with_other_assumptions_is_named():
    T, k = sp.symbols("T k", positive=True)
    E_real = sp.Symbol("E", real=True)
    with pytest.raises(DeclarationError, match=r"symbol 'E' carries assumptions"):
        _model([Quantity("x", E_real / (k * T), "1")])


def test_dimension_mismatch_is_named():
    E, T, k = sp.symbols("E T k", positive=True)
    with pytest.raises(DeclarationError, match=r"quantity 'x'.*formula has dimension"):
        _model([Quantity("x", E / k, "energy")])
    with pytest.raises(DeclarationError, match=r"quantity 'y'.*sum mixes"):
        _model([Quantity("y", E + T, "energy")])
    with pytest.raises(DeclarationError, match=r"argument E of exp"):
        _model([Quantity("z", sp.exp(E), "1")])


@pytest.mark.parametrize("name", ["2x", "my-name", "lambda", "I", "pi", "E "])
def test_bad_identifiers(name):
    with pytest.raises(DeclarationError, match="name"):
        Param(name)


def test_duplicate_claim_ids_and_bad_expectations():
    E, T, k = sp.symbols("E T k", positive=True)
    c = Identity("toy.a", lhs=E, rhs=E)
    with pytest.raises(DeclarationError, match=r"claim id 'toy.a' declared twice"):
        _model(claims=[c, Identity("toy.a", lhs=T, rhs=T)])
    with pytest.raises(DeclarationError, match="needs a reason"):
        Identity("toy.b", lhs=E, rhs=E, expect="fails")
    with pytest.raises(DeclarationError, match="needs a reason"):
        Identity("toy.b", lhs=E, rhs=E, expect="erratum")
    assert Identity("toy.b", lhs=E, rhs=E, expect="erratum", reason="misprint").expect == "fails"  # DESIGN's word
    with pytest.raises(DeclarationError, match="expect must be 'holds' or 'fails'"):
        Identity("toy.b", lhs=E, rhs=E, expect="wrong", reason="misprint")
    with pytest.raises(DeclarationError, match="not of the form"):
        Identity("nodot", lhs=E, rhs=E)
    with pytest.raises(DeclarationError, match="needs a variable"):
        Asymptote("toy.c", expr=E, approx=E)


def test_erratum_correction_is_registered_as_its_own_claim():
    E = sp.Symbol("E", positive=True)
    fixed = Value("toy.v.corrected", expr=E, value=E)
    bad = Value("toy.v", expr=E, value=2 * E, expect="fails", reason="factor 2", corrected=fixed)
    m = _model(claims=[bad])
    assert set(m.claims) == {"toy.v", "toy.v.corrected"}


def test_param_domain_and_assumptions_checked():
    with pytest.raises(DeclarationError, match="positive but its domain"):
        Param("x", assumptions=("positive",), domain=Domain(-1, 1, "linear"))
    with pytest.raises(DeclarationError, match="unknown sympy assumption"):
        Param("x", assumptions=("postive",))
    with pytest.raises(DeclarationError, match="empty"):
        Domain(2, 1)


def test_generic_points_avoid_simple_numbers_and_stay_inside():
    d = Domain(1e-3, 1e3)
    pts = d.generic(20)
    assert all(1e-3 <= p <= 1e3 for p in pts)
    assert all(abs(p - round(p)) > 1e-6 for p in pts if p > 0.5)
    s = Domain(1e-3, 1e3, "symlog").generic(20)
    assert any(p < 0 for p in s) and any(p > 0 for p in s)


def test_dimension_algebra_and_walker():
    assert Dimension.parse("1/(energy*volume)") == NAMED["energy"] ** -1 * NAMED["length"] ** -3
    with pytest.raises(ValueError, match="unknown dimension 'enrgy'"):
        Dimension.parse("enrgy")
    x, L = sp.symbols("x L", positive=True)
    dims = {x: NAMED["1"], L: NAMED["length"]}
    assert dimension_of(sp.Integral(x * L, (L, 0, sp.oo)), dims) == NAMED["length"] ** 2
    with pytest.raises(DimensionError):
        dimension_of(sp.log(L), dims)
    # natural units: temperature and energy coincide, time is an inverse energy
    T, w = sp.symbols("T w", positive=True)
    assert dimension_of(T / w, {T: NAMED["temperature"], w: NAMED["frequency"]}, natural=True).natural() == (0, 0, 0)


def test_claim_formulas_are_validated_too():
    # regression: the claim kinds' formula fields must be seen by Model validation
    E = sp.Symbol("E", positive=True)
    W = sp.Symbol("W", positive=True)
    with pytest.raises(DeclarationError, match=r"claim 'toy.bad'.*symbol 'W'"):
        _model(claims=[Identity("toy.bad", lhs=E, rhs=W)])
    assert Value("toy.one", expr=1, value=1).value == sp.S.One  # sympified


def test_engine_reference_is_checked_when_declared():
    from vitrum import NumericDefinition

    with pytest.raises(DeclarationError, match="package.module:function"):
        NumericDefinition("vitrum.numeric.eigen.levels", ("x",))
    NumericDefinition("vitrum.numeric.eigen:levels", ("x",))  # resolved only when evaluated


def test_applied_quantity_prints_whatever_its_name():
    # sympy printers dispatch on the class name; `level` is an int attribute of every printer
    from vitrum import NumericDefinition

    q = Quantity("level", numeric=NumericDefinition(lambda ctx, v: v["x"], ("x",)))
    Model("toy2", "t", [Param("x", assumptions=("positive",), domain=Domain(1, 2))], [q], [])
    e = q()
    assert (str(e), sp.latex(e), sp.pretty(e)) == ("level(x)", r"\operatorname{level}{\left(x \right)}", "level(x)")
