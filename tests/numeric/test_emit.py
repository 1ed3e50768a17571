"""Emitted code: the printer's function table, lowering (CSE, lazy Piecewise, blocks, scalar
folding), generated module files and their cache, the fast-evaluator registry, golden files."""

import math
import os
import warnings
from fractions import Fraction
from pathlib import Path

import mpmath
import numpy as np
import pytest
import scipy.special as sc
import sympy as sp

import vitrum.numeric.scipy_gaps
import vitrum.numeric.special
from vitrum.declare import Constant, Domain, Model, Param, Quantity
from vitrum.numeric import emit as emit_mod
from vitrum.numeric import fast, runtime
from vitrum.numeric.emit import EmitOptions, emit, emitted, module_source
from vitrum.numeric.printer import TABLE, Unsupported, VitrumNumPyPrinter, spec_for
from vitrum.numeric.reference import certified_eval

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRUM_CACHE_DIR", str(tmp_path / "cache"))


x = sp.Symbol("x", positive=True)
y = sp.Symbol("y", positive=True)
z = sp.Symbol("z", real=True)


def _model(name, exprs, params=None, constants=()):
    params = params or [Param("x", "1", ("positive",), Domain(1e-3, 1e3)), Param("y", "1", ("positive",), Domain(0.1, 10.0)),
                        Param("z", "1", ("real",), Domain(1e-3, 1e3, "symlog"))]
    return Model(name, name, params, [Quantity(n, e) for n, e in exprs.items()], constants=list(constants))


# --- the printer's table -------------------------------------------------------------------------
# (expression in x, y; points) -- every entry is compared with mpmath at those points
TABLE_CASES = [
    (sp.exp(x), [0.5, 700.0]), (sp.log(x), [1e-300, 3.0]), (sp.tanh(x), [1e-12, 30.0]),
    (sp.coth(x), [1e-8, 800.0]), (sp.sech(x), [0.3, 800.0]), (sp.csch(x), [0.3, 50.0]),
    (sp.acoth(x + 1), [0.5]), (sp.asinh(x), [1e-5, 1e5]), (sp.acosh(x + 1), [0.5]), (sp.atan2(x, y), [(1.0, 2.0)]),
    (sp.digamma(x + sp.I * y), [(0.5, 2.0), (3.0, 1e-3)]), (sp.polygamma(0, x), [0.3, 7.0]),
    (sp.polygamma(2, x), [0.7, 5.0]), (sp.zeta(x + 1), [0.5, 3.0]), (sp.zeta(x + 1, y), [(1.0, 2.5)]),
    (sp.polylog(2, -x), [0.5, 0.999]), (sp.polylog(1, x / 4), [0.5, 3.0]), (sp.dirichlet_eta(x + 1), [1.0]),
    (sp.polylog(3, -x), [0.3, 0.9, 40.0]), (sp.polylog(4, x / 4), [1.0, 3.0, 4.0]),
    (sp.polygamma(1, x + sp.I * y), [(0.5, 2.0), (-3.7, 0.2), (30.0, 1e-3)]), (sp.polygamma(3, -x), [2.5]),
    (sp.expint(2, x), [0.5, 20.0]), (sp.Ei(x), [0.5, 10.0]), (sp.E1(x), [0.5, 10.0]),
    (sp.besselj(y, x), [(3.0, 1.5)]), (sp.bessely(y, x), [(3.0, 1.5)]), (sp.besseli(y, x), [(3.0, 1.5)]),
    (sp.besselk(y, x), [(3.0, 1.5)]), (sp.elliptic_k(x / 2), [0.5, 1.5]), (sp.elliptic_e(x / 2), [0.5, 1.5]),
    (sp.elliptic_f(x, y / 4), [(0.7, 1.0)]), (sp.elliptic_e(x, y / 4), [(0.7, 1.0)]),
    (sp.elliptic_pi(x / 4, y / 4), [(1.0, 2.0)]), (sp.erf(x), [0.1, 3.0]), (sp.erfc(x), [0.1, 10.0]),
    (sp.erfi(x), [0.1, 3.0]), (sp.gamma(x), [0.3, 20.0]), (sp.loggamma(x), [0.3, 200.0]), (sp.beta(x, y), [(1.5, 2.5)]),
    (sp.hyper([x, y], [3], sp.Rational(1, 3)), [(0.5, 1.5)]), (sp.hyper([x], [y], 2), [(0.5, 1.5)]),
    (sp.hyper([], [y], x), [(0.5, 1.5)]), (sp.LambertW(x), [0.5, 1e3]), (sp.lowergamma(x, y), [(1.5, 2.0)]),
    (sp.uppergamma(x, y), [(1.5, 2.0)]), (sp.fresnels(x), [0.7]), (sp.fresnelc(x), [0.7]), (sp.Si(x), [2.0]),
    (sp.Ci(x), [2.0]), (sp.Shi(x), [2.0]), (sp.Chi(x), [2.0]), (sp.airyai(x), [1.0]), (sp.airybi(x), [1.0]),
    (sp.sinc(x), [0.5]), (sp.cbrt(x), [27.5]), (sp.Abs(x - 3), [1.0]), (sp.re(sp.exp(sp.I * x)), [1.0]),
    (sp.im(sp.exp(sp.I * x)), [1.0]), (sp.Max(x, y, 2), [(1.0, 3.0)]), (sp.Min(x, y), [(1.0, 3.0)]),
    (sp.floor(x), [2.5]), (sp.binomial(x, y), [(5.5, 2.0)]), (sp.factorial(x), [4.5]),
]


