"""Stable rewrites: named, ordered rules that replace a subexpression by one with a smaller error.

Each :class:`Rule` names the error mechanism it removes and rewrites only where its pattern
matches (never a whole subtree by default). :data:`RULES` is the default order; ``apply_rules``
returns the rewritten expression and the names of the rules that changed something, which the
generated module records in its header. Whether a rule lowers the error of a given quantity is
measured, not assumed: :func:`vitrum.numeric.accuracy.rule_ablation` evaluates the quantity with
and without each rule against the mpmath reference, and tests/numeric/test_accuracy.py checks,
rule by rule, that the rewrite lowers the measured error on the pattern it targets.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> expr, used = apply_rules(sp.coth(x) + sp.log(1 + sp.exp(x)))
>>> expr, used
(logaddexp(0, x) + 1/tanh(x), ['softplus'])
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import sympy as sp
from sympy.codegen.cfunctions import expm1, hypot, log1p
from sympy.codegen.numpy_nodes import logaddexp

from vitrum.numeric import special as vs


@dataclass(frozen=True)
class Context:
    """What a rule may know besides the expression: log10 magnitude ranges of symbols over the
    declared domains (``ranges[symbol] = (lo, hi)`` of log10|value|)."""

    ranges: Mapping[sp.Symbol, tuple[float, float]] = field(default_factory=dict)

    def log10_range(self, e: sp.Expr) -> tuple[float, float] | None:
        """log10 |e| range for a monomial in symbols with known ranges (else None)."""
        return self._log10(sp.sympify(e), sums=False)

    def log10_bounds(self, e: sp.Expr) -> tuple[float, float] | None:
        """Conservative log10 |e| bounds of a nonzero value of ``e`` in double precision: monomials
        as :meth:`log10_range`; a sum is at most the sum of its terms' bounds and, where it does not
        vanish, at least the smallest term times 2**-53 (a nonzero double difference of terms that
        are not subnormal); products and powers of such factors combine their bounds (else None)."""
        return self._log10(sp.sympify(e), sums=True)

    def _log10(self, e: sp.Expr, sums: bool) -> tuple[float, float] | None:
        if e.is_Number:
            v = abs(float(e))
            return (math.log10(v), math.log10(v)) if v else None
        if e.is_Symbol:
            return self.ranges.get(e)
        if e.is_NumberSymbol:
            v = math.log10(abs(float(e)))
            return (v, v)
        if isinstance(e, sp.Pow) and e.exp.is_Number:
            r = self._log10(e.base, sums)
            if r is None:
                return None
            p = float(e.exp)
            return (r[0] * p, r[1] * p) if p >= 0 else (r[1] * p, r[0] * p)
        if isinstance(e, (sp.Mul, sp.Add)) and (sums or isinstance(e, sp.Mul)):
            parts = [self._log10(a, sums) for a in e.args]
            if any(r is None for r in parts):
                return None
            if isinstance(e, sp.Mul):
                return (sum(r[0] for r in parts), sum(r[1] for r in parts))
            return (min(r[0] for r in parts) - 16.0, max(r[1] for r in parts) + math.log10(len(parts)))
        return None


@dataclass(frozen=True)
class Rule:
    """One rewrite: ``transform(expr, ctx) -> expr`` (returns ``expr`` itself when nothing
    matches). ``why``: the error mechanism it removes."""

    name: str
    why: str
    transform: Callable[[sp.Expr, Context], sp.Expr]

    def __call__(self, expr: sp.Expr, ctx: Context | None = None) -> sp.Expr:
        return self.transform(expr, ctx or Context())


def _exp_arg(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.exp):
        return e.args[0]
    if isinstance(e, sp.Pow) and e.base == sp.E:
        return e.exp
    return None


# --- the rules ---------------------------------------------------------------------------------
def _reciprocal_trig(expr, ctx):
    table = {sp.coth: sp.tanh, sp.sech: sp.cosh, sp.csch: sp.sinh, sp.cot: sp.tan, sp.sec: sp.cos, sp.csc: sp.sin}
    return expr.replace(lambda e: type(e) in table, lambda e: 1 / table[type(e)](e.args[0]))


def _psi_half(arg: sp.Expr) -> sp.Expr | None:
    """y with arg = 1/2 + I*s*y (s = +-1, y real), else None."""
    rest = sp.expand(arg - sp.S.Half)
    y = sp.expand(rest / sp.I)
    if y.is_real:
        return y
    return None


def _digamma_half_log(expr, ctx):
    def is_re_digamma(t):
        c, f = t.as_coeff_Mul()
        if isinstance(f, sp.re) and isinstance(f.args[0], (sp.digamma, sp.polygamma)):
            g = f.args[0]
            z = g.args[-1]
            if isinstance(g, sp.polygamma) and g.args[0] != 0:
                return None
            y = _psi_half(z)
            if y is not None:
                return c, y
        return None

    def rewrite_add(add):
        terms = list(add.args)
        for i, t in enumerate(terms):
            hit = is_re_digamma(t)
            if hit is None:
                continue
            c, y = hit
            ay = -y if (y.could_extract_minus_sign()) else y
            if not ay.is_positive:
                continue
            for j, u in enumerate(terms):
                cu, fu = u.as_coeff_Mul()
                if j != i and isinstance(fu, sp.log) and cu == -c and sp.simplify(fu.args[0] - ay) == 0:
                    rest = [w for k, w in enumerate(terms) if k not in (i, j)]
                    return sp.Add(*rest, c * vs.psi_half_log_fn(ay))
            # no matching log: re digamma(1/2 + i y) = psi_half_log(|y|) + log(|y|), still cheaper
            rest = [w for k, w in enumerate(terms) if k != i]
            return sp.Add(*rest, c * (vs.psi_half_log_fn(ay) + sp.log(ay)))
        return add

    return expr.replace(lambda e: isinstance(e, sp.Add) and any(is_re_digamma(t) for t in e.args), rewrite_add)


def _trigamma_half_slope(expr, ctx):
    """1 + w*im(polygamma(1, 1/2 + I*w)) -> psi_half_log_slope(|w|) (= -y d/dy psi_half_log): the
    sum cancels to -1/(12 y**2) at large y (without the rule: 6e8 ulps over y in [1e-3, 1e4])."""

    def split(t):
        for f in sp.Mul.make_args(t):
            if isinstance(f, sp.im) and isinstance(f.args[0], sp.polygamma) and f.args[0].args[0] == 1:
                w = _psi_half(f.args[0].args[1])
                if w is not None:
                    return t / f, w
        return None

    def match(e):
        return isinstance(e, sp.Add) and sp.S.One in e.args and any(split(t) for t in e.args)

    def repl(e):
        for t in e.args:
            hit = split(t)
            if hit is None:
                continue
            c, w = hit
            y = -w if w.could_extract_minus_sign() else w
            if sp.simplify(c - w) == 0 and y.is_positive:
                rest = [a for a in e.args if a is not t and a != 1]
                return sp.Add(*rest, vs.psi_half_log_slope_fn(y))
        return e

    return expr.replace(match, repl)


def _bose_fermi(expr, ctx):
    """exp(x)/(exp(x) -+ 1)**2 -> 1/(4 sinh|cosh(x/2)**2); 1/(exp(x) + 1) -> expit(-x)."""

    def rewrite_mul(m):
        factors = list(m.args)
        for i, f in enumerate(factors):
            x = _exp_arg(f)
            if x is None:
                continue
            for j, g in enumerate(factors):
                if j == i or not (isinstance(g, sp.Pow) and g.exp == -2 and isinstance(g.base, sp.Add)):
                    continue
                base = g.base
                if sp.expand(base - sp.exp(x)) == -1:
                    repl = sp.sinh(x / 2) ** -2 / 4
                elif sp.expand(base - sp.exp(x)) == 1:
                    repl = sp.cosh(x / 2) ** -2 / 4
                else:
                    continue
                rest = [h for k, h in enumerate(factors) if k not in (i, j)]
                return sp.Mul(*rest, repl)
        return m

    expr = expr.replace(lambda e: isinstance(e, sp.Mul), rewrite_mul)

    def is_fermi(e):
        return (isinstance(e, sp.Pow) and e.exp == -1 and isinstance(e.base, sp.Add) and len(e.base.args) == 2
                and sp.S.One in e.base.args and any(_exp_arg(a) is not None for a in e.base.args))

    def fermi(e):
        x = next(_exp_arg(a) for a in e.base.args if _exp_arg(a) is not None)
        return vs.expit_fn(-x)

    return expr.replace(is_fermi, fermi)


def _expm1(expr, ctx):
    """c*exp(x) - c -> c*expm1(x) inside a sum."""

    def rewrite(add):
        terms = list(add.args)
        for i, t in enumerate(terms):
            c, f = t.as_coeff_Mul()
            x = _exp_arg(f)
            if x is None:
                continue
            for j, u in enumerate(terms):
                if j != i and u.is_Number and u == -c:
                    rest = [w for k, w in enumerate(terms) if k not in (i, j)]
                    return sp.Add(*rest, c * expm1(x))
        return add

    return expr.replace(lambda e: isinstance(e, sp.Add), rewrite)


def _softplus(expr, ctx):
    """log(1 + exp(x)) -> logaddexp(0, x); log(exp(a) + exp(b)) -> logaddexp(a, b)."""

    def match(e):
        if not isinstance(e, sp.log) or not isinstance(e.args[0], sp.Add) or len(e.args[0].args) != 2:
            return False
        a, b = e.args[0].args
        ea, eb = _exp_arg(a), _exp_arg(b)
        return (ea is not None and eb is not None) or (a == 1 and eb is not None) or (b == 1 and ea is not None)

    def repl(e):
        a, b = e.args[0].args
        ea = _exp_arg(a) if a != 1 else sp.S.Zero
        eb = _exp_arg(b) if b != 1 else sp.S.Zero
        return logaddexp(ea, eb)

    return expr.replace(match, repl)


def _log1p(expr, ctx):
    """log(1 + u) -> log1p(u): no loss of u's digits when |u| << 1."""

    def match(e):
        return isinstance(e, sp.log) and isinstance(e.args[0], sp.Add) and sp.S.One in e.args[0].args

    return expr.replace(match, lambda e: log1p(e.args[0] - 1))


