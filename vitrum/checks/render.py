"""Writing a run as a report a physicist would rather look at than read.

``write_report(report, items, directory)`` writes

* ``report.md`` and ``report.html`` (self-contained: figures embedded as data URIs; the PNG
  files are also written beside it in ``img/``): a summary per paper (holding, failing,
  undecided), then one section per claim with the printed statement, the verdict, the evidence
  and, for limits and asymptotes, the crossover and residual figures;
* ``errata.md``: every printed claim that fails, with the printed form, what the computation
  gives, and the corrected statement where the model has one (and its verdict).

Figures are computed in worker processes (``jobs``), each claim's under a time limit; a figure
that cannot be computed in time is left out with a note.
"""

from __future__ import annotations

import base64
import html
import multiprocessing as mp
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from vitrum.claims import Claim
from vitrum.declare import Model
from vitrum.checks.evidence import Result
from vitrum.checks.report import Report, headline

FIGURE_SECONDS = 60.0


def paper_of(claim_id: str) -> str:
    return claim_id.split(".", 1)[0]


def _figures_worker(args) -> list[str]:
    from vitrum.checks.plots import claim_figures

    model, claim, result, directory = args
    try:
        return [str(p) for p in claim_figures(model, claim, result, Path(directory))]
    except Exception as exc:  # a figure is a convenience: never fail the report for it
        return [f"!{type(exc).__name__}: {exc}"]


def compute_figures(report: Report, items: Sequence[tuple[Model, Claim]], directory: Path, jobs: int = 1) -> dict[str, list[str]]:
    """claim id -> figure paths (or one '!reason' entry when it failed)."""
    by_id = {c.id: (m, c) for m, c in items}
    todo = [(by_id[r.id][0], by_id[r.id][1], r, str(directory)) for r in report.results
            if r.id in by_id and r.kind in ("asymptote", "limit")]
    out: dict[str, list[str]] = {}
    if not todo:
        return out
    with mp.get_context("fork").Pool(max(1, jobs)) as pool:
        pending = [(args[1].id, pool.apply_async(_figures_worker, (args,))) for args in todo]
        for cid, res in pending:
            try:
                out[cid] = res.get(timeout=FIGURE_SECONDS)
            except mp.TimeoutError:
                out[cid] = [f"!figures took longer than {FIGURE_SECONDS:g} s"]
    return out


def _corrections(items: Sequence[tuple[Model, Claim]]) -> dict[str, Claim]:
    return {c.id: c.corrected for _m, c in items if c.corrected is not None}


def errata_markdown(report: Report, items: Sequence[tuple[Model, Claim]]) -> str:
    """Every printed claim the computation refutes."""
    corrected = _corrections(items)
    results = {r.id: r for r in report.results}
    failing = [r for r in report.results if r.verdict == "fails" and not r.id.endswith(".corrected")]
    lines = ["# Errata", "", "Printed claims that the computation refutes (verdict `fails`).", ""]
    if not failing:
        lines.append("None among the claims checked.")
    for r in failing:
        lines += [f"## {r.id}", "", f"- source: {r.source or '-'}", f"- printed: {r.statement or '-'}"]
        if r.evidence.get("erratum"):
            lines.append(f"- why it fails: {r.evidence['erratum']}")
        lines.append(f"- computation: {headline(r)}")
        for key, value in r.evidence.get("computed", {}).items():
            lines.append(f"  - {key}: `{value}`")
        fix = corrected.get(r.id)
        if fix is not None:
            fr = results.get(fix.id)
            verdict = f" (verdict: **{fr.verdict}**)" if fr else " (not checked in this run)"
            lines.append(f"- corrected: `{fix.id}`: {fix.statement or fix.kind}{verdict}")
        if r.expected != "fails":
            lines.append("- note: this claim was expected to hold; its model declaration needs review")
        lines.append("")
    return "\n".join(lines) + "\n"


def _summary_rows(report: Report) -> list[tuple[str, Counter, int]]:
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in report.results:
        groups[paper_of(r.id)].append(r)
    return [(paper, Counter(r.verdict for r in rs), sum(r.ok for r in rs)) for paper, rs in sorted(groups.items())]


