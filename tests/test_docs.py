"""The reference pages are generated from the declarations and must match the committed ones."""

from pathlib import Path

import pytest

from vitrum import models
from vitrum.docgen import errata_page, model_page

DOCS = Path(__file__).resolve().parents[1] / "docs" / "models"


@pytest.mark.parametrize("name", models.names())
def test_model_page_is_current(name):
    committed = DOCS / f"{name}.md"
    assert committed.exists(), f"run `vitrum docs` to write {committed}"
    assert committed.read_text() == model_page(models.get(name)), f"{committed} is stale: run `vitrum docs`"


def test_errata_page_is_current():
    assert (DOCS / "errata.md").read_text() == errata_page(models.all()), "docs/models/errata.md is stale: run `vitrum docs`"


def test_pages_show_formulas_and_every_claim():
    for m in models.all():
        page = model_page(m)
        assert page.count("$$") >= 2 * len(m.claims)
        for cid in m.claims:
            assert f"`{cid}`" in page
