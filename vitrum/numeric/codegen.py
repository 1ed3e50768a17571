"""Lowering a sympy expression to blocked numpy code: one ufunc call per operation, into
preallocated buffers.

The expression becomes a list of operations (common subexpressions computed once: every distinct
subtree is one value), each printed as ``np.<ufunc>(args..., out=<buffer row>)``. Values are
sorted into three levels:

* constants (no parameter): computed once at import, module-level names ``_k0, _k1, ...``;
* uniform (only parameters passed as scalars): computed once per call (``_uniform``);
* varying: computed per block of ``BLOCK`` points (``_kernel``), into rows of three buffer pools
  (float ``f``, complex ``c``, bool ``m``) reused as soon as a value is dead (liveness), so the
  working set stays in cache.

Which parameters vary is known at call time; the emitter generates one module per pattern (all
varying is the general one, valid for any input). Products are lowered as a numerator chain and a
denominator chain per integer power (``x**2*sech(x)**2`` is computed as ``(x/cosh(x))**2``: the
squares of the factors would leave the double range where the product does not), with the uniform
factors folded into one scalar. ``Piecewise`` is lazy: its conditions are computed on the block,
each branch is its own generated function evaluated only on the points that select it
(:func:`vitrum.numeric.runtime.piecewise`).
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

import sympy as sp

from vitrum.numeric.printer import FnSpec, Unsupported, spec_for

CONST, UNIFORM, VARYING = 0, 1, 2


@dataclass(eq=False)
class Val:
    """A value of the generated code."""

    level: int
    dtype: str  # "f" float64, "c" complex128, "b" bool
    text: str = ""  # inputs, literals, names of constants/uniforms
    spec: FnSpec | None = None
    args: list["Val"] = field(default_factory=list)
    comment: str = ""
    piecewise: "PiecewiseOp | None" = None
    ref: str = ""  # assigned buffer row / name

    @property
    def is_op(self) -> bool:
        return self.spec is not None or self.piecewise is not None


@dataclass(eq=False)
class PiecewiseOp:
    conds: list[Val | bool]
    branches: list[str]  # names of branch functions
    args: list[Val]


_BIN = {
    "add": FnSpec("np.add"), "sub": FnSpec("np.subtract"), "mul": FnSpec("np.multiply"),
    "div": FnSpec("np.divide"), "neg": FnSpec("np.negative"), "square": FnSpec("np.square"),
    "sqrt": FnSpec("np.sqrt"), "pow": FnSpec("np.power"), "exp": FnSpec("np.exp"), "cbrt": FnSpec("np.cbrt"),
    "lt": FnSpec("np.less", result="bool"), "le": FnSpec("np.less_equal", result="bool"),
    "gt": FnSpec("np.greater", result="bool"), "ge": FnSpec("np.greater_equal", result="bool"),
    "eq": FnSpec("np.equal", result="bool"), "ne": FnSpec("np.not_equal", result="bool"),
    "and": FnSpec("np.logical_and", result="bool"), "or": FnSpec("np.logical_or", result="bool"),
    "not": FnSpec("np.logical_not", result="bool"), "recip": FnSpec("np.divide", pre=("1.0",)),
}


def _literal(x) -> str:
    if isinstance(x, complex):
        return repr(x)
    return repr(float(x))


def _short(e: sp.Expr, n: int = 72) -> str:
    s = str(e).replace("\n", " ")
    return s if len(s) <= n else s[: n - 3] + "..."


class Scope:
    """The operations of one generated function (the block kernel, or one Piecewise branch)."""

    def __init__(self, module: "Module", inputs: dict[sp.Symbol, Val], parent: "Scope | None" = None):
        self.module = module
        self.parent = parent
        self.memo: dict[sp.Expr, Val] = dict(inputs)
        self.inputs = dict(inputs)
        self.ops: list[Val] = []  # uniform and varying ops of this scope, in order
        self.imported: list[tuple[Val, Val]] = []  # (parent value, local input) for branch scopes

    # --- value constructors ---------------------------------------------------------------
    def literal(self, x) -> Val:
        return Val(CONST, "c" if isinstance(x, complex) else "f", _literal(x))

    def op(self, spec: FnSpec, args: list[Val], comment: str = "", dtype: str | None = None) -> Val:
        if dtype is None:
            if spec.result == "bool":
                dtype = "b"
            elif spec.result == "real":
                dtype = "f"
            elif spec.result == "complex":
                dtype = "c"
            else:
                dtype = "c" if any(a.dtype == "c" for a in args) else "f"
        if not spec.complex_args and any(a.dtype == "c" for a in args):
            raise Unsupported(f"{spec.name or spec.template} does not take complex arguments ({comment})")
        level = max((a.level for a in args), default=CONST)
        v = Val(level, dtype, spec=spec, args=list(args), comment=comment)
        if level == CONST:
            self.module.add_constant(v)
        else:
            self.ops.append(v)
        return v

    # --- lowering ---------------------------------------------------------------------------
    def lower(self, e: sp.Expr) -> Val:
        v = self.available(e)
        if v is None:
            v = self._lower(e)
            self.memo[e] = v
        return v

    def available(self, e: sp.Expr) -> Val | None:
        """A value this scope has already computed (or can reach) for ``e``."""
        if e in self.memo:
            return self.memo[e]
        if self.parent is not None:
            pv = self.parent.available(e)
            if pv is not None:
                return self._import(e, pv)
        return None

    def _import(self, e: sp.Expr, pv: Val) -> Val:
        if pv.level == CONST:
            self.memo[e] = pv
            return pv
        for outer, local in self.imported:
            if outer is pv:
                self.memo[e] = local
                return local
        name = pv.text if (pv.text and pv.text.isidentifier() and not pv.is_op) else f"p{len(self.imported)}"
        local = Val(VARYING, pv.dtype, name)
        self.imported.append((pv, local))
        self.memo[e] = local
        return local

    def _lower(self, e: sp.Expr) -> Val:  # noqa: C901 - one dispatch
        m = self.module
        if not e.is_Atom and e.free_symbols and e.free_symbols <= set(m.constant_symbols) and not e.has(sp.Piecewise):
            # a constant expression: folded at 30 digits, rounded once
            value = sp.N(e.subs({s: sp.Float(repr(v), 30) for s, v in m.constant_symbols.items()}), 30)
            v = self.literal(complex(value) if not value.is_real else float(value))
            v.text = f"{v.text}"
            m.folded.append((v.text, _short(e)))
            return v
        if e.is_Symbol:
            if e in m.constant_symbols:
                return Val(CONST, "f", e.name)
            raise Unsupported(f"symbol {e} is not a parameter or constant")
        if e is sp.S.ImaginaryUnit:
            return self.literal(1j)
        if e.is_Number:
            if e.is_real:
                return self.literal(float(e))
            return self.literal(complex(e))
        if e.is_NumberSymbol:
            return Val(CONST, "f", {sp.pi: "np.pi", sp.E: "np.e"}.get(e, _literal(float(e))))
        if e in (sp.true, sp.false):
            return Val(CONST, "b", "True" if e == sp.true else "False")
        if isinstance(e, sp.Add):
            return self._add(e)
        if isinstance(e, sp.Mul):
            return self._mul(e)
        if isinstance(e, sp.Pow):
            return self._pow(e)
        if isinstance(e, sp.exp):
            return self.op(_BIN["exp"], [self.lower(e.args[0])], _short(e))
        if isinstance(e, sp.Piecewise):
            return self._piecewise(e)
        if e.is_Relational:
            key = {sp.StrictLessThan: "lt", sp.LessThan: "le", sp.StrictGreaterThan: "gt",
                   sp.GreaterThan: "ge", sp.Equality: "eq", sp.Unequality: "ne"}[type(e)]
            return self.op(_BIN[key], [self.lower(e.lhs), self.lower(e.rhs)], _short(e))
        if isinstance(e, (sp.And, sp.Or)):
            args = [self.lower(a) for a in e.args]
            acc = args[0]
            for a in args[1:]:
                acc = self.op(_BIN["and" if isinstance(e, sp.And) else "or"], [acc, a], _short(e))
            return acc
        if isinstance(e, sp.Not):
            return self.op(_BIN["not"], [self.lower(e.args[0])], _short(e))
        if isinstance(e, (sp.Integral, sp.Sum, sp.Derivative)):
            raise Unsupported(f"{type(e).__name__} has no closed form to emit")
        if isinstance(e, (sp.Min, sp.Max)):  # lattice ops, not sp.Function: n-ary as a chain
            spec, args = spec_for(e)
            vals = [self.lower(a) for a in args]
            acc = vals[0]
            for v in vals[1:]:
                acc = self.op(spec, [acc, v], _short(e))
            return acc
        if isinstance(e, sp.Function):
            spec, args = spec_for(e)
            if "." in spec.name:
                mod = spec.name.rsplit(".", 1)[0]
                if mod not in ("np", "sc"):
                    m.imports.add(mod)
            return self.op(spec, [self.lower(a) for a in args], _short(e))
        raise Unsupported(f"cannot emit {type(e).__name__} ({_short(e)})")

    def _sum_chain(self, plus: list[Val], minus: list[Val], comment: str) -> Val:
        acc = None
        for v in plus:
            acc = v if acc is None else self.op(_BIN["add"], [acc, v], comment)
        for v in minus:
            acc = self.op(_BIN["neg"], [v], comment) if acc is None else self.op(_BIN["sub"], [acc, v], comment)
        return acc

    def _add(self, e: sp.Add) -> Val:
        terms = list(e.args)
        levels = {t: self._level_of(t) for t in terms}
        uniform = [t for t in terms if levels[t] < VARYING]
        varying = [t for t in terms if levels[t] == VARYING]
        plus: list[Val] = []
        minus: list[Val] = []
        if uniform and varying:
            plus.append(self.lower(sp.Add(*uniform)))
            group = varying
        else:
            group = terms
        for t in group:
            if t.could_extract_minus_sign() and not t.is_Number:
                minus.append(self.lower(-t))
            else:
                plus.append(self.lower(t))
        if not plus:
            return self.op(_BIN["neg"], [self._sum_chain(minus, [], _short(-e))], _short(e))
        return self._sum_chain(plus, minus, _short(e))

    def _level_of(self, e: sp.Expr) -> int:
        syms = e.free_symbols
        lv = CONST
        for s in syms:
            if s in self.inputs:
                lv = max(lv, self.inputs[s].level)
            elif s not in self.module.constant_symbols:
                lv = VARYING
        if self.parent is not None and lv < VARYING and syms - set(self.module.constant_symbols):
            lv = VARYING  # branch scopes see parameters as (compressed) arrays
        return lv

    def _mul(self, e: sp.Mul) -> Val:
        coeff, factors = e.as_coeff_mul()
        comment = _short(e)
        if coeff == -1:
            return self.op(_BIN["neg"], [self.lower(-e)], comment)
        uni = [f for f in factors if self._level_of(f) < VARYING]
        var = [f for f in factors if self._level_of(f) == VARYING]
        if var and (uni or coeff != 1):
            u_expr = sp.Mul(coeff, *uni)
            rest = sp.Mul(*var)
            folded = self._fold_into_power(u_expr, var, comment)
            if folded is not None:
                return folded
            if _pure_denominator(u_expr):  # dividing by the scalar is one rounding fewer
                return self.op(_BIN["div"], [self.lower(rest), self.lower(1 / u_expr)], comment)
            return self.op(_BIN["mul"], [self.lower(u_expr), self.lower(rest)], comment)
        if coeff != 1:
            rest = sp.Mul(*factors)
            if (1 / coeff).is_Integer:
                return self.op(_BIN["div"], [self.lower(rest), self.literal(float(1 / coeff))], comment)
            return self.op(_BIN["mul"], [self.literal(float(coeff)), self.lower(rest)], comment)
        groups: dict[int, tuple[list, list]] = {}
        factors = self._merge_square_roots(factors)
        for f in factors:
            b, ex = f.as_base_exp()
            if ex.is_Integer and not (isinstance(f, sp.exp) or b == sp.E):
                groups.setdefault(abs(int(ex)), ([], []))[0 if ex > 0 else 1].append(b)
            elif ex.is_Rational and ex.is_negative and not (isinstance(f, sp.exp) or b == sp.E):
                groups.setdefault(1, ([], []))[1].append(sp.Pow(b, -ex, evaluate=False))
            else:
                groups.setdefault(1, ([], []))[0].append(f)
        if list(groups) == [1]:
            return self._chain(*groups[1], comment)
        # groups with a numerator: (nums/dens)**n; groups of denominators only: divide by dens**n
        acc = None
        den = None
        for n in sorted(groups):
            nums, dens = groups[n]
            if nums:
                g = sp.Mul(*nums) / sp.Mul(*dens)
                v = self.lower(g) if n == 1 else self.lower(sp.Pow(g, n, evaluate=False))
                acc = v if acc is None else self.op(_BIN["mul"], [acc, v], comment)
            else:
                g = sp.Mul(*dens)
                v = self.lower(g) if n == 1 else self.lower(sp.Pow(g, n, evaluate=False))
                den = v if den is None else self.op(_BIN["mul"], [den, v], comment)
        if den is None:
            return acc
        if acc is None:
            return self.op(_BIN["recip"], [den], comment)
        return self.op(_BIN["div"], [acc, den], comment)

    def _merge_square_roots(self, factors: tuple) -> list:
        """``sqrt(a)*sqrt(b)`` as ``sqrt(a*b)`` (and ``1/(sqrt(a)*sqrt(b))`` as ``1/sqrt(a*b)``): one
        square root (~1 ns a point, five times a multiply) instead of several. sympy splits
        ``sqrt(1 - u**2)`` rewritten as ``sqrt((1 - u)*(1 + u))`` into two roots, for instance.
        Merged only where it cannot change a value: the bases real, at most one of them not known
        to be nonnegative (so the product is negative exactly where a root was NaN), and the
        product's magnitude inside the double range over the declared domains."""
        halves: dict[bool, list] = {True: [], False: []}
        for f in factors:
            b, ex = f.as_base_exp()
            if ex in (sp.S.Half, -sp.S.Half) and b.is_real and not b.is_Number:
                halves[ex > 0].append(f)
        merged = [f for f in factors]
        for positive, group in halves.items():
            if len(group) < 2:
                continue
            bases = [f.as_base_exp()[0] for f in group]
            if sum(1 for b in bases if not b.is_nonnegative) > 1:
                continue
            product = sp.Mul(*bases, evaluate=False)
            ctx = self.module.ctx
            r = ctx.log10_bounds(product) if ctx is not None else None
            if r is None or r[0] < -290 or r[1] > 290:
                continue
            merged = [f for f in merged if f not in group]
            merged.append(sp.Pow(product, sp.S.Half if positive else -sp.S.Half, evaluate=False))
        return merged

    def _fold_into_power(self, u_expr: sp.Expr, var: list, comment: str) -> Val | None:
        """c*g**N with a scalar c far from 1 (SI constants) as (c**(1/N)*g)**N: the base is then
        the N-th root of the result and stays in the double range wherever the result does
        (k*x**2*sech(x)**2 at x = 330: (x*sech x)**2 underflows, the result is 1e-306)."""
        best, group = 0, None
        for f in var:
            b, ex = f.as_base_exp()
            if ex.is_Integer and abs(int(ex)) >= 2 and not (isinstance(f, sp.exp) or b == sp.E):
                if abs(int(ex)) > best:
                    best = abs(int(ex))
        if best < 2:
            return None
        r = self.module.magnitude(u_expr)
        if r is not None and -6 <= r[0] and r[1] <= 6:
            return None
        inside = [f.as_base_exp()[0] ** sp.sign(f.as_base_exp()[1]) for f in var
                  if f.as_base_exp()[1].is_Integer and abs(int(f.as_base_exp()[1])) == best]
        others = [f for f in var if not (f.as_base_exp()[1].is_Integer and abs(int(f.as_base_exp()[1])) == best)]
        root = sp.Pow(u_expr, sp.Rational(1, best))
        if not (root.is_positive or root.is_negative is False and root.is_real):
            return None
        base = sp.Mul(root, *inside)
        powered = self.lower(sp.Pow(base, best, evaluate=False))
        if not others:
            return powered
        return self.op(_BIN["mul"], [powered, self.lower(sp.Mul(*others))], comment)

    def _chain(self, nums: list, dens: list, comment: str) -> Val:
        """prod(nums)/prod(dens) as one multiply/divide per factor, symbols first; every prefix
        product is remembered (so x/T inside a function argument reuses the x/T of the product)."""
        def key(b):
            return (not b.is_Symbol, sp.default_sort_key(b))
        nums, dens = sorted(nums, key=key), sorted(dens, key=key)
        if len(dens) >= 2 and self._product_in_range(dens):
            # one division instead of len(dens) (0.34 ns a point against 0.22 for a multiply here)
            den = self.lower(sp.Mul(*dens))
            if not nums:
                return self.op(_BIN["recip"], [den], comment)
            return self.op(_BIN["div"], [self.lower(sp.Mul(*nums)), den], comment)
        g = None
        pn: list = []
        pd: list = []
        for b, is_num in [(b, True) for b in nums] + [(b, False) for b in dens]:
            (pn if is_num else pd).append(b)
            prefix = sp.Mul(*pn) / sp.Mul(*pd)
            if prefix in self.memo and len(pn) + len(pd) > 1:
                g = self.memo[prefix]
                continue
            v = self.lower(b)
            if g is None:
                g = v if is_num else self.op(_BIN["recip"], [v], comment)
            else:
                g = self.op(_BIN["mul" if is_num else "div"], [g, v], comment)
            if len(pn) + len(pd) > 1:
                self.memo[prefix] = g
        return g

    def _product_in_range(self, factors: list) -> bool:
        """Whether every prefix product of ``factors`` (in order) stays inside the double range
        over the declared domains, so that ``a/(b*c)`` can replace ``a/b/c`` without a value
        over- or underflowing that the chained divisions keep (magnitudes unknown: no)."""
        ctx = self.module.ctx
        if ctx is None:
            return False
        for i in range(2, len(factors) + 1):
            r = ctx.log10_bounds(sp.Mul(*factors[:i], evaluate=False))
            if r is None or r[0] < -290 or r[1] > 290:
                return False
        return True

    def _int_power(self, v: Val, n: int, comment: str) -> Val:
        if n == 1:
            return v
        if n == 2:
            return self.op(_BIN["square"], [v], comment)
        if n == 3:
            return self.op(_BIN["mul"], [self.op(_BIN["square"], [v], comment), v], comment)
        if n == 4:
            return self.op(_BIN["square"], [self.op(_BIN["square"], [v], comment)], comment)
        return self.op(_BIN["pow"], [v, self.literal(float(n))], comment)

    def _pow(self, e: sp.Pow) -> Val:
        b, ex = e.base, e.exp
        comment = _short(e)
        if b == sp.E:
            return self.op(_BIN["exp"], [self.lower(ex)], comment)
        if ex.is_Integer:
            n = int(ex)
            if n < 0:
                return self._int_power(self.op(_BIN["recip"], [self.lower(b)], comment), -n, comment)
            return self._int_power(self.lower(b), n, comment)
        if ex == sp.S.Half:
            return self.op(_BIN["sqrt"], [self.lower(b)], comment)
        if ex == -sp.S.Half:
            return self.op(_BIN["recip"], [self.op(_BIN["sqrt"], [self.lower(b)], comment)], comment)
        if ex.is_Rational and ex.q == 2:
            r = self.op(_BIN["sqrt"], [self.lower(b)], comment)
            p = abs(int(ex.p)) // 2
            bv = self.lower(b)
            val = self.op(_BIN["mul"], [self._int_power(bv, p, comment), r], comment) if p else r
            return val if ex > 0 else self.op(_BIN["recip"], [val], comment)
        if ex == sp.Rational(1, 3) and b.is_nonnegative:
            return self.op(_BIN["cbrt"], [self.lower(b)], comment)
        return self.op(_BIN["pow"], [self.lower(b), self.lower(ex)], comment)

    def _piecewise(self, e: sp.Piecewise) -> Val:
        conds: list[Val | bool] = []
        names: list[str] = []
        children: list[Scope] = []
        results: list[Val] = []
        for expr, cond in e.args:
            conds.append(True if cond == sp.true else self.lower(cond))
            child = Scope(self.module, {}, parent=self)
            r = child.lower(expr)
            name = self.module.add_branch(child, r)
            names.append(name)
            children.append(child)
            results.append(r)
            if cond == sp.true:
                break
        # one argument list shared by the branches: the parent values any branch imports
        args: list[Val] = []
        for child in children:
            for outer, _ in child.imported:
                if outer not in args:
                    args.append(outer)
        for child, name in zip(children, names):
            self.module.set_branch_params(name, [next((loc for out_, loc in child.imported if out_ is a), None) for a in args])
        dtype = "c" if any(r.dtype == "c" for r in results) else "f"
        v = Val(VARYING, dtype, piecewise=PiecewiseOp(conds, names, args), comment=_short(e), args=[c for c in conds if isinstance(c, Val)] + args)
        self.ops.append(v)
        return v


