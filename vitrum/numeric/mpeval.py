"""Compile a sympy expression into a function of (mpmath context, environment).

The compiled function is written once against a context, so the same code runs at any
precision: ``compile_mp(expr)(ctx, {"x": ctx.mpf(2)})``. Nothing here touches the global
``mpmath.mp``.

Handled beyond arithmetic and the elementary and special functions in ``_FUNCTIONS``:

* ``Integral``: ``ctx.quad`` in units of a natural scale of the integration variable (declared
  on the Quantity as ``scales``, else read off the arguments of exp/sinh/tanh/... that are linear
  in the variable), with breakpoints at the scales. Physical integrands in SI units live on scales
  like k*T ~ 1e-23 J, where an unscaled tanh-sinh rule sees only zeros.
* ``Sum``: finite sums added exactly in order, infinite ones through ``ctx.nsum``.
* ``Piecewise``: conditions evaluated first, only the chosen branch is computed.
* ``Derivative``: ``ctx.diff`` (numerical differentiation at the working precision).

The numerical trap worth knowing: ``re(digamma(1/2 + I*y)) - log(y)`` cancels to ~1/(24 y^2);
at y = 1e6 that is 12 digits lost, which the reference evaluator's certification detects
(it repeats the evaluation at a higher precision and compares).
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable, Mapping
from functools import lru_cache

import sympy as sp
from sympy.core.function import AppliedUndef

from vitrum.declare import QuantityFunction

Env = Mapping[str, object]
Compiled = Callable[[object, Env], object]


class UnsupportedExpression(ValueError):
    """The expression holds something the reference evaluator cannot compute."""


def stated_calls(ctx) -> list[tuple[str, float]]:
    """(quantity, stated relative accuracy) of each engine of stated accuracy called in this
    context, in call order (the certification moves each by its accuracy in turn)."""
    return getattr(ctx, "vitrum_stated_calls", [])


def call_engine(ctx, name: str, evaluate: Callable, values: Mapping[str, object], accuracy: float | None):
    """``evaluate(ctx, values)`` of the numeric definition of quantity ``name``.

    A stated ``accuracy`` is recorded on the context (:func:`stated_calls`), and a context asked to
    move the k-th such call (``ctx.vitrum_move = (k, accuracy)``) gets that call's value times
    ``1 + accuracy`` (in the context's own precision): this is how the certification propagates
    each engine's accuracy to the final value (:func:`vitrum.numeric.reference.certified`).
    An engine that states none has its value recorded
    with its inputs, so that the certification can tell a precision-generic engine from a float64
    or statistical one that would "agree with itself" at every precision (:func:`engine_values`);
    an engine that calls engines of stated accuracy inherits their accuracy instead."""
    calls = stated_calls(ctx)
    if accuracy is not None:
        if not hasattr(ctx, "vitrum_stated_calls"):
            ctx.vitrum_stated_calls = calls
        k = len(calls)
        calls.append((name, accuracy))
        value = evaluate(ctx, values)
        move = getattr(ctx, "vitrum_move", None)
        return value * (1 + ctx.mpf(move[1])) if move is not None and move[0] == k else value
    before = len(calls)
    value = evaluate(ctx, values)
    if len(stated_calls(ctx)) == before:
        if not hasattr(ctx, "vitrum_engine_values"):
            ctx.vitrum_engine_values = []
        ctx.vitrum_engine_values.append((name, value, tuple(values.values())))
    return value


def engine_values(ctx) -> list[tuple[str, object, tuple]]:
    """(quantity, value, inputs) of each engine of unstated accuracy called in this context, in order."""
    return getattr(ctx, "vitrum_engine_values", [])


def resolve(definition) -> Callable:
    """The evaluate function of a NumericDefinition. ``"module:function"`` is imported;
    ``"module:factory(2, 'tail')"`` calls a factory with literal arguments to get it."""
    evaluate = definition.evaluate
    if isinstance(evaluate, str):
        return _import_engine(evaluate)
    return evaluate


@lru_cache(maxsize=None)
def _import_engine(ref: str) -> Callable:
    module, _, call = ref.partition(":")
    name, _, args = call.partition("(")
    try:
        target = getattr(importlib.import_module(module), name)
        return target(*ast.literal_eval(f"({args.rstrip(')')},)")) if args else target
    except (ImportError, AttributeError, ValueError, SyntaxError) as exc:
        raise UnsupportedExpression(f"numeric definition {ref!r} cannot be imported: {exc}") from None


def _fn(name: str) -> Callable:
    return lambda ctx, *a: getattr(ctx, name)(*a)


def _log(ctx, x, base=None):
    return ctx.log(x) if base is None else ctx.log(x) / ctx.log(base)


def _log_of_sum(e: sp.log, compile_: Callable) -> Compiled | None:
    """``log(1 + u)`` as ``log1p(u)``."""
    arg = e.args[0]
    if isinstance(arg, sp.Add) and sp.S.One in arg.args and len(e.args) == 1:
        u = compile_(arg - 1)
        return lambda ctx, env: ctx.log1p(u(ctx, env))
    return None


def _polygamma(ctx, n, z):
    return ctx.psi(n, z)


def _zeta(ctx, s, a=None):
    return ctx.zeta(s) if a is None else ctx.zeta(s, a)


def _heaviside(ctx, x, h0=None):
    if x > 0:
        return ctx.one
    if x < 0:
        return ctx.zero
    return ctx.mpf(0.5) if h0 is None else h0


def _sign(ctx, x):
    return ctx.sign(x)


def _expint(ctx, nu, z):
    return ctx.expint(nu, z)


def _min(ctx, *a):
    return min(a)


def _max(ctx, *a):
    return max(a)


def _floor(ctx, x):
    return ctx.floor(x)


def _ceiling(ctx, x):
    return ctx.ceil(x)


def _lowergamma(ctx, s, x):
    return ctx.gammainc(s, 0, x)


def _uppergamma(ctx, s, x):
    return ctx.gammainc(s, x)


def _eta(ctx, s):
    return ctx.altzeta(s)


def _elliptic_k(ctx, m):
    return ctx.ellipk(m)


def _elliptic_e(ctx, m, n=None):
    return ctx.ellipe(m) if n is None else ctx.ellipe(m, n)


def _elliptic_f(ctx, phi, m):
    return ctx.ellipf(phi, m)


def _elliptic_pi(ctx, n, phi_or_m, m=None):
    return ctx.ellippi(n, phi_or_m) if m is None else ctx.ellippi(n, phi_or_m, m)


def _lambertw(ctx, x, k=0):
    return ctx.lambertw(x, int(k))


def _hyper(ctx, ap, bq, z):
    return ctx.hyper(list(ap), list(bq), z)


def _coth(ctx, x):
    return ctx.coth(x)


def _sech(ctx, x):
    # sech via exp(-|x|) form: no overflow of cosh for large |x|
    t = ctx.exp(-abs(x)) if ctx.im(x) == 0 else None
    if t is None:
        return ctx.sech(x)
    return 2 * t / (1 + t * t)


_FUNCTIONS: dict[type, Callable] = {
    sp.exp: _fn("exp"),
    sp.log: _log,
    sp.sin: _fn("sin"),
    sp.cos: _fn("cos"),
    sp.tan: _fn("tan"),
    sp.cot: _fn("cot"),
    sp.sec: _fn("sec"),
    sp.csc: _fn("csc"),
    sp.asin: _fn("asin"),
    sp.acos: _fn("acos"),
    sp.atan: _fn("atan"),
    sp.atan2: lambda ctx, y, x: ctx.atan2(y, x),
    sp.sinh: _fn("sinh"),
    sp.cosh: _fn("cosh"),
    sp.tanh: _fn("tanh"),
    sp.coth: _coth,
    sp.sech: _sech,
    sp.csch: _fn("csch"),
    sp.asinh: _fn("asinh"),
    sp.acosh: _fn("acosh"),
    sp.atanh: _fn("atanh"),
    sp.acoth: _fn("acoth"),
    sp.Abs: lambda ctx, x: abs(x),
    sp.sign: _sign,
    sp.re: _fn("re"),
    sp.im: _fn("im"),
    sp.arg: _fn("arg"),
    sp.conjugate: _fn("conj"),
    sp.floor: _floor,
    sp.ceiling: _ceiling,
    sp.Min: _min,
    sp.Max: _max,
    sp.factorial: _fn("factorial"),
    sp.binomial: _fn("binomial"),
    sp.gamma: _fn("gamma"),
    sp.loggamma: _fn("loggamma"),
    sp.digamma: _fn("digamma"),
    sp.polygamma: _polygamma,
    sp.beta: _fn("beta"),
    sp.lowergamma: _lowergamma,
    sp.uppergamma: _uppergamma,
    sp.zeta: _zeta,
    sp.dirichlet_eta: _eta,
    sp.polylog: _fn("polylog"),
    sp.lerchphi: _fn("lerchphi"),
    sp.harmonic: _fn("harmonic"),
    sp.besselj: _fn("besselj"),
    sp.bessely: _fn("bessely"),
    sp.besseli: _fn("besseli"),
    sp.besselk: _fn("besselk"),
    sp.hankel1: _fn("hankel1"),
    sp.hankel2: _fn("hankel2"),
    sp.airyai: _fn("airyai"),
    sp.airybi: _fn("airybi"),
    sp.erf: _fn("erf"),
    sp.erfc: _fn("erfc"),
    sp.erfi: _fn("erfi"),
    sp.erfinv: _fn("erfinv"),
    sp.expint: _expint,
    sp.Ei: _fn("ei"),
    sp.E1: _fn("e1"),
    sp.li: _fn("li"),
    sp.Si: _fn("si"),
    sp.Ci: _fn("ci"),
    sp.Shi: _fn("shi"),
    sp.Chi: _fn("chi"),
    sp.fresnels: _fn("fresnels"),
    sp.fresnelc: _fn("fresnelc"),
    sp.elliptic_k: _elliptic_k,
    sp.elliptic_e: _elliptic_e,
    sp.elliptic_f: _elliptic_f,
    sp.elliptic_pi: _elliptic_pi,
    sp.LambertW: _lambertw,
    sp.Heaviside: _heaviside,
    sp.hyper: _hyper,
    sp.sinc: lambda ctx, x: ctx.sinc(x),
    sp.cbrt: _fn("cbrt"),
    sp.KroneckerDelta: lambda ctx, i, j: ctx.one if i == j else ctx.zero,
}

_CONSTANTS = {
    sp.pi: lambda ctx: +ctx.pi,
    sp.E: lambda ctx: +ctx.e,
    sp.EulerGamma: lambda ctx: +ctx.euler,
    sp.Catalan: lambda ctx: +ctx.catalan,
    sp.GoldenRatio: lambda ctx: +ctx.phi,
    sp.I: lambda ctx: ctx.mpc(0, 1),
    sp.oo: lambda ctx: ctx.inf,
    -sp.oo: lambda ctx: -ctx.inf,
}

# functions whose argument sets a natural scale for an integration variable
_SCALE_SETTERS = (sp.exp, sp.sinh, sp.cosh, sp.tanh, sp.coth, sp.sech, sp.csch, sp.sin, sp.cos)


def _magnitude(f: Callable, pts: list, ctx) -> object:
    """A typical |f| on the interval: the largest of a few samples (1 if all vanish)."""
    samples = []
    for a, b in zip(pts, pts[1:]):
        if ctx.isinf(a) and ctx.isinf(b):
            probes = [ctx.zero]
        elif ctx.isinf(b):
            probes = [a + 1]
        elif ctx.isinf(a):
            probes = [b - 1]
        else:
            probes = [a + (b - a) * w for w in (ctx.mpf("0.25"), ctx.mpf("0.5"), ctx.mpf("0.75"))]
        for u in probes:
            try:
                v = abs(f(u))
            except (ValueError, ZeroDivisionError):
                continue
            if ctx.isfinite(v):
                samples.append(v)
    m = max(samples, default=ctx.zero)
    return m if m > 0 else ctx.one


def compile_mp(expr: sp.Expr, scales: Mapping[str, sp.Expr] | None = None) -> Compiled:
    """Compile ``expr`` to ``f(ctx, env) -> mpmath number``; ``env`` maps symbol names to values.

    Raises :class:`UnsupportedExpression` naming the first node it cannot compute.
    """
    return _Compiler(dict(scales or {})).compile(sp.sympify(expr))


class _Compiler:
    def __init__(self, scales: dict[str, sp.Expr]):
        self.scales = scales

    def compile(self, e: sp.Expr) -> Compiled:  # noqa: C901 - one dispatch table
        if e.is_Symbol:
            name = e.name

            def sym(ctx, env, name=name):
                try:
                    return env[name]
                except KeyError:
                    raise UnsupportedExpression(f"no value given for {name!r}") from None

            return sym
        if e in _CONSTANTS:
            const = _CONSTANTS[e]
            return lambda ctx, env: const(ctx)
        if e.is_Integer:
            n = int(e)
            return lambda ctx, env: ctx.mpf(n)
        if e.is_Rational:
            p, q = int(e.p), int(e.q)
            return lambda ctx, env: ctx.mpf(p) / q
        if e.is_Float:
            text = str(e)
            return lambda ctx, env: ctx.mpf(text)
        if e.is_NumberSymbol:
            text_val = e  # rare NumberSymbols: evaluate through sympy at the context's precision
            return lambda ctx, env: ctx.mpf(str(sp.N(text_val, ctx.dps + 5)))
        if isinstance(e, sp.Add):
            return self._add(e)
        if isinstance(e, sp.Mul):
            parts = [self.compile(a) for a in e.args]

            def mul(ctx, env):
                out = parts[0](ctx, env)
                for p in parts[1:]:
                    out = out * p(ctx, env)
                return out

            return mul
        if isinstance(e, sp.Pow):
            return self._pow(e)
        if isinstance(e, sp.Piecewise):
            return self._piecewise(e)
        if isinstance(e, sp.Integral):
            return self._integral(e)
        if isinstance(e, sp.Sum):
            return self._sum(e)
        if isinstance(e, sp.Derivative):
            return self._derivative(e)
        if isinstance(e, sp.Tuple):
            parts = [self.compile(a) for a in e.args]
            return lambda ctx, env: [p(ctx, env) for p in parts]
        if e.is_Relational or isinstance(e, (sp.And, sp.Or, sp.Not)) or e in (sp.true, sp.false):
            return self._condition(e)
        if isinstance(e, QuantityFunction):
            return self._quantity(e)
        if isinstance(e, AppliedUndef):
            raise UnsupportedExpression(f"undefined function {e.func}")
        if isinstance(e, sp.log):
            special = _log_of_sum(e, self.compile)
            if special is not None:
                return special
        func = type(e)
        for cls in func.__mro__:
            if cls in _FUNCTIONS:
                impl = _FUNCTIONS[cls]
                if isinstance(e, sp.hyper):
                    ap, bq, z = (self.compile(sp.Tuple(*e.ap)), self.compile(sp.Tuple(*e.bq)), self.compile(e.argument))
                    return lambda ctx, env: impl(ctx, ap(ctx, env), bq(ctx, env), z(ctx, env))
                args = [self.compile(a) for a in e.args]
                return lambda ctx, env: impl(ctx, *(a(ctx, env) for a in args))
        raise UnsupportedExpression(f"cannot evaluate {func.__name__} ({e}) in the mpmath reference")

    def _add(self, e: sp.Add) -> Compiled:
        """A sum; ``exp(u) - 1`` inside it is computed as ``expm1(u)`` (no cancellation near
        u = 0, where the quadrature nodes of a thermal integral crowd)."""
        args = list(e.args)
        if sp.S.NegativeOne in args:
            exps = [a for a in args if isinstance(a, sp.exp) or (isinstance(a, sp.Pow) and a.base == sp.E)]
            if exps:
                args.remove(sp.S.NegativeOne)
                args.remove(exps[0])
                u = self.compile(exps[0].exp if isinstance(exps[0], sp.Pow) else exps[0].args[0])
                rest = [self.compile(a) for a in args]
                return lambda ctx, env: ctx.fsum([ctx.expm1(u(ctx, env))] + [p(ctx, env) for p in rest])
        parts = [self.compile(a) for a in args]
        return lambda ctx, env: ctx.fsum(p(ctx, env) for p in parts)

    def _quantity(self, e: QuantityFunction) -> Compiled:
        """An applied model quantity: its numeric definition called with the arguments bound to
        its parameter names (constants come from the environment), or its formula inlined."""
        q = type(e).quantity
        names = q.param_names
        args = [self.compile(a) for a in e.args]
        if q.numeric is None:
            model = q._model_ref
            formula = q.expr.subs({model.params[n].symbol: a for n, a in zip(names, e.args)}, simultaneous=True)
            return _Compiler({**self.scales, **dict(q.scales)}).compile(formula)
        evaluate = resolve(q.numeric)
        constants = [n for n in q.numeric.params if n not in names]

        accuracy, label = q.numeric.accuracy, f"{q.model}.{q.name}"

        def quantity(ctx, env):
            values = {n: env[n] for n in constants}
            values.update({n: a(ctx, env) for n, a in zip(names, args)})
            return call_engine(ctx, label, evaluate, values, accuracy)

        return quantity

    def _pow(self, e: sp.Pow) -> Compiled:
        base = self.compile(e.base)
        if e.exp == sp.S.Half:
            return lambda ctx, env: ctx.sqrt(base(ctx, env))
        if e.exp == -sp.S.Half:
            return lambda ctx, env: 1 / ctx.sqrt(base(ctx, env))
        if e.exp.is_Integer:
            n = int(e.exp)
            return lambda ctx, env: base(ctx, env) ** n if n >= 0 else 1 / base(ctx, env) ** (-n)
        if e.base == sp.E:
            ex = self.compile(e.exp)
            return lambda ctx, env: ctx.exp(ex(ctx, env))
        if e.exp.is_Rational:
            p, q = int(e.exp.p), int(e.exp.q)

            def rpow(ctx, env):
                b = base(ctx, env)
                return ctx.power(b, ctx.mpf(p) / q)

            return rpow
        ex = self.compile(e.exp)
        return lambda ctx, env: ctx.power(base(ctx, env), ex(ctx, env))

    def _condition(self, e) -> Compiled:
        if e is sp.true or e == sp.true:
            return lambda ctx, env: True
        if e is sp.false or e == sp.false:
            return lambda ctx, env: False
        if isinstance(e, sp.And):
            parts = [self._condition(a) for a in e.args]
            return lambda ctx, env: all(p(ctx, env) for p in parts)
        if isinstance(e, sp.Or):
            parts = [self._condition(a) for a in e.args]
            return lambda ctx, env: any(p(ctx, env) for p in parts)
        if isinstance(e, sp.Not):
            inner = self._condition(e.args[0])
            return lambda ctx, env: not inner(ctx, env)
        lhs, rhs = self.compile(e.lhs), self.compile(e.rhs)
        ops = {
            sp.StrictLessThan: lambda a, b: a < b,
            sp.LessThan: lambda a, b: a <= b,
            sp.StrictGreaterThan: lambda a, b: a > b,
            sp.GreaterThan: lambda a, b: a >= b,
            sp.Eq: lambda a, b: a == b,
            sp.Ne: lambda a, b: a != b,
        }
        op = ops.get(type(e))
        if op is None:
            raise UnsupportedExpression(f"cannot evaluate condition {e}")
        return lambda ctx, env: op(lhs(ctx, env), rhs(ctx, env))

    def _piecewise(self, e: sp.Piecewise) -> Compiled:
        branches = [(self.compile(expr), self._condition(cond)) for expr, cond in e.args]

        def piecewise(ctx, env):
            for value, cond in branches:
                if cond(ctx, env):
                    return value(ctx, env)
            return ctx.nan

        return piecewise

    def _integral(self, e: sp.Integral) -> Compiled:
        # innermost limit first: Integral(f, (x, a, b), (y, c, d)) = int_c^d int_a^b f dx dy
        inner: Compiled = self.compile(e.function)
        for lim in e.limits:
            if len(lim) != 3:
                raise UnsupportedExpression(f"indefinite integral {e} has no numeric value")
            var, lo, hi = lim
            inner = self._quad(inner, var, lo, hi, e.function)
        return inner

    def _scale_exprs(self, var: sp.Symbol, integrand: sp.Expr) -> list[sp.Expr]:
        if var.name in self.scales:
            return [sp.sympify(self.scales[var.name])]
        found: list[sp.Expr] = []
        for f in integrand.atoms(*_SCALE_SETTERS):
            arg = f.args[0]
            coeff = sp.simplify(arg / var)
            if coeff.has(var) or coeff == 0:
                continue
            found.append(1 / sp.Abs(coeff))
        return found

    def _quad(self, inner: Compiled, var: sp.Symbol, lo, hi, integrand) -> Compiled:
        name = var.name
        lo_f, hi_f = self.compile(lo), self.compile(hi)
        scale_fs = [self.compile(s) for s in self._scale_exprs(var, integrand)]

        def quad(ctx, env):
            a, b = lo_f(ctx, env), hi_f(ctx, env)
            scales = sorted({abs(ctx.re(s(ctx, env))) for s in scale_fs} - {0})
            unit = scales[0] if scales else ctx.one
            local = dict(env)

            def f(u):
                local[name] = u * unit
                return inner(ctx, local)

            a_u, b_u = a / unit, b / unit
            interior = sorted({s / unit for s in scales} | {ctx.one})
            pts = [a_u] + [p for p in interior if a_u < p < b_u] + [b_u]
            # mpmath.quad stops on an *absolute* error estimate: normalize the integrand's size
            # too, or an SI integrand of size 1e-70 "converges" at the lowest degree.
            size = _magnitude(f, pts, ctx)
            return unit * size * ctx.quad(lambda u: f(u) / size, pts, maxdegree=10)

        return quad

    def _sum(self, e: sp.Sum) -> Compiled:
        inner: Compiled = self.compile(e.function)
        for var, lo, hi in e.limits:
            inner = self._sum_one(inner, var, lo, hi)
        return inner

    def _sum_one(self, inner: Compiled, var: sp.Symbol, lo, hi) -> Compiled:
        name = var.name
        lo_f, hi_f = self.compile(lo), self.compile(hi)

        def summation(ctx, env):
            a, b = lo_f(ctx, env), hi_f(ctx, env)
            for bound in (a, b):
                if not ctx.isinf(bound) and bound != ctx.nint(bound):
                    raise ValueError(f"Sum over {name}: limit {bound} is not an integer")
            local = dict(env)

            def term(k):
                local[name] = ctx.mpf(k)
                return inner(ctx, local)

            if b != ctx.inf and b - a <= 100000:
                return ctx.fsum(term(k) for k in range(int(a), int(b) + 1))
            return ctx.nsum(term, [a, b])

        return summation

    def _derivative(self, e: sp.Derivative) -> Compiled:
        if len(e.variable_count) != 1:
            raise UnsupportedExpression(f"mixed derivative {e} not supported")
        (var, n), = e.variable_count
        inner = self.compile(e.expr)
        name, order = var.name, int(n)

        def deriv(ctx, env):
            local = dict(env)

            def f(x):
                local[name] = x
                return inner(ctx, local)

            return ctx.diff(f, env[name], order)

        return deriv
