"""Every claim of every built-in model is decided as the model expects: what `vitrum check`
(the README's main command) asserts, run in the test suite so CI guards it."""

import pytest

from vitrum import models
from vitrum.checks.runner import RunOptions, run_claims


@pytest.mark.parametrize("name", models.names())
def test_every_claim_decided_as_expected(name):
    model = models.get(name)
    report = run_claims([(model, c) for c in model.claims.values()], RunOptions(jobs=2))
    wrong = [f"{r.id}: {r.verdict} (expected {r.expected}): {r.evidence.get('reason') or r.evidence['routes']['numeric']}"
             for r in report.results if not r.ok]
    assert not wrong, f"{len(wrong)} of {len(report.results)} claims of {name} not as expected:\n" + "\n".join(wrong)
    assert any(r.verdict == "holds" for r in report.results)
