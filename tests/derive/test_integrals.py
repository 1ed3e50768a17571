"""Every integral-table entry is verified numerically at 30 digits over several exponents."""

import mpmath
import pytest
import sympy as sp

from vitrum.derive.integrals import TABLE, X, apply_table, rescale
from vitrum.numeric.reference import certified_eval

EXPONENTS = [sp.Rational(5, 2), 3, 4, sp.Rational(13, 3), 6]


@pytest.mark.parametrize("entry", TABLE, ids=[e.name for e in TABLE])
def test_entry_matches_quadrature(entry):
    for s in EXPONENTS:
        assert entry.valid(s)
        closed = certified_eval(entry.value(s), {}, dps=30).value
        quad = certified_eval(entry.integral(s), {}, dps=30).value
        assert abs(closed - quad) <= mpmath.mpf(10) ** -28 * abs(quad), (entry.name, s, closed, quad)


def test_a_wrong_closed_form_would_be_caught():
    # the verification above is not vacuous: perturb an entry's closed form and it disagrees
    entry = TABLE[0]
    wrong = entry.value(3) * (1 + sp.Rational(1, 10**12))
    assert abs(certified_eval(wrong, {}, 30).value - certified_eval(entry.integral(3), {}, 30).value) > mpmath.mpf(10) ** -20


def test_apply_table_with_coefficient_and_rescaling():
    x = X
    assert apply_table(sp.Integral(3 * x**3 * sp.exp(x) / ((sp.exp(x) - 1) ** 2 * sp.tanh(x / 2)), (x, 0, sp.oo))) == 3 * sp.pi**2
    E, k, T = sp.symbols("E k T", positive=True)
    c1 = k * (E / (2 * k * T)) ** 2 * sp.sech(E / (2 * k * T)) ** 2
    got = apply_table(rescale(sp.Integral(c1, (E, 0, sp.oo)), {"E": 2 * k * T}))
    assert sp.simplify(got - sp.pi**2 * k**2 * T / 6) == 0
    # an integral outside the table is left alone
    left = sp.Integral(sp.exp(-x) * sp.log(x) ** 2 * sp.tanh(x), (x, 0, sp.oo))
    assert apply_table(left) == left
