"""Deciding one claim: the symbolic route and the numeric route, per claim kind.

Each ``decide_<kind>`` returns a :class:`Decision` with both routes' findings and the decisive
numbers. The numeric route always runs; the symbolic one runs under a budget and may say
``unknown``. :func:`vitrum.checks.evidence.combine` makes the verdict.

Parameters not varied by a claim are held at ``claim.at``, else the Param's typical value, else
the middle of its domain (see :meth:`vitrum.declare.Param.value_for_checks`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

import mpmath
import sympy as sp

from vitrum.claims import Asymptote, Claim, Extremum, Identity, Inequality, Limit, Scaling, Solves, Value
from vitrum.declare import Model, QuantityFunction
from vitrum.derive.integrals import apply_table, rescale
from vitrum.derive.regimes import along, approach, distance_to
from vitrum.derive.symbolic import BudgetExceeded, SymbolicResult, guarded, safe_doit, safe_limit, simplify_difference, time_limit
from vitrum.checks.evidence import Decision, Route, combine
from vitrum.checks.trend import Trend, classify, order_matches
from vitrum.numeric.reference import Certified, UncertifiedError, certified_eval, format_certified, quick_eval
from vitrum.numeric.mpeval import UnsupportedExpression

SEQUENCE_POINTS = 7
SAMPLE_POINTS = 6


@dataclass
class Setting:
    """Everything a decider needs besides the claim: the model it lives in and the precision."""

    model: Model
    dps: int = 30
    symbolic_seconds: float = 10.0

    def scales(self) -> dict[str, sp.Expr]:
        out: dict[str, sp.Expr] = {}
        for q in self.model.quantities.values():
            out.update(q.scales)
        return out

    def fixed_values(self, claim: Claim, exclude: Sequence[str] = ()) -> dict[str, object]:
        """Values for every Param not in ``exclude`` and every Constant."""
        values: dict[str, object] = {}
        for name, p in self.model.params.items():
            if name in exclude:
                continue
            v = claim.at.get(name, p.value_for_checks())
            values[name] = round(v) if "integer" in p.assumptions else v
        for name, c in self.model.constants.items():
            values[name] = repr(c.value)
        return values

    def evaluate(self, expr: sp.Expr, env: Mapping[str, object]) -> Certified:
        return certified_eval(expr, env, dps=self.dps, scales=self.scales())

    def sample_points(self, claim: Claim, names: Sequence[str], n: int = SAMPLE_POINTS) -> list[dict[str, object]]:
        """n deterministic points: the check point, then generic points over each Param's domain
        (irrational fractions of every order of magnitude, away from poles at simple numbers)."""
        base = self.fixed_values(claim)
        points = [dict(base)]
        columns = {}
        for i, name in enumerate(names):
            p = self.model.params[name]
            columns[name] = p.domain.generic(n - 1, stream=i) if p.domain is not None else [p.value_for_checks()] * (n - 1)
            if "integer" in p.assumptions:  # integers, not the irrational fractions of the domain
                columns[name] = [round(v) for v in columns[name]]
        for j in range(n - 1):
            points.append({**base, **{name: columns[name][j] for name in names}})
        return points


def _symbolic_prepare(expr: sp.Expr, setting: Setting) -> sp.Expr:
    """Integrals rescaled to dimensionless variables and replaced from the table where possible;
    coth, sech, csch written as 1/tanh, 1/cosh, 1/sinh (sympy 1.14's limit returns -oo for
    (coth(E/(2T))*2T/E - 1)*T**2 as T -> oo; the 1/tanh form gives the true E**2/12)."""
    expr = sp.sympify(expr)
    try:
        if setting.symbolic_seconds <= 0:
            raise BudgetExceeded("no symbolic budget")
        with time_limit(setting.symbolic_seconds):
            e = apply_table(rescale(expr, setting.scales()))
    except BudgetExceeded:
        e = expr  # the table lookup is an aid to the symbolic route, never worth the budget
    return e.replace(sp.coth, lambda a: 1 / sp.tanh(a)).replace(sp.sech, lambda a: 1 / sp.cosh(a)).replace(
        sp.csch, lambda a: 1 / sp.sinh(a))


def _opaque_to_sympy(expr: sp.Expr, var: sp.Symbol) -> bool:
    """A quantity known only numerically depends on the limit variable: sympy would treat it as a
    bounded unknown function and return a confident, wrong limit."""
    return any(isinstance(f, QuantityFunction) and type(f).quantity.numeric is not None and f.has(var)
               for f in sp.sympify(expr).atoms(sp.Function))


def _route_from_symbolic(res: SymbolicResult, expected: sp.Expr, what: str, seconds: float = 5.0) -> Route:
    if res.status != "ok":
        return Route("unknown", f"{what}: {res}")
    if expected in (sp.oo, -sp.oo) or res.value in (sp.oo, -sp.oo, sp.zoo):
        if res.value == expected:
            return Route("holds", f"{what} = {res.value}")
        return Route("fails", f"{what} = {res.value}, not {expected}")
    compared = simplify_difference(res.value, expected, seconds)  # under the budget, Piecewise-aware
    if compared.status != "ok":
        return Route("unknown", f"{what} = {res.value}")
    diff = compared.value
    if diff == 0:
        return Route("holds", f"{what} = {res.value}")
    if diff.is_number and diff.is_zero is False:
        return Route("fails", f"{what} = {res.value}, not {expected}")
    return Route("unknown", f"{what} = {res.value}")


def _free_param_names(setting: Setting, exprs: Sequence[sp.Expr]) -> list[str]:
    names = set()
    for e in exprs:
        names |= {s.name for s in sp.sympify(e).free_symbols}
    return [n for n in setting.model.params if n in names]


def _fmt(c: Certified) -> str:
    return format_certified(c.value, c.digits)


# --- identity ---------------------------------------------------------------------------------
def decide_identity(claim: Identity, setting: Setting) -> Decision:
    lhs, rhs = claim.lhs, claim.rhs
    sym = simplify_difference(_symbolic_prepare(lhs, setting), _symbolic_prepare(rhs, setting), setting.symbolic_seconds)
    symbolic = _route_from_symbolic(sym, sp.S.Zero, "simplify(lhs - rhs)")
    names = _free_param_names(setting, [lhs, rhs])
    rtol = 10.0 ** -(setting.dps - 3)
    worst: tuple[float, dict, str, str] | None = None
    checked, digits = 0, math.inf
    failures: list[str] = []
    undefined: list[str] = []
    for pt in setting.sample_points(claim, names, SAMPLE_POINTS if names else 1):
        try:
            a, b = setting.evaluate(lhs, pt), setting.evaluate(rhs, pt)
        except UncertifiedError as exc:
            failures.append(str(exc))
            continue
        except (ValueError, ZeroDivisionError) as exc:  # a pole or branch point: not in the domain
            undefined.append(f"{ {k: pt[k] for k in names} }: {exc}")
            continue
        checked += 1
        digits = min(digits, a.digits, b.digits)
        rel = float(abs(a.value - b.value) / max(abs(a.value), abs(b.value))) if max(abs(a.value), abs(b.value)) else 0.0
        if worst is None or rel > worst[0]:
            worst = (rel, {k: pt[k] for k in names}, _fmt(a), _fmt(b))
    if worst is None:
        return _undecided_numeric(symbolic, "no point could be evaluated with certified digits: " + "; ".join((failures + undefined)[:2]))
    rel, at, a_s, b_s = worst
    rtol = max(rtol, 3 * 10.0 ** -digits)  # an engine of stated accuracy: equal to that accuracy
    computed = {"lhs": a_s, "rhs": b_s, "max_rel_diff": f"{rel:.3e}", "at": str(at), "points": str(checked)}
    numeric = Route("holds", f"equal at {checked} points (max rel diff {rel:.2e})") if rel <= rtol else Route(
        "fails", f"lhs={a_s} rhs={b_s} differ by {rel:.3e} (relative) at {at}")
    if numeric.verdict == "holds" and failures:
        numeric = Route("undecided", f"equal at {checked} points but {len(failures)} uncertified")
    verdict, reason = combine(symbolic, numeric)
    extra = {"undefined_points": undefined[:5]} if undefined else {}
    return Decision(verdict, computed, digits, symbolic, numeric, reason, extra)


def _undecided_numeric(symbolic: Route, why: str) -> Decision:
    numeric = Route("undecided", why)
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, {}, None, symbolic, numeric, reason or why)


# --- value ------------------------------------------------------------------------------------
def printed_interval(text: str) -> tuple[Decimal, Decimal] | None:
    """Where the true value may lie for a printed decimal p with last-digit unit u: rounded
    gives [p - u/2, p + u/2], truncated gives [p, p + u) away from zero; together
    [p - u/2, p + u) in magnitude. ``"1.2020569"`` -> (1.20205685, 1.2020570)."""
    try:
        printed = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        return None
    if not printed.is_finite() or printed == 0:
        return None
    unit = Decimal(1).scaleb(printed.as_tuple().exponent)
    with localcontext() as dec:  # the default 28 digits would round a long printed value
        dec.prec = len(printed.as_tuple().digits) + 10
        if printed > 0:
            return printed - unit / 2, printed + unit
        return printed - unit, printed + unit / 2


def decide_value(claim: Value, setting: Setting) -> Decision:
    env = setting.fixed_values(claim)
    interval = printed_interval(claim.value_text) if claim.rtol is None and claim.value_text else None
    rtol = claim.rtol if claim.rtol is not None else 1e-20
    if claim.value.has(sp.Float) or claim.value_text:
        symbolic = Route("n/a", "decimal value")
    else:
        res = safe_doit(_symbolic_prepare(claim.expr, setting), setting.symbolic_seconds)
        symbolic = _route_from_symbolic(res, claim.value, "closed form")
    try:
        got = setting.evaluate(claim.expr, env)
        want = setting.evaluate(claim.value, env)
    except UncertifiedError as exc:
        return _undecided_numeric(symbolic, str(exc))
    scale = abs(want.value)
    err = abs(got.value - want.value) / scale if scale else abs(got.value)
    computed = {"value": _fmt(got), "claimed": _fmt(want), "rel_diff": mpmath.nstr(err, 5)}
    if interval is not None:
        lo, hi = interval
        computed["printed_interval"] = f"[{lo}, {hi})"
        # compared as decimals: mpmath.mpf(text) would round the bounds to the global 15 digits
        inside = not isinstance(got.value, mpmath.mpc) and lo <= Decimal(mpmath.nstr(got.value, 60, strip_zeros=False)) < hi
        tol_text = f"the printed {claim.value_text} (rounded or truncated) allows [{interval[0]}, {interval[1]})"
        numeric = Route("holds", f"{_fmt(got)}: {tol_text}") if inside else Route("fails", f"{_fmt(got)} is outside: {tol_text}")
    elif min(got.digits, want.digits) < setting.dps and abs(float(err) - rtol) <= _uncertainty_of_err(got, want, float(err)):
        computed["rtol"] = f"{rtol:.3g}"
        numeric = Route("undecided", f"{_fmt(got)} vs {claim.value}: difference {float(err):.3e} is within the stated accuracy "
                                     f"(1e-{min(got.digits, want.digits):.0f}) of the tolerance {rtol:.2g}")
    else:
        computed["rtol"] = f"{rtol:.3g}"
        if err <= rtol:
            numeric = Route("holds", f"{_fmt(got)} agrees with {claim.value} to {float(err):.2e} <= rtol {rtol:.2g}")
        else:
            numeric = Route("fails", f"{_fmt(got)} differs from {claim.value} by {float(err):.3e} (relative) > rtol {rtol:.2g}")
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, computed, min(got.digits, want.digits), symbolic, numeric, reason)


# --- sequences toward a limit point ----------------------------------------------------------
# a residual that decays like 1/log(x)**p needs distances over many decades to show its order
LOG_ORDER_WINDOW = {"oo": (1e3, 1e60), "0": (1e-3, 1e-60)}


def _sequence(claim, setting: Setting, exprs: Sequence[sp.Expr]) -> tuple[list[float], list[list[Certified]], list[str]]:
    """Evaluate ``exprs`` (after the regime substitution) on a geometric sequence toward the point.
    Returns (distances, values per point, notes on points dropped as uncertified)."""
    regime = getattr(claim, "regime", None)
    subs = along(exprs, regime)
    var = claim.var
    env = setting.fixed_values(claim, exclude=[var.name])
    window = getattr(claim, "eps_range", None)
    order = getattr(claim, "order", None)
    if window is None and order is not None and order.kind == "log" and claim.point in (sp.oo, sp.S.Zero):
        window = LOG_ORDER_WINDOW["oo" if claim.point == sp.oo else "0"]
    xs = approach(claim.point, getattr(claim, "direction", "+"), window, SEQUENCE_POINTS)
    dists, values, dropped = [], [], []
    for x in xs:
        pt = dict(env)
        pt[var.name] = x
        try:
            vals = [setting.evaluate(e, pt) for e in subs]
        except UncertifiedError as exc:
            dropped.append(f"{var}={x:.3g}: {exc}")
            continue
        except (ZeroDivisionError, ValueError, OverflowError) as exc:
            dropped.append(f"{var}={x:.3g}: {type(exc).__name__} {exc}")
            continue
        dists.append(distance_to(claim.point, x))
        values.append(vals)
    return dists, values, dropped


def _uncertainty_of_err(got: Certified, want: Certified, err: float) -> float:
    """How far the computed error (relative to ``want``; absolute where ``want`` is 0) can be off,
    given the certified digits of both values (those an engine's stated accuracy leaves)."""
    acc = 10.0 ** -got.digits + 10.0 ** -want.digits
    return acc * (float(abs(got.value)) if want.value == 0 else 1 + err)


def _within_stated_accuracy(a: Certified, b: Certified, setting: Setting) -> bool:
    """Whether ``a`` and ``b`` are closer than the uncertainty an engine of stated accuracy leaves
    (only then: values certified to the full precision are never "too close to tell")."""
    if min(a.digits, b.digits) >= setting.dps:
        return False
    unc = float(abs(a.value)) * 10.0 ** -a.digits + float(abs(b.value)) * 10.0 ** -b.digits
    return float(abs(a.value - b.value)) <= unc


def _residual_floor(setting: Setting, digits: float) -> float:
    return 10.0 ** -(min(setting.dps, digits) - 3)


def _symbolic_limit(expr: sp.Expr, claim, setting: Setting, target: sp.Expr, what: str) -> Route:
    regime = getattr(claim, "regime", None)
    (e,) = along([_symbolic_prepare(expr, setting)], regime)
    if _opaque_to_sympy(e, claim.var):
        return Route("unknown", f"{what}: the expression holds a quantity with only a numeric definition")
    res = safe_limit(e, claim.var, claim.point, getattr(claim, "direction", "+"), setting.symbolic_seconds)
    return _route_from_symbolic(res, target, what)


def decide_limit(claim: Limit, setting: Setting) -> Decision:
    symbolic = _symbolic_limit(claim.expr, claim, setting, claim.value, "limit")
    infinite_target = claim.value in (sp.oo, -sp.oo)
    exprs = [claim.expr] if infinite_target else [claim.expr, claim.value]
    dists, values, dropped = _sequence(claim, setting, exprs)
    if len(values) < 3:
        return _undecided_numeric(symbolic, f"only {len(values)} certified points; " + "; ".join(dropped[:2]))
    digits = min(min(v.digits for v in vals) for vals in values)
    if infinite_target:
        resid = [1 / v[0].value if v[0].value != 0 else mpmath.inf for v in values]
        sign_ok = all((v[0].value > 0) == (claim.value == sp.oo) for v in values[-2:])
    else:
        target = values[-1][1].value
        scale = abs(target) if target != 0 else 1
        resid = [(v[0].value - target) / scale for v in values]
        sign_ok = True
    trend = _classify_any_rate(dists, [float(r) if mpmath.isfinite(r) else 1e300 for r in resid], _residual_floor(setting, digits))
    last_val = _fmt(values[-1][0])
    computed = {"last_value": last_val, "target": str(claim.value), "last_residual": f"{trend.last:.3e}",
                "fitted_order": "n/a" if trend.order is None else f"{trend.order:.3f}"}
    if trend.status == "zero" and sign_ok:
        numeric = Route("holds", f"distance to {claim.value} -> 0 (last {trend.last:.2e}, local order {_o(trend.order)})")
    elif trend.status == "nonzero" or not sign_ok:
        numeric = Route("fails", f"expression settles at {last_val}, not {claim.value} ({trend.note})")
    else:
        numeric = Route("undecided", trend.note)
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, computed, digits, symbolic, numeric, reason, _sequence_extra(dists, resid, dropped))


