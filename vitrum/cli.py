"""The ``vitrum`` command: list, show, check, emit, eval.

Exit codes: 0 every verdict equals its expectation (or the command succeeded), 1 some verdict
differs, 2 bad input (unreadable claim file, bad formula, unknown model or quantity), with a
one-line message and no traceback.
"""

from __future__ import annotations

import os

# One BLAS thread per process: the runner forks one process per claim, and more BLAS threads
# only oversubscribe the cores (a 243x243 eigvalsh in each of two forked workers: 30 ms with the
# default 2 threads, 2.1 ms with one, on 2 cores). Set before anything imports numpy; an explicit
# setting in the environment wins. (A library process has loaded numpy before vitrum runs: its
# workers keep its threads. The checks spend little in BLAS: 419 claims of soft_potential and
# interacting_tls took 115 s either way.)
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path

import sympy as sp

from vitrum import __version__, models
from vitrum.checks import RunOptions
from vitrum.checks.cache import ResultCache, claim_key
from vitrum.checks.evidence import Result
from vitrum.checks.runner import run_claims
from vitrum.checks.targets import UnknownTarget, resolve
from vitrum.claimfile import ClaimFileError
from vitrum.declare import DeclarationError, Model, Quantity


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this message."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (UsageError, ClaimFileError, UnknownTarget, DeclarationError, KeyError, ValueError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"vitrum: error: {message}".splitlines()[0], file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vitrum: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vitrum", description="Declare, derive, check and emit the physics of amorphous solids.")
    p.add_argument("--version", action="version", version=f"vitrum {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("list", help="models, quantities and claims with their citations")
    s.add_argument("models", nargs="*", help="only these models")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("show", help="formula, parameters, citation and claims of a model or quantity")
    s.add_argument("name", help="MODEL or MODEL.QUANTITY")
    s.set_defaults(func=cmd_show)

    s = sub.add_parser("check", help="decide claims")
    s.add_argument("targets", nargs="*", help="model name, claim id (prefix) or claim file (*.toml); none = all models")
    s.add_argument("--json", type=Path, help="write the results as JSON to this file")
    s.add_argument("--report", type=Path, help="write report.md, report.html (with figures) and errata.md into this directory")
    s.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                   help="claims decided in parallel processes (default: the number of cores)")
    s.add_argument("--dps", type=int, default=30, help="certified decimal digits of the reference (default 30)")
    s.add_argument("--timeout", type=float, default=None, help="time limit per claim in seconds (default: each claim's own)")
    s.add_argument("--no-cache", action="store_true", help="decide every claim afresh (default: reuse verdicts of unchanged claims)")
    s.add_argument("--executor", choices=["local", "dask"], default="local", help="where claims are decided (dask: optional extra)")
    s.add_argument("--scheduler", help="Dask scheduler address (default with --executor dask: a local cluster of --jobs workers)")
    s.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("errata", help="the printed claims that fail, with what the computation gives")
    s.add_argument("targets", nargs="*", help="as for check; none = all models")
    s.add_argument("--out", type=Path, help="write errata markdown to this file (default: print)")
    s.add_argument("--jobs", "-j", type=int, default=1)
    s.add_argument("--no-cache", action="store_true")
    s.set_defaults(func=cmd_errata)

    s = sub.add_parser("fuzz", help="hypothesis runs over the declared domains: fast vs reference, declared properties")
    s.add_argument("name", help="MODEL or MODEL.QUANTITY")
    s.add_argument("--examples", type=int, default=50, help="examples per quantity (default 50)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--rtol", type=float, default=1e-10, help="allowed relative difference fast vs reference")
    s.set_defaults(func=cmd_fuzz)

    s = sub.add_parser("docs", help="write the reference page of every model (from the declarations)")
    s.add_argument("--out", type=Path, default=Path("docs/models"), help="output directory (default docs/models)")
    s.set_defaults(func=cmd_docs)

    s = sub.add_parser("emit", help="write the generated numpy modules")
    s.add_argument("name", help="MODEL or MODEL.QUANTITY")
    s.add_argument("--out", type=Path, required=True, help="output directory")
    s.add_argument("--accuracy", action="store_true", help="measure each emitted function against the mpmath reference")
    s.add_argument("--n", type=int, default=400, help="accuracy sample points per quantity (default 400)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--jobs", "-j", type=int, default=1, help="processes for the reference values")
    s.add_argument("--rules", help="comma-separated rewrite rules to apply, in order (default: all)")
    s.add_argument("--no-rules", action="store_true", help="apply no stable rewrite (to measure what they buy)")
    s.add_argument("--json", type=Path, help="write the accuracy reports as JSON")
    s.set_defaults(func=cmd_emit)

    s = sub.add_parser("bench", help="emitted vs plain lambdify vs hand-written numpy: time and accuracy")
    s.add_argument("bench_args", nargs=argparse.REMAINDER, help="[MODEL] [--sizes 1e6 1e7] [--only Q ...] [--repeat 3] [--calls 3] [--accuracy-n 300] [--threads N] [--json FILE]")
    s.set_defaults(func=cmd_bench)

    s = sub.add_parser("eval", help="reference and fast value side by side")
    s.add_argument("name", help="MODEL.QUANTITY")
    s.add_argument("values", nargs="*", help="name=value for each parameter")
    s.add_argument("--dps", type=int, default=30)
    s.set_defaults(func=cmd_eval)
    return p