def _pure_denominator(u: sp.Expr) -> bool:
    """u = 1/(product with positive powers and an integer coefficient)."""
    for f in sp.Mul.make_args(u):
        if f.is_Number:
            if not (1 / f).is_Integer:
                return False
        elif not f.as_base_exp()[1].is_negative:
            return False
    return u != 1


class Module:
    """A generated module: constants, branch functions, the uniform prologue and the kernel."""

    def __init__(self, params: list[sp.Symbol], varying: list[bool], constants: dict[sp.Symbol, float], ctx=None):
        self.ctx = ctx
        self.params = params
        self.varying = varying
        self.constant_symbols = dict(constants)
        self.constants: list[Val] = []
        self.imports: set[str] = set()
        self.branches: dict[str, tuple[Scope, Val, list]] = {}
        self.folded: list[tuple[str, str]] = []

    def magnitude(self, e: sp.Expr) -> tuple[float, float] | None:
        """log10 |e| range over the declared domains (None when unknown)."""
        if e.free_symbols <= set(self.constant_symbols):
            try:
                v = abs(complex(sp.N(e.subs({s: sp.Float(repr(x), 30) for s, x in self.constant_symbols.items()}), 20)))
            except TypeError:
                return None
            return (float(sp.log(v, 10)),) * 2 if v else None
        return self.ctx.log10_range(e) if self.ctx is not None else None

    def add_constant(self, v: Val) -> None:
        v.text = f"_k{len(self.constants)}"
        self.constants.append(v)

    def add_branch(self, scope: Scope, result: Val) -> str:
        name = f"_branch{len(self.branches)}"
        self.branches[name] = (scope, result, [])
        return name

    def set_branch_params(self, name: str, params: list) -> None:
        scope, result, _ = self.branches[name]
        self.branches[name] = (scope, result, params)


