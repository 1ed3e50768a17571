"""Accuracy of emitted code against the certified mpmath reference, in ulps.

``accuracy(quantity, n=400, seed=0)`` samples points over the declared domains of the quantity's
parameters and reports the error of ``quantity.fast`` (or any float evaluator passed as ``fast``):

* points: log-uniform in every parameter (so every order of magnitude of each domain appears),
  the corners and edges of the domain box, and points stratified over the orders of magnitude of
  every function argument of the formula (E/2kT, hbar*omega/2kT, ...: the overflow, underflow and
  cancellation regions of a formula live at the extremes of its arguments, which independent
  parameter sampling rarely reaches);
* truth: :func:`vitrum.numeric.reference.reference_value` at 20 certified digits (cached on disk
  per quantity definition, under ``$VITRUM_CACHE_DIR/reference``);
* errors: |fast - truth| in units of the spacing of doubles at the truth (ulps), where the truth
  is a normal double (points where it underflows are only checked for NaN/inf); the count of NaN or
  inf results where the truth is finite; the worst input row;
* the relative condition number kappa = sum_i |x_i df/dx_i / f| at each point (forward
  differences on an mpmath evaluation of the same definition), so that a large error can be told
  apart: a bad formula has ulps >> kappa, an ill-conditioned function ulps ~ kappa (the rounding of
  the inputs alone moves the true value by ~kappa/2 ulps).

>>> from vitrum.declare import Domain, Model, Param, Quantity
>>> import sympy as sp
>>> x = Param("x", "1", ("positive",), Domain(1e-3, 1e3))
>>> m = Model("demo_acc", "demo", [x], [Quantity("q", sp.exp(-x.symbol) * x.symbol)])
>>> r = accuracy(m.quantities["q"], n=40, seed=1, cache=False)
>>> r.nan_count == 0 and r.max_ulps < 4
True
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import mpmath
import numpy as np
import sympy as sp

from vitrum.declare import Domain, Quantity
from vitrum.numeric.reference import UncertifiedError, check_values, reference_value, to_mp

TINY = np.finfo(float).tiny
HUGE = np.finfo(float).max


@dataclass
class AccuracyReport:
    """Errors of a float64 evaluator against the reference over sampled points."""

    quantity: str
    kind: str
    points: int
    max_ulps: float
    mean_ulps: float
    max_rel: float
    mean_rel: float
    nan_count: int  # NaN or inf where the truth is finite
    not_normal: int  # points whose true value is not a normal double (only NaN/inf-checked)
    uncertified: int  # points where the reference could not certify 20 digits (skipped)
    worst: dict = field(default_factory=dict)  # the input row with the largest ulps
    worst_fast: float = math.nan
    worst_truth: str = ""
    worst_cond: float = math.nan
    cond_max: float = math.nan
    cond_median: float = math.nan
    max_ulps_well_conditioned: float = math.nan  # over points with kappa < 10
    max_ulps_per_cond: float = math.nan  # max of ulps/max(1, kappa)
    seconds: float = 0.0
    nan_rows: list = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.quantity:34s} {self.kind:18s} n={self.points:5d}  max {self.max_ulps:9.3g} ulps "
                f"(rel {self.max_rel:.2e})  mean {self.mean_ulps:7.3g}  NaN/inf {self.nan_count}  "
                f"kappa@worst {self.worst_cond:.3g}  max ulps (kappa<10) {self.max_ulps_well_conditioned:.3g}")

    def __str__(self) -> str:
        return self.line()

    def to_dict(self) -> dict:
        return asdict(self)


# --- sampling ----------------------------------------------------------------------------------
def _draw(dom: Domain, u: np.ndarray, sign: np.ndarray | None = None) -> np.ndarray:
    if dom.scale == "linear":
        return dom.lo + (dom.hi - dom.lo) * u
    mag = np.exp(np.log(dom.lo) + (np.log(dom.hi) - np.log(dom.lo)) * u)
    if dom.scale == "symlog":
        return mag * (sign if sign is not None else 1.0)
    return mag


def _domains(q: Quantity) -> dict[str, Domain]:
    out = {}
    for p in q.params:
        dom = p.domain
        if dom is None:
            v = p.value_for_checks()
            dom = Domain(abs(v) / 10 if v else 0.1, abs(v) * 10 if v else 10.0)
        out[p.name] = dom
    return out


def _arguments(expr: sp.Expr) -> list[sp.Expr]:
    """The arguments of the transcendental functions of ``expr`` (and the non-integer power
    bases): where overflow, underflow and cancellation live."""
    args = []
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.Function) and not isinstance(node, (sp.re, sp.im, sp.Abs)):
            args.extend(a for a in node.args if a.free_symbols)
        elif isinstance(node, sp.Pow) and not node.exp.is_Integer and node.base.free_symbols:
            args.append(node.base)
        elif isinstance(node, sp.Integral):
            # limits and the argument of the integrand's functions in units of the variable
            for lim in node.limits:
                args.extend(a for a in lim[1:] if getattr(a, "free_symbols", None))
    uniq = []
    for a in args:
        if a not in uniq:
            uniq.append(a)
    return uniq


def sample_points(q: Quantity, n: int, seed: int = 0, expr: sp.Expr | None = None) -> dict[str, np.ndarray]:
    """About ``n`` points over the declared domains (see the module docstring), as arrays."""
    rng = np.random.default_rng(seed)
    doms = _domains(q)
    names = list(doms)
    d = len(names)
    cols: dict[str, list[np.ndarray]] = {k: [] for k in names}

    def add(block: dict[str, np.ndarray]) -> None:
        for k in names:
            cols[k].append(np.asarray(block[k], dtype=float))

    def uniform(m: int) -> dict[str, np.ndarray]:
        return {k: _draw(doms[k], rng.random(m), rng.choice([-1.0, 1.0], m)) for k in names}

    n_indep = max(1, int(0.35 * n))
    add(uniform(n_indep))
    # corners (all of them up to 6 parameters, else a random selection) and edges
    n_corner = min(2**d, max(4, n // 8))
    bits = (np.arange(2**d)[:, None] >> np.arange(d)[None, :]) & 1 if d <= 6 else rng.integers(0, 2, (n_corner, d))
    if d <= 6 and len(bits) > n_corner:
        bits = bits[rng.choice(len(bits), n_corner, replace=False)]
    corner = {}
    for j, k in enumerate(names):
        dom = doms[k]
        ends = np.where(bits[:, j] == 1, dom.hi, dom.lo)
        if dom.scale == "symlog":
            ends = ends * rng.choice([-1.0, 1.0], len(ends))
        corner[k] = ends
    add(corner)
    n_edge = max(1, n // 8)
    edge = uniform(n_edge)
    for k in names:
        pick = rng.random(n_edge) < 0.35
        dom = doms[k]
        end = np.where(rng.random(n_edge) < 0.5, dom.lo, dom.hi)
        if dom.scale == "symlog":
            end = end * np.sign(edge[k])
        edge[k] = np.where(pick, end, edge[k])
    add(edge)
    # stratified over the orders of magnitude of every function argument
    target = expr if expr is not None else q.expr
    fn_args = _arguments(target) if target is not None else []
    model = q._model_ref
    consts = {c.symbol: c.value for c in model.constants.values()} if model else {}
    n_left = max(0, n - sum(len(v) for v in cols[names[0]]))
    if fn_args and n_left:
        per = max(1, n_left // len(fn_args))
        pool = uniform(40 * per)
        syms = [model.params[k].symbol for k in names]
        for a in fn_args:
            try:
                f = sp.lambdify(syms, a.subs(consts), "numpy")
                with np.errstate(all="ignore"):
                    val = np.abs(np.broadcast_to(f(*(pool[k] for k in names)), pool[names[0]].shape).astype(complex))
            except Exception:  # noqa: BLE001 - an argument numpy cannot evaluate is not stratified
                continue
            with np.errstate(all="ignore"):
                lg = np.log10(np.where(val > 0, val, np.nan))
            ok = np.isfinite(lg)
            if ok.sum() < 2:
                continue
            idx_ok = np.flatnonzero(ok)
            lo, hi = lg[ok].min(), lg[ok].max()
            bins = max(1, min(per, int(math.ceil(hi - lo)) + 1))
            which = np.minimum(((lg[ok] - lo) / max(hi - lo, 1e-300) * bins).astype(int), bins - 1)
            chosen = []
            by_bin = [idx_ok[which == b] for b in range(bins)]
            # extremes first (the largest and smallest argument), then round-robin over the decades
            chosen += [idx_ok[np.argmax(lg[ok])], idx_ok[np.argmin(lg[ok])]]
            r = 0
            while len(chosen) < per and any(len(b) > r for b in by_bin):
                for b in by_bin:
                    if len(b) > r and len(chosen) < per:
                        chosen.append(b[rng.integers(len(b))] if r else b[0])
                r += 1
            chosen = np.array(chosen[:per])
            add({k: pool[k][chosen] for k in names})
    out = {k: np.concatenate(v) for k, v in cols.items()}
    for p in q.params:  # an integer parameter (a number of carriers, an order) takes integer values
        if "integer" in p.assumptions:
            out[p.name] = np.round(out[p.name])
    return out


# --- truth ---------------------------------------------------------------------------------------
def _definition_hash(q: Quantity) -> str:
    model = q._model_ref
    consts = sorted((n, repr(c.value)) for n, c in model.constants.items()) if model else []
    numeric = (q.numeric.method, getattr(q.numeric.evaluate, "__qualname__", "")) if q.numeric else ()
    text = "|".join([sp.srepr(q.expr) if q.expr is not None else "", ",".join(q.param_names), repr(numeric), repr(consts)])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _cache_path(q: Quantity) -> Path:
    base = Path(os.environ.get("VITRUM_CACHE_DIR", Path.home() / ".cache" / "vitrum")) / "reference"
    return base / f"{q.model}.{q.name}.{_definition_hash(q)}.json"


def _key(row: Sequence[float]) -> str:
    return ",".join(float(v).hex() for v in row)


def _truth_one(args):
    model_name, qname, names, row, dps = args
    from vitrum import models

    q = models.get(model_name).quantities[qname]
    return _truth(q, names, row, dps)


def _truth(q: Quantity, names, row, dps) -> str:
    try:
        v = reference_value(q, dict(zip(names, (float(x) for x in row))), dps=dps).value
    except UncertifiedError:
        return "uncertified"
    except (ValueError, ZeroDivisionError, ArithmeticError) as exc:
        return f"error: {exc}"[:200]
    return mpmath.nstr(v, dps + 5, strip_zeros=False) if not isinstance(v, mpmath.mpc) else mpmath.nstr(v.real, dps + 5)


def truths(q: Quantity, points: Mapping[str, np.ndarray], dps: int = 20, jobs: int = 1, cache: bool = True) -> list[str]:
    """Reference values (strings; "uncertified"/"error: ..." where none) at the rows of ``points``."""
    names = list(points)
    rows = list(zip(*(points[k] for k in names))) if names else [()]
    path = _cache_path(q)
    store: dict[str, str] = {}
    if cache and path.exists():
        try:
            store = json.loads(path.read_text())
        except (OSError, ValueError):
            store = {}
    todo = [i for i, r in enumerate(rows) if f"{dps}:{_key(r)}" not in store]
    registered = False
    if jobs > 1 and todo:
        try:
            from vitrum import models

            registered = models.get(q.model).quantities.get(q.name) is q
        except KeyError:
            registered = False
    if todo:
        if registered and jobs > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                vals = pool.map(_truth_one, [(q.model, q.name, names, rows[i], dps) for i in todo], chunksize=4)
        else:
            vals = [_truth(q, names, rows[i], dps) for i in todo]
        for i, v in zip(todo, vals):
            store[f"{dps}:{_key(rows[i])}"] = v
        if cache:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_text(json.dumps(store))
            os.replace(tmp, path)
    return [store[f"{dps}:{_key(r)}"] for r in rows]


# --- condition numbers ---------------------------------------------------------------------------
def _mp_function(q: Quantity) -> Callable:
    """f(ctx, values) evaluating the quantity's definition at the context's precision (no certification)."""
    if q.numeric is not None:  # "module:function" (every model names its engines so) or a callable
        from vitrum.numeric.mpeval import resolve

        return resolve(q.numeric)
    from vitrum.numeric.mpeval import compile_mp

    fn = compile_mp(q.expr, dict(q.scales))
    return fn


def condition_numbers(q: Quantity, points: Mapping[str, np.ndarray], rows: Sequence[int]) -> dict[int, float]:
    """kappa = sum_i |x_i df/dx_i / f| at the given rows (forward differences, h = 1e-12 relative
    at 40 digits for formulas, 1e-8 at 25 digits for numeric definitions)."""
    fn = _mp_function(q)
    numeric = q.numeric is not None
    dps, h = (25, "1e-8") if numeric else (40, "1e-12")
    names = list(points)
    out = {}
    for i in rows:
        ctx = mpmath.MPContext()
        ctx.dps = dps
        try:
            env0 = {k: to_mp(ctx, v) for k, v in check_values(q, {k: float(points[k][i]) for k in names}).items()}
            f0 = fn(ctx, env0)
            f0 = ctx.re(f0)
            if f0 == 0:
                out[i] = math.inf
                continue
            kappa = ctx.zero
            for k in names:
                env = dict(env0)
                env[k] = env0[k] * (1 + ctx.mpf(h))
                d = (ctx.re(fn(ctx, env)) - f0) / ctx.mpf(h)
                kappa += abs(d / f0)
            out[i] = float(kappa)
        except (ValueError, ZeroDivisionError, ArithmeticError, TypeError):
            out[i] = math.nan
    return out


# --- the report ----------------------------------------------------------------------------------
def measure(q: Quantity, points: Mapping[str, np.ndarray], truth: Sequence[str], values: np.ndarray,
            kind: str = "", cond: Mapping[int, float] | None = None, seconds: float = 0.0) -> AccuracyReport:
    """An :class:`AccuracyReport` for float ``values`` against ``truth`` at ``points``."""
    names = list(points)
    values = np.broadcast_to(np.asarray(values), (len(truth),))
    ulps, rels, idx = [], [], []
    nan_rows = []
    not_normal = uncertified = 0
    ctx = mpmath.MPContext()
    ctx.dps = 30
    for i, t in enumerate(truth):
        if t == "uncertified" or t.startswith("error"):
            uncertified += 1
            continue
        tv = ctx.mpf(t)
        tf = float(tv)
        v = complex(values[i]).real if np.iscomplexobj(values) else float(values[i])
        if not math.isfinite(tf):
            continue  # the truth overflows: nothing to compare
        if not math.isfinite(v):
            nan_rows.append({k: float(points[k][i]) for k in names})
            continue
        if abs(tf) < TINY:
            not_normal += 1
            continue
        err = abs(ctx.mpf(v) - tv)
        ulps.append(float(err / ctx.mpf(float(np.spacing(abs(tf))))))
        rels.append(float(err / abs(tv)))
        idx.append(i)
    r = AccuracyReport(q.name if q else "", kind, len(truth), 0.0, 0.0, 0.0, 0.0, len(nan_rows), not_normal, uncertified,
                       seconds=seconds, nan_rows=nan_rows[:5])
    if ulps:
        u = np.array(ulps)
        j = int(np.argmax(u))
        wi = idx[j]
        r.max_ulps, r.mean_ulps = float(u.max()), float(u.mean())
        r.max_rel, r.mean_rel = float(max(rels)), float(np.mean(rels))
        r.worst = {k: float(points[k][wi]) for k in names}
        r.worst_fast = float(np.real(values[wi]))
        r.worst_truth = truth[wi]
        if cond:
            r.worst_cond = cond.get(wi, math.nan)
            ks = np.array([cond.get(i, math.nan) for i in idx])
            good = np.isfinite(ks)
            if good.any():
                r.cond_max = float(np.nanmax(ks))
                r.cond_median = float(np.nanmedian(ks))
                wc = good & (ks < 10)
                r.max_ulps_well_conditioned = float(u[wc].max()) if wc.any() else math.nan
                r.max_ulps_per_cond = float(np.max(u[good] / np.maximum(1.0, ks[good])))
    return r


def accuracy(quantity: Quantity, n: int = 400, seed: int = 0, *, fast: Callable | None = None, dps: int = 20,
             jobs: int = 1, cache: bool = True, cond: bool | str = True, points: Mapping[str, np.ndarray] | None = None,
             rules: Sequence[str] | None = None) -> AccuracyReport:
    """Accuracy of ``fast`` (default ``quantity.fast``) against the reference (module docstring).

    ``n``: about that many points (``points`` overrides the sampling); ``seed``: the sampling seed;
    ``rules``: measure the code emitted with these rewrite rules (default: all) when ``fast`` is None;
    ``jobs``: processes for the reference (registered models only); ``cache``: keep reference
    values on disk; ``cond``: estimate condition numbers (True: at every point, one extra
    evaluation per parameter and point; "worst": at the worst row only; False: not at all)."""
    t0 = time.time()
    from vitrum.numeric.emit import emitted, plan

    p = plan(quantity)
    pts = dict(points) if points is not None else sample_points(quantity, n, seed, expr=p.expr if p.expr is not None else quantity.expr)
    fn = fast if fast is not None else emitted(quantity, rules=rules)
    truth = truths(quantity, pts, dps=dps, jobs=jobs, cache=cache)
    values = np.asarray(fn(**pts))
    kappa = condition_numbers(quantity, pts, range(len(truth))) if cond is True else None
    kind = getattr(fn, "kind", p.kind if fast is None else "custom")
    r = measure(quantity, pts, truth, values, kind, kappa, time.time() - t0)
    if cond == "worst" and r.worst:
        i = next(j for j in range(len(truth)) if all(float(pts[k][j]) == v for k, v in r.worst.items()))
        r.worst_cond = condition_numbers(quantity, pts, [i])[i]
        r.seconds = time.time() - t0
    return r


def rule_ablation(quantity: Quantity, n: int = 300, seed: int = 0, jobs: int = 1, cache: bool = True) -> dict[str, AccuracyReport]:
    """For each rewrite rule that fires on ``quantity``: the accuracy with all rules ("all") and
    without that rule ("-name"), on the same points and reference values. A rule earns its place
    when removing it raises the error or the NaN count."""
    from vitrum.numeric.emit import emit, emitted, plan

    base = emit(quantity)
    p = plan(quantity)
    pts = sample_points(quantity, n, seed, expr=p.expr if p.expr is not None else quantity.expr)
    truth = truths(quantity, pts, jobs=jobs, cache=cache)
    out = {"all": measure(quantity, pts, truth, emitted(quantity)(**pts), base.kind)}
    from vitrum.numeric.rewrites import RULES

    for rule in base.rules:
        keep = tuple(r.name for r in RULES if r.name != rule)
        fn = emitted(quantity, rules=keep)
        out[f"-{rule}"] = measure(quantity, pts, truth, fn(**pts), base.kind)
    return out