def _classify_any_rate(dists, resid, floor):
    """No declared order: a power-law fit first; when it is inconclusive, a logarithmic one
    (1/log(1/d) decay shows as power orders sliding toward 0, but a steady log order)."""
    trend = classify(dists, resid, floor, "power")
    if trend.status == "unclear":
        slow = classify(dists, resid, floor, "log")
        if slow.status != "unclear":
            return Trend(slow.status, slow.order, slow.orders, slow.last, slow.below_floor, "logarithmic rate: " + (slow.note or f"log order {slow.order:.3g}"))
    return trend


def _o(order: float | None) -> str:
    return "n/a" if order is None else f"{order:.3g}"


def _sequence_extra(dists, resid, dropped) -> dict[str, object]:
    extra: dict[str, object] = {"sequence": [{"distance": f"{d:.3e}", "residual": mpmath.nstr(r, 6)} for d, r in zip(dists, resid)]}
    if dropped:
        extra["dropped_points"] = dropped[:5]
    return extra


def _symbolic_asymptote(claim: Asymptote, setting: Setting) -> Route:
    """Leading term: lim expr/approx = 1. With a declared power order p, the claim is more: the
    residual over dist**p must tend to a finite nonzero constant. Log and exp orders are not
    checked symbolically (the route then abstains on the order)."""
    leading = _symbolic_limit(claim.expr / claim.approx, claim, setting, sp.S.One, "limit of expr/approx")
    order = claim.order
    if leading.verdict != "holds" or order is None:
        return leading
    if order.kind != "power":
        return Route("unknown", f"leading term confirmed ({leading.detail}); {order} not checked symbolically")
    dist = 1 / claim.var if claim.point in (sp.oo, -sp.oo) else sp.Abs(claim.var - claim.point)
    scale = dist ** sp.nsimplify(order.p) * sp.log(1 / dist) ** sp.nsimplify(order.log_power)
    scaled = (claim.expr / claim.approx - 1) / scale
    regime = getattr(claim, "regime", None)
    (e,) = along([_symbolic_prepare(scaled, setting)], regime)
    res = safe_limit(e, claim.var, claim.point, claim.direction, setting.symbolic_seconds)
    if res.status != "ok":
        return Route("unknown", f"leading term confirmed; residual/dist**{order.p:g}: {res}")
    c = res.value
    if c.is_number and c.is_finite and c != 0:
        return Route("holds", f"residual ~ {c}*dist**{order.p:g}")
    if c == 0 or c in (sp.oo, -sp.oo, sp.zoo):
        return Route("fails", f"residual/dist**{order.p:g} -> {c}: the correction is not of the declared order")
    return Route("unknown", f"residual/dist**{order.p:g} -> {c}")