@pytest.mark.parametrize("expr, points", TABLE_CASES, ids=[str(c[0])[:40] for c in TABLE_CASES])
def test_function_table_matches_mpmath(expr, points):
    code = VitrumNumPyPrinter().doprint(expr)
    ns = {"np": np, "sc": sc, "vitrum": vitrum}
    fn = eval(f"lambda x, y: {code}", ns)  # noqa: S307 - the printer's own output
    for p in points:
        xv, yv = p if isinstance(p, tuple) else (p, 1.0)
        with np.errstate(over="ignore"):  # as in generated modules: sech(800) is 1/cosh = 1/inf = 0
            got = complex(fn(np.float64(xv), np.float64(yv)))
        ref = complex(certified_eval(expr, {"x": xv, "y": yv}, dps=20).value)
        assert abs(got - ref) <= 1e-12 * abs(ref) + 1e-300, (expr, p, got, ref)


def test_table_refuses_what_it_cannot_do():
    with pytest.raises(Unsupported):
        spec_for(sp.polylog(sp.Rational(5, 2), x))
    with pytest.raises(Unsupported):
        spec_for(sp.hyper([1, 2, 3], [4, 5], x))
    assert len(TABLE) >= 60
    # sympy's own printers go through exp for coth; the table does not
    assert "exp" not in VitrumNumPyPrinter().doprint(sp.coth(x) * sp.sech(x))


# --- lowering -------------------------------------------------------------------------------------
def test_cse_blocks_broadcast_scalars_and_out():
    e = sp.sqrt(z**2 + x**2)
    m = _model("t_cse", {"q": x**2 * e * sp.coth(e / y)})
    q = m.quantities["q"]
    src = emit(q).source
    kernel = src[src.index("def _kernel"):]
    assert kernel.count("np.sqrt(") == 1  # the common subexpression once
    assert "exp" not in kernel
    f = q.fast
    rng = np.random.default_rng(1)
    n = 3 * emit_mod.DEFAULT_BLOCK + 17  # several blocks and a ragged last one
    X, Y, Z = rng.uniform(0.1, 10, n), rng.uniform(0.1, 10, n), rng.uniform(-10, 10, n)
    want = X**2 * np.sqrt(Z**2 + X**2) / np.tanh(np.sqrt(Z**2 + X**2) / Y)
    got = f(x=X, y=Y, z=Z)
    assert np.allclose(got, want, rtol=4e-16 * 8, atol=0)
    # scalar parameters: folded once per call, same numbers
    assert np.allclose(f(x=X, y=2.0, z=Z), X**2 * np.sqrt(Z**2 + X**2) / np.tanh(np.sqrt(Z**2 + X**2) / 2.0), rtol=4e-15)
    # broadcasting (n,1) x (1,m), 0-d results for scalars, out=, int input
    g = f(x=X[:5, None], y=Y[None, :7], z=1.5)
    assert g.shape == (5, 7)
    s = f(x=1.0, y=2, z=-3.0)
    assert np.ndim(s) == 0 and math.isclose(float(s), math.sqrt(10) / math.tanh(math.sqrt(10) / 2), rel_tol=1e-15)
    out = np.empty(n)
    assert f(x=X, y=Y, z=Z, out=out) is out and np.array_equal(out, got)
    with pytest.raises(TypeError, match="missing"):
        f(x=X, y=Y)
    with pytest.raises(TypeError, match=r"emitted\(quantity, threads=N\)"):
        f(x=X, y=Y, z=Z, threads=2)



