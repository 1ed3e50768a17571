"""Property-based runs over the declared domains (``vitrum fuzz``).

For each example drawn by hypothesis from a quantity's declared parameter domains:

1. the emitted fast value agrees with the mpmath reference (relative ``rtol``), and is finite
   wherever the reference is;
2. every property declared on the quantity holds on the reference (positivity, evenness in a
   signed parameter, monotonicity, bounds).

A failure is shrunk by hypothesis to a minimal input and reported with a command that
reproduces it (``vitrum eval MODEL.QUANTITY name=value ...``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import mpmath
from hypothesis import HealthCheck, Phase, given, settings

from vitrum.declare import Quantity
from vitrum.properties import Bounded, Even, Monotone, Nonnegative, Odd, Positive, Property
from vitrum.checks.strategies import values_for
from vitrum.numeric.reference import UncertifiedError, reference_value

FUZZ_DPS = 20


@dataclass
class FuzzFailure:
    what: str
    values: dict[str, float]
    detail: str
    command: str


@dataclass
class FuzzResult:
    quantity: str
    examples: int
    failures: list[FuzzFailure] = field(default_factory=list)
    skipped: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


class _Refuted(AssertionError):
    def __init__(self, what: str, detail: str):
        super().__init__(f"{what}: {detail}")
        self.what, self.detail = what, detail


def _ref(q: Quantity, values: dict[str, float]):
    """The reference as an mpmath number: properties are judged on it, not on a float that
    underflows to 0 below 1e-308 (a heat capacity at 1e-4 K is ~1e-1194, and positive)."""
    return mpmath.re(reference_value(q, values, dps=FUZZ_DPS).value)


def _nudged(q: Quantity, values: dict[str, float], name: str) -> float:
    """The parameter moved a little up, inside its domain (toward its end)."""
    p = q._model_ref.params[name]
    v = values[name]
    if p.domain is not None and p.domain.scale == "linear":
        step = 1e-3 * (p.domain.hi - p.domain.lo)
        return v + step if v + step <= p.domain.hi else v - step
    up = v * (1 + 1e-3) if v > 0 else v * (1 - 1e-3)
    if p.domain is not None and abs(up) > p.domain.hi:
        return v * (1 - 1e-3) if v > 0 else v * (1 + 1e-3)
    return up


def check_property(q: Quantity, prop: Property, values: dict[str, float], value: float) -> None:
    """Raise _Refuted when ``prop`` fails at ``values`` (where the reference is ``value``)."""
    if isinstance(prop, Positive) and not value > 0:
        raise _Refuted("positive", f"value {value!r}")
    if isinstance(prop, Nonnegative) and not value >= 0:
        raise _Refuted("nonnegative", f"value {value!r}")
    if isinstance(prop, Bounded) and not prop.lo <= value <= prop.hi:
        raise _Refuted(prop.describe(), f"value {value!r}")
    if isinstance(prop, (Even, Odd)):
        mirrored = _ref(q, {**values, prop.param: -values[prop.param]})
        want = value if isinstance(prop, Even) else -value
        if abs(mirrored - want) > mpmath.mpf(10) ** -12 * max(abs(mirrored), abs(want)):
            raise _Refuted(prop.describe(), f"f({prop.param}={values[prop.param]!r}) = {value!r}, f(-{prop.param}) = {mirrored!r}")
    if isinstance(prop, Monotone):
        moved = _nudged(q, values, prop.param)
        other = _ref(q, {**values, prop.param: moved})
        up = moved > values[prop.param]
        increasing = (other >= value) if up else (other <= value)
        if increasing != (prop.direction == "increasing") and abs(other - value) > mpmath.mpf(10) ** -15 * abs(value):
            raise _Refuted(prop.describe(), f"f({prop.param}={values[prop.param]!r}) = {value!r}, f({moved!r}) = {other!r}")


def fuzz_quantity(q: Quantity, examples: int = 50, seed: int = 0, rtol: float = 1e-10, check_fast: bool = True) -> FuzzResult:
    """Run ``examples`` hypothesis examples on ``q``; failures come back shrunk."""
    result = FuzzResult(f"{q.model}.{q.name}", examples)
    fast = q.fast if check_fast else None
    last_failure: list[FuzzFailure] = []

    @settings(max_examples=examples, database=None, deadline=None, derandomize=False, print_blob=False, report_multiple_bugs=False,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate, Phase.shrink])
    @given(values_for(q))
    def run(values: dict[str, float]) -> None:
        try:
            value = _ref(q, values)
        except (UncertifiedError, ValueError, ZeroDivisionError, OverflowError):
            result.skipped += 1
            return
        try:
            as_double = float(value)  # the fast code's target: the reference rounded to a double
            if fast is not None and math.isfinite(as_double) and (as_double != 0 or value == 0):
                got = float(fast(**values))
                if not math.isfinite(got):
                    raise _Refuted("fast finite", f"fast gives {got!r} where the reference is {as_double!r}")
                if not math.isclose(got, as_double, rel_tol=rtol, abs_tol=0.0):
                    raise _Refuted("fast = reference", f"fast {got!r} vs reference {as_double!r} (relative {abs(got / as_double - 1):.2e} > {rtol:g})")
            for prop in q.properties:
                check_property(q, prop, values, value)
        except _Refuted as exc:
            last_failure[:] = [FuzzFailure(exc.what, dict(values), exc.detail, reproduce(q, values))]
            raise

    try:
        run._hypothesis_internal_use_seed = seed  # reproducible runs
        run()
    except _Refuted:
        result.failures.extend(last_failure)
    return result


def reproduce(q: Quantity, values: dict[str, float]) -> str:
    return f"vitrum eval {q.model}.{q.name} " + " ".join(f"{k}={v!r}" for k, v in values.items())