def decide_asymptote(claim: Asymptote, setting: Setting) -> Decision:
    symbolic = _symbolic_asymptote(claim, setting)
    dists, values, dropped = _sequence(claim, setting, [claim.expr, claim.approx])
    if len(values) < 3:
        return _undecided_numeric(symbolic, f"only {len(values)} certified points; " + "; ".join(dropped[:2]))
    digits = min(min(v.digits for v in vals) for vals in values)
    resid = [v[0].value / v[1].value - 1 for v in values]
    if any(isinstance(r, mpmath.mpc) for r in resid):  # complex-valued: the modulus of the residual
        resid = [abs(r) for r in resid]
    order = claim.order
    kind = "log" if order is not None and order.kind == "log" else "power"
    floor = _residual_floor(setting, digits)
    fitted = [float(r) for r in resid]
    if order is not None and order.log_power:
        # |r| ~ c d^p log(1/d)^q: divide out the declared log factor, then fit the power
        fitted = [r / math.log(1 / d) ** order.log_power for r, d in zip(fitted, dists)]
    trend = classify(dists, fitted, floor, kind) if order is not None else _classify_any_rate(dists, fitted, floor)
    computed = {
        "last_residual": mpmath.nstr(resid[-1], 6),
        "fitted_order": "n/a" if trend.order is None else f"{trend.order:.3f}",
        "declared_order": str(order) if order else "none",
        "order_kind": kind,
    }
    if trend.status == "nonzero":
        numeric = Route("fails", f"residual expr/approx - 1 does not go to 0: {trend.note}")
    elif trend.status == "unclear":
        numeric = Route("undecided", trend.note)
    elif order is None:
        numeric = Route("holds", f"residual -> 0 (last {mpmath.nstr(resid[-1], 3)}, local order {_o(trend.order)})")
    elif order.kind == "exp":
        superpower = trend.below_floor >= 2 or (len(trend.orders) >= 2 and trend.orders[-1] > trend.orders[-2] + 0.5)
        numeric = Route("holds", "residual exponentially small (below precision floor or accelerating)") if superpower else Route(
            "fails", f"residual decays like a power (local order {_o(trend.order)}), not exponentially")
    elif trend.below_floor >= 2 and (trend.order is None or trend.order > order.p):
        numeric = Route("fails", f"declared order {order} but the residual falls below precision faster (local order {_o(trend.order)}): "
                                 "the declared next correction is absent")
    elif order_matches(trend.order, order.p):
        numeric = Route("holds", f"residual -> 0 at fitted order {_o(trend.order)} matching declared {order}")
    else:
        numeric = Route("fails", f"residual -> 0 but fitted order {_o(trend.order)} != declared {order}")
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, computed, digits, symbolic, numeric, reason, _sequence_extra(dists, resid, dropped))


