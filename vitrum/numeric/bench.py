"""Benchmark: emitted code against plain ``sympy.lambdify`` and hand-written whole-array numpy.

``run(model="stm", sizes=(10**6, 10**7))`` times, per quantity and in one process, the emitted
evaluator (``quantity.fast``), ``sympy.lambdify(params, expr, ["numpy", "scipy"])`` of the same
formula (constants substituted) and, where the model has them, hand-written numpy baselines (a
``benchmarks.<model>`` module with one function per quantity, taking the parameters by keyword:
found on ``sys.path``, e.g. from a source checkout). Inputs are independent log-uniform draws over
the declared domains, every parameter an array (the general case). The evaluators of one quantity
are timed interleaved: one warm-up round, then ``repeat`` rounds in which each evaluator is called
``calls`` times in a row (as a fit or a simulation calls one function in a loop), the order of the
evaluators shuffled each round (seeded), so that a drift of the machine's speed (another process)
falls on all of them alike and no evaluator always follows the same one. Each time is the median of
its calls (the best is kept too); an evaluator whose warm-up took over 2 s is run once.

The allocator is part of what is measured: hand-written numpy allocates a full-size array for every
intermediate, and with glibc's default thresholds freeing them can return the memory to the system,
so that the next call page-faults it in again (~800 faults a call for ``sqrt(a**2 + b**2)`` at 1e6
points); the emitted code allocates only its result and a few block-sized buffers. To time the
hand-written code at its best, run with ``MALLOC_TRIM_THRESHOLD_=1000000000
MALLOC_MMAP_THRESHOLD_=1000000000`` (glibc keeps freed memory; no page faults for either). Beside each time, the accuracy of each evaluator against the
mpmath reference (max ulps, NaN/inf count where the truth is finite) on the points of
:func:`vitrum.numeric.accuracy.sample_points`.

``python -m vitrum.numeric.bench [MODEL] [--sizes 1e6 1e7] [--only q1 q2] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
import sympy as sp

from vitrum.numeric.accuracy import measure, sample_points, truths


@dataclass
class Row:
    quantity: str
    kind: str
    times: dict = field(default_factory=dict)  # size -> {"emitted": s, "lambdify": s, "hand": s}
    errors: dict = field(default_factory=dict)  # evaluator -> message when it failed
    accuracy: dict = field(default_factory=dict)  # evaluator -> {"max_ulps", "mean_ulps", "max_rel", "nan"}
    condition: dict = field(default_factory=dict)


@dataclass
class BenchReport:
    model: str
    sizes: tuple
    rows: list
    threads: int = 1  # > 1: a column for the emitted code with its blocks shared out among this many threads

    def table(self) -> str:
        lines = []
        for size in self.sizes:
            thr = self.threads > 1
            lines.append(f"\n{self.model} at {size:.0e} points (median ms a call; ratio < 1: emitted faster)")
            lines.append(f"{'quantity':32s} {'kind':18s} {'emitted':>9s} {'lambdify':>9s} {'hand':>9s} "
                         f"{'em/hand':>8s} {'em/lamb':>8s}" + (f" {f'{self.threads} thr':>9s} {'thr/hand':>8s}" if thr else ""))
            for r in self.rows:
                t = r.times.get(str(size), {})
                e, la, h, et = (t.get(k, {}).get("median", math.nan) for k in ("emitted", "lambdify", "hand", "threads"))
                lines.append(f"{r.quantity:32s} {r.kind:18s} {_ms(e)} {_ms(la)} {_ms(h)} {_ratio(e, h)} {_ratio(e, la)}"
                             + (f" {_ms(et)} {_ratio(et, h)}" if thr else ""))
        lines.append(f"\naccuracy (max ulps / NaN-inf count where the truth is finite; kappa = condition number)")
        lines.append(f"{'quantity':32s} {'emitted':>16s} {'lambdify':>16s} {'hand':>16s}  {'max rel (em)':>12s} {'kappa@worst':>11s}")
        for r in self.rows:
            cells = []
            for k in ("emitted", "lambdify", "hand"):
                a = r.accuracy.get(k)
                cells.append(f"{a['max_ulps']:9.3g}/{a['nan']:<6d}" if a else f"{'n/a':>16s}")
            em = r.accuracy.get("emitted", {})
            lines.append(f"{r.quantity:32s} {cells[0]:>16s} {cells[1]:>16s} {cells[2]:>16s}  "
                         f"{em.get('max_rel', math.nan):12.2e} {r.condition.get('worst', math.nan):11.3g}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"model": self.model, "sizes": list(self.sizes), "threads": self.threads, "rows": [asdict(r) for r in self.rows]}


def _ms(t: float) -> str:
    return f"{t * 1e3:9.1f}" if math.isfinite(t) else f"{'n/a':>9s}"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:8.2f}" if math.isfinite(a) and math.isfinite(b) and b > 0 else f"{'-':>8s}"


def _inputs(q, n: int, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    out = {}
    for p in q.params:
        dom = p.domain
        if dom is None:
            out[p.name] = np.full(n, p.value_for_checks())
            continue
        u = rng.random(n)
        if dom.scale == "linear":
            out[p.name] = dom.lo + (dom.hi - dom.lo) * u
        else:
            mag = np.exp(math.log(dom.lo) + (math.log(dom.hi) - math.log(dom.lo)) * u)
            out[p.name] = mag * (rng.choice([-1.0, 1.0], n) if dom.scale == "symlog" else 1.0)
    return out


def lambdified(q) -> Callable:
    """Plain sympy.lambdify of the quantity's formula (constants substituted), keyword arguments."""
    model = q._model_ref
    syms = [model.params[n].symbol for n in q.param_names]
    expr = q.expr.subs({c.symbol: c.value for c in model.constants.values()})
    f = sp.lambdify(syms, expr, modules=["numpy", "scipy"])
    names = list(q.param_names)

    def call(**kw):
        return f(*(kw[n] for n in names))

    return call


