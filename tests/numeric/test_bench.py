"""The benchmark tool itself (vitrum bench / benchmarks/stm.py) on a tiny run: every evaluator is
timed and measured, and the accuracy it reports tells plain lambdify's NaN from emitted code."""

import json

from benchmarks.stm import HAND
from vitrum.numeric import bench


def test_bench_times_and_measures_every_evaluator(tmp_path):
    report = bench.run("stm", sizes=(1000,), quantities=["relaxation_rate"], baselines={"relaxation_rate": HAND["relaxation_rate"]},
                       accuracy_n=24, repeat=2, calls=2, progress=None)
    (row,) = report.rows
    times = row.times["1000"]
    assert set(times) == {"emitted", "lambdify", "hand"}
    assert all(0 < t["best"] <= t["median"] for t in times.values())
    acc = row.accuracy
    # lambdify prints Delta**2 as exp(2*log(Delta)): NaN for negative Delta, where the truth is finite
    assert acc["lambdify"]["nan"] > 0 and acc["emitted"]["nan"] == 0 and acc["hand"]["nan"] == 0
    assert acc["emitted"]["max_ulps"] < 8
    table = report.table()
    assert "relaxation_rate" in table and "median ms a call" in table
    path = tmp_path / "bench.json"
    path.write_text(json.dumps(report.to_dict()))
    assert json.loads(path.read_text())["rows"][0]["times"]["1000"]["emitted"]["median"] == times["emitted"]["median"]