def decide_scaling(claim: Scaling, setting: Setting) -> Decision:
    var = claim.var
    if claim.expr.has(sp.Integral) or _opaque_to_sympy(claim.expr, var):
        symbolic = Route("unknown", "integral or numeric quantity: no symbolic exponent")
    else:
        derived = guarded(lambda: sp.simplify(sp.diff(claim.expr, var) * var / claim.expr), setting.symbolic_seconds,
                          "simplify of dlog/dlog")
        if derived.status == "ok":
            symbolic = _route_from_symbolic(safe_limit(derived.value, var, claim.point, "+", setting.symbolic_seconds),
                                            claim.exponent, "limit of dlog/dlog")
        else:  # the evidence says why (a timeout under load is not an opaque quantity)
            symbolic = Route("unknown", f"no symbolic exponent: {derived.note}")
    dists, values, dropped = _sequence(claim, setting, [claim.expr])
    if len(values) < 3:
        return _undecided_numeric(symbolic, f"only {len(values)} certified points; " + "; ".join(dropped[:2]))
    digits = min(v[0].digits for v in values)
    xs = [1 / d if claim.point == sp.oo else d for d in dists]
    fs = [abs(v[0].value) for v in values]
    exps = [float(mpmath.log(f1 / f0) / mpmath.log(mpmath.mpf(x1) / x0)) for (x0, f0), (x1, f1) in zip(zip(xs, fs), zip(xs[1:], fs[1:])) if f0 and f1]
    target = float(claim.exponent)
    computed = {"fitted_exponent": f"{exps[-1]:.4f}", "claimed_exponent": str(claim.exponent),
                "local_exponents": ", ".join(f"{e:.4f}" for e in exps)}
    # an engine of stated accuracy: each value may be off by 10**-digits, the last local exponent by
    # the sum over the log step
    (x0, f0), (x1, f1) = (xs[-2], values[-2][0]), (xs[-1], values[-1][0])
    exp_unc = (10.0 ** -f0.digits + 10.0 ** -f1.digits) / abs(math.log(float(x1) / float(x0))) if digits < setting.dps else 0.0
    if exp_unc and abs(abs(exps[-1] - target) - claim.tol) <= exp_unc:
        computed["exponent_uncertainty"] = f"{exp_unc:.3g}"
        numeric = Route("undecided", f"local exponent {exps[-1]:.4f} vs {claim.exponent} +- {claim.tol}: within the "
                                     f"uncertainty {exp_unc:.2g} that the engines' stated accuracy leaves")
    elif abs(exps[-1] - target) <= claim.tol:
        numeric = Route("holds", f"local exponent {exps[-1]:.4f} -> {claim.exponent}")
    elif len(exps) >= 2 and abs(exps[-1] - exps[-2]) < claim.tol / 2:
        numeric = Route("fails", f"local exponent settles at {exps[-1]:.4f}, not {claim.exponent}")
    else:
        numeric = Route("undecided", f"local exponents still moving: {computed['local_exponents']}")
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, computed, digits, symbolic, numeric, reason)