def _time_interleaved(evaluators: dict[str, Callable], args: dict, repeat: int, calls: int,
                      errors: dict[str, str], rng: np.random.Generator) -> dict[str, dict[str, float]]:
    """``{evaluator: {"median": s, "best": s}}`` over ``repeat`` shuffled rounds of ``calls`` calls
    each, after a warm-up round (module docstring). An evaluator that raises is dropped and its
    error recorded in ``errors``."""
    keys = list(evaluators)
    times: dict[str, list[float]] = {k: [] for k in keys}
    slow: set[str] = set()
    for rnd in range(repeat + 1):
        order = list(keys) if rnd == 0 else [keys[i] for i in rng.permutation(len(keys))]
        for key in order:
            if key in errors or (rnd and key in slow):
                continue
            for _ in range(calls if rnd else 1):
                try:
                    with np.errstate(all="ignore"), warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        t0 = time.perf_counter()
                        evaluators[key](**args)
                        t = time.perf_counter() - t0
                except Exception as exc:  # noqa: BLE001 - report what the evaluator does with these inputs
                    errors[key] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:100] if str(exc) else ''}"
                    break
                if rnd == 0 and t > 2.0:
                    slow.add(key)  # timed once: its warm-up is its time
                if rnd or key in slow:
                    times[key].append(t)
    return {k: {"median": float(np.median(v)), "best": min(v)} for k, v in times.items() if v and k not in errors}


