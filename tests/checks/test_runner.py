"""The runner: time limits, crashes, parallel equals serial, the JSON contract."""

import json
import os
import time

import sympy as sp

from vitrum import Domain, Model, NumericDefinition, Param, Quantity, Value
from vitrum.checks.report import Report
from vitrum.checks.runner import RunOptions, run_claims

x = sp.Symbol("x", positive=True)


def _hang(ctx, values):
    while True:  # a quadrature that never converges, in effect
        time.sleep(0.01)


def _crash(ctx, values):
    os._exit(3)  # the worker dies without answering


def _model():
    params = [Param("x", assumptions=("positive",), domain=Domain(0.1, 10))]
    quantities = [Quantity("hang", numeric=NumericDefinition(_hang, ("x",))), Quantity("crash", numeric=NumericDefinition(_crash, ("x",)))]
    claims = [
        Value("r.good", expr=sp.zeta(2), value=sp.pi**2 / 6),
        Value("r.bad", expr=sp.zeta(2), value=sp.pi**2 / 6 + sp.Rational(1, 10**8)),
        Value("r.gamma", expr=sp.gamma(sp.Rational(1, 2)) ** 2, value=sp.pi),
    ]
    return Model("runner_toy", "toy", params, quantities, claims)


def test_hung_claim_becomes_undecided_and_crash_becomes_error(monkeypatch):
    m = _model()
    from vitrum.checks import deciders

    def fake_decide(claim, setting):
        if claim.id == "r.good":
            m.quantities["hang"].numeric.evaluate(None, {})
        if claim.id == "r.bad":
            m.quantities["crash"].numeric.evaluate(None, {})
        return deciders.DECIDERS[claim.kind](claim, setting)

    monkeypatch.setattr("vitrum.checks.runner.decide", fake_decide)
    started = time.perf_counter()
    report = run_claims([(m, c) for c in m.claims.values()], RunOptions(jobs=2, timeout=2.0))
    assert time.perf_counter() - started < 20
    by_id = {r.id: r for r in report.results}
    assert by_id["r.good"].verdict == "undecided" and "time limit" in by_id["r.good"].evidence["reason"]
    assert by_id["r.bad"].verdict == "error" and "exited" in by_id["r.bad"].evidence["reason"]
    assert by_id["r.gamma"].verdict == "holds"
    assert report.exit_code == 1


def test_parallel_equals_serial_and_json_contract(tmp_path):
    m = _model()
    items = [(m, c) for c in m.claims.values()]
    serial = run_claims(items, RunOptions(jobs=1))
    parallel = run_claims(items, RunOptions(jobs=3))
    assert [(r.id, r.verdict) for r in serial.results] == [(r.id, r.verdict) for r in parallel.results]
    assert [r.verdict for r in serial.results] == ["holds", "fails", "holds"]
    path = tmp_path / "out.json"
    serial.write_json(path)
    doc = json.loads(path.read_text())
    assert doc["version"] == 1 and doc["summary"]["claims"] == 3
    for r in doc["results"]:
        assert {"id", "kind", "verdict", "expected", "ok", "source", "evidence", "seconds"} <= set(r)
        assert {"computed", "digits", "routes"} <= set(r["evidence"])
    bad = doc["results"][1]
    # the decisive number with its certified digits: zeta(2) itself
    assert bad["evidence"]["computed"]["value"].startswith("1.644934066848226436472415166646")
    assert bad["ok"] is False


def test_report_summary_counts():
    m = _model()
    report = run_claims([(m, m.claims["r.good"])], RunOptions(isolate=False))
    assert isinstance(report, Report) and report.ok
    assert report.summary()["verdicts"]["holds"] == 1


class _CtrlCInsideDel:
    """Ctrl-C landing while Python runs a finalizer: the KeyboardInterrupt is raised inside
    ``__del__``, where Python prints "Exception ignored" and drops it (seen in CI, on a pipe's
    ``_ConnectionBase.__del__``)."""

    def __del__(self):
        import signal

        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler runs at the next check of the interpreter loop
            pass


def test_ctrl_c_swallowed_by_a_finalizer_still_stops_the_run(monkeypatch):
    import sys

    swallowed = []
    monkeypatch.setattr(sys, "unraisablehook", swallowed.append)
    m = _model()
    items = [(m, m.claims["r.good"]), (m, m.claims["r.bad"]), (m, m.claims["r.gamma"])]

    def progress(result, done, total):
        if done == 1:
            _CtrlCInsideDel()  # dropped at once: its finalizer runs here, in the parent

    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, whatever runs the tests
    try:
        report = run_claims(items, RunOptions(jobs=1), progress)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert [type(u.exc_value) for u in swallowed] == [KeyboardInterrupt]  # the scenario happened
    assert report.interrupted
    assert [r.id for r in report.results] == ["r.good"]
    assert report.not_run == ["r.bad", "r.gamma"]
    assert report.exit_code != 0


def test_a_caller_who_ignores_ctrl_c_keeps_ignoring_it():
    import signal

    m = _model()
    seen = []
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        run_claims([(m, m.claims["r.good"])], RunOptions(jobs=1), lambda r, done, total: seen.append(signal.getsignal(signal.SIGINT)))
        after = signal.getsignal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert seen == [signal.SIG_IGN] and after == signal.SIG_IGN
