"""The results cache: instant re-runs, corrupt entries recomputed, concurrent writers safe."""

import json
import multiprocessing as mp

import sympy as sp

from vitrum import Domain, Model, Param, Value
from vitrum.checks.cache import ResultCache, claim_key
from vitrum.checks.runner import RunOptions, run_claims

x = sp.Symbol("x", positive=True)


def _model(value=sp.pi**2 / 6):
    return Model("cache_toy", "toy", [Param("x", assumptions=("positive",), domain=Domain(1, 2))], [],
                 [Value("c.basel", expr=sp.zeta(2), value=value), Value("c.apery", expr=sp.zeta(3), value=sp.Float("1.2020569031595942", 30),
                                                                          value_text="1.2020569031595942")])


def _run(m, tmp_path):
    return run_claims([(m, c) for c in m.claims.values()], RunOptions(use_cache=True, cache_dir=tmp_path))


def test_rerun_comes_from_cache_and_equals_first_run(tmp_path):
    m = _model()
    first = _run(m, tmp_path)
    second = _run(m, tmp_path)
    assert [r.verdict for r in first.results] == [r.verdict for r in second.results] == ["holds", "holds"]
    assert all(r.evidence.get("cached") for r in second.results)
    assert not any(r.evidence.get("cached") for r in first.results)
    # a changed claim has another key: decided afresh, and now it fails
    changed = _model(value=sp.pi**2 / 6 + sp.Rational(1, 10**9))
    assert claim_key(changed, changed.claims["c.basel"], 30) != claim_key(m, m.claims["c.basel"], 30)
    third = _run(changed, tmp_path)
    assert third["c.basel"].verdict == "fails" and not third["c.basel"].evidence.get("cached")


def test_corrupt_entry_is_detected_and_recomputed(tmp_path):
    m = _model()
    _run(m, tmp_path)
    key = claim_key(m, m.claims["c.basel"], 30)
    path = tmp_path / key[:2] / f"{key}.json"
    doc = json.loads(path.read_text())
    doc["result"]["verdict"] = "fails"  # tampered: checksum no longer matches
    path.write_text(json.dumps(doc))
    cache = ResultCache(tmp_path)
    assert cache.get(key) is None and cache.corrupt == [str(path)]
    path.parent.mkdir(exist_ok=True)
    (tmp_path / key[:2] / f"{key}.json").write_text("{ truncated")
    again = _run(m, tmp_path)
    assert again["c.basel"].verdict == "holds" and not again["c.basel"].evidence.get("cached")


def _hammer(args):
    directory, key, n = args
    m = _model()
    from vitrum.checks.runner import decide_to_result

    result = decide_to_result(m, m.claims["c.basel"], RunOptions())
    cache = ResultCache(directory)
    for _ in range(n):
        cache.put(key, result)
        got = cache.get(key)
        assert got is None or got.verdict == "holds"
    return len(cache.corrupt)


def test_concurrent_writers_never_tear_an_entry(tmp_path):
    key = "ab" + "0" * 62
    with mp.get_context("fork").Pool(4) as pool:
        corrupt = pool.map(_hammer, [(tmp_path, key, 200)] * 4)
    assert corrupt == [0, 0, 0, 0]
    assert ResultCache(tmp_path).get(key).verdict == "holds"
