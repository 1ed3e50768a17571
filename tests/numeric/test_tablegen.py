"""The table generator still makes the committed tables: one piece of every table is refitted from
its definition (the same specs ``python -m vitrum.numeric.tablegen TARGET`` uses) and compared with
the committed coefficients."""

import importlib

import numpy as np
import pytest

from vitrum.numeric.chebyshev import fit
from vitrum.numeric.tablegen import TARGETS


def _specs():
    out = []
    for target, (module_name, path) in sorted(TARGETS.items()):
        tables = importlib.import_module(module_name.rsplit(".", 1)[0] + "." + path.stem)
        for name, f, a, b, pieces, degree, *batch in importlib.import_module(module_name).table_specs():
            out.append(pytest.param(getattr(tables, name), f, a, b, pieces, degree, batch[0] if batch else None,
                                    id=f"{target}.{name}"))
    return out


@pytest.mark.parametrize("table, f, a, b, pieces, degree, batch", _specs())
def test_one_piece_of_every_table_is_regenerated(table, f, a, b, pieces, degree, batch):
    assert (table.a, table.b, table.pieces, len(table.coef)) == (a, b, pieces, degree + 1)
    i = pieces // 2  # an inner piece where there are several
    w = (b - a) / pieces
    refit = fit(f, a + i * w, a + (i + 1) * w, 1, degree, batch=batch)
    committed = np.array([row[i] for row in table.coef])
    again = np.array([row[0] for row in refit.coef])
    # the node abscissae are rounded at 25 digits from another starting point: the coefficients
    # agree to a few ulps of the piece's scale, not bit for bit
    assert np.max(np.abs(again - committed)) <= 4e-16 * np.sum(np.abs(committed)), (again - committed)