def _divides(m: sp.Expr, a: sp.Expr) -> bool:
    """Every power of ``a`` appears in the product ``m`` with at least that power (same sign)."""
    pm = sp.Mul.make_args(m)
    dm: dict = {}
    for f in pm:
        b, e = f.as_base_exp()
        if not f.is_Number:
            dm[b] = dm.get(b, 0) + e
    for f in sp.Mul.make_args(a):
        if f.is_Number:
            continue
        b, e = f.as_base_exp()
        have = sp.sympify(dm.get(b, 0))
        if not (e.is_Number and have.is_Number) or have == 0 or not (0 < e / have <= 1):
            return False
    return True


def _removable(expr, ctx):
    """x/sinh(x) -> xcsch(x), tanh(x)/x -> tanhc(x), expm1(x)/x -> exprel(x): defined at x = 0
    (0/0 otherwise) and, for x/sinh(x), no overflow of sinh for |x| > 710."""
    pairs = [(sp.sinh, -1, 1, vs.xcsch_fn), (sp.tanh, 1, -1, vs.tanhc_fn), (expm1, 1, -1, vs.exprel_fn)]

    def rewrite(m):
        for f in sp.Mul.make_args(m):
            b, e = f.as_base_exp()
            for func, sign_f, sign_x, new in pairs:
                if isinstance(b, func) and e.is_Integer and (e > 0) == (sign_f > 0):
                    x = b.args[0]
                    n = abs(int(e))
                    xn = x ** (sign_x * n)
                    if _divides(m / f, xn):
                        rest = m / (f * xn)
                        return rest * new(x) ** n
        return m

    return expr.replace(lambda e: isinstance(e, sp.Mul), rewrite)


