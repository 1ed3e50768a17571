"""The mpmath reference: values with certified digits, at local precision.

Every evaluation runs in a fresh ``mpmath.MPContext`` (the global ``mpmath.mp`` is never
touched) and is done twice, at ``dps + guard`` and at ``dps + guard + EXTRA`` digits. The number
of digits on which the two agree is the certified count. When it falls short (cancellation, a
quadrature limited by an endpoint singularity) the guard grows (``GUARDS``); still short at the
last guard raises :class:`UncertifiedError`, which carries both values.

The trap this handles: ``re(digamma(1/2 + I*y)) - log(y)`` at y = 1e6 cancels 12 digits, more
than a fixed 10-digit guard could absorb. And ``(cos(x) - 1)/x**2`` at x = 1e-40 is exactly 0 at
40 and at 55 digits: an exact zero is only certified when a much higher precision confirms it.
And a float64 or Monte Carlo engine returns the same binary64 number at every precision, so it
would "agree with itself" to all digits: an engine that states no ``accuracy=`` and does that is
refused (:func:`vitrum.numeric.mpeval.call_engine` records engine values; :func:`certified`
compares them); one that states it has that accuracy propagated to the value (:func:`_propagated_digits`).

>>> import sympy as sp
>>> x = sp.Symbol("x", positive=True)
>>> r = certified_eval(sp.Integral(x**2*sp.sech(x)**2, (x, 0, sp.oo)), {}, dps=30)
>>> ctx = new_context(45)
>>> r.digits >= 30 and abs(r.value - ctx.pi**2/12) < ctx.mpf(10)**-30
True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import mpmath
import sympy as sp

from vitrum.declare import Quantity
from vitrum.numeric.mpeval import Compiled, call_engine, compile_mp, engine_values, resolve, stated_calls

GUARDS = (10, 30, 70)  # guard digits tried in turn until two precisions agree on dps digits
EXTRA = 15


class UncertifiedError(ArithmeticError):
    """Two precisions disagree on more digits than requested."""

    def __init__(self, message: str, low, high, digits: float):
        super().__init__(message)
        self.low, self.high, self.digits = low, high, digits


@dataclass(frozen=True)
class Certified:
    """A value with its certified digits (relative; absolute where the value is 0)."""

    value: object
    digits: float
    dps: int

    def __str__(self) -> str:
        return format_certified(self.value, self.digits)


def new_context(dps: int) -> mpmath.ctx_mp.MPContext:
    """A private mpmath context at ``dps`` digits."""
    ctx = mpmath.MPContext()
    ctx.dps = dps
    return ctx


def _is_binary64(value) -> bool:
    """Whether ``value`` looks like a float64 result: finite, with more than 24 and at most 53
    significant mantissa bits. A precision-generic evaluation at the reference's 40+ digits (133+
    bits) lands on such a number with probability ~2**-80. Not flagged: exact short dyadics (0.375),
    integers below 2**53 and round decimals (10**20 = 2**20 * 5**20 has 47 bits but is exact)."""
    parts = (value.real, value.imag) if isinstance(value, mpmath.ctx_mp_python._mpc) else (value,)
    flagged = False
    for part in parts:
        if not isinstance(part, mpmath.ctx_mp_python._mpf) or not mpmath.isfinite(part):
            return False
        if part == 0:
            continue
        man, exp = part.man_exp
        if not 24 < int(abs(man)).bit_length() <= 53:
            return False
        if exp >= 0 and (abs(part) < 2**53 or int(man) * 2**exp % 1000 == 0):
            return False  # an integer: exact, unless it is past 2**53 and not a round decimal like 10**20
        flagged = True
    return flagged


def agreeing_digits(low, high) -> float:
    """Decimal digits on which two evaluations agree (relative; absolute for a zero value)."""
    if low == high:
        return math.inf
    try:
        if mpmath.isnan(low) or mpmath.isnan(high) or mpmath.isinf(low) or mpmath.isinf(high):
            return 0.0 if low != high else math.inf
    except TypeError:
        pass
    diff = abs(high - low)
    scale = abs(high)
    if scale == 0:
        return float(-mpmath.log10(diff))
    return max(0.0, float(-mpmath.log10(diff / scale)))


def certified(fn: Callable[[mpmath.ctx_mp.MPContext], object], dps: int = 30, what: str | Callable[[], str] = "value") -> Certified:
    """Evaluate ``fn(ctx)`` at two precisions; return the higher-precision value with the digits
    on which both agree. Raises :class:`UncertifiedError` below ``dps`` digits."""
    if dps < 1:
        raise ValueError(f"dps must be >= 1, got {dps}")
    for guard in GUARDS:
        w1, w2 = dps + guard, dps + guard + EXTRA
        c1, c2 = new_context(w1), new_context(w2)
        low = fn(c1)
        high = fn(c2)
        digits = min(agreeing_digits(low, high), float(w1))
        for (name, a, inputs), (_, b, _) in zip(engine_values(c1), engine_values(c2)):
            if a == b and _is_binary64(b) and not any(b == x for x in inputs):
                raise UncertifiedError(
                    f"{what() if callable(what) else what}: {name} returned the same binary64 number {mpmath.nstr(b, 17)} at "
                    f"{w1} and at {w2} digits: a float64 or statistical engine, which repetition cannot certify; its "
                    "NumericDefinition must state its measured accuracy=", low, high, 0.0)
        calls = stated_calls(c2)
        if calls:
            # engines of stated accuracy: repetition proves nothing beyond what they state
            cap = _propagated_digits(fn, w2, high, calls, what)
            if min(digits, cap) >= min(dps, cap):
                return Certified(high, min(digits, cap), dps)
        if low == 0 and high == 0 and guard != GUARDS[-1] and fn(new_context(dps + GUARDS[-1] + EXTRA)) != 0:
            # both precisions cancelled to an exact 0 that a much higher one does not confirm
            digits = 0.0
            continue
        if digits >= dps:
            break
    else:
        raise UncertifiedError(
            f"{what() if callable(what) else what}: only {digits:.1f} digits certified (wanted {dps}): {mpmath.nstr(low, 20)} at {w1} digits "
            f"vs {mpmath.nstr(high, 20)} at {w2}",
            low,
            high,
            digits,
        )
    return Certified(high, digits, dps)


def _propagated_digits(fn, prec: int, value, calls: list[tuple[str, float]], what) -> float:
    """Digits of ``value`` that the engines of stated accuracy leave: each engine call is moved by
    its accuracy in turn (value times 1 + accuracy) and the moves of the result are summed: to
    first order, the largest error the engines' errors can make together, whatever their signs.
    Relative to the value (absolute for 0), like agreeing_digits; inf when no move changes it.

    The trap this avoids: a cap at the engines' accuracy relative to the final value overstates a
    difference (q - 2 with q = 2.0015 +- 0.2 %: not even the sign is known) and understates a product
    of several engines (their errors add)."""
    if isinstance(value, (list, tuple)):
        return -math.log10(max(acc for _, acc in calls))
    total = mpmath.mpf(0)
    for k, (name, acc) in enumerate(calls):
        ctx = new_context(prec)
        ctx.vitrum_move = (k, acc)
        try:
            moved = fn(ctx)
        except (ValueError, ZeroDivisionError, OverflowError) as exc:
            raise UncertifiedError(f"{what() if callable(what) else what}: moving {name} by its stated accuracy {acc:g} "
                                   f"makes the value fail ({type(exc).__name__}: {exc})", value, value, 0.0) from None
        total += abs(moved - value)
    if total == 0:
        return math.inf
    scale = abs(value)
    return max(0.0, float(-mpmath.log10(total / scale if scale else total)))


@lru_cache(maxsize=1024)
def _compiled(expr: sp.Expr, scales: tuple[tuple[str, sp.Expr], ...]) -> Compiled:
    return compile_mp(expr, dict(scales))


def certified_eval(
    expr: sp.Expr,
    values: Mapping[str, object],
    dps: int = 30,
    scales: Mapping[str, sp.Expr] | None = None,
) -> Certified:
    """Certified value of a sympy expression with ``values`` for its free symbols (by name)."""
    fn = _compiled(sp.sympify(expr), tuple(sorted((scales or {}).items(), key=lambda kv: kv[0])))

    def at(ctx):
        env = {k: to_mp(ctx, v) for k, v in values.items()}
        return fn(ctx, env)

    return certified(at, dps, what=lambda: str(expr)[:80])  # printed only on failure: str() can be slow


def quick_eval(expr: sp.Expr, values: Mapping[str, object], dps: int = 20, scales: Mapping[str, sp.Expr] | None = None):
    """One evaluation at ``dps`` digits, not certified: for searches (where an extremum is, which
    grid cell brackets a root) whose result is certified afterwards at the decisive points."""
    fn = _compiled(sp.sympify(expr), tuple(sorted((scales or {}).items(), key=lambda kv: kv[0])))
    ctx = new_context(dps)
    return fn(ctx, {k: to_mp(ctx, v) for k, v in values.items()})


def to_mp(ctx, v):
    """A value as a number of ``ctx``: floats exactly, strings and mpmath numbers re-read at its precision."""
    if isinstance(v, (int,)):
        return ctx.mpf(v)
    if isinstance(v, float):
        return ctx.mpf(v)
    if isinstance(v, complex):
        return ctx.mpc(v)
    if isinstance(v, str):
        return ctx.mpf(v)
    if isinstance(v, mpmath.mpc) or hasattr(v, "imag") and not isinstance(v, mpmath.mpf) and v.imag != 0:
        return ctx.mpc(v)
    return ctx.mpf(v)


def check_values(quantity: Quantity, values: Mapping[str, object]) -> dict[str, object]:
    """The parameter values for ``quantity`` plus the model's constants; a ValueError naming the
    parameter for a missing, unknown, NaN/inf or assumption-violating value."""
    model = quantity._model_ref
    assert model is not None
    unknown = sorted(set(values) - set(model.params) - set(model.constants))
    if unknown:
        raise ValueError(f"{quantity.model}.{quantity.name}: unknown parameter(s) {', '.join(unknown)}; expected {', '.join(quantity.param_names)}")
    missing = [n for n in quantity.param_names if n not in values]
    if missing:
        raise ValueError(f"{quantity.model}.{quantity.name}: missing value for {', '.join(missing)}")
    out: dict[str, object] = {}
    for name in quantity.param_names:
        v = values[name]
        param = model.params[name]
        try:
            fv = float(mpmath.mpf(v)) if not isinstance(v, float) else v
        except (TypeError, ValueError):
            raise ValueError(f"{quantity.model}.{quantity.name}: parameter {name}={v!r} is not a real number") from None
        if not math.isfinite(fv):
            raise ValueError(f"{quantity.model}.{quantity.name}: parameter {name}={v!r} is not finite")
        if "positive" in param.assumptions and not fv > 0:
            raise ValueError(f"{quantity.model}.{quantity.name}: parameter {name}={v!r} must be positive")
        if "nonnegative" in param.assumptions and not fv >= 0:
            raise ValueError(f"{quantity.model}.{quantity.name}: parameter {name}={v!r} must be nonnegative")
        if "negative" in param.assumptions and not fv < 0:
            raise ValueError(f"{quantity.model}.{quantity.name}: parameter {name}={v!r} must be negative")
        if "integer" in param.assumptions and fv != int(fv):
            raise ValueError(f"{quantity.model}.{quantity.name}: parameter {name}={v!r} must be an integer")
        out[name] = v
    for name, c in model.constants.items():
        out[name] = repr(c.value)  # read as a decimal at each precision
    return out


def reference_value(quantity: Quantity, values: Mapping[str, object], dps: int = 30) -> Certified:
    """Certified value of a model quantity (formula or declared numeric definition)."""
    env = check_values(quantity, values)
    if quantity.numeric is not None:
        evaluate = resolve(quantity.numeric)
        accuracy, label = quantity.numeric.accuracy, f"{quantity.model}.{quantity.name}"

        def at(ctx):
            return call_engine(ctx, label, evaluate, {k: to_mp(ctx, v) for k, v in env.items()}, accuracy)

        return certified(at, dps, what=f"{quantity.model}.{quantity.name}")
    assert quantity.expr is not None
    return certified_eval(quantity.expr, env, dps=dps, scales=quantity.scales)


#: below this many certified digits a value is printed with its uncertainty (format_certified)
FEW_DIGITS = 15


def format_certified(value, digits: float) -> str:
    """A number printed with its certified digits (at most 40).

    A value certified to fewer than :data:`FEW_DIGITS` digits (an engine of stated accuracy, or a
    cancellation) is printed with two digits more and its uncertainty: 1.324 certified to 1.2 digits
    (6 %) reads "1.32 (+-0.079)". Rounded to its certified digits alone it would read "1.0", which hides
    where the value lies against a bound such as 1.0986."""
    if isinstance(value, (list, tuple)):
        return str(value)
    if not math.isfinite(digits) or digits >= FEW_DIGITS or value == 0:
        n = int(max(1, min(40, digits if math.isfinite(digits) else 40)))
        return mpmath.nstr(value, n, min_fixed=-4, max_fixed=6)
    n = max(1, int(digits)) + 2
    uncertainty = abs(value) * mpmath.mpf(10) ** -max(digits, 0)
    return f"{mpmath.nstr(value, n, min_fixed=-4, max_fixed=6)} (+-{mpmath.nstr(uncertainty, 2, min_fixed=-4, max_fixed=6)})"