def _arg_text(v: Val) -> str:
    return v.ref or v.text


def _schedule(scope: Scope, result: Val, lines: list[str], indent: str, allocate: str) -> dict[str, int]:
    """Print the varying ops of ``scope`` into ``lines``, the result into ``out``; rows of the
    buffers ``f`` (float), ``c`` (complex), ``m`` (bool) are reused once their value is dead.
    Returns the buffer counts. ``allocate``: "kernel" (buffers passed in) or "branch"
    (allocated here, ``n`` points)."""
    ops = [v for v in scope.ops if v.level == VARYING]
    last_use: dict[int, int] = {}
    for i, v in enumerate(ops):
        for a in v.args:
            last_use[id(a)] = i
    free: dict[str, list[int]] = {"f": [], "c": [], "b": []}
    count = {"f": 0, "c": 0, "b": 0}
    pool = {"f": "f", "c": "c", "b": "m"}
    body: list[str] = []

    def release(v: Val, i: int) -> None:
        for a in v.args:
            if last_use.get(id(a)) == i and a.ref[:2] in ("f[", "c[", "m[") and a.dtype in free:
                row = int(a.ref[2:-1])
                if row not in free[a.dtype]:
                    free[a.dtype].append(row)

    for i, v in enumerate(ops):
        if v.piecewise is None:
            release(v, i)  # elementwise: writing into a dying argument's row is safe
        if v is result:
            v.ref = "out"
        else:
            row = free[v.dtype].pop() if free[v.dtype] else count[v.dtype]
            if row == count[v.dtype]:
                count[v.dtype] += 1
            v.ref = f"{pool[v.dtype]}[{row}]"
        if v.piecewise is not None:
            release(v, i)
            pw = v.piecewise
            conds = "".join(("True" if c is True else _arg_text(c)) + ", " for c in pw.conds)
            args = "".join(_arg_text(a) + ", " for a in pw.args)
            body.append(f"_rt.piecewise({v.ref}, ({conds}), ({''.join(b + ', ' for b in pw.branches)}), ({args}))  # {v.comment}")
        else:
            body.append(f"{v.spec.statement([_arg_text(a) for a in v.args], v.ref)}  # {v.comment}")
    if result.ref != "out":
        body.append(f"out[...] = {_arg_text(result)}")
    if allocate == "branch":
        dt = {"f": "float", "c": "complex"}.get(result.dtype, "float")
        lines.append(f"{indent}out = np.empty(n, dtype={dt})")
        for d, name, t in (("f", "f", "float"), ("c", "c", "complex"), ("b", "m", "bool")):
            if count[d]:
                lines.append(f"{indent}{name} = np.empty(({count[d]}, n), dtype={t})")
    lines.extend(indent + b for b in body)
    return count