def report_markdown(report: Report, figures: dict[str, list[str]], directory: Path) -> str:
    s = report.summary()
    lines = ["# vitrum check report", "",
             f"{s['claims']} claims: {s['as_expected']} decided as expected, {s['unexpected']} not.", "",
             "| paper | claims | holds | fails | undecided | error | as expected |", "|---|---|---|---|---|---|---|"]
    for paper, counts, ok in _summary_rows(report):
        n = sum(counts.values())
        lines.append(f"| {paper} | {n} | {counts['holds']} | {counts['fails']} | {counts['undecided']} | {counts['error']} | {ok}/{n} |")
    lines += ["", "See `errata.md` for the printed claims that fail.", ""]
    for r in report.results:
        lines += [f"## {r.id}", "", f"- kind: {r.kind}; source: {r.source or '-'}", f"- printed: {r.statement or '-'}",
                  f"- verdict: **{r.verdict}** (expected {r.expected}{'' if r.ok else ' — NOT AS EXPECTED'})"]
        for key, value in r.evidence.get("computed", {}).items():
            lines.append(f"- {key}: `{value}`")
        routes = r.evidence.get("routes", {})
        lines += [f"- symbolic route: {routes.get('symbolic', '-')}", f"- numeric route: {routes.get('numeric', '-')}"]
        if r.evidence.get("erratum"):
            lines.append(f"- erratum: {r.evidence['erratum']}")
        for fig in figures.get(r.id, []):
            if fig.startswith("!"):
                lines.append(f"- figure not drawn: {fig[1:]}")
            else:
                lines.append(f"\n![{Path(fig).name}](img/{Path(fig).name})")
        lines.append("")
    return "\n".join(lines) + "\n"


def report_html(report: Report, figures: dict[str, list[str]]) -> str:
    esc = html.escape
    s = report.summary()
    parts = ["<!DOCTYPE html>", "<html lang='en'><head><meta charset='utf-8'><title>vitrum check report</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}"
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}"
             ".holds{color:#070}.fails{color:#a00}.undecided{color:#a60}.error{color:#a0a}"
             "section{border-top:1px solid #ddd;margin-top:1em}code{background:#f4f4f4}img{max-width:100%}</style></head><body>",
             "<h1>vitrum check report</h1>",
             f"<p>{s['claims']} claims: {s['as_expected']} decided as expected, {s['unexpected']} not.</p>",
             "<table><tr><th>paper</th><th>claims</th><th>holds</th><th>fails</th><th>undecided</th><th>error</th><th>as expected</th></tr>"]
    for paper, counts, ok in _summary_rows(report):
        n = sum(counts.values())
        parts.append(f"<tr><td>{esc(paper)}</td><td>{n}</td><td>{counts['holds']}</td><td>{counts['fails']}</td>"
                     f"<td>{counts['undecided']}</td><td>{counts['error']}</td><td>{ok}/{n}</td></tr>")
    parts.append("</table>")
    for r in report.results:
        parts.append(f"<section id='{esc(r.id)}'><h2>{esc(r.id)}</h2>")
        parts.append(f"<p>{esc(r.kind)}; source: {esc(r.source or '-')}<br>printed: {esc(r.statement or '-')}</p>")
        note = "" if r.ok else " — <b>not as expected</b>"
        parts.append(f"<p>verdict: <b class='{esc(r.verdict)}'>{esc(r.verdict)}</b> (expected {esc(r.expected)}){note}</p><ul>")
        for key, value in r.evidence.get("computed", {}).items():
            parts.append(f"<li>{esc(key)}: <code>{esc(str(value))}</code></li>")
        routes = r.evidence.get("routes", {})
        parts.append(f"<li>symbolic route: {esc(str(routes.get('symbolic', '-')))}</li>")
        parts.append(f"<li>numeric route: {esc(str(routes.get('numeric', '-')))}</li>")
        if r.evidence.get("erratum"):
            parts.append(f"<li>erratum: {esc(str(r.evidence['erratum']))}</li>")
        parts.append("</ul>")
        for fig in figures.get(r.id, []):
            if fig.startswith("!"):
                parts.append(f"<p><i>figure not drawn: {esc(fig[1:])}</i></p>")
                continue
            data = base64.b64encode(Path(fig).read_bytes()).decode()
            parts.append(f"<img alt='{esc(Path(fig).name)}' src='data:image/png;base64,{data}'>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_report(report: Report, items: Sequence[tuple[Model, Claim]], directory: Path, jobs: int = 1,
                 figures: bool = True) -> dict[str, Path]:
    """Write report.md, report.html, errata.md and img/*.png into ``directory``."""
    directory = Path(directory)
    img = directory / "img"
    img.mkdir(parents=True, exist_ok=True)
    figs = compute_figures(report, items, img, jobs) if figures else {}
    paths = {"markdown": directory / "report.md", "html": directory / "report.html", "errata": directory / "errata.md"}
    paths["markdown"].write_text(report_markdown(report, figs, directory))
    paths["html"].write_text(report_html(report, figs))
    paths["errata"].write_text(errata_markdown(report, items))
    return paths
