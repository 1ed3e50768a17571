"""Properties a quantity is declared to have (data only): checked by ``vitrum fuzz`` and by the
property tests on values drawn from the declared domains (:mod:`vitrum.checks.fuzz`).

>>> Even("Delta")
Even(param='Delta')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Property:
    """Base of the declared properties."""

    def describe(self) -> str:
        return type(self).__name__.lower()


@dataclass(frozen=True)
class Positive(Property):
    """The value is > 0 everywhere on the declared domains."""


@dataclass(frozen=True)
class Nonnegative(Property):
    """The value is >= 0 everywhere on the declared domains."""


@dataclass(frozen=True)
class Even(Property):
    """Unchanged when ``param`` changes sign (e.g. a rate in the signed asymmetry Delta)."""

    param: str

    def describe(self) -> str:
        return f"even in {self.param}"


@dataclass(frozen=True)
class Odd(Property):
    """Changes sign with ``param``."""

    param: str

    def describe(self) -> str:
        return f"odd in {self.param}"


@dataclass(frozen=True)
class Monotone(Property):
    """Increasing or decreasing in ``param`` (the others fixed)."""

    param: str
    direction: Literal["increasing", "decreasing"] = "increasing"

    def describe(self) -> str:
        return f"{self.direction} in {self.param}"


@dataclass(frozen=True)
class Bounded(Property):
    """lo <= value <= hi."""

    lo: float
    hi: float

    def describe(self) -> str:
        return f"within [{self.lo:g}, {self.hi:g}]"