def _difference_of_squares(expr, ctx):
    """1 - u**2 -> (1 - u)*(1 + u): exact 1 - u near u = 1 (the square's rounding cancels there)."""

    def is_diff(e):
        if not isinstance(e, sp.Add) or len(e.args) != 2 or sp.S.One not in e.args:
            return False
        t = e.args[1] if e.args[0] == 1 else e.args[0]
        c, f = t.as_coeff_Mul()
        return c == -1 and isinstance(f, sp.Pow) and f.exp == 2

    def factor(e):
        t = e.args[1] if e.args[0] == 1 else e.args[0]
        u = (-t).base
        return sp.Mul(1 - u, 1 + u, evaluate=False)

    return expr.replace(is_diff, factor)


def _hypot(expr, ctx):
    """sqrt(a**2 + b**2) -> hypot(a, b) where a square can overflow or underflow over the declared
    domains (hypot costs ~19 ns per point against ~2 ns, so only there)."""
    tiny, huge = -307.0, 307.0

    def match(e):
        if not (isinstance(e, sp.Pow) and e.exp == sp.S.Half and isinstance(e.base, sp.Add) and len(e.base.args) == 2):
            return False
        sq = [a for a in e.base.args if isinstance(a, sp.Pow) and a.exp == 2 or a == 1]
        if len(sq) != 2:
            return False
        for a in e.base.args:
            r = ctx.log10_range(a)
            if r is None or r[0] < tiny or r[1] > huge:
                return True
        return False

    def repl(e):
        a, b = (x if x == 1 else x.base for x in e.base.args)
        return hypot(a, b)

    return expr.replace(match, repl)