def run(model: str = "stm", sizes: Sequence[int] = (10**6, 10**7), quantities: Sequence[str] | None = None,
        baselines: dict | None = None, seed: int = 0, accuracy_n: int = 300, repeat: int = 3, calls: int = 3, jobs: int = 2,
        progress: Callable[[str], None] | None = print, threads: int = 1) -> BenchReport:
    """Benchmark every quantity of ``model`` (or ``quantities``) at each size (module docstring).

    ``baselines``: name -> hand-written function (default: ``benchmarks.<model>.HAND`` if importable).
    ``threads`` > 1 adds the emitted code with its blocks shared out among that many threads."""
    from vitrum.numeric.emit import emitted

    from vitrum import models
    from vitrum.numeric.accuracy import condition_numbers

    m = models.get(model)
    if baselines is None:
        try:
            baselines = importlib.import_module(f"benchmarks.{model}").HAND
        except ImportError:
            baselines = {}
    names = list(quantities) if quantities else list(m.quantities)
    rows = []
    rng = np.random.default_rng(seed)
    for name in names:
        q = m.quantities[name]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fast = q.fast
        evaluators: dict[str, Callable] = {"emitted": fast}
        row = Row(name, fast.kind)
        try:
            evaluators["lambdify"] = lambdified(q)
        except Exception as exc:  # noqa: BLE001 - report what lambdify does with this formula
            row.errors["lambdify"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:100]}"
        if name in baselines:
            evaluators["hand"] = baselines[name]
        # accuracy on the sample points (reference cached on disk)
        pts = sample_points(q, accuracy_n, seed)
        truth = truths(q, pts, jobs=jobs)
        # kappa at every point for formulas; at the worst row only where evaluating is a quadrature
        cheap = q.numeric is None and not q.expr.has(sp.Integral, sp.Sum, sp.Derivative)
        kappa = condition_numbers(q, pts, range(len(truth))) if cheap else {}
        for key, fn in list(evaluators.items()):
            try:
                with np.errstate(all="ignore"), warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    vals = np.asarray(fn(**pts))
                rep = measure(q, pts, truth, vals, row.kind, kappa)
                row.accuracy[key] = {"max_ulps": rep.max_ulps, "mean_ulps": rep.mean_ulps, "max_rel": rep.max_rel,
                                     "nan": rep.nan_count}
                if key == "emitted":
                    if not kappa and rep.worst:  # numeric definitions: kappa at the worst row only
                        wi = next(j for j in range(len(truth)) if all(float(pts[k][j]) == v for k, v in rep.worst.items()))
                        rep.worst_cond = condition_numbers(q, pts, [wi])[wi]
                    row.condition = {"worst": rep.worst_cond, "max": rep.cond_max, "well_conditioned_max_ulps":
                                     rep.max_ulps_well_conditioned}
            except Exception as exc:  # noqa: BLE001
                row.errors[key] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:100] if str(exc) else ''}"
                evaluators.pop(key)
        if fast.kind == "reference loop":
            evaluators.pop("emitted", None)
        elif threads > 1:
            evaluators["threads"] = emitted(q, threads=threads)
        for size in sizes:
            args = _inputs(q, size, seed + 1)
            row.times[str(size)] = _time_interleaved(evaluators, args, repeat, calls, row.errors, rng)
            del args
        rows.append(row)
        if progress:
            t = row.times.get(str(sizes[0]), {})
            progress(f"{name:32s} " + "  ".join(f"{k} {v['median'] * 1e3:.1f} ms" for k, v in t.items())
                     + "  | " + "  ".join(f"{k} {a['max_ulps']:.3g} ulps/{a['nan']} NaN" for k, a in row.accuracy.items()))
    return BenchReport(model, tuple(sizes), rows, threads)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m vitrum.numeric.bench", description=__doc__.splitlines()[0])
    p.add_argument("model", nargs="?", default="stm")
    p.add_argument("--sizes", nargs="*", type=float, default=[1e6, 1e7])
    p.add_argument("--only", nargs="*", help="only these quantities")
    p.add_argument("--repeat", type=int, default=3, help="shuffled rounds")
    p.add_argument("--calls", type=int, default=3, help="calls in a row per evaluator and round")
    p.add_argument("--accuracy-n", type=int, default=300)
    p.add_argument("--threads", type=int, default=1, help="also time the emitted code on this many threads")
    p.add_argument("--json", help="write the report as JSON here")
    args = p.parse_args(argv)
    sys.path.insert(0, ".")
    if args.threads < 1:
        p.error("--threads must be at least 1")
    if args.repeat < 1 or args.calls < 1:
        p.error("--repeat and --calls must be at least 1")
    report = run(args.model, tuple(int(s) for s in args.sizes), args.only, repeat=args.repeat, calls=args.calls,
                 accuracy_n=args.accuracy_n, threads=args.threads)
    print(report.table())
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(report.to_dict(), fh, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
