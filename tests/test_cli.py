"""The command line: exit codes 0 / 1 / 2, one-line errors without traceback, JSON output."""

import json
import os
import subprocess
import sys
from pathlib import Path

GOOD = """
[params]
x = { assumptions = ["positive"], domain = [1e-3, 1e3] }

[[claim]]
id = "cli.basel"
kind = "value"
expr = "Sum(1/x**2, (x, 1, oo))"
value = "pi**2/6"

[[claim]]
id = "cli.basel.wrong"
kind = "value"
expr = "Sum(1/x**2, (x, 1, oo))"
value = "pi**2/6 + 1e-9"
expect = "fails"
reason = "deliberately off"
"""


def vitrum(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "vitrum.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env=env)


def test_check_claim_file_exit_0_and_json(tmp_path):
    f = tmp_path / "good.toml"
    f.write_text(GOOD)
    out = tmp_path / "r.json"
    r = vitrum("check", f, "--json", out, "--jobs", "2")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "[2/2]" in r.stderr  # progress
    doc = json.loads(out.read_text())
    assert [x["verdict"] for x in doc["results"]] == ["holds", "fails"]


def test_show_gives_the_verdict_of_the_last_check(tmp_path):
    """`vitrum show` prints each claim's verdict from the results cache once `vitrum check` decided it, '-' before."""
    env = {**os.environ, "VITRUM_CACHE_DIR": str(tmp_path / "cache")}
    line = lambda out: next(x for x in out.splitlines() if x.strip().startswith("stm.distribution.Eu "))  # noqa: E731
    assert "verdict -" in line(vitrum("show", "stm.distribution", env=env).stdout)
    assert vitrum("check", "stm.distribution.Eu", "-q", env=env).returncode == 0
    assert "expect holds  verdict holds" in line(vitrum("show", "stm.distribution", env=env).stdout)
    assert "expect holds  verdict holds" in line(vitrum("show", "stm", env=env).stdout)


def test_unexpected_verdict_exit_1(tmp_path):
    f = tmp_path / "flip.toml"
    f.write_text(GOOD.replace('expect = "fails"\nreason = "deliberately off"\n', ""))
    r = vitrum("check", f, "-q")
    assert r.returncode == 1
    assert "cli.basel.wrong" in r.stdout and "NO" in r.stdout
    erratum = tmp_path / "erratum.toml"  # DESIGN's word for an expected failure is a synonym of "fails"
    erratum.write_text(GOOD.replace('expect = "fails"', 'expect = "erratum"'))
    out = tmp_path / "e.json"
    assert vitrum("check", erratum, "-q", "--json", out).returncode == 0
    assert [x["expected"] for x in json.loads(out.read_text())["results"]] == ["holds", "fails"]


def test_bad_input_exit_2_one_line(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text(GOOD.replace('expr = "Sum(1/x**2, (x, 1, oo))"\nvalue = "pi**2/6"', 'expr = "Sum(1/x**2, (x, 1, oo)"\nvalue = "pi**2/6"'))
    r = vitrum("check", f)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "cli.basel" in lines[0] and "Sum(1/x**2, (x, 1, oo)" in lines[0]
    for args in (["check", tmp_path / "missing.toml"], ["check", "no_such_model_or_claim"], ["show", "nomodel"], ["check", f, "--jobs", "0"]):
        r = vitrum(*args)
        assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, args


SLOW = """
[params]
n = { assumptions = ["positive", "integer"], domain = [1, 10] }

[[claim]]
id = "int.fast"
kind = "value"
expr = "zeta(2)"
value = "pi**2/6"
""" + "".join(f"""
[[claim]]
id = "int.slow{i}"
kind = "value"
expr = "Sum(1/n**2, (n, 1, 60000 + {i}))"
value = "pi**2/6"
rtol = 1e-3
""" for i in range(4))


def test_ctrl_c_prints_what_was_decided_and_keeps_the_cache_valid(tmp_path):
    import json as _json
    import os
    import signal
    import time as _time

    f = tmp_path / "slow.toml"
    f.write_text(SLOW)
    env = {**os.environ, "VITRUM_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "vitrum.cli", "check", str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, start_new_session=True)
    deadline = _time.time() + 120
    seen = ""
    while "[1/5]" not in seen and _time.time() < deadline:
        seen += proc.stderr.readline()
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "int.fast" in out and "interrupted" in (out + err)
    for entry in (tmp_path / "cache" / "results").rglob("*.json"):
        doc = _json.loads(entry.read_text())  # every entry is whole
        assert doc["result"]["verdict"] in ("holds", "fails")
