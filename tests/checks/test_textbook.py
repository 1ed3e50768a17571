"""The textbook claim file (examples/textbook.toml) and malformed claim files.

The textbook file holds true facts (expect = "holds") and deliberately wrong copies of them
(ids ``<id>.mut_*``, expect = "fails"); every one must be decided as expected, and a mutated
claim must come out "fails", never "undecided" or "error".
"""

from __future__ import annotations

from pathlib import Path

import pytest

import vitrum
from vitrum.claimfile import ClaimFileError, load

TEXTBOOK = Path(__file__).resolve().parents[2] / "examples" / "textbook.toml"


@pytest.fixture(scope="module")
def textbook_report():
    return vitrum.check(str(TEXTBOOK), jobs=2)


def _describe(r) -> str:
    ev = r.evidence
    why = ev.get("reason") or ev.get("routes", {}).get("numeric", "")
    return f"{r.id}: got {r.verdict}, expected {r.expected} ({str(why)[:160]})"


def test_textbook_file_has_true_and_mutated_claims():
    cf = load(TEXTBOOK)
    expects = {c.expect for c in cf.claims}
    assert expects == {"holds", "fails"}
    mutated = [c for c in cf.claims if ".mut_" in c.id]
    assert mutated and all(c.expect == "fails" and c.reason for c in mutated)
    # every true claim has at least one mutated copy, and every mutated copy a true original
    true_ids = {c.id for c in cf.claims if c.expect == "holds"}
    originals = {c.id.split(".mut_")[0] for c in mutated}
    assert true_ids == originals, (sorted(true_ids - originals), sorted(originals - true_ids))


def test_textbook_every_verdict_as_expected(textbook_report):
    results = textbook_report.results
    assert len(results) == len(load(TEXTBOOK).claims)
    wrong = [_describe(r) for r in results if r.verdict != r.expected]
    assert not wrong, f"{len(wrong)} of {len(results)} claims not decided as expected:\n" + "\n".join(wrong)


def test_textbook_mutated_claims_fail(textbook_report):
    mutated = [r for r in textbook_report.results if ".mut_" in r.id]
    assert mutated
    not_failing = [_describe(r) for r in mutated if r.verdict != "fails"]
    assert not not_failing, "mutated claims not rejected:\n" + "\n".join(not_failing)


# --- malformed claim files ---------------------------------------------------------------------
PARAMS = """
[params]
x = { assumptions = ["positive"], domain = [1e-3, 1e3] }
nu = { assumptions = ["real"], domain = [0, 5] }
"""

GOOD = """
[[claim]]
id = "ok.first"
kind = "value"
expr = "gamma(1/2)"
value = "sqrt(pi)"
"""


def _write(tmp_path: Path, body: str, params: str = PARAMS) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(params + GOOD + body)
    return path


def _error(path: Path) -> str:
    with pytest.raises(ClaimFileError) as info:
        load(path)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message, f"message is not one line: {message!r}"
    assert str(path) in message
    return message