# --- solves, inequality, extremum ----------------------------------------------------------------
def decide_solves(claim: Solves, setting: Setting) -> Decision:
    residuals = claim.residuals() + claim.initial_residuals()
    sym_routes = [simplify_difference(r, 0, setting.symbolic_seconds) for r in residuals]
    if all(s.status == "ok" and s.value == 0 for s in sym_routes):
        symbolic = Route("holds", "every residual simplifies to 0")
    elif any(s.status == "ok" and s.value != 0 for s in sym_routes):
        symbolic = Route("fails", "a residual simplifies to a nonzero constant")
    else:
        symbolic = Route("unknown", "simplify did not reduce every residual")
    names = _free_param_names(setting, residuals)
    worst = (0.0, {}, "")
    for pt in setting.sample_points(claim, names):
        for r in residuals:
            # scale: the size of the terms of the equation, to make the residual relative
            terms = r.args if isinstance(r, sp.Add) else (r,)
            try:
                val = setting.evaluate(r, pt)
                size = max((abs(setting.evaluate(t, pt).value) for t in terms), default=1) or 1
            except UncertifiedError as exc:
                # a residual that is exactly 0 cancels: absolute check then
                if abs(exc.high) < mpmath.mpf(10) ** -(setting.dps - 5):
                    continue
                return _undecided_numeric(symbolic, str(exc))
            rel = float(abs(val.value) / size)
            if rel > worst[0]:
                worst = (rel, {k: pt[k] for k in names}, _fmt(val))
    rtol = 10.0 ** -(setting.dps - 5)
    computed = {"max_rel_residual": f"{worst[0]:.3e}", "at": str(worst[1])}
    numeric = Route("holds", f"residuals vanish (max relative {worst[0]:.2e})") if worst[0] <= rtol else Route(
        "fails", f"residual {worst[2]} (relative {worst[0]:.3e}) at {worst[1]}")
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, computed, None, symbolic, numeric, reason)


