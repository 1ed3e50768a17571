"""Figures for a report: for each asymptote, the exact curve against the approximation across
the crossover, and |residual| against the distance to the limit on log-log axes with the fitted
order. Headless (Agg), deterministic file names ``<claim id>.crossover.png`` and
``<claim id>.residual.png``.

The curves are recomputed here at 15 certified digits on a grid that starts two decades on the
far side of the check window (where the approximation has not yet set in) and ends at the
window's near end; the residual plot uses the sequence the verdict was decided on.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib
import mpmath

matplotlib.use("Agg")  # headless; before pyplot is imported
import matplotlib.pyplot as plt  # noqa: E402
import sympy as sp  # noqa: E402

from vitrum.claims import Asymptote, Claim, Limit  # noqa: E402
from vitrum.declare import Model  # noqa: E402
from vitrum.derive.regimes import along, approach  # noqa: E402
from vitrum.checks.deciders import Setting  # noqa: E402
from vitrum.checks.evidence import Result  # noqa: E402
from vitrum.numeric.reference import UncertifiedError  # noqa: E402

CURVE_POINTS = 36
PLOT_DPS = 15


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=90, metadata={"Software": None})
    plt.close(fig)
    return path


def _real(v) -> float:
    return float(v.real) if isinstance(v, mpmath.mpc) else float(v)


def crossover_curve(model: Model, claim: Asymptote | Limit) -> tuple[list[float], list[float], list[float], list[float]]:
    """(x, expr, approx, expr/approx) on a grid from two decades before the check window to its
    end; expr and approx are nan where they overflow a double, the ratio is computed in mpmath."""
    setting = Setting(model, dps=PLOT_DPS, symbolic_seconds=1)
    window = approach(claim.point, claim.direction, claim.eps_range, 2)
    start, stop = window[0], window[-1]
    if claim.point == sp.oo:
        start = start / 100
    elif claim.point == sp.S.Zero:
        start = start * 100
    if not start or not stop or stop / start <= 0:
        return [], [], [], []
    ratio = (stop / start) ** (1 / (CURVE_POINTS - 1))
    xs = [start * ratio**i for i in range(CURVE_POINTS)]
    exprs = [claim.expr, claim.approx if isinstance(claim, Asymptote) else claim.value]
    subs = along(exprs, claim.regime)
    env = setting.fixed_values(claim, exclude=[claim.var.name])
    out: tuple[list[float], list[float], list[float], list[float]] = ([], [], [], [])
    for x in xs:
        try:
            e, a = (setting.evaluate(s, {**env, claim.var.name: x}).value for s in subs)
            r = _real(e / a) if a != 0 else math.nan
        except (UncertifiedError, ValueError, ZeroDivisionError, OverflowError, TypeError):
            continue
        out[0].append(x)
        out[1].append(_finite(e))
        out[2].append(_finite(a))
        out[3].append(r)
    return out


def _finite(v) -> float:
    try:
        f = _real(v)
    except OverflowError:
        return math.nan
    return f if math.isfinite(f) else math.nan


def crossover_figure(model: Model, claim: Asymptote | Limit, directory: Path) -> Path | None:
    xs, es, as_, rs = crossover_curve(model, claim)
    if len(xs) < 3:
        return None
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(6, 5.4), sharex=True)
    label_approx = "approximation" if isinstance(claim, Asymptote) else "limit value"
    top.plot(xs, es, "-", lw=2, label="exact (reference)")
    top.plot(xs, as_, "--", lw=1.5, label=label_approx)
    finite = [v for v in es + as_ if math.isfinite(v)]
    if finite and all(v > 0 for v in finite) and max(finite) / min(finite) > 50:
        top.set_yscale("log")
    top.set_title(f"{claim.id}: exact vs {label_approx}", fontsize=9)
    top.legend(fontsize=8)
    bottom.plot(xs, rs, "-", lw=2, color="C2", label=f"exact / {label_approx}")
    bottom.axhline(1.0, color="grey", lw=0.8, ls=":")
    bottom.legend(fontsize=8)
    bottom.set_xscale("log" if all(x > 0 for x in xs) else "symlog")
    bottom.set_xlabel(f"{claim.var} ({claim.regime.name})" if claim.regime is not None and claim.regime.name else str(claim.var))
    return _save(fig, directory / f"{claim.id}.crossover.png")


def residual_figure(claim: Claim, result: Result, directory: Path) -> Path | None:
    seq = result.evidence.get("sequence") or []
    pts = [(float(p["distance"]), abs(float(p["residual"]))) for p in seq]
    pts = [(d, r) for d, r in pts if d > 0 and r > 0 and math.isfinite(r)]
    if len(pts) < 2:
        return None
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ds, rs = zip(*pts)
    ax.loglog(ds, rs, "o-", label="|residual| = |expr/approx - 1|" if claim.kind == "asymptote" else "|expr - value|")
    fitted = result.evidence.get("computed", {}).get("fitted_order")
    try:
        p = float(fitted)
    except (TypeError, ValueError):
        p = None
    if p is not None and result.evidence.get("computed", {}).get("order_kind", "power") == "power":
        d0, r0 = pts[-1]
        ax.loglog(ds, [r0 * (d / d0) ** p for d in ds], ":", label=f"slope {p:.3g} (fitted order)")
    ax.invert_xaxis()
    ax.set_xlabel("distance to the limit point (1/x toward oo)")
    ax.set_title(f"{claim.id}: residual, verdict {result.verdict}", fontsize=9)
    ax.legend(fontsize=8)
    return _save(fig, directory / f"{claim.id}.residual.png")


def claim_figures(model: Model, claim: Claim, result: Result, directory: Path) -> list[Path]:
    """The figures for one claim (none for kinds without a limit point)."""
    directory.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    plot_curve = isinstance(claim, Asymptote) or (isinstance(claim, Limit) and claim.value not in (sp.oo, -sp.oo))
    if plot_curve:
        fig = crossover_figure(model, claim, directory)
        if fig is not None:
            out.append(fig)
    if isinstance(claim, (Asymptote, Limit)):
        fig = residual_figure(claim, result, directory)
        if fig is not None:
            out.append(fig)
    return out

