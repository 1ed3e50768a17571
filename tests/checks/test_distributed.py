"""A distributed run (a local Dask cluster) gives the verdicts of a local run."""

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from vitrum.claimfile import load  # noqa: E402
from vitrum.checks.distributed import run_on_dask  # noqa: E402
from vitrum.checks.runner import RunOptions, run_claims  # noqa: E402

CLAIMS = Path(__file__).resolve().parents[2] / "examples" / "textbook.toml"


def test_dask_equals_local():
    cf = load(CLAIMS)
    # two true claims and two mutants: both verdicts must travel
    items = [(cf.model, c) for c in cf.claims if c.id.startswith("zeta.")][:4]
    assert {r for _m, c in items for r in [c.expect]} == {"holds", "fails"}
    local = run_claims(items, RunOptions(jobs=2))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = run_on_dask(items, RunOptions(jobs=2), cluster.scheduler_address)
    assert [(r.id, r.verdict) for r in remote.results] == [(r.id, r.verdict) for r in local.results]
    assert [r.evidence["computed"] for r in remote.results] == [r.evidence["computed"] for r in local.results]