def test_parameters_named_like_the_generated_code_s_own_names():
    # a parameter called U (a coupling), m (a mass), c, f, n, np, u0, p0 used to be printed into the
    # kernel's signature beside its own U, out, f, c, m: "duplicate argument" at import; inside the
    # lazy Piecewise branches too (their inputs are copies of the kernel's)
    names = ["U", "m", "c", "f", "n", "np", "u0", "sc", "p0"]
    params = [Param(nm, "1", ("positive",), Domain(0.5, 2.0)) for nm in names]
    s = {p.name: p.symbol for p in params}
    e = s["U"] * s["m"] / s["c"] + sp.log(s["f"]) * s["n"] - s["np"] ** 2 * sp.exp(-s["u0"]) + sp.sqrt(s["sc"]) + s["p0"]
    q = _model("t_names", {"q": sp.Piecewise((e, s["U"] < 1), (2 * e, True))}, params=params).quantities["q"]

    def want(v):
        w = v["U"] * v["m"] / v["c"] + np.log(v["f"]) * v["n"] - v["np"] ** 2 * np.exp(-v["u0"]) + np.sqrt(v["sc"]) + v["p0"]
        return np.where(v["U"] < 1, w, 2 * w)

    rng = np.random.default_rng(3)
    v = {nm: rng.uniform(0.5, 2.0, 50) for nm in names}
    assert np.allclose(q.fast(**v), want(v), rtol=1e-14, atol=0)
    scalar = {**v, "U": 1.7, "np": 1.5}  # scalar parameters go through the prologue
    assert np.allclose(q.fast(**scalar), want(scalar), rtol=1e-14, atol=0)
    po, py = Param("out", "1", ("positive",), Domain(1.0, 2.0)), Param("y", "1", ("positive",), Domain(1.0, 2.0))
    out_param = _model("t_out", {"q": po.symbol * py.symbol}, params=[po, py])
    with pytest.raises(ValueError, match="parameter name.*out"):
        module_source(out_param.quantities["q"])


def test_products_stay_in_range():
    # k*x**2*sech(x)**2 at x = 330: (x*sech x)**2 alone underflows, the result (~1e-306) does not
    k = Constant("kk", 1.380649e-23, "1")
    m = _model("t_range", {"q": k.symbol * (x / 2) ** 2 * sp.sech(x / 2) ** 2}, constants=[k])
    v = float(m.quantities["q"].fast(x=660.0))
    ref = float(certified_eval(m.quantities["q"].expr, {"x": 660.0, "kk": 1.380649e-23}, dps=20).value)
    assert ref > 1e-307 and abs(v / ref - 1) < 1e-14


@pytest.mark.parametrize("name", ["relaxation_rate", "relaxation_internal_friction", "velocity_shift_resonant"])
def test_threads_share_blocks_and_change_no_value(name):
    from vitrum import models

    q = models.get("stm").quantities[name]
    rng = np.random.default_rng(3)
    n = 13 * emit_mod.DEFAULT_BLOCK + 17  # blocks split unevenly between the threads, a ragged last one
    args = {}
    for p in q.params:
        lo, hi = math.log(p.domain.lo), math.log(p.domain.hi)
        args[p.name] = np.exp(rng.uniform(lo, hi, n)) * (rng.choice([-1.0, 1.0], n) if p.domain.scale == "symlog" else 1.0)
    one = emitted(q)(**args)
    for threads in (2, 3):
        got = emitted(q, threads=threads)(**args)
        assert np.array_equal(got, one, equal_nan=True), threads
    out = np.full(n, np.nan)
    assert emitted(q, threads=2)(out=out, **args) is out and np.array_equal(out, one, equal_nan=True)
    with pytest.raises(ValueError, match="threads"):
        emitted(q, threads=0)


