"""Reports: per-paper summary, one section per claim with figures, errata with corrections,
and an HTML page that a real headless browser loads with all its images."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import sympy as sp

from vitrum import Asymptote, Domain, Model, Order, Param, Value
from vitrum.checks.render import write_report
from vitrum.checks.runner import RunOptions, run_claims

x = sp.Symbol("x", positive=True)


def _items():
    fixed = Asymptote("paper.stirling.corrected", expr=sp.gamma(x + 1), approx=sp.sqrt(2 * sp.pi * x) * (x / sp.E) ** x,
                      var=x, point=sp.oo, order=Order(1), statement="Gamma(x+1) ~ sqrt(2 pi x) (x/e)^x")
    printed = Asymptote("paper.stirling", expr=sp.gamma(x + 1), approx=sp.sqrt(sp.pi * x) * (x / sp.E) ** x, var=x, point=sp.oo,
                        statement="Gamma(x+1) ~ sqrt(pi x) (x/e)^x", expect="fails", reason="a factor sqrt(2) is lost", corrected=fixed)
    other = Value("other.basel", expr=sp.zeta(2), value=sp.pi**2 / 6)
    m = Model("render_toy", "toy", [Param("x", assumptions=("positive",), domain=Domain(1, 1e3))], [], [printed, other])
    return [(m, c) for c in m.claims.values()]


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    items = _items()
    report = run_claims(items, RunOptions(jobs=2))
    directory = tmp_path_factory.mktemp("report")
    return report, write_report(report, items, directory, jobs=2), directory


def test_report_files_summary_and_figures(written):
    report, paths, directory = written
    assert report.ok
    md = paths["markdown"].read_text()
    assert "| paper | 2 | 1 | 1 | 0 | 0 | 2/2 |" in md and "| other | 1 | 1 | 0 | 0 | 0 | 1/1 |" in md
    pngs = sorted(p.name for p in (directory / "img").glob("*.png"))
    assert pngs == ["paper.stirling.corrected.crossover.png", "paper.stirling.corrected.residual.png",
                    "paper.stirling.crossover.png", "paper.stirling.residual.png"]
    html = paths["html"].read_text()
    assert html.count("data:image/png;base64,") == 4
    errata = paths["errata"].read_text()
    assert "## paper.stirling\n" in errata and "sqrt(2) is lost" in errata
    assert "corrected: `paper.stirling.corrected`" in errata and "verdict: **holds**" in errata
    assert "other.basel" not in errata


def _browser() -> str | None:
    return next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)


@pytest.mark.skipif(_browser() is None, reason="no headless chromium installed (Debian package 'chromium'; .ci/run installs it)")
def test_html_report_loads_with_images_in_a_real_browser(written, tmp_path):
    _report, paths, _directory = written
    probe = tmp_path / "probe.html"
    script = ("<script>window.addEventListener('load', () => { const imgs = [...document.images];"
              "const ok = imgs.filter(i => i.complete && i.naturalWidth > 0).length;"
              "document.title = 'IMAGES ' + ok + '/' + imgs.length; });</script></body>")
    probe.write_text(paths["html"].read_text().replace("</body>", script))
    out = subprocess.run([_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000", "--dump-dom", probe.as_uri()],
                         capture_output=True, text=True, timeout=120)
    m = re.search(r"<title>IMAGES (\d+)/(\d+)</title>", out.stdout)
    assert m, out.stderr[-2000:]
    assert m.group(1) == m.group(2) == "4"
