"""Physical dimensions as exponent vectors over the SI base quantities.

Part of the declaration layer: a ``Param`` or ``Quantity`` carries a ``Dimension``;
this module also computes the dimension of an expression (:func:`dimension_of`) and compares.

Dimensions are written as strings over named dimensions, e.g. ``"energy"``,
``"1/(energy*volume)"``, ``"mass/volume"``, ``"length/time"``, ``"1"``.

>>> Dimension.parse("energy/temperature") == Dimension.parse("mass*length**2/(time**2*temperature)")
True
>>> str(Dimension.parse("1/time"))
'time**-1'
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from fractions import Fraction

BASE = ("mass", "length", "time", "temperature", "current")


@dataclass(frozen=True)
class Dimension:
    """A product of SI base dimensions with rational exponents (mass, length, time,
    temperature, current)."""

    exponents: tuple[Fraction, ...] = (Fraction(0),) * len(BASE)

    def __mul__(self, other: Dimension) -> Dimension:
        return Dimension(tuple(a + b for a, b in zip(self.exponents, other.exponents)))

    def __truediv__(self, other: Dimension) -> Dimension:
        return Dimension(tuple(a - b for a, b in zip(self.exponents, other.exponents)))

    def __pow__(self, p: int | Fraction) -> Dimension:
        p = Fraction(p)
        return Dimension(tuple(a * p for a in self.exponents))

    @property
    def is_dimensionless(self) -> bool:
        return all(a == 0 for a in self.exponents)

    def natural(self) -> tuple[Fraction, Fraction, Fraction]:
        """Project onto natural units (hbar = k_B = 1): returns exponents of
        (energy, length, current). Temperature is an energy, time an inverse energy."""
        m, l, t, th, i = self.exponents
        # with hbar = 1: time ~ 1/energy; with k_B = 1: temperature ~ energy;
        # mass = energy*time**2/length**2 ~ energy**-1 length**-2
        return (-m - t + th, l - 2 * m, i)

    def __str__(self) -> str:
        parts = []
        for name, e in zip(BASE, self.exponents):
            if e == 1:
                parts.append(name)
            elif e != 0:
                parts.append(f"{name}**{e}")
        return "*".join(parts) if parts else "1"

    @staticmethod
    def parse(text: str | Dimension) -> Dimension:
        """Parse ``"energy/(time*temperature)"`` etc. Raises ``ValueError`` naming the bad word."""
        if isinstance(text, Dimension):
            return text
        try:
            tree = ast.parse(str(text).strip() or "1", mode="eval")
        except SyntaxError as exc:
            raise ValueError(f"dimension {text!r} does not parse: {exc.msg}") from None
        return _eval_dim(tree.body, str(text))


def _base(i: int) -> Dimension:
    e = [Fraction(0)] * len(BASE)
    e[i] = Fraction(1)
    return Dimension(tuple(e))


ONE = Dimension()
MASS, LENGTH, TIME, TEMPERATURE, CURRENT = (_base(i) for i in range(len(BASE)))
ENERGY = MASS * LENGTH**2 / TIME**2

NAMED: dict[str, Dimension] = {
    "1": ONE,
    "dimensionless": ONE,
    "mass": MASS,
    "length": LENGTH,
    "time": TIME,
    "temperature": TEMPERATURE,
    "current": CURRENT,
    "energy": ENERGY,
    "frequency": TIME**-1,
    "volume": LENGTH**3,
    "area": LENGTH**2,
    "velocity": LENGTH / TIME,
    "charge": CURRENT * TIME,
    "power": ENERGY / TIME,
    "voltage": ENERGY / (CURRENT * TIME),
    "force": ENERGY / LENGTH,
}


def _eval_dim(node: ast.AST, text: str) -> Dimension:
    if isinstance(node, ast.Name):
        if node.id not in NAMED:
            known = ", ".join(sorted(NAMED))
            raise ValueError(f"unknown dimension {node.id!r} in {text!r} (known: {known})")
        return NAMED[node.id]
    if isinstance(node, ast.Constant) and node.value == 1:
        return ONE
    if isinstance(node, ast.BinOp):
        if isinstance(node.op, ast.Pow):
            exponent = _eval_exponent(node.right, text)
            return _eval_dim(node.left, text) ** exponent
        left, right = _eval_dim(node.left, text), _eval_dim(node.right, text)
        if isinstance(node.op, ast.Mult):
            return left * right
        if isinstance(node.op, ast.Div):
            return left / right
    raise ValueError(f"dimension {text!r}: cannot read {ast.unparse(node)!r}")


def _eval_exponent(node: ast.AST, text: str) -> Fraction:
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return Fraction(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval_exponent(node.operand, text)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return _eval_exponent(node.left, text) / _eval_exponent(node.right, text)
    raise ValueError(f"dimension {text!r}: exponent {ast.unparse(node)!r} is not a rational number")


class DimensionError(ValueError):
    """An expression mixes dimensions (adds energy to time, takes exp of a length, ...)."""


def same_dimension(a: Dimension, b: Dimension, natural: bool = False) -> bool:
    """Equal dimensions; in natural units (hbar = k_B = 1) compared after projection."""
    return a.natural() == b.natural() if natural else a == b


def dimension_of(expr, dims: dict, natural: bool = False) -> Dimension:
    """The dimension of a sympy expression given the dimension of each free symbol.

    Sums must agree term by term, arguments of transcendental functions must be dimensionless,
    ``Integral`` multiplies by the dimension of its variable. Raises :class:`DimensionError`
    naming the offending subexpression.

    >>> import sympy as sp
    >>> E, T, k = sp.symbols("E T k", positive=True)
    >>> str(dimension_of(E/(k*T), {E: NAMED["energy"], T: TEMPERATURE, k: NAMED["energy"]/TEMPERATURE}))
    '1'
    """
    import sympy as sp

    def same(a: Dimension, b: Dimension) -> bool:
        return same_dimension(a, b, natural)

    def walk(e) -> Dimension:
        if e.is_Symbol:
            if e in dims:
                return dims[e]
            raise DimensionError(f"no dimension declared for {e}")
        if e.is_Number or e.is_NumberSymbol or e in (sp.I, sp.oo, -sp.oo, sp.zoo):
            return ONE
        if isinstance(e, sp.Add):
            ds = [walk(a) for a in e.args]
            # numbers added to a dimensioned term would be an error too (1 + E)
            for a, d in zip(e.args, ds):
                if not same(d, ds[0]):
                    raise DimensionError(f"sum mixes dimension {ds[0]} with {d} (term {a}) in {e}")
            return ds[0]
        if isinstance(e, sp.Mul):
            out = ONE
            for a in e.args:
                out = out * walk(a)
            return out
        if isinstance(e, sp.Pow):
            base_dim = walk(e.base)
            exp_dim = walk(e.exp)
            if not same(exp_dim, ONE):
                raise DimensionError(f"exponent {e.exp} of {e} has dimension {exp_dim}")
            if base_dim.is_dimensionless if not natural else same(base_dim, ONE):
                return ONE
            if not e.exp.is_Rational:
                raise DimensionError(f"dimensioned base {e.base} raised to non-rational power {e.exp}")
            from fractions import Fraction

            return base_dim ** Fraction(int(e.exp.p), int(e.exp.q))
        if isinstance(e, (sp.Integral, sp.Sum)):
            d = walk(e.function)
            if isinstance(e, sp.Integral):
                for lim in e.limits:
                    var = lim[0]
                    vd = walk(var)
                    for bound in lim[1:]:
                        bd = walk(bound)
                        if not (bound.is_infinite or bound.is_zero) and not same(bd, vd):
                            raise DimensionError(f"integration bound {bound} has dimension {bd}, variable {var} has {vd}")
                    d = d * vd
            return d
        if isinstance(e, sp.Piecewise):
            ds = [walk(expr) for expr, _cond in e.args]
            for (expr, _c), d in zip(e.args, ds):
                if not (expr.is_zero or same(d, ds[0])):
                    raise DimensionError(f"Piecewise branches differ in dimension: {expr} has {d}, expected {ds[0]}")
            return ds[0]
        if isinstance(e, (sp.Abs, sp.re, sp.im, sp.sign, sp.conjugate, sp.Max, sp.Min)):
            ds = [walk(a) for a in e.args]
            if isinstance(e, sp.sign):
                return ONE
            return ds[0]
        if isinstance(e, sp.Heaviside):
            return ONE
        quantity = getattr(type(e), "quantity", None)
        if quantity is not None:  # an applied model quantity (vitrum.declare.QuantityFunction)
            return quantity.dimension
        if isinstance(e, sp.Function) or isinstance(e, sp.Derivative):
            if isinstance(e, sp.Derivative):
                d = walk(e.expr)
                for var, n in e.variable_count:
                    d = d / walk(var) ** int(n)
                return d
            for a in e.args:
                da = walk(a)
                if not same(da, ONE):
                    raise DimensionError(f"argument {a} of {e.func} has dimension {da}; it must be dimensionless")
            return ONE
        if isinstance(e, (sp.Tuple,)) or e.is_Relational or e.is_Boolean:
            return ONE
        raise DimensionError(f"cannot determine the dimension of {e} ({type(e).__name__})")

    return walk(sp.sympify(expr))