def test_square_roots_merge_only_where_no_value_changes():
    def kernel_of(expr, params=None):
        m = _model("t_sqrt", {"q": expr}, params)
        src = emit(m.quantities["q"]).source
        return m.quantities["q"], src[src.index("def _kernel"):]

    # 1/(sqrt(1 - y/20)*sqrt(1 + y/20)) -> one root of the product; values unchanged
    q, kernel = kernel_of(1 / (sp.sqrt(1 - y / 20) * sp.sqrt(1 + y / 20)))
    assert kernel.count("np.sqrt(") == 1
    Y = np.geomspace(0.1, 10, 50)
    assert np.allclose(q.fast(y=Y), 1 / np.sqrt(1 - (Y / 20) ** 2), rtol=1e-15, atol=0)
    # two bases that may both be negative: sqrt(a)*sqrt(b) is NaN where sqrt(a*b) would be a number
    q, kernel = kernel_of(sp.sqrt(z - 1) * sp.sqrt(z - 2))
    assert kernel.count("np.sqrt(") == 2
    assert np.isnan(q.fast(z=-5.0))
    # a product of the bases that leaves the double range over the domain: kept apart
    big = [Param("x", "1", ("positive",), Domain(1e-3, 1e300)), Param("y", "1", ("positive",), Domain(1e-3, 1e300)),
           Param("z", "1", ("real",), Domain(1e-3, 1e3, "symlog"))]
    q, kernel = kernel_of(sp.sqrt(x + 1) * sp.sqrt(y + 1), big)
    assert kernel.count("np.sqrt(") == 2
    assert math.isclose(float(q.fast(x=1e300, y=1e300)), 1e300, rel_tol=1e-15)


def test_denominators_divide_once_only_where_their_product_stays_in_range():
    def kernel_of(expr, params=None):
        m = _model("t_div", {"q": expr}, params)
        src = emit(m.quantities["q"]).source
        return m.quantities["q"], src[src.index("def _kernel"):]

    # z/(x*y) over x, y in [1e-3, 1e3]: the denominator product is one multiply, then one division
    q, kernel = kernel_of(z / (x * y))
    assert kernel.count("np.divide(") == 1 and kernel.count("np.multiply(") == 1
    X, Y, Z = np.geomspace(1e-3, 1e3, 7), np.geomspace(0.1, 10, 7)[::-1], np.linspace(-900, 900, 7)
    exact = [float(Fraction(c) / (Fraction(a) * Fraction(b))) for a, b, c in zip(X, Y, Z)]
    assert np.allclose(q.fast(x=X, y=Y, z=Z), exact, rtol=3.4e-16, atol=0)  # two roundings: within 1.5 ulps
    # x*y can overflow where z/x/y is a normal double: the divisions stay chained
    big = [Param("x", "1", ("positive",), Domain(1e-3, 1e300)), Param("y", "1", ("positive",), Domain(1e-3, 1e300)),
           Param("z", "1", ("real",), Domain(1e-3, 1e300, "symlog"))]
    q, kernel = kernel_of(z / (x * y), big)
    assert kernel.count("np.divide(") == 2 and "np.multiply(" not in kernel
    assert math.isclose(float(q.fast(x=1e200, y=1e200, z=1e300)), 1e-100, rel_tol=1e-15)