def _model_and_quantity(name: str) -> tuple[Model, Quantity | None]:
    model_name, _, qname = name.partition(".")
    try:
        model = models.get(model_name)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    if not qname:
        return model, None
    if qname not in model.quantities:
        raise UsageError(f"model {model_name!r} has no quantity {qname!r}; it has {', '.join(model.quantities)}")
    return model, model.quantities[qname]


def cmd_list(args) -> int:
    names = args.models or models.names()
    for name in names:
        model, _ = _model_and_quantity(name)
        print(f"{model.name}: {model.title} [{model.units}]")
        for q in model.quantities.values():
            print(f"  quantity {q.name}({', '.join(q.param_names)})  {q.citation or ''}")
        for c in model.claims.values():
            mark = "" if c.expect == "holds" else "  [erratum: expected to fail]"
            print(f"  claim {c.id} ({c.kind})  {c.source}{mark}")
    return 0


def cmd_show(args) -> int:
    model, q = _model_and_quantity(args.name)
    if q is None:
        print(f"{model.name}: {model.title}\nunits: {model.units}")
        if model.description:
            print(model.description)
        print("\nparameters:")
        for p in model.params.values():
            dom = f"[{p.domain.lo:g}, {p.domain.hi:g}] {p.domain.scale}" if p.domain else "-"
            print(f"  {p.name:<12} {str(p.dimension):<40} {','.join(p.assumptions):<12} {dom:<28} {p.meaning}")
        for c in model.constants.values():
            print(f"  {c.name:<12} {str(c.dimension):<40} constant = {c.value!r}  {c.meaning}")
        print("\nquantities: " + ", ".join(model.quantities))
        print("\nclaims (verdict: of the last `vitrum check` of this code at 30 digits, from the results cache):")
        verdicts = _last_verdicts(model, model.claims.values())
        for c in model.claims.values():
            print(f"  {c.id:<40} {c.kind:<10} expect {c.expect:<6} verdict {verdicts.get(c.id, '-'):<9} {c.source}")
        return 0
    print(f"{model.name}.{q.name}  [{q.dimension}]")
    if q.citation:
        print(f"citation: {q.citation}")
    if q.expr is not None:
        print("\n" + sp.pretty(q.expr, use_unicode=True))
        print(f"\nsympy: {q.expr}")
    if q.numeric is not None:
        print(f"numeric definition: {q.numeric.method}")
    print("\nparameters:")
    for p in q.params:
        print(f"  {p.name:<12} {str(p.dimension):<40} {','.join(p.assumptions):<12} {p.meaning}")
    if q.notes:
        print(f"\nnotes: {q.notes}")
    related = [c for c in model.claims.values() if q.name in c.id]
    if related:
        print("\nclaims (verdict: of the last `vitrum check` of this code at 30 digits, from the results cache):")
        verdicts = _last_verdicts(model, related)
        for c in related:
            print(f"  {c.id:<40} {c.kind:<10} expect {c.expect:<6} verdict {verdicts.get(c.id, '-'):<9} {c.statement}")
    return 0


def _last_verdicts(model: Model, claims) -> dict[str, str]:
    """Claim id -> its verdict in the results cache, for claims checked (at the default 30 digits) since
    the code and the claim last changed; '-' is shown for the others."""
    cache = ResultCache()
    dps = RunOptions().dps
    found = {}
    for c in claims:
        hit = cache.get(claim_key(model, c, dps))
        if hit is not None:
            found[c.id] = hit.verdict
    return found