def decide_inequality(claim: Inequality, setting: Setting) -> Decision:
    ops: dict[str, Callable] = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
    op = ops[claim.op]
    attr = {"<": "is_negative", "<=": "is_nonpositive", ">": "is_positive", ">=": "is_nonnegative"}[claim.op]
    res = guarded(lambda: sp.simplify(claim.lhs - claim.rhs), setting.symbolic_seconds, "simplify")
    sign = None
    if res.status == "ok":
        try:
            with time_limit(setting.symbolic_seconds):
                sign = getattr(res.value, attr)
        except BudgetExceeded:
            sign = None
    symbolic = Route("holds", "sign of lhs - rhs follows from the assumptions") if sign is True else (
        Route("fails", "the assumptions give the opposite sign") if sign is False else Route("unknown", "sign not determined"))
    names = _free_param_names(setting, [claim.lhs, claim.rhs])
    points = setting.sample_points(claim, names, 12 if names else 1)
    tightest = None  # (signed relative margin, lhs, rhs, point): the decisive numbers even when it holds
    for pt in points:
        try:
            a, b = setting.evaluate(claim.lhs, pt), setting.evaluate(claim.rhs, pt)
        except UncertifiedError as exc:
            return _undecided_numeric(symbolic, str(exc))
        at = {k: pt[k] for k in names}
        if _within_stated_accuracy(a, b, setting):
            numeric = Route("undecided", f"{_fmt(a)} vs {_fmt(b)} at {at}: closer than the stated accuracy of the "
                                         f"engines (1e-{min(a.digits, b.digits):.0f})")
            verdict, reason = combine(symbolic, numeric)
            return Decision(verdict, {"lhs": _fmt(a), "rhs": _fmt(b), "at": str(at)}, min(a.digits, b.digits), symbolic, numeric, reason)
        if not op(a.value, b.value):
            numeric = Route("fails", f"{_fmt(a)} {claim.op} {_fmt(b)} is false at {at}")
            verdict, reason = combine(symbolic, numeric)
            return Decision(verdict, {"lhs": _fmt(a), "rhs": _fmt(b), "at": str(at)}, None, symbolic, numeric, reason)
        scale = max(abs(a.value), abs(b.value)) or 1
        margin = float(abs(b.value - a.value) / scale)
        if tightest is None or margin < tightest[0]:
            tightest = (margin, a, b, at)
    margin, a, b, at = tightest
    computed = {"lhs": _fmt(a), "rhs": _fmt(b), "at": str(at), "relative_margin": f"{margin:.3e}", "points": str(len(points))}
    numeric = Route("holds", f"true at {len(points)} points over the domains; tightest {_fmt(a)} {claim.op} {_fmt(b)} at {at}")
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, computed, min(a.digits, b.digits), symbolic, numeric, reason)


