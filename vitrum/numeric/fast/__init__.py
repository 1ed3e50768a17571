"""Fast evaluators for quantities without a closed form, keyed by ``"model.quantity"``.

A model never imports this package: the emitter looks a quantity up here by its key. An entry
(:class:`FastEvaluator`) gives an expression in the quantity's own symbols that the emitter turns
into code like any closed form: an exact closed form derived for the quantity (polylog/zeta forms,
an integral done once), or one built on a tabulated function (:class:`vitrum.numeric.special.
VitrumFunction` backed by a Chebyshev table with a measured error bound, stated in ``method``).

Each entry carries the fingerprint of the definition it was derived and validated against (the
quantity's formula, parameters and constants). When the model's definition changes, the
fingerprint no longer matches: the entry is not used (a warning says so) and the emitter falls
back to the reference loop until the entry is re-derived and re-validated
(tests/numeric/test_accuracy.py measures every entry against the reference).
"""

from __future__ import annotations

import hashlib
import importlib
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from vitrum.declare import Quantity

#: model name -> module holding that model's fast evaluators (imported on first lookup)
MODULES = {"stm": "vitrum.numeric.fast.stm", "soft_potential": "vitrum.numeric.fast.soft_potential",
           "vibration_assisted": "vitrum.numeric.fast.vibration_assisted",
           "electron_pairs": "vitrum.numeric.fast.electron_pairs",
           "multicenter": "vitrum.numeric.fast.multicenter", "interacting_tls": "vitrum.numeric.fast.interacting_tls"}


@dataclass(frozen=True)
class FastEvaluator:
    """``build(symbols) -> sympy expression`` where ``symbols`` maps every parameter and constant
    name of the model to its symbol. ``kind``: "exact closed form" or "table"; ``method``: how,
    and the measured error bound."""

    key: str
    fingerprint: str
    build: Callable[[dict[str, sp.Symbol]], sp.Expr]
    kind: str
    method: str
    max_rel_error: float

    def expression(self, q: Quantity) -> sp.Expr:
        model = q._model_ref
        assert model is not None
        return self.build(model.symbols())


REGISTRY: dict[str, FastEvaluator] = {}


def register(entry: FastEvaluator) -> FastEvaluator:
    REGISTRY[entry.key] = entry
    return entry


def fingerprint(q: Quantity) -> str:
    """Hash of what a fast evaluator depends on: formula, parameters, numeric parameters,
    constants' values and the engine of a numeric definition."""
    model = q._model_ref
    assert model is not None
    consts = sorted((n, repr(c.value)) for n, c in model.constants.items())
    numeric = tuple(q.numeric.params) if q.numeric is not None else ()
    engine = ""
    if q.numeric is not None:  # which engine computes it: two quantities with the same inputs differ here
        ev = q.numeric.evaluate
        engine = ev if isinstance(ev, str) else f"{getattr(ev, '__module__', '')}:{getattr(ev, '__qualname__', repr(ev))}"
    text = "|".join([sp.srepr(q.expr) if q.expr is not None else "", ",".join(q.param_names), ",".join(numeric), repr(consts),
                     engine])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def lookup(q: Quantity) -> FastEvaluator | None:
    """The registered fast evaluator of ``q`` if its fingerprint matches the current definition."""
    module = MODULES.get(q.model)
    if module is not None:
        importlib.import_module(module)
    entry = REGISTRY.get(f"{q.model}.{q.name}")
    if entry is None:
        return None
    fp = fingerprint(q)
    if entry.fingerprint != fp:
        warnings.warn(f"fast evaluator {entry.key} was validated against another definition (fingerprint "
                      f"{entry.fingerprint}, now {fp}); not used: re-validate it and update its fingerprint",
                      stacklevel=3)
        return None
    return entry
