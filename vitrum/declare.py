"""The declaration language: Param, Constant, Citation, Quantity, Model (data only).

A model is declared once, symbolically, and validated when built: every free symbol of every
formula is a declared Param or Constant, names are identifiers, ids are unique, and each
Quantity's declared dimension equals the dimension computed from its formula. Errors name the
culprit (:class:`DeclarationError`).

``Quantity.reference`` and ``Quantity.fast`` are facades over :mod:`vitrum.numeric`; they import
it on first use, so this module stays importable (and testable) without the numeric layer.
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import sympy as sp
from sympy.core.assumptions import _assume_defined

from vitrum.dimension import Dimension, DimensionError, dimension_of, same_dimension
from vitrum.properties import Even, Monotone, Odd, Property

if TYPE_CHECKING:  # pragma: no cover
    import mpmath

    from vitrum.claims import Claim

# Names that denote numbers in formulas; a Param so named would be confused with them.
# (E, S, N, gamma ... are allowed: a declared Param shadows them in formulas and claim files.)
RESERVED_NAMES = frozenset({"I", "pi", "oo", "nan", "zoo"})


class DeclarationError(ValueError):
    """A model, parameter, quantity or claim is declared wrongly. The message names the culprit."""


def check_identifier(name: str, what: str) -> None:
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise DeclarationError(f"{what} name {name!r} is not a Python identifier")
    if name in RESERVED_NAMES:
        raise DeclarationError(f"{what} name {name!r} clashes with a sympy constant; rename it")


@dataclass(frozen=True)
class Domain:
    """Where a parameter is sampled.

    ``scale``: ``"log"`` (log-uniform on [lo, hi], 0 < lo), ``"linear"`` (uniform) or
    ``"symlog"`` (either sign, magnitude log-uniform on [lo, hi], 0 < lo).
    """

    lo: float
    hi: float
    scale: Literal["log", "linear", "symlog"] = "log"

    def __post_init__(self) -> None:
        if not (math.isfinite(self.lo) and math.isfinite(self.hi)) or not self.lo < self.hi:
            raise DeclarationError(f"domain [{self.lo}, {self.hi}] is empty or not finite")
        if self.scale in ("log", "symlog") and self.lo <= 0:
            raise DeclarationError(f"{self.scale} domain needs lo > 0, got [{self.lo}, {self.hi}]")
        if self.scale not in ("log", "linear", "symlog"):
            raise DeclarationError(f"unknown domain scale {self.scale!r}")

    def midpoint(self) -> float:
        if self.scale == "linear":
            return 0.5 * (self.lo + self.hi)
        return math.sqrt(self.lo * self.hi)

    def at(self, u: float) -> float:
        """The point at fraction u in [0, 1] of the domain (log-spaced for log scales; for symlog,
        u < 1/2 gives negative values)."""
        if self.scale == "linear":
            return self.lo + (self.hi - self.lo) * u
        if self.scale == "symlog":
            sign, u = (-1.0, 1 - 2 * u) if u < 0.5 else (1.0, 2 * u - 1)
            return sign * math.exp(math.log(self.lo) + (math.log(self.hi) - math.log(self.lo)) * u)
        return math.exp(math.log(self.lo) + (math.log(self.hi) - math.log(self.lo)) * u)

    def generic(self, n: int, stream: int = 0) -> list[float]:
        """n points at irrational fractions of the domain (a Weyl sequence): they avoid the
        integers and simple fractions where special functions have poles."""
        step = (math.sqrt(5) - 1) / 2 / (1 + stream)
        return [self.at((0.5 + step * (j + 1) * (1 + 0.414213562 * stream)) % 1.0) for j in range(n)]

    def grid(self, n: int) -> list[float]:
        """n deterministic points covering the domain (every order of magnitude for log scales)."""
        if n == 1:
            return [self.midpoint()]
        if self.scale == "linear":
            return [self.lo + (self.hi - self.lo) * i / (n - 1) for i in range(n)]
        a, b = math.log(self.lo), math.log(self.hi)
        mags = [math.exp(a + (b - a) * i / (n - 1)) for i in range(n)]
        if self.scale == "log":
            return mags
        return [m if i % 2 == 0 else -m for i, m in enumerate(mags)]


@dataclass(frozen=True)
class Param:
    """One symbol of a model.

    Parameters
    ----------
    name: identifier, used as the keyword argument of evaluators.
    dimension: e.g. ``"energy"``; see :mod:`vitrum.dimension`.
    assumptions: sympy assumptions, e.g. ``("positive",)``; ``("real",)`` for a signed quantity.
    domain: the sampling domain (also the domain the emitted code is measured over).
    meaning: one line of physics.
    typical: a typical value (used to fix the other parameters in limit and asymptote checks).
    """

    name: str
    dimension: str | Dimension = "1"
    assumptions: tuple[str, ...] = ("real",)
    domain: Domain | None = None
    meaning: str = ""
    typical: float | None = None

    def __post_init__(self) -> None:
        check_identifier(self.name, "parameter")
        if isinstance(self.assumptions, str):
            object.__setattr__(self, "assumptions", (self.assumptions,))
        for a in self.assumptions:
            if a not in _assume_defined:
                raise DeclarationError(f"parameter {self.name!r}: unknown sympy assumption {a!r}")
        try:
            object.__setattr__(self, "dimension", Dimension.parse(self.dimension))
        except ValueError as exc:
            raise DeclarationError(f"parameter {self.name!r}: {exc}") from None
        if self.domain is not None and not isinstance(self.domain, Domain):
            object.__setattr__(self, "domain", Domain(*self.domain))
        if self.domain is not None and "positive" in self.assumptions and self.domain.lo <= 0:
            raise DeclarationError(f"parameter {self.name!r} is positive but its domain reaches {self.domain.lo}")

    @property
    def symbol(self) -> sp.Symbol:
        return sp.Symbol(self.name, **{a: True for a in self.assumptions})

    def value_for_checks(self) -> float:
        """The value used when this parameter is held fixed: typical, else the domain midpoint
        (rounded for an integer parameter)."""
        if self.typical is not None:
            value = self.typical
        elif self.domain is not None:
            value = self.domain.midpoint()
        else:
            value = 1.0
        return float(round(value)) if "integer" in self.assumptions else value


@dataclass(frozen=True)
class Constant:
    """A physical constant with a fixed value (e.g. k_B from scipy.constants); a symbol in formulas."""

    name: str
    value: float
    dimension: str | Dimension = "1"
    meaning: str = ""

    def __post_init__(self) -> None:
        check_identifier(self.name, "constant")
        object.__setattr__(self, "dimension", Dimension.parse(self.dimension))

    @property
    def symbol(self) -> sp.Symbol:
        return sp.Symbol(self.name, positive=True) if self.value > 0 else sp.Symbol(self.name, real=True)


@dataclass(frozen=True)
class Citation:
    """Where a formula or claim is printed: paper key, seed file, equation, page or section."""

    paper: str
    seed: str | None = None
    equation: str | None = None
    where: str | None = None

    def __str__(self) -> str:
        bits = [self.paper]
        if self.equation:
            bits.append(f"eq. {self.equation}")
        if self.where:
            bits.append(self.where)
        return ", ".join(bits)


@dataclass(frozen=True)
class NumericDefinition:
    """A quantity with no closed form, evaluated by a function written once against an mpmath
    context: ``evaluate(ctx, values) -> mpf`` where ``values`` maps parameter (and constant)
    names to mpmath numbers and ``ctx`` is an ``mpmath`` context at the working precision.

    The function must be precision-generic (use ``ctx.mpf``, ``ctx.quad``, ...), so that the
    reference evaluator can certify digits by repeating it at a higher precision.

    A definition that is not precision-generic (a float64 engine, a Monte Carlo estimate) states its
    measured relative ``accuracy``: both precisions would return the same float and "agree" to every
    digit, so the reference moves each such value by its accuracy instead and certifies no more digits
    of the claimed expression than those moves leave.

    ``evaluate`` may also name a function of an engine as ``"vitrum.numeric.eigen:splitting"``
    (or a factory called with literal arguments, ``"vitrum.numeric.x_defs:grad(2)"``);
    the numeric layer imports it when the quantity is evaluated, so a model never imports the
    numeric layer (data flows models -> numeric, never back).
    """

    evaluate: Callable[["mpmath.ctx_mp.MPContext", Mapping[str, "mpmath.mpf"]], "mpmath.mpf"] | str
    params: tuple[str, ...]
    method: str = ""
    accuracy: float | None = None  # stated relative accuracy of a float64 or statistical engine

    def __post_init__(self) -> None:
        if self.accuracy is not None and not 0 < self.accuracy < 1:
            raise DeclarationError(f"numeric definition {self.method or self.evaluate!r}: accuracy must be in (0, 1)")
        if isinstance(self.evaluate, str) and not re.match(r"^[\w.]+:\w+(\(.*\))?$", self.evaluate):
            raise DeclarationError(f"numeric definition {self.evaluate!r}: write an engine function as 'package.module:function' "
                                   "or 'package.module:factory(literal, ...)'")


class QuantityFunction(sp.Function):
    """A model quantity applied inside a formula, e.g. ``heat_capacity(T, n0, E_max)``.

    Created by :meth:`Quantity.__call__`; the class carries the quantity (``quantity``) so the
    reference evaluator computes it through the quantity's own definition (formula or numeric),
    and dimension analysis knows its dimension. It stays unevaluated in sympy.
    """

    quantity: "Quantity"

    @classmethod
    def eval(cls, *args):
        return None

    # Printed as a plain function call: sympy's printers otherwise dispatch on the class name, and
    # a quantity called e.g. ``level`` would hit the printers' own ``_print_level`` attribute.
    def _sympystr(self, printer):
        return printer._print_Function(self)

    def _latex(self, printer, exp=None):
        name = type(self).__name__.replace("_", r"\_")
        call = rf"\operatorname{{{name}}}{{\left({', '.join(printer._print(a) for a in self.args)} \right)}}"
        return call if exp is None else rf"{call}^{{{exp}}}"

    def _pretty(self, printer):
        return printer._print_Function(self)


@dataclass
class Quantity:
    """A named model quantity.

    ``expr`` is a sympy expression over the model's Params and Constants (unevaluated
    ``Integral``/``Sum`` allowed); where no closed form exists, ``numeric`` gives the definition
    that :mod:`vitrum.numeric` evaluates at any precision (``expr`` may then still hold the
    defining integral for display and symbolic work).

    ``scales`` maps an integration variable name to an expression for its natural scale (e.g.
    ``{"E": k*T}``); the reference evaluator integrates in units of that scale.
    """

    name: str
    expr: sp.Expr | None = None
    dimension: str | Dimension = "1"
    citation: Citation | None = None
    notes: str = ""
    numeric: NumericDefinition | None = None
    scales: Mapping[str, sp.Expr] = field(default_factory=dict)
    properties: tuple[Property, ...] = ()  # declared facts checked by `vitrum fuzz` (vitrum.properties)
    model: str = ""  # filled in by Model
    param_names: tuple[str, ...] = ()  # filled in by Model: the Params the quantity depends on
    _model_ref: "Model | None" = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_identifier(self.name, "quantity")
        if self.expr is None and self.numeric is None:
            raise DeclarationError(f"quantity {self.name!r} has neither a formula nor a numeric definition")
        if self.expr is not None:
            self.expr = sp.sympify(self.expr)
        try:
            self.dimension = Dimension.parse(self.dimension)
        except ValueError as exc:
            raise DeclarationError(f"quantity {self.name!r}: {exc}") from None

    @property
    def params(self) -> tuple[Param, ...]:
        assert self._model_ref is not None, "quantity is not attached to a Model"
        return tuple(self._model_ref.params[n] for n in self.param_names)

    def __call__(self, *args: sp.Expr, **kwargs: sp.Expr) -> sp.Expr:
        """The quantity applied to arguments, for use in claims: positional in the order of
        ``param_names`` or by keyword (unnamed parameters stay as their symbols).

        A quantity with a closed form gives its formula with the arguments substituted; one with
        only a numeric definition gives an unevaluated :class:`QuantityFunction`.
        """
        model = self._model_ref
        if model is None:
            raise DeclarationError(f"quantity {self.name!r} must belong to a Model before it is applied")
        if len(args) > len(self.param_names):
            raise DeclarationError(f"quantity {self.name!r} takes {len(self.param_names)} arguments ({', '.join(self.param_names)})")
        values = {n: model.params[n].symbol for n in self.param_names}
        values.update(zip(self.param_names, map(sp.sympify, args)))
        for k, v in kwargs.items():
            if k not in values:
                raise DeclarationError(f"quantity {self.name!r} has no parameter {k!r}; it takes {', '.join(self.param_names)}")
            values[k] = sp.sympify(v)
        if self.numeric is None and self.expr is not None:
            return self.expr.subs({model.params[n].symbol: v for n, v in values.items()}, simultaneous=True)
        return self.function_class()(*(values[n] for n in self.param_names))

    def function_class(self) -> type[QuantityFunction]:
        """The sympy Function class standing for this quantity (one per quantity)."""
        cls = self.__dict__.get("_function_class")
        if cls is None:
            cls = type(self.name, (QuantityFunction,), {"quantity": self, "nargs": len(self.param_names)})
            self.__dict__["_function_class"] = cls
        return cls

    # --- facades over the numeric layer -------------------------------------------------
    def reference(self, dps: int = 30, **values: float) -> "mpmath.mpf":
        """The value at ``values`` with ``dps`` certified digits (mpmath number).

        Raises ``vitrum.numeric.reference.UncertifiedError`` when two precisions disagree.
        """
        from vitrum.numeric.reference import reference_value

        return reference_value(self, values, dps=dps).value

    @property
    def fast(self) -> Callable[..., object]:
        """Vectorized numpy evaluator; keyword arguments named as the Params."""
        from vitrum.numeric.emit import emitted

        return emitted(self)


class Symbols:
    """The symbols of Params and Constants by name, with their declared assumptions: ``s.T``,
    ``s.hbar``. How a model's formulas refer to what it declares, before the Model exists."""

    def __init__(self, *groups):
        for group in groups:
            for item in group:
                setattr(self, item.name, item.symbol)


