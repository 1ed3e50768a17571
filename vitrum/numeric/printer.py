"""The printer that owns emitted code: one table from sympy functions to numpy/scipy/vitrum calls.

:func:`spec_for` maps an applied sympy function to the callable that evaluates it on float64 /
complex128 arrays (:class:`FnSpec`): the name, whether it takes ``out=``, which argument types it
accepts and what type it returns. The code generator (:mod:`vitrum.numeric.codegen`) prints every
function call through this table, and :class:`VitrumNumPyPrinter` prints whole expressions (the
"emitted expression" line of a generated module) through the same table. Nothing here rewrites a
subtree: sympy's own printers turn ``coth`` into exponentials (overflow for x > 709) and
``Delta**2`` into ``exp(2*log(Delta))`` (NaN for Delta < 0); stable rewrites are separate, named
rules (:mod:`vitrum.numeric.rewrites`).

Choices made in the table (each is tested against mpmath in tests/numeric/test_emit.py):

* ``digamma``/``polygamma(0, z)`` -> ``scipy.special.psi``, which accepts complex input (sympy's
  default prints a function that rejects it); ``polygamma(n, z)`` (integer n >= 1) ->
  :func:`vitrum.numeric.scipy_gaps.polygamma` (complex z and real z < 0, which scipy rejects).
* ``coth``/``sech``/``csch``/``cot``/``sec``/``csc`` -> reciprocals of tanh/cosh/sinh/... (never exp).
* ``polylog(1, z)`` -> ``-log1p(-z)``, ``polylog(2, z)`` -> ``scipy.special.spence(1 - z)``, integer
  ``s >= 3`` -> :func:`vitrum.numeric.scipy_gaps.polylog` (real z <= 1).
* ``zeta(s)`` and Hurwitz ``zeta(s, a)`` -> ``scipy.special.zeta``; ``expint(n, x)`` -> ``expn``,
  ``Ei`` -> ``expi``, ``E1`` -> ``exp1``; Bessel J, Y, I, K -> ``jv, yv, iv, kv``.
* ``elliptic_k(m)``, ``elliptic_e(m)``, ``elliptic_f(phi, m)``, ``elliptic_e(phi, m)`` -> ``ellipk,
  ellipe, ellipkinc, ellipeinc`` (same parameter m); ``elliptic_pi(n, m)`` through Carlson's R_F, R_J.
* ``erf, erfc, erfi, erfinv``; ``hyper`` 0F1, 1F1, 2F1; ``LambertW`` (real branch value).
* :class:`vitrum.numeric.special.VitrumFunction` subclasses -> their own float64 implementation.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp
from sympy.codegen.cfunctions import Cbrt, exp2, expm1, hypot, log1p, log2
from sympy.codegen.numpy_nodes import logaddexp, logaddexp2
from sympy.printing.numpy import NumPyPrinter

from vitrum.numeric.special import VitrumFunction


class Unsupported(ValueError):
    """A function the emitter has no float64 implementation for."""


@dataclass(frozen=True)
class FnSpec:
    """How one function is printed.

    ``name``: the callable (``np.exp``); ``pre``: literal leading arguments; ``post``: text after the
    call (``.real``), which disables ``out=``; ``out``: accepts ``out=``; ``result``: "same" (complex
    if any argument is complex), "real" or "complex"; ``complex_args``: accepts complex input.
    ``template``: a full expression with ``{0}, {1}`` (overrides name/pre/post; no ``out=``).
    """

    name: str = ""
    out: bool = True
    result: str = "same"
    complex_args: bool = True
    pre: tuple[str, ...] = ()
    post: str = ""
    template: str = ""

    def expression(self, args: list[str]) -> str:
        if self.template:
            return self.template.format(*(a if _atomic(a) else f"({a})" for a in args))
        return f"{self.name}({', '.join([*self.pre, *args])}){self.post}"

    def statement(self, args: list[str], out: str) -> str:
        """A statement writing the result into ``out`` (a buffer row)."""
        if self.out and not self.post and not self.template:
            return f"{self.name}({', '.join([*self.pre, *args])}, out={out})"
        return f"{out}[...] = {self.expression(args)}"


def _atomic(text: str) -> bool:
    """A name, a number or a subscripted name: safe to substitute into a template unparenthesized."""
    t = text.replace(".", "").replace("[", "").replace("]", "").replace("_", "")
    return t.isalnum() or (text.startswith("-") is False and _is_number(text))


def _is_number(text: str) -> bool:
    try:
        complex(text)
    except ValueError:
        return False
    return True


def _u(name: str, **kw) -> FnSpec:
    return FnSpec(name, **kw)


_REAL_ONLY = dict(complex_args=False)

#: one-argument (or fixed-arity) functions: sympy class -> FnSpec
TABLE: dict[type, FnSpec] = {
    sp.exp: _u("np.exp"),
    sp.log: _u("np.log"),
    sp.sin: _u("np.sin"),
    sp.cos: _u("np.cos"),
    sp.tan: _u("np.tan"),
    sp.asin: _u("np.arcsin"),
    sp.acos: _u("np.arccos"),
    sp.atan: _u("np.arctan"),
    sp.atan2: _u("np.arctan2", **_REAL_ONLY),
    sp.sinh: _u("np.sinh"),
    sp.cosh: _u("np.cosh"),
    sp.tanh: _u("np.tanh"),
    sp.asinh: _u("np.arcsinh"),
    sp.acosh: _u("np.arccosh"),
    sp.atanh: _u("np.arctanh"),
    sp.cot: FnSpec(template="(1.0/np.tan({0}))"),
    sp.sec: FnSpec(template="(1.0/np.cos({0}))"),
    sp.csc: FnSpec(template="(1.0/np.sin({0}))"),
    sp.coth: FnSpec(template="(1.0/np.tanh({0}))"),
    sp.sech: FnSpec(template="(1.0/np.cosh({0}))"),
    sp.csch: FnSpec(template="(1.0/np.sinh({0}))"),
    sp.acoth: FnSpec(template="np.arctanh(1.0/({0}))"),
    sp.Abs: _u("np.abs", result="real"),
    sp.sign: _u("np.sign"),
    sp.re: FnSpec(template="np.real({0})", result="real"),
    sp.im: FnSpec(template="np.imag({0})", result="real"),
    sp.arg: _u("np.angle", out=False, result="real"),
    sp.conjugate: _u("np.conjugate"),
    sp.floor: _u("np.floor", **_REAL_ONLY),
    sp.ceiling: _u("np.ceil", **_REAL_ONLY),
    sp.gamma: _u("sc.gamma"),
    sp.loggamma: _u("sc.gammaln", **_REAL_ONLY),
    sp.digamma: _u("sc.psi"),
    sp.beta: _u("sc.beta", **_REAL_ONLY),
    sp.factorial: FnSpec(template="sc.gamma({0} + 1.0)", **_REAL_ONLY),
    sp.binomial: _u("sc.binom", **_REAL_ONLY),
    sp.erf: _u("sc.erf"),
    sp.erfc: _u("sc.erfc"),
    sp.erfi: _u("sc.erfi"),
    sp.erfinv: _u("sc.erfinv", **_REAL_ONLY),
    sp.Ei: _u("sc.expi"),
    sp.E1: _u("sc.exp1"),
    sp.besselj: _u("sc.jv"),
    sp.bessely: _u("sc.yv"),
    sp.besseli: _u("sc.iv"),
    sp.besselk: _u("sc.kv"),
    sp.hankel1: _u("sc.hankel1", result="complex"),
    sp.hankel2: _u("sc.hankel2", result="complex"),
    sp.fresnels: FnSpec(template="sc.fresnel({0})[0]"),
    sp.fresnelc: FnSpec(template="sc.fresnel({0})[1]"),
    sp.airyai: FnSpec(template="sc.airy({0})[0]"),
    sp.airybi: FnSpec(template="sc.airy({0})[2]"),
    sp.Si: FnSpec(template="sc.sici({0})[0]", **_REAL_ONLY),
    sp.Ci: FnSpec(template="sc.sici({0})[1]", **_REAL_ONLY),
    sp.Shi: FnSpec(template="sc.shichi({0})[0]", **_REAL_ONLY),
    sp.Chi: FnSpec(template="sc.shichi({0})[1]", **_REAL_ONLY),
    sp.elliptic_k: _u("sc.ellipk", **_REAL_ONLY),
    sp.sinc: FnSpec(template="np.sinc(({0})/np.pi)", **_REAL_ONLY),
    sp.cbrt: _u("np.cbrt", **_REAL_ONLY),
    sp.Heaviside: FnSpec(template="np.heaviside({0}, 0.5)", **_REAL_ONLY),
    expm1: _u("np.expm1"),
    log1p: _u("np.log1p"),
    hypot: _u("np.hypot", **_REAL_ONLY),
    log2: _u("np.log2"),
    exp2: _u("np.exp2"),
    Cbrt: _u("np.cbrt", **_REAL_ONLY),
    logaddexp: _u("np.logaddexp", **_REAL_ONLY),
    logaddexp2: _u("np.logaddexp2", **_REAL_ONLY),
}


def spec_for(e: sp.Expr) -> tuple[FnSpec, list[sp.Expr]]:
    """(how to print, the arguments to print) for an applied function ``e``; raises
    :class:`Unsupported` when there is no float64 implementation."""
    f = type(e)
    args = list(e.args)
    if isinstance(e, VitrumFunction):
        return FnSpec(e.numpy, result="real" if e.real else "same", complex_args=False), args
    if f is sp.polygamma:
        n, z = args
        if n == 0:
            return TABLE[sp.digamma], [z]
        if n.is_Integer and n > 0:  # complex z and real z < 0 too (scipy: neither)
            return FnSpec("vitrum.numeric.scipy_gaps.polygamma"), [n, z]
        return FnSpec("sc.polygamma", out=False, complex_args=False), [n, z]
    if f is sp.zeta:
        return FnSpec("sc.zeta", complex_args=False), args if len(args) == 2 else [args[0], sp.S.One]
    if f is sp.dirichlet_eta:
        return FnSpec(template="((1.0 - 2.0**(1.0 - {0}))*sc.zeta({0}, 1.0))", complex_args=False), args
    if f is sp.polylog:
        s, z = args
        if s == 1:
            return FnSpec(template="(-np.log1p(-({0})))", complex_args=False), [z]
        if s == 2:
            return FnSpec(template="sc.spence(1.0 - ({0}))", complex_args=False), [z]
        if s.is_Integer and s > 2:
            return FnSpec("vitrum.numeric.scipy_gaps.polylog", complex_args=False), [s, z]
        raise Unsupported(f"polylog({s}, z): only integer orders s >= 1 have a float64 implementation")
    if f is sp.expint:
        return FnSpec("sc.expn", complex_args=False), args
    if f is sp.elliptic_e:
        if len(args) == 1:
            return FnSpec("sc.ellipe", complex_args=False), args
        return FnSpec("sc.ellipeinc", complex_args=False), args
    if f is sp.elliptic_f:
        return FnSpec("sc.ellipkinc", complex_args=False), args
    if f is sp.elliptic_pi:
        if len(args) == 2:  # Pi(n|m) = R_F(0, 1-m, 1) + n/3 R_J(0, 1-m, 1, 1-n)
            return FnSpec(template="(sc.elliprf(0.0, 1.0 - ({1}), 1.0) + ({0})/3.0*sc.elliprj(0.0, 1.0 - ({1}), 1.0, 1.0 - ({0})))",
                          complex_args=False), args
        raise Unsupported("incomplete elliptic_pi(n, phi, m) has no float64 implementation here")
    if f is sp.LambertW:
        k = args[1] if len(args) > 1 else sp.S.Zero
        return FnSpec(template="np.real(sc.lambertw({0}, %d))" % int(k), result="real"), [args[0]]
    if f is sp.lowergamma:
        return FnSpec(template="(sc.gammainc({0}, {1})*sc.gamma({0}))", complex_args=False), args
    if f is sp.uppergamma:
        return FnSpec(template="(sc.gammaincc({0}, {1})*sc.gamma({0}))", complex_args=False), args
    if f is sp.hyper:
        ap, bq, z = list(e.ap), list(e.bq), e.argument
        if len(ap) == 2 and len(bq) == 1:
            return FnSpec("sc.hyp2f1", complex_args=False), [*ap, *bq, z]
        if len(ap) == 1 and len(bq) == 1:
            return FnSpec("sc.hyp1f1", complex_args=False), [*ap, *bq, z]
        if len(ap) == 0 and len(bq) == 1:
            return FnSpec("sc.hyp0f1", complex_args=False), [*bq, z]
        raise Unsupported(f"hyper with p={len(ap)}, q={len(bq)} has no float64 implementation")
    if f is sp.Heaviside and len(args) == 2:
        return FnSpec(template="np.heaviside({0}, {1})", complex_args=False), args
    if f is sp.KroneckerDelta:  # integer-valued arguments: 1.0 where equal, else 0.0
        return FnSpec(template="np.equal({0}, {1}).astype(float)", complex_args=False, result="real"), list(args)
    if f is sp.Min or f is sp.Max:
        name = "np.minimum" if f is sp.Min else "np.maximum"
        return FnSpec(name, complex_args=False), args  # n-ary: the code generator chains it
    for cls in f.__mro__:
        if cls in TABLE:
            return TABLE[cls], args
    raise Unsupported(f"no float64 implementation for {f.__name__} ({e})")


class VitrumNumPyPrinter(NumPyPrinter):
    """NumPy printer whose function calls come from :data:`TABLE` / :func:`spec_for`.

    Module prefixes are ``np`` (numpy), ``sc`` (scipy.special) and fully qualified vitrum names.
    Integer powers print as powers of the base (never through exp/log).

    >>> import sympy as sp
    >>> x = sp.Symbol("x", real=True)
    >>> VitrumNumPyPrinter().doprint(sp.coth(x) + sp.digamma(x + sp.I))
    '(1.0/np.tanh(x)) + sc.psi(x + 1j)'
    """

    printmethod = "_vitrumcode"

    def __init__(self, settings=None):
        super().__init__({"fully_qualified_modules": True, "allow_unknown_functions": False,
                          "strict": True, **(settings or {})})
        self.module_imports.clear()

    def _print_Function(self, expr):
        try:
            spec, args = spec_for(expr)
        except Unsupported:
            return super()._print_Function(expr)
        if isinstance(expr, (sp.Min, sp.Max)):  # n-ary: nested binary calls
            text = self._print(args[0])
            for a in args[1:]:
                text = spec.expression([text, self._print(a)])
            return text
        return spec.expression([self._print(a) for a in args])

    def _print_ImaginaryUnit(self, expr):
        return "1j"

    def _print_Pi(self, expr):
        return "np.pi"

    def _print_Exp1(self, expr):
        return "np.e"

    def _print_Pow(self, expr, rational=False):
        if expr.base == sp.E:
            return f"np.exp({self._print(expr.exp)})"
        return super()._print_Pow(expr, rational=rational).replace("numpy.", "np.")

    def _print_Float(self, expr):
        return repr(float(expr))

    def _print_Rational(self, expr):
        return f"{int(expr.p)}/{int(expr.q)}"

    def _print_Piecewise(self, expr):
        return super()._print_Piecewise(expr).replace("numpy.", "np.")

    def doprint(self, expr, assign_to=None):
        return super().doprint(expr, assign_to).replace("numpy.", "np.")


# make every table/VitrumFunction class print through _print_Function
for _cls in list(TABLE) + [sp.polygamma, sp.zeta, sp.dirichlet_eta, sp.polylog, sp.expint, sp.elliptic_e,
                           sp.elliptic_f, sp.elliptic_pi, sp.LambertW, sp.lowergamma, sp.uppergamma, sp.hyper,
                           sp.Min, sp.Max, VitrumFunction]:
    setattr(VitrumNumPyPrinter, f"_print_{_cls.__name__}", VitrumNumPyPrinter._print_Function)