SEARCH_DPS = 20  # an extremum's location needs a few digits; its existence is certified after


def decide_extremum(claim: Extremum, setting: Setting) -> Decision:
    """Grid search and golden-section refinement at SEARCH_DPS (uncertified), then the value at
    each extremum found and at its two neighbours certified at full precision: the verdict rests
    on certified numbers only."""
    var = claim.var
    env = setting.fixed_values(claim, exclude=[var.name])
    lo, hi = claim.search or (claim.location[0] / 10 if claim.location[0] > 0 else claim.location[0] - 1,
                              claim.location[1] * 10 if claim.location[1] > 0 else claim.location[1] + 1)
    logscale = lo > 0 and hi / lo > 20
    n = max(claim.points, 5)
    grid = [lo * (hi / lo) ** (i / (n - 1)) if logscale else lo + (hi - lo) * i / (n - 1) for i in range(n)]
    sgn = 1 if claim.kind_of == "max" else -1

    def f(x: float) -> float:
        return sgn * float(mpmath.re(quick_eval(claim.expr, {**env, var.name: x}, SEARCH_DPS, setting.scales())))

    try:
        vals = [f(x) for x in grid]
    except (ValueError, ZeroDivisionError) as exc:
        return _undecided_numeric(Route("n/a"), f"curve not computable on the search grid: {exc}")
    found = [_golden(f, grid[i - 1], grid[i + 1], logscale) for i in range(1, n - 1) if vals[i] > vals[i - 1] and vals[i] >= vals[i + 1]]

    def value_at(x: float) -> Certified:
        return setting.evaluate(claim.expr, {**env, var.name: x})

    confirmed, unresolved, refuted = [], [], []  # (x0, bracket) / (x0, why) / x0
    for x0 in found:
        try:
            outcome = _extremum_bracket(value_at, x0, (lo, hi), logscale, sgn, setting)
        except UncertifiedError as exc:
            unresolved.append((x0, str(exc)))
            continue
        if outcome is None:
            refuted.append(x0)
        elif isinstance(outcome, str):
            unresolved.append((x0, outcome))
        else:
            confirmed.append((x0, outcome))
    where_lo, where_hi = claim.location
    inside = [(x, br) for x, br in confirmed if where_lo <= br[0] and br[1] <= where_hi]
    straddling = [(x, br) for x, br in confirmed if (x, br) not in inside and br[0] <= where_hi and br[1] >= where_lo]
    open_inside = [(x, why) for x, why in unresolved if where_lo <= x <= where_hi]
    computed = {"extrema_found": ", ".join(f"{x:.6g}" for x, _ in confirmed) or "none",
                "claimed_interval": f"[{where_lo:g}, {where_hi:g}]", "searched": f"[{lo:g}, {hi:g}]"}
    widened = any(br != _first_bracket(x, (lo, hi), logscale) for x, br in confirmed)
    if widened:
        computed["certified_brackets"] = ", ".join(f"({a:.4g}, {b:.4g})" for _, (a, b) in confirmed)
    if refuted:
        computed["refuted_candidates"] = ", ".join(f"{x:.6g}" for x in refuted)
    if inside:
        x, (a, b) = inside[0]
        within = f" (certified within ({a:.4g}, {b:.4g}))" if widened else ""
        numeric = Route("holds", f"local {claim.kind_of} at {var} = {x:.6g}{within}, inside {computed['claimed_interval']}")
    elif straddling:
        x, (a, b) = straddling[0]
        numeric = Route("undecided", f"local {claim.kind_of} at {var} = {x:.6g}, certified only within ({a:.4g}, {b:.4g}), "
                                     f"which straddles {computed['claimed_interval']}")
    elif open_inside or (unresolved and not confirmed):
        numeric = Route("undecided", f"candidate(s) not certified: {'; '.join(f'{x:.6g} ({why})' for x, why in (open_inside or unresolved))[:240]}")
    else:
        numeric = Route("fails", f"local {claim.kind_of}(s) at {computed['extrema_found']}, none inside {computed['claimed_interval']}")
    symbolic = Route("n/a", "no symbolic extremum search")
    verdict, reason = combine(symbolic, numeric)
    return Decision(verdict, computed, None, symbolic, numeric, reason)