def test_min_max_and_kronecker_delta_are_emitted():
    # Min/Max are sympy lattice ops, not Functions; KroneckerDelta of an integer-valued parameter
    n = sp.Symbol("n", integer=True, positive=True)
    params = [Param("x", "1", ("positive",), Domain(1e-3, 1e3)), Param("y", "1", ("positive",), Domain(0.1, 10.0)),
              Param("n", "1", ("integer", "positive"), Domain(1, 3, "linear"))]
    expr = sp.Min(1, x / y) + sp.Max(x, y, 2) * sp.KroneckerDelta(2, n)
    m = _model("t_lattice", {"q": expr}, params)
    q = m.quantities["q"]
    assert emit(q).kind == "closed form"
    X, Y, N = np.array([0.5, 3.0, 40.0]), np.array([2.0, 1.0, 8.0]), np.array([2.0, 1.0, 2.0])
    got = q.fast(x=X, y=Y, n=N)
    for i in range(3):
        ref = float(certified_eval(expr, {"x": X[i], "y": Y[i], "n": int(N[i])}, dps=20).value)
        assert math.isclose(got[i], ref, rel_tol=4e-16), (i, got[i], ref)


def test_piecewise_is_lazy():
    calls = []

    def b0(n, a):
        calls.append(("b0", n))
        return np.sqrt(a - 1.0)

    def b1(n, a):
        calls.append(("b1", n))
        return -a

    a = np.array([0.5, 2.0, 5.0, 0.25])
    out = np.empty(4)
    runtime.piecewise(out, (a > 1.0, True), (b0, b1), (a,))
    assert calls == [("b0", 2), ("b1", 2)]  # each branch once, on its own points only
    assert np.allclose(out, [-0.5, 1.0, 2.0, -0.25])
    calls.clear()
    runtime.piecewise(out, (a > 0.1, True), (b0, b1), (np.array([2.0, 2, 2, 2]),))
    assert calls == [("b0", 4)]  # the second branch is never called
    # no condition true -> NaN (sympy's semantics)
    runtime.piecewise(out, (a > 10.0,), (b0,), (a,))
    assert np.isnan(out).all()


def test_piecewise_emitted():
    pw = sp.Piecewise((sp.log(x - 1) * y, x > 2), (sp.exp(-x) * y, x > 1), (x * y, True))
    m = _model("t_pw", {"q": pw + y})
    src = emit(m.quantities["q"]).source
    assert src.count("def _branch") == 3 and "_rt.piecewise(" in src
    X = np.geomspace(0.01, 100, 20001)
    got = m.quantities["q"].fast(x=X, y=3.0)
    want = np.where(X > 2, np.log(np.maximum(X - 1, 1e-300)) * 3, np.where(X > 1, np.exp(-X) * 3, X * 3)) + 3.0
    assert np.allclose(got, want, rtol=1e-15)


def test_complex_intermediates():
    m = _model("t_cplx", {"q": sp.re(sp.digamma(1 + sp.I * x)) * y})
    X = np.array([1e-3, 0.5, 40.0])
    got = m.quantities["q"].fast(x=X, y=2.0)
    for xv, g in zip(X, got):
        ref = float(certified_eval(m.quantities["q"].expr, {"x": xv, "y": 2.0}, dps=20).value)
        assert abs(g - ref) < 1e-14 * abs(ref)


# --- module files and cache ------------------------------------------------------------------------
def test_module_file_banner_hash_and_cache(tmp_path):
    m = _model("t_file", {"q": sp.tanh(x) / x + y})
    q = m.quantities["q"]
    e = emit(q, tmp_path / "out")
    assert e.path == tmp_path / "out" / "t_file_q.py"
    text = e.path.read_text()
    assert text.startswith("# generated by vitrum - do not edit\n")
    for line in ("# source expression: y + tanh(x)/x", "# rewrites: removable_singularity", "# op count:",
                 f"# content hash: {e.content_hash}"):
        assert line in text
    mtime = e.path.stat().st_mtime_ns
    assert emit(q, tmp_path / "out").path.stat().st_mtime_ns == mtime  # unchanged content is not rewritten
    # the cache file name carries the hash; every option that changes the code changes the hash
    cached = emit(q)
    assert cached.path.parent == Path(os.environ["VITRUM_CACHE_DIR"]) / "emitted" and e.content_hash in cached.path.name
    other = {module_source(q, o)[1] for o in (EmitOptions(), EmitOptions(block=1024), EmitOptions(rules=()),
                                                  EmitOptions(varying=(True, False)))}
    assert len(other) == 4
    assert float(q.fast(x=0.0, y=1.0)) == 2.0  # tanh(x)/x at 0