def cmd_check(args) -> int:
    try:
        options = RunOptions(jobs=args.jobs, dps=args.dps, timeout=args.timeout, use_cache=not args.no_cache)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    items = resolve(args.targets or None)
    if not items:
        raise UsageError("no claims to check")
    started = time.perf_counter()

    def progress(result: Result, done: int, total: int) -> None:
        if not args.quiet:
            mark = "" if result.ok else f"  <- expected {result.expected}"
            when = "cached" if result.evidence.get("cached") else f"{result.seconds:.1f} s"
            print(f"[{done}/{total}] {result.id} {result.verdict} ({when}){mark}", file=sys.stderr, flush=True)

    if not args.quiet:
        print(f"checking {len(items)} claims with {options.jobs} job(s) at {options.dps} digits", file=sys.stderr, flush=True)
    if args.executor == "dask":
        from vitrum.checks.distributed import run_on_dask

        report = run_on_dask(items, options, args.scheduler, progress)
    else:
        report = run_claims(items, options, progress)
    print(report.table())
    print(f"wall time {time.perf_counter() - started:.1f} s")
    if args.json:
        report.write_json(args.json)
    if args.report:
        from vitrum.checks.render import write_report

        paths = write_report(report, items, args.report, jobs=options.jobs)
        print(f"report: {paths['html']} (and {paths['markdown'].name}, {paths['errata'].name})")
    if report.interrupted:
        print(f"vitrum: interrupted; {len(report.results)} claims decided (shown above), {len(report.not_run)} not run", file=sys.stderr)
        return 130
    return report.exit_code


def cmd_errata(args) -> int:
    from vitrum.checks.render import errata_markdown

    items = resolve(args.targets or None)
    report = run_claims(items, RunOptions(jobs=args.jobs, use_cache=not args.no_cache))
    text = errata_markdown(report, items)
    if args.out:
        args.out.write_text(text)
        print(f"errata: {args.out}")
    else:
        print(text, end="")
    return 0


def cmd_fuzz(args) -> int:
    from vitrum.checks.fuzz import fuzz_quantity

    if args.examples < 1:
        raise UsageError("--examples must be at least 1")
    model, q = _model_and_quantity(args.name)
    quantities = [q] if q is not None else list(model.quantities.values())
    failed = 0
    for quantity in quantities:
        started = time.perf_counter()
        result = fuzz_quantity(quantity, args.examples, args.seed, args.rtol)
        status = "ok" if result.ok else "FAILED"
        print(f"{result.quantity}: {status} ({result.examples} examples, {result.skipped} skipped, {time.perf_counter() - started:.1f} s)")
        for f in result.failures:
            failed += 1
            print(f"  {f.what}: {f.detail}\n  minimal input: {f.values}\n  reproduce: {f.command}")
    return 1 if failed else 0


def cmd_docs(args) -> int:
    from vitrum.docgen import generate

    for path in generate(args.out):
        print(path)
    return 0


def cmd_emit(args) -> int:
    import json

    from vitrum.numeric.emit import EmitOptions, emit

    model, q = _model_and_quantity(args.name)
    quantities = [q] if q is not None else list(model.quantities.values())
    rules = () if args.no_rules else (tuple(r.strip() for r in args.rules.split(",") if r.strip()) if args.rules else None)
    try:
        options = EmitOptions(rules=rules)
        options.rule_objects()
    except KeyError as exc:
        raise UsageError(f"unknown rewrite rule {exc.args[0]!r}") from None
    reports = {}
    for quantity in quantities:
        e = emit(quantity, args.out, options=options)
        print(f"{e.path}  {e.kind}  {e.ops} ops/point  rewrites: {','.join(e.rules) or '-'}  hash {e.content_hash}")
        if args.accuracy:
            from vitrum.numeric.accuracy import accuracy

            r = accuracy(quantity, n=args.n, seed=args.seed, jobs=args.jobs, rules=options.rules)
            print(f"  {r.line()}")
            reports[f"{quantity.model}.{quantity.name}"] = r.to_dict()
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1, default=str) + "\n")
    return 0


def cmd_bench(args) -> int:
    from vitrum.numeric.bench import main as bench_main

    return bench_main(args.bench_args)


def cmd_eval(args) -> int:
    import numpy as np

    from vitrum.numeric.reference import reference_value

    model, q = _model_and_quantity(args.name)
    if q is None:
        raise UsageError("eval needs MODEL.QUANTITY")
    values: dict[str, str] = {}
    for item in args.values:
        name, eq, text = item.partition("=")
        if not eq or not name:
            raise UsageError(f"expected name=value, got {item!r}")
        values[name.strip()] = text.strip()
    ref = reference_value(q, values, dps=args.dps)
    fast = q.fast(**{k: float(v) for k, v in values.items()})
    fast_value = complex(np.asarray(fast)) if np.iscomplexobj(fast) else float(np.asarray(fast))
    print(f"reference ({ref.digits:.0f} digits certified): {ref}")
    print(f"fast (float64):            {fast_value!r}")
    try:
        rel = abs(fast_value - complex(ref.value)) / abs(complex(ref.value)) if ref.value != 0 else abs(fast_value)
        print(f"relative difference:       {rel:.3e}")
    except (TypeError, ZeroDivisionError):
        pass
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