def _erfcx(expr, ctx):
    """exp(x**2)*erfc(x) -> erfcx(x): the product overflows/underflows for x > 26."""

    def rewrite(m):
        fs = sp.Mul.make_args(m)
        for f in fs:
            if isinstance(f, sp.erfc):
                x = f.args[0]
                for g in fs:
                    if _exp_arg(g) is not None and sp.expand(_exp_arg(g) - x**2) == 0:
                        return m / (f * g) * vs.erfcx_fn(x)
        return m

    return expr.replace(lambda e: isinstance(e, sp.Mul), rewrite)


#: always applied first: coth, sech, csch (cot, sec, csc) as reciprocals of tanh, cosh, sinh. Not a
#: stability rule (the printer already prints them as reciprocals, never through exp): it exposes
#: the reciprocal to the lowering, so products divide once and tanh(x), coth(x) share one tanh.
NORMALIZE = Rule("reciprocal_trig", "coth, sech, csch as reciprocals of tanh, cosh, sinh (shared, divided once)",
                 _reciprocal_trig)

RULES: tuple[Rule, ...] = (
    Rule("digamma_half_log", "re(digamma(1/2 + I*y)) - log(y) -> psi_half_log(y): the difference "
         "cancels to -1/(24 y**2) (8 digits lost at y = 1e3) and complex digamma costs ~750 ns", _digamma_half_log),
    Rule("trigamma_half_slope", "1 + y*im(polygamma(1, 1/2 + I*y)) -> psi_half_log_slope(y): cancels to "
         "-1/(12 y**2): 9 digits lost at y = 1e4", _trigamma_half_slope),
    Rule("bose_fermi", "exp(x)/(exp(x) -+ 1)**2 -> 1/(4 sinh|cosh(x/2)**2), 1/(exp(x) + 1) -> expit(-x): "
         "exp overflows for x > 709 (inf/inf = NaN)", _bose_fermi),
    Rule("softplus", "log(1 + exp(x)), log(exp(a) + exp(b)) -> logaddexp: exp overflows", _softplus),
    Rule("expm1", "exp(x) - 1 -> expm1(x): cancellation for |x| << 1", _expm1),
    Rule("log1p", "log(1 + u) -> log1p(u): u's digits are lost when |u| << 1", _log1p),
    Rule("removable_singularity", "x/sinh(x), tanh(x)/x, expm1(x)/x as functions defined at 0 "
         "(0/0 = NaN otherwise); x/sinh(x) without overflow of sinh", _removable),
    Rule("difference_of_squares", "1 - u**2 -> (1 - u)*(1 + u): 1 - u is exact near u = 1", _difference_of_squares),
    Rule("hypot", "sqrt(a**2 + b**2) -> hypot(a, b) where a square leaves the double range over the "
         "declared domain", _hypot),
    Rule("erfcx", "exp(x**2)*erfc(x) -> erfcx(x): overflow times underflow", _erfcx),
)

RULES_BY_NAME = {r.name: r for r in RULES}


def apply_rules(expr: sp.Expr, rules: Sequence[Rule] | None = None, ctx: Context | None = None) -> tuple[sp.Expr, list[str]]:
    """Apply :data:`NORMALIZE`, then ``rules`` (default :data:`RULES`) in order; returns
    (expression, names of the rules that changed it)."""
    ctx = ctx or Context()
    used = []
    expr = NORMALIZE(expr, ctx)
    for rule in RULES if rules is None else rules:
        new = rule(expr, ctx)
        if new != expr:
            used.append(rule.name)
            expr = new
    return expr, used


def domain_context(params: Mapping[sp.Symbol, object], constants: Mapping[sp.Symbol, float]) -> Context:
    """A :class:`Context` from declared Param domains (``symbol -> Domain``) and constant values."""
    ranges = {}
    for s, dom in params.items():
        if dom is None:
            continue
        lo, hi = (abs(dom.lo), abs(dom.hi)) if dom.scale != "linear" else (min(abs(dom.lo), abs(dom.hi)), max(abs(dom.lo), abs(dom.hi)))
        if dom.scale == "linear" and dom.lo <= 0 <= dom.hi:
            lo = 0.0
        ranges[s] = (math.log10(lo) if lo > 0 else -math.inf, math.log10(hi) if hi > 0 else -math.inf)
    for s, v in constants.items():
        if v:
            ranges[s] = (math.log10(abs(v)),) * 2
    return Context(ranges)
