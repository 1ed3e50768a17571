"""Hypothesis strategies built from a model's declared parameter domains.

Use them in your own tests::

    from hypothesis import given
    from vitrum.checks.strategies import values_for

    rate = vitrum.models.get("stm").quantities["relaxation_rate"]

    @given(values_for(rate))
    def test_rate_positive(values):
        assert rate.reference(dps=20, **values) > 0

Log domains are drawn log-uniformly (every order of magnitude equally likely), symlog domains
with either sign, and the domain ends are drawn with extra weight: the extremes are where
emitted code overflows or cancels.
"""

from __future__ import annotations

import math

from hypothesis import strategies as st

from vitrum.declare import Domain, Param, Quantity


def for_domain(domain: Domain, integer: bool = False) -> st.SearchStrategy[float]:
    if integer:
        return st.integers(math.ceil(domain.lo), math.floor(domain.hi))
    if domain.scale == "linear":
        inner = st.floats(domain.lo, domain.hi, allow_nan=False, allow_infinity=False)
        return st.one_of(st.sampled_from([domain.lo, domain.hi]), inner)
    a, b = math.log(domain.lo), math.log(domain.hi)
    mags = st.one_of(st.sampled_from([domain.lo, domain.hi]),
                     st.floats(a, b, allow_nan=False, allow_infinity=False).map(lambda u: min(max(math.exp(u), domain.lo), domain.hi)))
    if domain.scale == "log":
        return mags
    return st.tuples(st.sampled_from([-1.0, 1.0]), mags).map(lambda sm: sm[0] * sm[1])


def for_param(param: Param) -> st.SearchStrategy[float]:
    """Values of one parameter: its domain, else its typical value."""
    if param.domain is None:
        return st.just(param.value_for_checks())
    return for_domain(param.domain, "integer" in param.assumptions)


def values_for(quantity: Quantity) -> st.SearchStrategy[dict[str, float]]:
    """Dictionaries of values for every parameter of ``quantity``."""
    return st.fixed_dictionaries({p.name: for_param(p) for p in quantity.params})
