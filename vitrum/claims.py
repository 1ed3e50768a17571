"""The claim kinds (data only).

A Claim is one checkable statement with a stable id, the statement exactly as printed, its
Citation and the verdict expected of it:

* ``expect="holds"``: the statement is true;
* ``expect="fails"`` with ``reason`` (an erratum): the printed statement does not hold; where a
  corrected statement exists it is attached as ``corrected`` and is itself a claim that must hold.

Kinds: :class:`Identity`, :class:`Limit`, :class:`Asymptote`, :class:`Value`, :class:`Solves`,
:class:`Extremum`, :class:`Inequality`, :class:`Scaling`. How each is decided is in
:mod:`vitrum.checks.deciders`.

Regimes (k*T << hbar*omega, ...) are not sympy assumptions but substitutions of a dimensionless
variable (:class:`Regime`): ``T = eps*hbar*omega/k`` with ``eps -> 0+``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Literal

import sympy as sp

from vitrum.declare import Citation, DeclarationError

Expect = Literal["holds", "fails", "erratum"]  # "erratum" is stored as "fails"
KINDS = ("identity", "limit", "asymptote", "value", "solves", "extremum", "inequality", "scaling")
CLAIM_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$")


@dataclass(frozen=True)
class Regime:
    """A regime as a substitution of a dimensionless variable ``eps`` with a limit point.

    ``substitutions`` maps a model symbol to an expression in ``eps`` (``{T: eps*hbar*omega/k}``);
    ``point`` is ``0`` or ``oo``; ``name`` says the physics (``"k*T << hbar*omega"``).
    """

    eps: sp.Symbol
    point: sp.Expr
    substitutions: Mapping[sp.Symbol, sp.Expr] = field(default_factory=dict)
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "point", sp.sympify(self.point))
        if self.point not in (sp.S.Zero, sp.oo):
            raise DeclarationError(f"regime {self.name or self.eps}: limit point must be 0 or oo, got {self.point}")


@dataclass(frozen=True)
class Order:
    """The declared order of the next correction of an asymptote, as the residual
    r = expr/approx - 1 approaches the limit:

    * ``Order(p)``: power law, |r| ~ c*d**p with d the distance to the point (d = 1/x toward oo);
    * ``Order(p, log_power=q)``: |r| ~ c*d**p*log(1/d)**q (a power times a logarithm, e.g.
      acosh(sqrt(t)) ~ log(4t)/2 has r ~ 1/(2 t log 4t): p = 1, q = -1);
    * ``Order(p, "log")``: |r| ~ c/log(1/d)**p (slow, logarithmic corrections);
    * ``Order(kind="exp")``: exponentially small (beyond all powers).
    """

    p: float = 1.0
    kind: Literal["power", "log", "exp"] = "power"
    log_power: float = 0.0

    def __str__(self) -> str:
        if self.kind == "exp":
            return "exponentially small"
        if self.kind == "log":
            return f"O(1/log**{self.p:g})"
        if self.log_power:
            return f"O(eps**{self.p:g} * log(1/eps)**{self.log_power:g})"
        return f"O(eps**{self.p:g})"


@dataclass
class Claim:
    """Common fields of every claim kind (see module docstring)."""

    id: str
    statement: str = ""
    citation: Citation | None = None
    expect: Expect = "holds"
    reason: str = ""
    corrected: "Claim | None" = None
    note: str = ""
    at: Mapping[str, float] = field(default_factory=dict)
    timeout: float = 60.0
    symbolic_seconds: float | None = None  # cap on the symbolic route's budget; 0 skips the route
    model: str = ""  # filled in by Model

    kind: ClassVar[str] = "claim"
    _expr_fields: ClassVar[tuple[str, ...]] = ()  # a class attribute, never a dataclass field

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not CLAIM_ID.match(self.id):
            raise DeclarationError(f"claim id {self.id!r} is not of the form prefix.name[.more] (letters, digits, _)")
        if self.expect == "erratum":  # DESIGN's word for an expected failure
            object.__setattr__(self, "expect", "fails")
        if self.expect not in ("holds", "fails"):
            raise DeclarationError(f"claim {self.id!r}: expect must be 'holds' or 'fails' (or its synonym 'erratum'), "
                                   f"got {self.expect!r}")
        if self.expect == "fails" and not self.reason:
            raise DeclarationError(f"claim {self.id!r}: an expected failure (erratum) needs a reason")
        if self.corrected is not None and self.corrected.expect != "holds":
            raise DeclarationError(f"claim {self.id!r}: its corrected statement must be expected to hold")
        if not self.timeout > 0:
            raise DeclarationError(f"claim {self.id!r}: timeout must be positive")
        self._sympify_fields()

    def _sympify_fields(self) -> None:
        for name in self._expr_fields:
            value = getattr(self, name)
            if value is not None:
                try:
                    setattr(self, name, sp.sympify(value))
                except (sp.SympifyError, TypeError) as exc:
                    raise DeclarationError(f"claim {self.id!r}: field {name} = {value!r} is not a formula: {exc}") from None

    def expressions(self) -> list[sp.Expr]:
        return [getattr(self, n) for n in self._expr_fields if getattr(self, n) is not None]

    def local_symbols(self) -> tuple[sp.Symbol, ...]:
        """Symbols the claim binds itself (a regime variable), not declared on the model."""
        return ()

    @property
    def source(self) -> str:
        return str(self.citation) if self.citation else ""


@dataclass
class Identity(Claim):
    """``lhs == rhs`` for every parameter value in the declared domains."""

    lhs: sp.Expr = sp.S.Zero
    rhs: sp.Expr = sp.S.Zero
    kind: ClassVar[str] = "identity"
    _expr_fields: ClassVar[tuple[str, ...]] = ("lhs", "rhs")


@dataclass
class Limit(Claim):
    """``expr -> value`` as ``var -> point`` (``direction`` "+" or "-" for a finite point);
    ``eps_range`` overrides the default window of the variable, as for Asymptote."""

    expr: sp.Expr = sp.S.Zero
    var: sp.Symbol | None = None
    point: sp.Expr = sp.oo
    value: sp.Expr = sp.S.Zero
    direction: Literal["+", "-"] = "+"
    regime: Regime | None = None
    eps_range: tuple[float, float] | None = None
    kind: ClassVar[str] = "limit"
    _expr_fields: ClassVar[tuple[str, ...]] = ("expr", "point", "value")

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_var(self)

    def local_symbols(self):
        return (self.regime.eps,) if self.regime else ()


@dataclass
class Asymptote(Claim):
    """``expr ~ approx`` as ``var -> point`` (or along a :class:`Regime`), decided by the relative
    residual r = expr/approx - 1 on a geometric sequence toward the point. With ``order``
    declared, the fitted order of r must match it. ``eps_range`` overrides the default window
    (start, stop) of the sequence."""

    expr: sp.Expr = sp.S.Zero
    approx: sp.Expr = sp.S.One
    var: sp.Symbol | None = None
    point: sp.Expr = sp.oo
    direction: Literal["+", "-"] = "+"
    order: Order | None = None
    regime: Regime | None = None
    eps_range: tuple[float, float] | None = None
    kind: ClassVar[str] = "asymptote"
    _expr_fields: ClassVar[tuple[str, ...]] = ("expr", "approx", "point")

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.order, (int, float)):
            self.order = Order(float(self.order))
        _check_var(self)

    def local_symbols(self):
        return (self.regime.eps,) if self.regime else ()


@dataclass
class Value(Claim):
    """``expr == value`` within ``rtol``. Without ``rtol``: half a unit of the last printed digit
    for a decimal literal (``value_text``), else 1e-20 relative."""

    expr: sp.Expr = sp.S.Zero
    value: sp.Expr = sp.S.Zero
    rtol: float | None = None
    value_text: str = ""
    kind: ClassVar[str] = "value"
    _expr_fields: ClassVar[tuple[str, ...]] = ("expr", "value")


@dataclass
class Solves(Claim):
    """``solution`` (an expression for ``func``) solves ``equation`` (an ``Eq`` with derivatives of
    ``func``, e.g. ``Eq(Derivative(f(t), t), -f(t)**2)``). ``system`` allows several equations
    with several unknown functions: pairs (equation, (func, solution)). ``initial`` holds
    (func, point, value) triples the solution must meet too (an ODE has many solutions)."""

    equation: sp.Expr | None = None
    func: sp.Expr | None = None
    solution: sp.Expr | None = None
    system: tuple = ()
    initial: tuple = ()  # ((func, point, value), ...): the solution must also meet these
    kind: ClassVar[str] = "solves"
    _expr_fields: ClassVar[tuple[str, ...]] = ("equation", "solution")

    def residuals(self) -> list[sp.Expr]:
        """lhs - rhs with the solution substituted, one per equation."""
        eqs = [self.equation] if self.equation is not None else [e for e, _ in self.system]
        sols = {self.func: self.solution} if self.func is not None else dict(s for _, s in self.system)
        out = []
        for eq in eqs:
            r = (eq.lhs - eq.rhs) if isinstance(eq, sp.Equality) else eq
            for f, s in sols.items():
                r = r.subs(f, s)
            out.append(r.doit())
        return out

    def initial_residuals(self) -> list[sp.Expr]:
        """solution(point) - value for each initial condition."""
        sols = {self.func: self.solution} if self.func is not None else dict(s for _, s in self.system)
        out = []
        for func, point, value in self.initial:
            if func not in sols:
                raise DeclarationError(f"claim {self.id!r}: initial condition for {func}, which the claim does not solve for")
            var = func.args[0]
            out.append(sp.sympify(sols[func]).subs(var, point) - sp.sympify(value))
        return out

    def expressions(self):
        # validation needs the symbols only: the solution substituted, but no doit (a Sum in an
        # equation would be summed at every model build)
        eqs = [self.equation] if self.equation is not None else [e for e, _ in self.system]
        sols = {self.func: self.solution} if self.func is not None else dict(s for _, s in self.system)
        out = []
        for eq in eqs:
            r = (eq.lhs - eq.rhs) if isinstance(eq, sp.Equality) else eq
            out.append(r.subs(sols))
        return out + self.initial_residuals()


@dataclass
class Extremum(Claim):
    """``expr`` (a function of ``var``, other parameters at ``at``) has a local ``kind_of``
    ("max" or "min") inside ``location`` = (lo, hi), searched over ``search`` = (lo, hi) on a
    grid of ``points`` (log-spaced when the range spans more than a factor 20)."""

    expr: sp.Expr = sp.S.Zero
    var: sp.Symbol | None = None
    kind_of: Literal["max", "min"] = "max"
    location: tuple[float, float] = (0.0, 1.0)
    search: tuple[float, float] | None = None
    points: int = 80
    kind: ClassVar[str] = "extremum"
    _expr_fields: ClassVar[tuple[str, ...]] = ("expr",)

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_var(self)
        if self.kind_of not in ("max", "min"):
            raise DeclarationError(f"claim {self.id!r}: extremum kind must be 'max' or 'min'")


@dataclass
class Inequality(Claim):
    """``lhs < rhs`` (``op`` one of <, <=, >, >=) over the declared domains."""

    lhs: sp.Expr = sp.S.Zero
    rhs: sp.Expr = sp.S.Zero
    op: Literal["<", "<=", ">", ">="] = "<"
    kind: ClassVar[str] = "inequality"
    _expr_fields: ClassVar[tuple[str, ...]] = ("lhs", "rhs")


@dataclass
class Scaling(Claim):
    """``expr ~ const * var**exponent`` as ``var -> point``: the fitted local exponent
    d log|expr| / d log var must tend to ``exponent`` (within ``tol``)."""

    expr: sp.Expr = sp.S.Zero
    var: sp.Symbol | None = None
    point: sp.Expr = sp.oo
    exponent: sp.Expr = sp.S.One
    tol: float = 0.05
    eps_range: tuple[float, float] | None = None
    kind: ClassVar[str] = "scaling"
    _expr_fields: ClassVar[tuple[str, ...]] = ("expr", "point", "exponent")

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_var(self)


def _check_var(claim) -> None:
    regime = getattr(claim, "regime", None)
    if regime is not None:
        if claim.var is None:
            claim.var = regime.eps
        claim.point = regime.point
    if claim.var is None or not isinstance(claim.var, sp.Symbol):
        raise DeclarationError(f"claim {claim.id!r}: needs a variable symbol (var=...) or a regime")
    if hasattr(claim, "point") and claim.point is not None:
        claim.point = sp.sympify(claim.point)
    if getattr(claim, "direction", "+") not in ("+", "-"):
        raise DeclarationError(f"claim {claim.id!r}: direction must be '+' or '-'")