#: names the generated functions use themselves (locals, module globals, imports)
GENERATED_NAMES = frozenset({"U", "out", "f", "c", "m", "n", "np", "sc", "_rt", "VARYING", "BLOCK", "_kernel", "_uniform"})
_GENERATED_PATTERN = re.compile(r"[up]\d+|_k\d+|_branch\d+|_unused\d+")


def local_names(params: list[str], taken: set[str] = frozenset()) -> dict[str, str]:
    """The name of each parameter inside the generated functions: its own, unless it would shadow
    a name the generated code uses (``U``, ``out``, ``f``, ``c``, ``m``, ``n``, ``u0``, ``p0``, ``np``, a
    constant or an imported module in ``taken``), then with ``_`` appended until it is free. The
    kernel and the prologue are called positionally, so only these local names change.

    >>> local_names(["P", "U", "U_", "m", "T"])
    {'P': 'P', 'U': 'U__', 'U_': 'U_', 'm': 'm_', 'T': 'T'}
    """
    used = set(params)
    out = {}
    for name in params:
        local = name
        while local in GENERATED_NAMES or local in taken or _GENERATED_PATTERN.fullmatch(local) or (local != name and local in used):
            local += "_"
        used.add(local)
        out[name] = local
    return out


def generate(expr: sp.Expr, params: list[sp.Symbol], varying: list[bool], constants: dict[sp.Symbol, float],
             name: str, ctx=None) -> tuple[str, dict]:
    """Source of the functions for ``expr`` (constants, branches, ``_uniform``, ``_kernel``) and
    facts about it: buffer counts, result dtype, number of per-point operations, imports."""
    module = Module(params, varying, constants, ctx)
    inputs = {p: Val(VARYING if var else UNIFORM, "f", p.name) for p, var in zip(params, varying)}
    top = Scope(module, inputs)
    result = top.lower(expr)
    taken = {s.name for s in constants} | {m.split(".")[0] for m in module.imports}
    renamed = {}
    for p, local in local_names([p.name for p in params], taken).items():
        if local != p:
            inputs[next(s for s in params if s.name == p)].text = local
            renamed[p] = local
    changed = bool(renamed)
    while changed:  # branch scopes hold copies of the inputs they use (nested ones copies of copies)
        changed = False
        for scope, _, _ in module.branches.values():
            for outer, local in scope.imported:
                if not outer.is_op and local.text in renamed and outer.text == renamed[local.text]:
                    local.text = outer.text
                    changed = True
    # constants
    const_lines = [f"{v.text} = {v.spec.expression([_arg_text(a) for a in v.args])}  # {v.comment}" for v in module.constants]
    # branches (each a function of the number of selected points and its imported values)
    branch_src: list[str] = []
    for bname, (scope, res, params_local) in module.branches.items():
        names = [p.text if p is not None else f"_unused{i}" for i, p in enumerate(params_local)]
        blines = [f"def {bname}({', '.join(['n', *names])}):"]
        for v in scope.ops:
            v.level = VARYING  # branch values are arrays of the selected points
        _schedule(scope, res, blines, "    ", "branch")
        blines.append("    return out")
        branch_src.append("\n".join(blines))
    # uniform prologue
    uni_ops = [v for v in top.ops if v.level == UNIFORM]
    uni_in = [inputs[p].text for p, var in zip(params, varying) if not var]
    ulines = [f"def _uniform({', '.join(uni_in)}):", '    """Values that depend only on the scalar parameters (once per call)."""']
    for i, v in enumerate(uni_ops):
        v.ref = f"u{i}"
        if v.piecewise is not None:  # pragma: no cover - piecewise values are always varying
            raise AssertionError
        ulines.append(f"    {v.ref} = {v.spec.expression([_arg_text(a) for a in v.args])}  # {v.comment}")
    ulines.append(f"    return ({''.join(v.ref + ', ' for v in uni_ops)})")
    # kernel
    klines = [f"def _kernel({', '.join(inputs[p].text for p in params)}, U, out, f, c, m):",
              '    """One block: inputs are slices (varying) or scalars; out and the buffer rows have the block length."""']
    if uni_ops:
        klines.append(f"    {', '.join(v.ref for v in uni_ops)}, = U")
    counts = _schedule(top, result, klines, "    ", "kernel")
    n_ops = sum(1 for v in top.ops if v.level == VARYING)
    facts = {"nf": counts["f"], "nc": counts["c"], "nb": counts["b"], "dtype": "complex" if result.dtype == "c" else "float",
             "ops": n_ops, "uniform_ops": len(uni_ops), "constants": len(module.constants),
             "branches": len(module.branches), "imports": sorted(module.imports)}
    parts = (["\n".join(const_lines)] if const_lines else []) + branch_src + ["\n".join(ulines), "\n".join(klines)]
    return "\n\n\n".join(parts) + "\n", facts