@dataclass
class Model:
    """A named collection of Params, Constants, Quantities and Claims.

    Validated when built (see module docstring). ``units`` states the unit system, e.g.
    ``"SI"`` or ``"natural: hbar = k_B = 1, energies in K"``.
    """

    name: str
    title: str
    params: Sequence[Param] | Mapping[str, Param]
    quantities: Sequence[Quantity] | Mapping[str, Quantity]
    claims: Sequence["Claim"] | Mapping[str, "Claim"] = ()
    constants: Sequence[Constant] | Mapping[str, Constant] = ()
    citation: Citation | None = None
    units: str = "SI"
    description: str = ""
    origin: str = ""  # where the declaration came from when not the registry (a claim file's path)

    def __post_init__(self) -> None:
        check_identifier(self.name, "model")
        self.params = _by_name(self.params, "parameter", self.name)
        self.constants = _by_name(self.constants, "constant", self.name)
        self.quantities = _by_name(self.quantities, "quantity", self.name)
        clash = set(self.params) & set(self.constants)
        if clash:
            raise DeclarationError(f"model {self.name!r}: {sorted(clash)} declared both as parameter and constant")
        claims: dict[str, Claim] = {}
        for claim in _flatten_claims(self.claims):
            if claim.id in claims:
                raise DeclarationError(f"model {self.name!r}: claim id {claim.id!r} declared twice")
            claims[claim.id] = claim
        self.claims = claims
        for q in self.quantities.values():
            q.model = self.name
            q._model_ref = self
            q.param_names = self._validate_quantity(q)
        for claim in self.claims.values():
            claim.model = self.name
            self.check_symbols(claim.expressions(), f"claim {claim.id!r}", extra=claim.local_symbols())
        for q in self.quantities.values():
            self._check_dimension(q)

    def dimensions_by_symbol(self) -> dict[sp.Symbol, Dimension]:
        dims = {p.symbol: p.dimension for p in self.params.values()}
        dims.update({c.symbol: c.dimension for c in self.constants.values()})
        return dims

    def _check_dimension(self, q: Quantity) -> None:
        if q.expr is None:
            return
        try:
            got = dimension_of(q.expr, self.dimensions_by_symbol(), natural=self.natural_units)
        except DimensionError as exc:
            raise DeclarationError(f"model {self.name!r}, quantity {q.name!r}: {exc}") from None
        if not same_dimension(got, q.dimension, natural=self.natural_units):
            raise DeclarationError(
                f"model {self.name!r}, quantity {q.name!r}: formula has dimension {got}, declared {q.dimension}"
            )

    @property
    def natural_units(self) -> bool:
        return self.units.startswith("natural")

    def symbols(self) -> dict[str, sp.Symbol]:
        """Every declared name -> its sympy symbol (Params and Constants)."""
        out = {n: p.symbol for n, p in self.params.items()}
        out.update({n: c.symbol for n, c in self.constants.items()})
        return out

    def constant_values(self) -> dict[str, float]:
        return {n: c.value for n, c in self.constants.items()}

    def check_symbols(self, exprs: Sequence[sp.Expr], where: str, extra: Sequence[sp.Symbol] = ()) -> set[str]:
        """Every free symbol of ``exprs`` is declared (and carries the declared assumptions).
        Returns the names of the Params used."""
        declared = self.symbols()
        used: set[str] = set()
        for expr in exprs:
            if expr is None:
                continue
            for s in sp.sympify(expr).free_symbols:
                if s in extra:
                    continue
                if s.name not in declared:
                    raise DeclarationError(f"model {self.name!r}, {where}: symbol {s.name!r} is not a declared parameter or constant")
                if s != declared[s.name]:
                    raise DeclarationError(
                        f"model {self.name!r}, {where}: symbol {s.name!r} carries assumptions "
                        f"{s.assumptions0} different from its declaration; use model.symbols()[{s.name!r}]"
                    )
                if s.name in self.params:
                    used.add(s.name)
            _check_no_undefined_functions(expr, f"model {self.name!r}, {where}")
        return used

    def _validate_quantity(self, q: Quantity) -> tuple[str, ...]:
        used = self.check_symbols([q.expr], f"quantity {q.name!r}")
        if q.numeric is not None:
            for n in q.numeric.params:
                if n not in self.params and n not in self.constants:
                    raise DeclarationError(f"model {self.name!r}, quantity {q.name!r}: numeric definition uses undeclared {n!r}")
            used |= {n for n in q.numeric.params if n in self.params}
        for var, scale in q.scales.items():
            self.check_symbols([scale], f"quantity {q.name!r}, scale of {var!r}")
        order = list(self.params)
        names = tuple(sorted(used, key=order.index))
        for prop in q.properties:
            if isinstance(prop, (Even, Odd, Monotone)) and prop.param not in names:
                raise DeclarationError(f"model {self.name!r}, quantity {q.name!r}: property {prop.describe()!r} names "
                                       f"{prop.param!r}, not one of its parameters {', '.join(names)}")
        return names


def _by_name(items, what: str, model: str) -> dict:
    if isinstance(items, Mapping):
        items = list(items.values())
    out: dict = {}
    for item in items:
        if item.name in out:
            raise DeclarationError(f"model {model!r}: {what} {item.name!r} declared twice")
        out[item.name] = item
    return out


def _flatten_claims(claims) -> list["Claim"]:
    """The claims plus their corrected statements (an erratum's correction is itself a claim)."""
    if isinstance(claims, Mapping):
        claims = list(claims.values())
    out = []
    for c in claims:
        out.append(c)
        if c.corrected is not None:
            out.append(c.corrected)
    return out


def _check_no_undefined_functions(expr, where: str) -> None:
    from sympy.core.function import AppliedUndef

    if expr is None:
        return
    undefined = sp.sympify(expr).atoms(AppliedUndef)
    if undefined:
        names = sorted({str(f.func) for f in undefined})
        raise DeclarationError(f"{where}: unknown function(s) {', '.join(names)}")