def test_reference_loop_fallback_and_registry_fingerprint():
    m = _model("t_loop", {"q": sp.Integral(sp.exp(-y * x), (x, 0, 1)) + 0 * y, "r": sp.polylog(sp.Rational(5, 2), -y)})
    with pytest.warns(UserWarning, match="slow"):
        f = emitted(m.quantities["q"])
    assert f.kind == "reference loop"
    v = f(y=np.array([1.0, 2.0]))
    assert np.allclose(v, [(1 - math.exp(-1)), (1 - math.exp(-2)) / 2], rtol=1e-15)
    # a point the definition refuses is NaN, said in one warning; the others are still computed
    with pytest.warns(RuntimeWarning, match=r"NaN at 2 of 3 points.*y=-1.0 must be positive"):
        v = f(y=np.array([-1.0, 1.0, np.nan]))
    assert np.isnan(v[0]) and np.isnan(v[2]) and math.isclose(v[1], 1 - math.exp(-1), rel_tol=1e-15)
    e = emit(m.quantities["r"])
    assert e.kind == "reference loop" and "polylog(5/2, z)" in e.source
    # a registered fast evaluator is used while its fingerprint matches, refused otherwise
    q = m.quantities["q"]
    entry = fast.FastEvaluator("t_loop.q", fast.fingerprint(q), lambda s: (1 - sp.exp(-s["y"])) / s["y"],
                               "exact closed form", "test", 1e-16)
    fast.register(entry)
    try:
        assert emit(q).kind == "exact closed form"
        fast.register(fast.FastEvaluator("t_loop.q", "0" * 16, entry.build, entry.kind, "", 0.0))
        with pytest.warns(UserWarning, match="fingerprint"):
            assert emit(q).kind == "reference loop"
    finally:
        fast.REGISTRY.pop("t_loop.q")


# --- golden files ------------------------------------------------------------------------------------
GOLDEN_STM = ["relaxation_rate", "schottky_heat_capacity", "velocity_shift_resonant", "heat_capacity",
              "relaxation_internal_friction"]


def _golden_models():
    from vitrum import models

    stm = models.get("stm")
    out = [stm.quantities[n] for n in GOLDEN_STM]
    pw = sp.Piecewise((sp.log(x - 1) * y, x > 2), (sp.exp(-x) / (sp.exp(-x) + 1), True))
    out.append(_model("golden_demo", {"piecewise_bose": pw * sp.coth(y) + (sp.exp(y) - 1) / y}).quantities["piecewise_bose"])
    return out


def test_golden_modules(tmp_path):
    """Regenerate a few modules and compare with the committed copies in tests/numeric/golden
    (VITRUM_UPDATE_GOLDEN=1 rewrites them)."""
    update = os.environ.get("VITRUM_UPDATE_GOLDEN") == "1"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a stale fast-evaluator fingerprint must not pass silently
        for q in _golden_models():
            e = emit(q, tmp_path)
            golden = GOLDEN / e.path.name
            if update:
                golden.write_text(e.source)
                continue
            assert golden.exists(), f"missing golden file {golden}; run with VITRUM_UPDATE_GOLDEN=1"
            assert e.source == golden.read_text(), f"{golden.name} differs from the emitted code; review the diff and " \
                "run with VITRUM_UPDATE_GOLDEN=1 if the change is intended"


def test_every_quantity_of_every_model_emits_a_module_that_compiles():
    # the emitter meets every model's names and formulas (a parameter called U once broke all the
    # interacting_tls closed forms that use it, with a SyntaxError at import)
    from vitrum import models

    failures = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a stale fast-evaluator fingerprint warns: that fails too
        for model in models.all():
            for q in model.quantities.values():
                try:
                    source = module_source(q)[0]
                    compile(source, f"{model.name}.{q.name}", "exec")
                except Exception as exc:  # noqa: BLE001 - collected and reported together
                    failures.append(f"{model.name}.{q.name}: {type(exc).__name__}: {exc}")
    assert not failures, "\n".join(failures)