def _extremum_bracket(value_at: Callable[[float], Certified], x0: float, search: tuple[float, float], logscale: bool,
                      sgn: int, setting: Setting) -> tuple[float, float] | str | None:
    """An interval (a, b) around the candidate ``x0`` on whose ends the certified values are beaten
    by the value at ``x0`` (for sgn = -1, a minimum: undercut), so that the true function has a
    local extremum inside; None when a neighbour beats ``x0`` (no extremum there); a str saying why
    neither can be shown.

    The neighbours start 1e-3 x0 away (1e-4 of the search range on a linear scale). Values
    certified to the full precision settle it there. An engine of stated accuracy leaves each
    value uncertain by that accuracy: near an extremum the curve is flat, so neighbours that
    close differ by far less than it and prove nothing either way; the interval is widened (x4
    a step) until both ends fall below the centre by more than the uncertainties, and fails to
    certify once it would leave the search range."""
    lo, hi = search
    b = value_at(x0)
    step = _FIRST_STEP if logscale else (hi - lo) * _FIRST_STEP_LINEAR
    while True:
        xa, xc = _bracket(x0, step, logscale)
        if xa < lo or xc > hi:
            return f"the stated accuracy leaves the extremum open on all of [{lo:g}, {hi:g}]"
        ends = [value_at(xa), value_at(xc)]
        if all(sgn * b.value > sgn * e.value and not _within_stated_accuracy(b, e, setting) for e in ends):
            return (xa, xc)
        if any(sgn * e.value > sgn * b.value and not _within_stated_accuracy(b, e, setting) for e in ends):
            return None
        if min(b.digits, *(e.digits for e in ends)) >= setting.dps:
            return None  # full precision and not beaten on both sides: a tie or a shoulder, not an extremum
        step *= 4


_FIRST_STEP = 1e-3  # the first neighbours of an extremum candidate: x0/(1 + s), x0*(1 + s) on a log scale
_FIRST_STEP_LINEAR = 1e-4  # ... x0 -/+ s*(search range) on a linear one


def _bracket(x0: float, step: float, logscale: bool) -> tuple[float, float]:
    return (x0 / (1 + step), x0 * (1 + step)) if logscale else (x0 - step, x0 + step)


def _first_bracket(x0: float, search: tuple[float, float], logscale: bool) -> tuple[float, float]:
    """The neighbours :func:`_extremum_bracket` tries first (a bracket equal to it was not widened)."""
    return _bracket(x0, _FIRST_STEP if logscale else (search[1] - search[0]) * _FIRST_STEP_LINEAR, logscale)


def _golden(f: Callable[[float], float], a: float, b: float, logscale: bool, rtol: float = 1e-7) -> float:
    """Maximum of f on [a, b] by golden-section search, one new evaluation per step (in log x
    when the grid is logarithmic)."""
    to, back = (math.log, math.exp) if logscale else (float, float)
    a, b = to(a), to(b)
    g = (math.sqrt(5) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    fc, fd = f(back(c)), f(back(d))
    while abs(b - a) > rtol * max(1.0, abs(a) + abs(b)):
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - g * (b - a)
            fc = f(back(c))
        else:
            a, c, fc = c, d, fd
            d = a + g * (b - a)
            fd = f(back(d))
    return back(0.5 * (a + b))


DECIDERS: dict[str, Callable[[Claim, Setting], Decision]] = {
    "identity": decide_identity,
    "value": decide_value,
    "limit": decide_limit,
    "asymptote": decide_asymptote,
    "scaling": decide_scaling,
    "solves": decide_solves,
    "inequality": decide_inequality,
    "extremum": decide_extremum,
}


def decide(claim: Claim, setting: Setting) -> Decision:
    """Decide one claim (no time limit here; the runner enforces it)."""
    try:
        return DECIDERS[claim.kind](claim, setting)
    except UnsupportedExpression as exc:
        return Decision("error", reason=f"cannot evaluate: {exc}")