CLAIM_ERRORS = [
    # (case, claim table body, texts the message must contain)
    ("formula does not parse",
     'id = "bad.parse"\nkind = "identity"\nlhs = "besselj(nu, x"\nrhs = "2*nu/x"',
     ["bad.parse", "besselj(nu, x", "lhs"]),
    ("formula syntax error",
     'id = "bad.syntax"\nkind = "value"\nexpr = "gamma(1/2) +* 2"\nvalue = "1"',
     ["bad.syntax", "gamma(1/2) +* 2"]),
    ("unknown name",
     'id = "bad.name"\nkind = "identity"\nlhs = "besselj(mu, x)"\nrhs = "0"',
     ["bad.name", "besselj(mu, x)", "mu"]),
    ("unknown function",
     'id = "bad.function"\nkind = "asymptote"\nexpr = "besselq(nu, x)"\napprox = "exp(x)"\nlimit = "x -> oo"',
     ["bad.function", "besselq(nu, x)", "besselq"]),
    ("missing key",
     'id = "bad.missing"\nkind = "identity"\nlhs = "besselj(nu, x)"',
     ["bad.missing", "rhs"]),
    ("missing key of a limit",
     'id = "bad.missing_limit"\nkind = "limit"\nexpr = "sin(x)/x"\nvalue = "1"',
     ["bad.missing_limit", "limit"]),
    ("limit does not parse",
     'id = "bad.limit"\nkind = "limit"\nexpr = "sin(x)/x"\nlimit = "x => 0+"\nvalue = "1"',
     ["bad.limit", "x => 0+"]),
    ("limit variable not declared",
     'id = "bad.limit_var"\nkind = "limit"\nexpr = "sin(x)/x"\nlimit = "t -> 0+"\nvalue = "1"',
     ["bad.limit_var", "t -> 0+"]),
    ("limit point unknown",
     'id = "bad.limit_point"\nkind = "asymptote"\nexpr = "erfc(x)"\napprox = "exp(-x**2)"\nlimit = "x -> infinity"',
     ["bad.limit_point", "infinity"]),
    ("unknown kind",
     'id = "bad.kind"\nkind = "identiy"\nlhs = "x"\nrhs = "x"',
     ["bad.kind", "identiy"]),
    ("unknown key",
     'id = "bad.key"\nkind = "value"\nexpr = "zeta(2)"\nvalue = "pi**2/6"\ntolerance = 1e-9',
     ["bad.key", "tolerance"]),
    ("bad order",
     'id = "bad.order"\nkind = "asymptote"\nexpr = "erfc(x)"\napprox = "exp(-x**2)/(x*sqrt(pi))"\nlimit = "x -> oo"\norder = "fast"',
     ["bad.order", "fast"]),
    ("bad expect",
     'id = "bad.expect"\nkind = "value"\nexpr = "zeta(2)"\nvalue = "pi**2/6"\nexpect = "hold"',
     ["bad.expect", "hold"]),
    ("bad op",
     'id = "bad.op"\nkind = "inequality"\nlhs = "erfc(x)"\nop = "=<"\nrhs = "1"',
     ["bad.op", "=<"]),
    ("forbidden construct",
     'id = "bad.forbidden"\nkind = "value"\nexpr = "__import__(1)"\nvalue = "1"',
     ["bad.forbidden", "__import__(1)"]),
]


@pytest.mark.parametrize("case, body, needles", CLAIM_ERRORS, ids=[c[0] for c in CLAIM_ERRORS])
def test_malformed_claim(tmp_path, case, body, needles):
    message = _error(_write(tmp_path, "\n[[claim]]\n" + body + "\n"))
    for needle in needles:
        assert needle in message, f"{case}: {needle!r} not in {message!r}"


def test_duplicate_ids(tmp_path):
    body = '\n[[claim]]\nid = "ok.first"\nkind = "value"\nexpr = "zeta(2)"\nvalue = "pi**2/6"\n'
    message = _error(_write(tmp_path, body))
    assert "ok.first" in message and "duplicate" in message


@pytest.mark.parametrize("domain, needle", [
    ("[5, 1]", "[5, 1]"),  # empty
    ("[1]", "[1]"),  # not [lo, hi]
    ('["a", "b"]', "'a'"),  # not numbers
])
def test_bad_domain(tmp_path, domain, needle):
    params = f'\n[params]\nx = {{ assumptions = ["positive"], domain = {domain} }}\n'
    message = _error(_write(tmp_path, "", params=params))
    assert "'x'" in message and "domain" in message and needle in message, message


def test_bad_log_domain(tmp_path):
    params = '\n[params]\nx = { assumptions = ["positive"], domain = [0, 10], scale = "log" }\n'
    message = _error(_write(tmp_path, "", params=params))
    assert "'x'" in message and "[0, 10]" in message, message


def test_invalid_toml(tmp_path):
    path = tmp_path / "bad.toml"
    text = PARAMS + '\n[[claim]]\nid = "bad.toml"\nkind = "value"\nexpr = "zeta(2)\nvalue = "pi**2/6"\n'
    path.write_text(text)
    line = text.splitlines().index('expr = "zeta(2)') + 1  # the unterminated string
    message = _error(path)
    assert "TOML" in message and f"line {line}" in message, message


def test_missing_id(tmp_path):
    message = _error(_write(tmp_path, '\n[[claim]]\nkind = "value"\nexpr = "zeta(2)"\nvalue = "1"\n'))
    assert "claim #2" in message and "'id'" in message


def test_good_file_loads(tmp_path):
    cf = load(_write(tmp_path, ""))
    assert [c.id for c in cf.claims] == ["ok.first"]
