"""The integral table: thermal integrals over (0, oo) that sympy does not do, in closed form.

Each entry is a kernel k(x) and a closed form F(s) with
``Integral(x**s * k(x), (x, 0, oo)) == F(s)`` for ``s`` in the entry's range. Every entry is
verified numerically (mpmath, 30 digits) in ``tests/derive/test_integrals.py`` over several s.

:func:`apply_table` replaces each matching ``Integral(c * x**s * k(x), (x, 0, oo))`` inside an
expression (c free of x) by ``c * F(s)``. :func:`rescale` first turns an integral over a
dimensioned variable (E from 0 to oo) into one over x = E/scale.

>>> x = sp.Symbol("x", positive=True)
>>> apply_table(sp.Integral(x**2*sp.sech(x)**2, (x, 0, sp.oo)))
pi**2/12
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

X = sp.Symbol("x", positive=True)
S = sp.Symbol("s", real=True)


@dataclass(frozen=True)
class TableEntry:
    name: str
    kernel: sp.Expr  # in X
    closed_form: sp.Expr  # in S
    valid: Callable[[sp.Expr], bool]
    valid_text: str
    source: str

    def integral(self, s) -> sp.Integral:
        return sp.Integral(X**s * self.kernel, (X, 0, sp.oo))

    def value(self, s) -> sp.Expr:
        return self.closed_form.subs(S, s)


def _gt(a):
    return lambda s: bool(sp.sympify(s).is_real and (sp.sympify(s) > a) == sp.true)


TABLE: tuple[TableEntry, ...] = (
    TableEntry("bose", 1 / (sp.exp(X) - 1), sp.gamma(S + 1) * sp.zeta(S + 1), _gt(0), "s > 0",
               "Bose integral, DLMF 25.5.1"),
    TableEntry("fermi", 1 / (sp.exp(X) + 1), sp.gamma(S + 1) * sp.dirichlet_eta(S + 1), _gt(-1), "s > -1",
               "Fermi integral, DLMF 25.5.3"),
    TableEntry("sech2", sp.sech(X) ** 2, 2 ** (1 - S) * sp.gamma(S + 1) * sp.dirichlet_eta(S), _gt(-1), "s > -1",
               "sech^2 = 4*sum (-1)^(k+1) k exp(-2kx), termwise"),
    TableEntry("sinh2", 1 / sp.sinh(X) ** 2, 2 ** (1 - S) * sp.gamma(S + 1) * sp.zeta(S), _gt(1), "s > 1",
               "1/sinh^2 = 4*sum k exp(-2kx), termwise"),
    TableEntry("debye", sp.exp(X) / (sp.exp(X) - 1) ** 2, sp.gamma(S + 1) * sp.zeta(S), _gt(1), "s > 1",
               "phonon heat-capacity kernel x^2 e^x/(e^x-1)^2 (Debye)"),
    TableEntry("fermi_derivative", sp.exp(X) / (sp.exp(X) + 1) ** 2, sp.gamma(S + 1) * sp.dirichlet_eta(S), _gt(0), "s > 0",
               "-d/dx of the Fermi function"),
    TableEntry("stm_conductivity", sp.exp(X) / ((sp.exp(X) - 1) ** 2 * sp.tanh(X / 2)),
               sp.gamma(S + 1) * sp.zeta(S - 1), _gt(2), "s > 2",
               "STM resonant-scattering thermal conductivity; s = 3 gives pi**2 (x = 2y, then parts on y^s cosh/sinh^3)"),
)


def _function_kinds(e: sp.Expr) -> set[type]:
    return {type(f) for f in e.atoms(sp.Function)} | ({sp.exp} if e.has(sp.exp) else set())


def _match(integrand: sp.Expr, var: sp.Symbol) -> tuple[sp.Expr, TableEntry, sp.Expr] | None:
    """(c, entry, s) with integrand == c * var**s * entry.kernel(var), or None. Entries whose
    functions (exp, sech, tanh, sinh) do not all occur in the integrand are not tried."""
    present = _function_kinds(integrand)
    for entry in TABLE:
        if not _function_kinds(entry.kernel) <= present:
            continue
        kernel = entry.kernel.subs(X, var)
        ratio = sp.powsimp(sp.cancel(sp.powsimp(integrand / kernel, force=True)), force=True)
        if ratio.has(var) and not (ratio.is_Pow or ratio.is_Mul or ratio == var):
            ratio = sp.powsimp(sp.simplify(ratio), force=True)
        c, rest = ratio.as_independent(var, as_Add=False)
        if rest == 1:
            s = sp.S.Zero
        elif rest == var:
            s = sp.S.One
        elif isinstance(rest, sp.Pow) and rest.base == var and not rest.exp.has(var):
            s = rest.exp
        else:
            continue
        if entry.valid(s):
            return c, entry, s
    return None


def apply_table(expr: sp.Expr) -> sp.Expr:
    """Replace every table integral over (0, oo) in ``expr`` by its closed form."""

    def replace(integral: sp.Integral) -> sp.Expr:
        if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
            return integral
        var, lo, hi = integral.limits[0]
        if lo != 0 or hi != sp.oo:
            return integral
        m = _match(integral.function, var)
        if m is None:
            return integral
        c, entry, s = m
        return c * entry.value(s)

    return sp.sympify(expr).replace(lambda e: isinstance(e, sp.Integral), replace)


def rescale(expr: sp.Expr, scales: dict[str, sp.Expr]) -> sp.Expr:
    """Substitute var = scale*x in each Integral over a variable that has a declared scale."""

    def change(integral: sp.Integral) -> sp.Expr:
        if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
            return integral
        var, lo, hi = integral.limits[0]
        if var.name not in scales:
            return integral
        scale = sp.sympify(scales[var.name])
        x = sp.Dummy("x", positive=True)
        # no simplify: it rewrites exp(x)/(exp(x)-1)**2 as 1/(4*sinh(x/2)**2), hiding table kernels
        f = sp.powsimp(integral.function.subs(var, scale * x) * scale, force=True)
        return sp.Integral(f, (x, sp.cancel(lo / scale), sp.cancel(hi / scale)))

    return sp.sympify(expr).replace(lambda e: isinstance(e, sp.Integral), change)
